package vn.dxawards.deliberation.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.platform.persistence.DxEntity;

/** The council's conclusion sent by the secretariat to the chair (tờ trình). */
@Entity
public class Proposal extends DxEntity {

    public enum Status {
        SENT, RETURNED, SIGNED
    }

    @ManyToOne(optional = false)
    public Campaign campaign;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String sentBy;
    public Instant sentAt;
    /** The chair's comment when returning it. */
    public String comment;
    public String decidedBy;
    public Instant decidedAt;

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL)
    @OrderBy("ranking")
    public List<ProposalEntry> entries = new ArrayList<>();

    public static Proposal latestOf(Campaign campaign) {
        return find("campaign = ?1 order by sentAt desc, id desc", campaign).firstResult();
    }
}

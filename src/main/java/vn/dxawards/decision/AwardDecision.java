package vn.dxawards.decision;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import vn.dxawards.campaign.Campaign;
import vn.dxawards.common.DxEntity;

/** The signed award decision (quyết định khen thưởng) of a campaign; immutable once recorded. */
@Entity
public class AwardDecision extends DxEntity {

    @OneToOne(optional = false)
    public Campaign campaign;

    @ManyToOne(optional = false)
    public Proposal proposal;

    public int decisionYear;
    public int decisionNumber;
    /** Number and symbol, e.g. {@code 05/QĐ-HĐTĐ}. */
    public String symbol;
    public String signedBy;
    public Instant signedAt;

    @Basic(fetch = FetchType.LAZY)
    public byte[] document;

    public String sha256;

    public static AwardDecision of(Campaign campaign) {
        return find("campaign", campaign).firstResult();
    }
}

package vn.dxawards.deliberation.model;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.platform.persistence.DxEntity;
import vn.dxawards.dossier.model.Dossier;

/** One council member's vote on one dossier; voting again replaces it until the proposal is sent. */
@Entity
public class Vote extends DxEntity {

    @ManyToOne(optional = false)
    public Campaign campaign;

    @ManyToOne(optional = false)
    public Dossier dossier;

    public String juror;

    @Enumerated(EnumType.STRING)
    public VoteChoice choice;

    public Instant castAt;
}

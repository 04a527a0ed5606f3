package vn.dxawards.campaign.service;

import java.util.Collection;
import java.util.Optional;

import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.platform.errors.DomainException;

/**
 * What a feature above the campaign knows that forbids changing it after creation (the appraisal: a
 * member still has dossiers to score). The campaign asks every implementation before it amends, as it
 * asks {@link PhaseExit} before it advances.
 */
public interface AmendmentCheck {

    /** Why these people may not leave the campaign's council; empty when they may. */
    Optional<DomainException> leavingCouncil(Campaign campaign, Collection<String> usernames);
}

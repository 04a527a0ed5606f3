package vn.dxawards.campaign.service;

import java.util.Collection;
import java.util.Optional;

import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.model.Category;
import vn.dxawards.platform.errors.DomainException;

/**
 * What a feature above the campaign knows that forbids changing it after creation (the appraisal: a
 * member still has dossiers to score; the deliberation: the council has carried more dossiers of a
 * category than its new quota). The campaign asks every implementation before it amends, as it
 * asks {@link PhaseExit} before it advances.
 */
public interface AmendmentCheck {

    /** Why these people may not leave the campaign's council; empty when they may. */
    default Optional<DomainException> leavingCouncil(Campaign campaign, Collection<String> usernames) {
        return Optional.empty();
    }

    /** Why the category's award quota may not become {@code quota}; empty when it may. */
    default Optional<DomainException> changingQuota(Campaign campaign, Category category, int quota) {
        return Optional.empty();
    }
}

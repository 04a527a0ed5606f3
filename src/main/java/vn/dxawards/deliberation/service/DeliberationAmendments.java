package vn.dxawards.deliberation.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.model.Category;
import vn.dxawards.campaign.model.Phase;
import vn.dxawards.campaign.service.AmendmentCheck;
import vn.dxawards.deliberation.model.RankingEntry;
import vn.dxawards.platform.errors.DomainException;

/**
 * What the deliberation forbids to change in a campaign: while the council votes, a category's award
 * quota may not drop below the dossiers it has already carried within the quota (they would fall out
 * of the proposal after the members voted for them).
 */
@ApplicationScoped
public class DeliberationAmendments implements AmendmentCheck {

    @Inject
    RankingService ranking;

    @Override
    public Optional<DomainException> changingQuota(Campaign campaign, Category category, int quota) {
        if (campaign.phase != Phase.DELIBERATION) {
            return Optional.empty();
        }
        long awarded = ranking.compute(campaign, false).stream()
                .filter(entry -> entry.awarded() && category.code.equals(entry.category()))
                .count();
        return quota >= awarded ? Optional.empty()
                : Optional.of(DomainException.conflict("amend.quota_below_awarded", category.nameVi, awarded));
    }
}

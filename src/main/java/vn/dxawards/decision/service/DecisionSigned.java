package vn.dxawards.decision.service;

import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.model.Phase;
import vn.dxawards.campaign.service.PhaseExit;
import vn.dxawards.decision.model.AwardDecision;
import vn.dxawards.platform.errors.DomainException;

/** The decision phase ends only with the chair's signed decision. */
@ApplicationScoped
public class DecisionSigned implements PhaseExit {

    @Override
    public Optional<DomainException> blocker(Campaign campaign, Locale locale) {
        return campaign.phase == Phase.DECISION && AwardDecision.of(campaign) == null
                ? Optional.of(DomainException.conflict("advance.not_signed"))
                : Optional.empty();
    }
}

package vn.dxawards.appraisal.service;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import vn.dxawards.appraisal.model.Assignment;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.service.AmendmentCheck;
import vn.dxawards.platform.errors.DomainException;

/**
 * What the appraisal forbids to change in a campaign: the departure from the council of a member who
 * still has dossiers to score (the secretariat reassigns them first).
 */
@ApplicationScoped
public class AppraisalAmendments implements AmendmentCheck {

    @Override
    public Optional<DomainException> leavingCouncil(Campaign campaign, Collection<String> usernames) {
        List<String> busy = Assignment.jurorsStillScoring(campaign, usernames);
        return busy.isEmpty() ? Optional.empty()
                : Optional.of(DomainException.conflict("amend.council_member_busy", String.join(", ", busy)));
    }
}

package vn.dxawards.appraisal.service;

import vn.dxawards.campaign.model.Campaign;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import vn.dxawards.campaign.model.Phase;
import vn.dxawards.campaign.service.PhaseExit;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.appraisal.model.Assignment;
import vn.dxawards.platform.i18n.Messages;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.model.DossierStatus;

/**
 * What still keeps a campaign in appraisal: submitted dossiers without an intake decision, and
 * accepted dossiers lacking a submitted scorecard from a current assignee (or without any juror).
 */
@ApplicationScoped
public class AppraisalReadiness implements PhaseExit {

    @Override
    public Optional<DomainException> blocker(Campaign campaign, Locale locale) {
        if (campaign.phase != Phase.APPRAISAL) {
            return Optional.empty();
        }
        List<String> missing = missing(campaign, locale);
        return missing.isEmpty() ? Optional.empty()
                : Optional.of(new DomainException(409, "advance.appraisal_incomplete", missing));
    }


    public List<String> missing(Campaign campaign, Locale locale) {
        List<String> missing = new ArrayList<>();
        List<Dossier> dossiers = Dossier.inStatus(campaign, EnumSet.of(DossierStatus.SUBMITTED,
                DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.ACCEPTED, DossierStatus.IN_APPRAISAL));
        // every current assignment of the campaign in one query: one query a dossier, each first
        // flushing a persistence context holding every dossier loaded, grew as the square of the
        // campaign — inside the advance's transaction (StatementCountTests)
        Map<Long, List<Assignment.Current>> current = Assignment.currentStatesIn(campaign).stream()
                .collect(Collectors.groupingBy(Assignment.Current::dossierId));
        for (Dossier dossier : dossiers) {
            if (dossier.status.undecidedAtIntake()) {
                missing.add(Messages.text(locale, "advance.undecided", dossier.reference));
                continue;
            }
            List<Assignment.Current> assignments = current.getOrDefault(dossier.id, List.of());
            if (assignments.isEmpty()) {
                missing.add(Messages.text(locale, "advance.no_juror", dossier.reference));
            }
            for (Assignment.Current assignment : assignments) {
                if (assignment.status() != Assignment.Status.DONE) {
                    missing.add(Messages.text(locale, "advance.scorecard_missing", dossier.reference, assignment.juror()));
                }
            }
        }
        return missing;
    }
}

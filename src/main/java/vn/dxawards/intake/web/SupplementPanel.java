package vn.dxawards.intake.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.access.AccessPolicy.DossierAction;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.model.DossierStatus;
import vn.dxawards.identity.CurrentUser;
import vn.dxawards.intake.service.IntakeService;
import vn.dxawards.intake.service.IntakeService.SupplementRound;
import vn.dxawards.platform.i18n.Times;

/**
 * The secretariat's supplement requests on the dossier page and the body's task list
 * ({@code templates/intake/dossier-supplement.html}): the note, the due date and the days left
 * while pending; once answered, when and what changed. For the body and the secretariat.
 */
@Named("supplementPanel")
@RequestScoped
@Unremovable
public class SupplementPanel {

    @Inject
    CurrentUser currentUser;

    @Inject
    AccessPolicy access;

    @Inject
    IntakeService intake;

    /** One request as shown. */
    public record Round(String note, LocalDate dueDate, boolean pending, long daysLeft, java.time.Instant answeredAt,
            List<String> changes) {
    }

    public List<Round> forDossier(Long dossierId) {
        Dossier dossier = dossierId == null ? null : intake.dossier(dossierId);
        if (dossier == null || !access.may(currentUser.get(), DossierAction.READ_RECEIPT, dossier)) {
            return List.of();
        }
        boolean waiting = dossier.status == DossierStatus.SUPPLEMENT_REQUESTED;
        List<SupplementRound> rounds = intake.supplementRounds(dossier);
        return java.util.stream.IntStream.range(0, rounds.size()).mapToObj(i -> {
            SupplementRound r = rounds.get(i);
            boolean pending = i == 0 && waiting;
            long days = r.dueDate() == null ? 0 : ChronoUnit.DAYS.between(Times.today(), r.dueDate());
            return new Round(r.note(), r.dueDate(), pending, days, r.answeredAt(),
                    r.changes() == null || r.changes().isBlank() ? List.of() : Arrays.asList(r.changes().split(",")));
        }).toList();
    }
}

package vn.dxawards.intake.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.model.DossierStatus;
import vn.dxawards.intake.model.IntakeDecision;
import vn.dxawards.notification.service.NominatorNotices;
import vn.dxawards.platform.i18n.Times;

/**
 * Reminds a nominating body of a supplement it has not answered, the campaign's
 * {@code reminderDaysBefore} days before it falls due (as the jurors are reminded of their
 * scoring). Every node may run it: the reminder's key (dossier and due date) makes it once.
 */
@ApplicationScoped
public class SupplementReminders {

    @Inject
    NominatorNotices notices;

    @Scheduled(identity = "supplement-reminders", every = "${dx.intake.supplement-reminder-interval:1h}",
            delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        remindDue(Instant.now());
    }

    /** Writes the reminders due at {@code now}; answers how many were due (written once, whatever the count). */
    public int remindDue(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> remind(now));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    int remind(Instant now) {
        List<Dossier> pending = Dossier.supplementsDueBefore(now.plus(Duration.ofDays(14)), now);
        int reminded = 0;
        for (Dossier dossier : pending) {
            if (dossier.status != DossierStatus.SUPPLEMENT_REQUESTED || dossier.supplementDue == null) {
                continue;
            }
            Instant from = dossier.supplementDue.minus(Duration.ofDays(dossier.campaign.reminderDaysBefore));
            if (!now.isBefore(from)) {
                IntakeDecision decision = IntakeDecision.latestOf(dossier);
                // the due date the secretariat gave; supplementDue is the end of that day (24:00 ICT)
                LocalDate due = decision != null && decision.dueDate != null ? decision.dueDate
                        : dossier.supplementDue.minusNanos(1).atZone(Times.ICT).toLocalDate();
                notices.supplementReminder(dossier, due, decision == null ? null : decision.note);
                reminded++;
            }
        }
        return reminded;
    }
}

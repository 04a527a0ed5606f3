package vn.dxawards.intake.process;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.model.DossierStatus;
import vn.dxawards.dossier.model.DossierWithdrawn;
import vn.dxawards.dossier.service.DossierTransitions;
import vn.dxawards.intake.model.IntakeDecision;
import vn.dxawards.intake.model.SupplementChanges;
import vn.dxawards.notification.service.NominatorNotices;

/**
 * The intake steps of the dossier process (processes/dossier.bpmn). While a supplement is pending
 * the secretariat's own clock pauses: its due date moves by the time the nominator took.
 */
@Named("intakeSteps")
@ApplicationScoped
public class IntakeSteps {

    static final String PAUSED_AT = "intakePausedAt";

    @Inject
    Event<DossierWithdrawn> withdrawals;

    @Inject
    NominatorNotices notices;

    public void accepted(DelegateExecution execution) {
        notices.accepted(DossierTransitions.move(execution, DossierStatus.ACCEPTED, "DOSSIER_ACCEPTED"));
    }

    public void rejected(DelegateExecution execution) {
        Dossier dossier = DossierTransitions.move(execution, DossierStatus.REJECTED, "DOSSIER_REJECTED");
        IntakeDecision decision = IntakeDecision.latestOf(dossier);
        notices.rejected(dossier, decision == null ? null : decision.note);
    }

    public void supplementRequested(DelegateExecution execution) {
        Dossier dossier = DossierTransitions.move(execution, DossierStatus.SUPPLEMENT_REQUESTED, "SUPPLEMENT_REQUESTED");
        dossier.overdue = false;
        execution.setVariable(PAUSED_AT, new Date());
        IntakeDecision decision = IntakeDecision.latestOf(dossier);
        decision.snapshot = SupplementChanges.snapshot(dossier);
        notices.supplementRequested(dossier, decision.id, decision.note, decision.dueDate);
    }

    public void supplementAnswered(DelegateExecution execution) {
        Dossier dossier = DossierTransitions.move(execution, DossierStatus.SUBMITTED, "SUPPLEMENT_ANSWERED");
        dossier.overdue = false;
        List<IntakeDecision> requests = IntakeDecision.supplementRequestsOf(dossier);
        if (!requests.isEmpty()) {
            IntakeDecision request = requests.get(0);
            request.answeredAt = Instant.now();
            request.changes = String.join(",", SupplementChanges.changed(request.snapshot, dossier));
        }
        resumeIntakeClock(execution, dossier);
    }

    public void supplementOverdue(DelegateExecution execution) {
        Dossier dossier = DossierTransitions.move(execution, DossierStatus.SUBMITTED, "SUPPLEMENT_OVERDUE");
        dossier.overdue = true;
        resumeIntakeClock(execution, dossier);
    }

    public void withdrawn(DelegateExecution execution) {
        Dossier dossier = DossierTransitions.move(execution, DossierStatus.WITHDRAWN, "DOSSIER_WITHDRAWN");
        // The jurors' scoring and the surveys run in processes of their own, which the withdrawal does not
        // interrupt: the features that started them end them.
        withdrawals.fire(new DossierWithdrawn(dossier));
    }

    private static void resumeIntakeClock(DelegateExecution execution, Dossier dossier) {
        Date pausedAt = (Date) execution.getVariable(PAUSED_AT);
        if (pausedAt != null && dossier.intakeDue != null) {
            Duration paused = Duration.between(pausedAt.toInstant(), Instant.now());
            dossier.intakeDue = dossier.intakeDue.plus(paused);
            execution.setVariable("intakeDue", Date.from(dossier.intakeDue));
        }
        execution.removeVariable(PAUSED_AT);
    }
}

package vn.dxawards.appraisal.process;

import vn.dxawards.appraisal.model.Assignment;
import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.dxawards.identity.Role;
import vn.dxawards.audit.service.AuditLog;
import vn.dxawards.platform.engine.Actors;
import vn.dxawards.dossier.model.DossierStatus;
import vn.dxawards.dossier.service.DossierTransitions;
import vn.dxawards.notification.model.NotificationKind;
import vn.dxawards.notification.service.Outbox;
import vn.dxawards.notification.service.Outbox.Notification;

/** The appraisal steps of the dossier and scoring processes (processes/dossier.bpmn, scoring.bpmn). */
@Named("appraisalSteps")
@ApplicationScoped
public class AppraisalSteps {

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    public void dossierInAppraisal(DelegateExecution execution) {
        DossierTransitions.move(execution, DossierStatus.IN_APPRAISAL, "DOSSIER_IN_APPRAISAL");
    }

    public void scorecardSubmitted(DelegateExecution execution) {
        Assignment assignment = assignment(execution);
        assignment.status = Assignment.Status.DONE;
        assignment.endedAt = Instant.now();
    }

    public void assignmentCancelled(DelegateExecution execution) {
        Assignment assignment = assignment(execution);
        record(assignment, "ASSIGNMENT_CANCELLED");
    }

    /** The juror is reminded by e-mail, once per assignment and due date however often the timer's job runs. */
    public void remind(DelegateExecution execution) {
        Assignment assignment = assignment(execution);
        record(assignment, "SCORING_REMINDER");
        outbox.enqueue(Notification.toPerson("reminder:" + assignment.id + ":" + assignment.dueDate,
                NotificationKind.SCORING_REMINDER, assignment.juror, assignment.dossier.campaign.code,
                assignment.dossier.id, assignment.id, assignment.dueDate));
    }

    /** Every secretary learns by e-mail that the scoring is overdue; the assignment joins the overdue list. */
    public void escalateOverdue(DelegateExecution execution) {
        Assignment assignment = assignment(execution);
        if (assignment.overdueSince == null) {
            assignment.overdueSince = Instant.now();
        }
        record(assignment, "SCORING_OVERDUE");
        outbox.enqueue(Notification.toRole("escalation:" + assignment.id, NotificationKind.SCORING_OVERDUE,
                Role.SECRETARY.realmRole, assignment.dossier.campaign.code, assignment.dossier.id, assignment.id,
                assignment.dueDate));
    }

    private void record(Assignment assignment, String action) {
        audit.record(Actors.current().username(), action, assignment.dossier.campaign.code, assignment.dossier.id,
                assignment.dossier.status.name(), assignment.dossier.status.name(), assignment.juror);
    }

    private static Assignment assignment(DelegateExecution execution) {
        return Assignment.findById(((Number) execution.getVariable("assignmentId")).longValue());
    }
}

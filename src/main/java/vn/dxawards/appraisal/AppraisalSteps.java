package vn.dxawards.appraisal;

import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.dxawards.audit.AuditLog;
import vn.dxawards.common.Actors;
import vn.dxawards.dossier.DossierStatus;
import vn.dxawards.dossier.DossierTransitions;

/** The appraisal steps of the dossier and scoring processes (processes/dossier.bpmn, scoring.bpmn). */
@Named("appraisalSteps")
@ApplicationScoped
public class AppraisalSteps {

    @Inject
    AuditLog audit;

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

    public void remind(DelegateExecution execution) {
        record(assignment(execution), "SCORING_REMINDER");
    }

    public void escalateOverdue(DelegateExecution execution) {
        record(assignment(execution), "SCORING_OVERDUE");
    }

    private void record(Assignment assignment, String action) {
        audit.record(Actors.current().username(), action, assignment.dossier.campaign.code, assignment.dossier.id,
                assignment.dossier.status.name(), assignment.dossier.status.name(), assignment.juror);
    }

    private static Assignment assignment(DelegateExecution execution) {
        return Assignment.findById(((Number) execution.getVariable("assignmentId")).longValue());
    }
}

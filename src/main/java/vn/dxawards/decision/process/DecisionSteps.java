package vn.dxawards.decision.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import vn.dxawards.notification.service.CouncilNotices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.dxawards.audit.service.AuditLog;
import vn.dxawards.platform.engine.Actors;

/** The decision step of the campaign process: the signed decision waits, confidential, for publication. */
@Named("decisionSteps")
@ApplicationScoped
public class DecisionSteps {

    @Inject
    AuditLog audit;

    @Inject
    CouncilNotices notices;

    /** The chair's decision task is created: the proposal has arrived (once per task, so again after a return). */
    public void proposalReceived(DelegateTask task) {
        notices.proposalReceived((String) task.getVariable("campaignCode"), task.getId());
    }

    public void signed(DelegateExecution execution) {
        audit.record(Actors.current().username(), "RESULTS_CONFIDENTIAL_UNTIL_PUBLICATION",
                (String) execution.getVariable("campaignCode"), null, null, null, null);
    }
}

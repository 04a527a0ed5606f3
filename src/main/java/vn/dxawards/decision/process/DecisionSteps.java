package vn.dxawards.decision.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

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

    public void signed(DelegateExecution execution) {
        audit.record(Actors.current().username(), "RESULTS_CONFIDENTIAL_UNTIL_PUBLICATION",
                (String) execution.getVariable("campaignCode"), null, null, null, null);
    }
}

package vn.dxawards.deliberation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.dxawards.notification.service.CouncilNotices;
import vn.dxawards.dossier.model.DossierStatus;
import vn.dxawards.dossier.service.DossierTransitions;

/** The deliberation step of the dossier process, and the council's vote tasks of the campaign process. */
@Named("deliberationSteps")
@ApplicationScoped
public class DeliberationSteps {

    @Inject
    CouncilNotices notices;

    public void dossierInDeliberation(DelegateExecution execution) {
        DossierTransitions.move(execution, DossierStatus.IN_DELIBERATION, "DOSSIER_IN_DELIBERATION");
    }

    /** A member's vote task is created: the deliberation round opens for them (once per task). */
    public void voteOpened(DelegateTask task) {
        notices.deliberationOpened((String) task.getVariable("campaignCode"), task.getAssignee(), task.getId());
    }
}

package vn.dxawards.deliberation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import vn.dxawards.dossier.model.DossierStatus;
import vn.dxawards.dossier.service.DossierTransitions;

/** The deliberation step of the dossier process. */
@Named("deliberationSteps")
@ApplicationScoped
public class DeliberationSteps {

    public void dossierInDeliberation(DelegateExecution execution) {
        DossierTransitions.move(execution, DossierStatus.IN_DELIBERATION, "DOSSIER_IN_DELIBERATION");
    }
}

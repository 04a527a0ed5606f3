package vn.dxawards.dossier.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import vn.dxawards.dossier.model.Dossier;

/** Questions a dossier's process asks about its campaign's phase. */
@Named("campaignPhases")
@ApplicationScoped
public class CampaignPhases {

    /**
     * Whether the dossier's campaign still accepts nominations (the method keeps the name the
     * deployed definitions call, so that the processes already running keep working).
     */
    public boolean isNomination(DelegateExecution execution) {
        Dossier dossier = Dossier.findById(((Number) execution.getVariable("dossierId")).longValue());
        return dossier.campaign.acceptingNominations();
    }
}

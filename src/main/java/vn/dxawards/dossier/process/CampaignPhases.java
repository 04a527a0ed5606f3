package vn.dxawards.dossier.process;

import vn.dxawards.campaign.model.Phase;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import vn.dxawards.dossier.model.Dossier;

/** Questions a dossier's process asks about its campaign's phase. */
@Named("campaignPhases")
@ApplicationScoped
public class CampaignPhases {

    public boolean isNomination(DelegateExecution execution) {
        Dossier dossier = Dossier.findById(((Number) execution.getVariable("dossierId")).longValue());
        return dossier.campaign.phase == Phase.NOMINATION;
    }
}

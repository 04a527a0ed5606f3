package vn.dxawards.dossier.process;

import vn.dxawards.campaign.service.PhaseExit;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.service.CouncilService;
import vn.dxawards.campaign.model.Phase;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.LockModeType;
import vn.dxawards.audit.service.AuditLog;
import vn.dxawards.platform.engine.Actors;
import vn.dxawards.platform.i18n.Messages;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.model.DossierStatus;
import vn.dxawards.dossier.service.PhaseOpenings;

/** The steps of the campaign process (processes/campaign.bpmn). */
@Named("campaignSteps")
@ApplicationScoped
public class CampaignSteps {

    @Inject
    AuditLog audit;

    @Inject
    @Any
    Instance<PhaseExit> exits;

    @Inject
    CouncilService council;

    @Inject
    jakarta.enterprise.event.Event<PhaseOpenings.Opened> opened;

    public void enterNomination(DelegateExecution execution) {
        enter(execution, Phase.NOMINATION);
    }

    public void enterAppraisal(DelegateExecution execution) {
        Campaign campaign = enter(execution, Phase.APPRAISAL);
        opened.fire(new PhaseOpenings.Opened(campaign.id)); // the accepted dossiers follow, a chunk per transaction
    }

    public boolean readyForDeliberation(DelegateExecution execution) {
        Campaign campaign = campaign(execution);
        return exits.stream().allMatch(exit -> exit.blocker(campaign, Messages.VIETNAMESE).isEmpty());
    }

    public void notifyAppraisalIncomplete(DelegateExecution execution) {
        Campaign campaign = campaign(execution);
        List<String> missing = exits.stream().flatMap(exit -> exit.blocker(campaign, Messages.VIETNAMESE).stream())
                .flatMap(refusal -> refusal.details().stream()).toList();
        audit.record(Actors.current().username(), "APPRAISAL_INCOMPLETE", campaign.code, null, campaign.phase.name(),
                null, String.join("; ", missing));
    }

    public void enterDeliberation(DelegateExecution execution) {
        Campaign campaign = enter(execution, Phase.DELIBERATION);
        List<String> members = council.refresh(campaign).stream().map(m -> m.username).toList();
        execution.setVariable("council", new java.util.ArrayList<>(members));
        opened.fire(new PhaseOpenings.Opened(campaign.id)); // the dossiers in appraisal follow, a chunk per transaction
    }

    public void proposalReturned(DelegateExecution execution) {
        Campaign campaign = enter(execution, Phase.DELIBERATION);
        execution.setVariable("council", new java.util.ArrayList<>(
                council.refresh(campaign).stream().map(m -> m.username).toList()));
    }

    public void enterDecision(DelegateExecution execution) {
        enter(execution, Phase.DECISION);
    }

    public void enterPublished(DelegateExecution execution) {
        Campaign campaign = enter(execution, Phase.PUBLISHED);
        campaign.publishedAt = java.time.Instant.now();
        List<Long> ids = Dossier.ofCampaign(campaign, DossierStatus.IN_DELIBERATION).stream().map(d -> d.id).toList();
        execution.setVariable("outcomeDossierIds", new java.util.ArrayList<>(ids));
    }

    private Campaign enter(DelegateExecution execution, Phase phase) {
        Campaign campaign = campaign(execution);
        // Serialised with intake decisions (which hold the same row): a dossier accepted at this
        // moment either sees the new phase or is among the dossiers this step tells.
        Campaign.getEntityManager().refresh(campaign, LockModeType.PESSIMISTIC_WRITE);
        Phase from = campaign.phase;
        campaign.phase = phase;
        audit.record(Actors.current().username(), "PHASE_ENTERED", campaign.code, null,
                from == phase ? null : from.name(), phase.name(), null);
        return campaign;
    }

    private static Campaign campaign(DelegateExecution execution) {
        return Campaign.byCode((String) execution.getVariable("campaignCode")).orElseThrow();
    }
}

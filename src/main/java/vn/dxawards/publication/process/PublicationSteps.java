package vn.dxawards.publication.process;

import vn.dxawards.publication.service.Certificates;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.dxawards.decision.model.AwardDecision;
import vn.dxawards.deliberation.model.ProposalEntry;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.model.DossierStatus;
import vn.dxawards.dossier.service.DossierTransitions;

/**
 * Publication: each dossier learns its outcome by message, in its own asynchronous job, so that
 * publishing two thousand dossiers is not one long transaction.
 */
@Named("publicationSteps")
@ApplicationScoped
public class PublicationSteps {

    static final String OUTCOME_MESSAGE = "OutcomeDecided";

    @Inject
    Certificates certificates;

    /** Tells one dossier its outcome; the first of these jobs also numbers the campaign's certificates. */
    public void correlateOutcome(DelegateExecution execution, Object dossierId) {
        Dossier dossier = Dossier.findById(((Number) dossierId).longValue());
        certificates.issue(dossier.campaign);
        AwardDecision decision = AwardDecision.of(dossier.campaign);
        ProposalEntry entry = ProposalEntry.of(decision.proposal, dossier);
        boolean awarded = entry != null && entry.awarded;
        execution.getProcessEngineServices().getRuntimeService()
                .createMessageCorrelation(OUTCOME_MESSAGE)
                .processInstanceId(dossier.processInstanceId)
                .setVariable("awarded", awarded)
                .correlateWithResult();
    }

    public void awarded(DelegateExecution execution) {
        DossierTransitions.move(execution, DossierStatus.AWARDED, "DOSSIER_AWARDED");
    }

    public void notAwarded(DelegateExecution execution) {
        DossierTransitions.move(execution, DossierStatus.NOT_AWARDED, "DOSSIER_NOT_AWARDED");
    }
}

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
import vn.dxawards.notification.service.NominatorNotices;
import vn.dxawards.publication.model.Certificate;

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

    @Inject
    NominatorNotices notices;

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
        Dossier dossier = DossierTransitions.move(execution, DossierStatus.AWARDED, "DOSSIER_AWARDED");
        Certificate certificate = Certificate.ofDossier(dossier).orElse(null);
        notices.outcome(dossier, true, certificate == null ? null : certificate.number,
                certificate == null ? null : "/api/public/certificates/" + certificate.number + ".pdf");
    }

    public void notAwarded(DelegateExecution execution) {
        notices.outcome(DossierTransitions.move(execution, DossierStatus.NOT_AWARDED, "DOSSIER_NOT_AWARDED"), false,
                null, null);
    }
}

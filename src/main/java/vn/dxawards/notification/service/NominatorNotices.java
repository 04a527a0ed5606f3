package vn.dxawards.notification.service;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.model.ConsentEvent;
import vn.dxawards.dossier.model.DossierSubmitted;
import vn.dxawards.platform.documents.Hashes;
import vn.dxawards.notification.model.NotificationKind;
import vn.dxawards.notification.service.Outbox.Notification;
import vn.dxawards.platform.i18n.Times;

/**
 * Messages to the nominating body at every step of its dossier, written into the outbox in the
 * step's transaction (sent after commit, exactly once by their keys) and shown on its notifications
 * page. They go to the body's person who made the dossier ({@code createdBy}): the one whose
 * address and language the identity provider knows. The submission is observed here; the steps
 * above (intake, publication) call the other methods.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class NominatorNotices {

    @Inject
    Outbox outbox;

    void received(@Observes DossierSubmitted submitted) {
        Dossier d = submitted.dossier();
        LocalDate expected = d.intakeDue == null ? null : d.intakeDue.atZone(Times.ICT).toLocalDate();
        enqueue("received:" + d.id, NotificationKind.SUBMISSION_RECEIVED, d, expected, null, null);
    }

    /**
     * A leader's consent: the link goes to the leader's own address (the token only in the row's
     * link, cleared once sent); each answer goes to the body.
     */
    void consent(@Observes ConsentEvent event) {
        Dossier d = event.dossier();
        switch (event.state()) {
            case REQUESTED -> outbox.enqueue(new Notification("consent-link:" + Hashes.sha256(
                    event.token().getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 32),
                    NotificationKind.CONSENT_REQUEST, null, null, d.campaign.code, d.id, null,
                    event.expiresAt().atZone(Times.ICT).toLocalDate(), null, "/dong-y/" + event.token(),
                    d.contactEmail));
            case GIVEN -> enqueue("consent-given:" + d.id + ":" + d.consentAt.toEpochMilli(),
                    NotificationKind.CONSENT_GIVEN, d, null, null, null);
            case REFUSED -> enqueue("consent-refused:" + d.id + ":" + d.consentAt.toEpochMilli(),
                    NotificationKind.CONSENT_REFUSED, d, null, null, null);
            case WITHDRAWN -> enqueue("consent-withdrawn:" + d.id, NotificationKind.CONSENT_WITHDRAWN, d, null, null,
                    null);
            default -> {
            }
        }
    }

    /** The secretariat asks for a supplement; {@code round} tells one request from the next. */
    public void supplementRequested(Dossier d, long round, String note, LocalDate due) {
        enqueue("supplement:" + d.id + ":" + round, NotificationKind.SUPPLEMENT_REQUESTED, d, due, note, null);
    }

    /** Some days before a pending supplement falls due; once per due date. */
    public void supplementReminder(Dossier d, LocalDate due, String note) {
        enqueue("supplement-reminder:" + d.id + ":" + due, NotificationKind.SUPPLEMENT_REMINDER, d, due, note, null);
    }

    public void accepted(Dossier d) {
        enqueue("accepted:" + d.id, NotificationKind.DOSSIER_ACCEPTED, d, null, null, null);
    }

    public void rejected(Dossier d, String reason) {
        enqueue("rejected:" + d.id, NotificationKind.DOSSIER_REJECTED, d, null, reason, null);
    }

    /** The outcome at publication; an awardee's message carries its certificate's number and address. */
    public void outcome(Dossier d, boolean awarded, String certificateNumber, String certificatePath) {
        enqueue("outcome:" + d.id, awarded ? NotificationKind.OUTCOME_AWARDED : NotificationKind.OUTCOME_NOT_AWARDED,
                d, null, certificateNumber, certificatePath);
    }

    private void enqueue(String key, NotificationKind kind, Dossier d, LocalDate due, String note, String link) {
        outbox.enqueue(new Notification(key, kind, d.createdBy, null, d.campaign.code, d.id, null, due,
                note == null || note.length() <= 4000 ? note : note.substring(0, 4000), link));
    }
}

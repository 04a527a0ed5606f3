package vn.dxawards.dossier.service;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.dxawards.access.AccessPolicy.DossierAction;
import vn.dxawards.audit.service.AuditLog;
import vn.dxawards.campaign.model.CategoryKind;
import vn.dxawards.campaign.service.PersonalDataRetention;
import vn.dxawards.dossier.model.ConsentEvent;
import vn.dxawards.dossier.model.ConsentRequest;
import vn.dxawards.dossier.model.ConsentRequest.Decision;
import vn.dxawards.dossier.model.ConsentState;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.identity.User;
import vn.dxawards.platform.documents.Hashes;
import vn.dxawards.platform.errors.DomainException;

/**
 * A nominated leader's own consent to the processing of their personal data (Decree 13/2023/NĐ-CP,
 * Law 91/2025/QH15): the nominating body has a one-time, expiring link sent to the leader's address;
 * the leader reads the notice and gives or refuses consent, or later withdraws it, which withdraws
 * the dossier and erases the leader's personal data. The nominator never consents for the leader.
 */
@ApplicationScoped
@Transactional
public class ConsentService {

    /** The version of the notice the leader reads (templates/ConsentPages, the API's notice): recorded with the answer. */
    public static final String NOTICE_VERSION = "2026-12-v1";

    /** The actor of the leader's own answers in the audit trail: the data subject, never named there. */
    public static final String DATA_SUBJECT = "data-subject";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    DossierService dossiers;

    @Inject
    AuditLog audit;

    @Inject
    PersonalDataRetention retention;

    @Inject
    Event<ConsentEvent> events;

    @ConfigProperty(name = "dx.consent.link-validity", defaultValue = "7d")
    Duration validity;

    /** What the API answers about a sent link. */
    public record Sent(Dossier dossier, Instant expiresAt) {
    }

    /** The link a leader holds, with the dossier it is about. */
    public record Notice(ConsentRequest request, Dossier dossier, int retentionMonths) {
    }

    /** Sends (again) the one-time link to the leader's contact address; an earlier link stops working. */
    public Sent request(long dossierId, User user) {
        Dossier dossier = dossiers.visible(dossierId, user, DossierAction.REQUEST_CONSENT);
        if (dossier.category.kind != CategoryKind.LEADER) {
            throw DomainException.invalid("consent.not_leader");
        }
        if (dossier.contactEmail == null) {
            throw DomainException.invalid("consent.email_required");
        }
        if (dossier.consentState == ConsentState.GIVEN) {
            throw DomainException.conflict("consent.already_given");
        }
        if (!dossier.editable()) {
            throw DomainException.conflict("dossier.not_editable", dossier.status.name());
        }
        Instant now = Instant.now();
        expireOpenLinks(dossier, now);
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ConsentRequest request = new ConsentRequest();
        request.dossier = dossier;
        request.tokenHash = hash(token);
        request.noticeVersion = NOTICE_VERSION;
        request.sentBy = user.username();
        request.sentAt = now;
        request.expiresAt = now.plus(validity);
        request.persist();
        dossier.consentState = ConsentState.REQUESTED;
        dossier.consentGiven = false;
        audit.record(user.username(), "CONSENT_REQUESTED", dossier.campaign.code, dossier.id, dossier.status.name(),
                dossier.status.name(), "notice " + NOTICE_VERSION + ", valid until " + request.expiresAt);
        events.fire(new ConsentEvent(dossier, ConsentState.REQUESTED, token, request.expiresAt));
        return new Sent(dossier, request.expiresAt);
    }

    /** The link's notice: 404 for a token never sent, 410 for one that expired unanswered. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Notice notice(String token) {
        ConsentRequest request = token == null ? null : ConsentRequest.byTokenHash(hash(token));
        if (request == null) {
            throw DomainException.notFound("consent");
        }
        if (request.decision == null && request.expired(Instant.now())) {
            throw new DomainException(410, "consent.link_expired");
        }
        return new Notice(request, request.dossier, retention.months(request.dossier.campaign));
    }

    /** The leader's own answer through the link. */
    public Notice decide(String token, Decision decision) {
        if (decision == null) {
            throw DomainException.invalid("consent.decision_required");
        }
        Notice notice = notice(token);
        ConsentRequest request = notice.request();
        Dossier dossier = notice.dossier();
        Instant now = Instant.now();
        if (decision == Decision.WITHDRAW) {
            if (request.decision != Decision.GIVE || dossier.consentState != ConsentState.GIVEN) {
                throw DomainException.conflict("consent.not_given");
            }
            withdraw(request, dossier, now);
            return notice;
        }
        if (request.decision != null) {
            throw DomainException.conflict("consent.already_answered");
        }
        request.decision = decision;
        request.decidedAt = now;
        ConsentState state = decision == Decision.GIVE ? ConsentState.GIVEN : ConsentState.REFUSED;
        dossier.consentState = state;
        dossier.consentGiven = decision == Decision.GIVE;
        dossier.consentAt = now;
        dossier.consentBy = DATA_SUBJECT;
        dossier.consentTextVersion = request.noticeVersion;
        audit.record(DATA_SUBJECT, decision == Decision.GIVE ? "CONSENT_GIVEN" : "CONSENT_REFUSED",
                dossier.campaign.code, dossier.id, dossier.status.name(), dossier.status.name(),
                "notice " + request.noticeVersion);
        events.fire(new ConsentEvent(dossier, state, null, null));
        return notice;
    }

    /** The nominator changed the leader's address: consent given to the old one does not carry over. */
    void addressChanged(Dossier dossier) {
        if (dossier.consentState != ConsentState.NOT_REQUESTED) {
            expireOpenLinks(dossier, Instant.now());
            dossier.consentState = ConsentState.NOT_REQUESTED;
            dossier.consentGiven = false;
            dossier.consentAt = null;
            dossier.consentBy = null;
            dossier.consentTextVersion = null;
        }
    }

    private void withdraw(ConsentRequest request, Dossier dossier, Instant now) {
        request.decision = Decision.WITHDRAW;
        request.decidedAt = now;
        dossier.consentState = ConsentState.WITHDRAWN;
        dossier.consentGiven = false;
        dossier.consentAt = now;
        audit.record(DATA_SUBJECT, "CONSENT_WITHDRAWN", dossier.campaign.code, dossier.id, dossier.status.name(),
                dossier.status.name(), "notice " + request.noticeVersion);
        dossiers.withdrawForNominee(dossier);
        events.fire(new ConsentEvent(dossier, ConsentState.WITHDRAWN, null, null));
        dossier.erasePersonalData(now);
    }

    private static void expireOpenLinks(Dossier dossier, Instant now) {
        for (ConsentRequest open : ConsentRequest.of(dossier)) {
            if (open.decision == null && open.expiresAt.isAfter(now)) {
                open.expiresAt = now;
            }
        }
    }

    static String hash(String token) {
        return Hashes.sha256(token.getBytes(StandardCharsets.UTF_8));
    }
}

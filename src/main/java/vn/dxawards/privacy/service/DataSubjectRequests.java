package vn.dxawards.privacy.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.audit.model.AuditEntry;
import vn.dxawards.audit.service.AuditLog;
import vn.dxawards.campaign.model.CategoryKind;
import vn.dxawards.campaign.service.PersonalDataRetention;
import vn.dxawards.dossier.model.Attachment;
import vn.dxawards.dossier.model.ConsentRequest;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.model.DossierStatus;
import vn.dxawards.dossier.service.ConsentService;
import vn.dxawards.dossier.service.DossierService;
import vn.dxawards.identity.User;
import vn.dxawards.notification.service.AddressedMail;
import vn.dxawards.platform.documents.Hashes;
import vn.dxawards.platform.errors.DomainException;

/**
 * A data subject's requests (Decree 13/2023/NĐ-CP, Law 91/2025/QH15), answered by programme staff:
 * access — everything held on the person whose e-mail address it is, and nothing of anyone else —
 * and erasure — their personal data anonymised, except what the law keeps (an awarded leader
 * stands in the signed award decision). The person is found by the address the dossiers hold: a
 * nominated leader's own, or a unit's contact person's. Each request is audited under a pseudonym
 * of the address, never the address itself, so the trail stays whole and names no one.
 */
@ApplicationScoped
@Transactional
public class DataSubjectRequests {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    @Inject
    AddressedMail mail;

    @Inject
    DossierService dossiers;

    @Inject
    PersonalDataRetention retention;

    /** The role the person has in a dossier. */
    public enum Role {
        /** The nominated leader. */
        NOMINEE,
        /** The contact person of a nominated unit. */
        CONTACT
    }

    /** The consent a leader gave or refused through one link. */
    public record ConsentLink(String noticeVersion, Instant sentAt, Instant expiresAt, String decision,
            Instant decidedAt) {
    }

    public record AttachedFile(String fileName, long sizeBytes, String sha256) {
    }

    /**
     * What one dossier holds on the person. For a unit's contact person only the contact fields (the
     * unit's name tells which nomination it is); for a leader, all the leader's own data.
     */
    public record DossierData(String reference, String campaign, String category, Role role, DossierStatus status,
            String unit, String name, String position, String organization, String organizationTaxCode,
            String province, String contactName, String contactEmail, String contactPhone, String consentState,
            Instant consentAt, List<ConsentLink> consentLinks, List<AttachedFile> attachments, Instant erasedAt,
            Instant keptUntil) {
    }

    /** A line of the audit trail the person caused (their consent's answers) or that is about them. */
    public record TrailLine(Instant at, String action, String reference) {
    }

    /** The access request's answer: a JSON export of everything held on the person. */
    public record Export(String email, Instant exportedAt, String purpose, List<DossierData> dossiers,
            List<AddressedMail.Sent> messages, List<AddressedMail.Kept> demoMailbox, List<TrailLine> trail) {
    }

    /** What an erasure kept of one dossier, and why. */
    public record Kept(String reference, List<String> fields, String reason) {
    }

    /** The erasure request's answer. */
    public record Erasure(String email, Instant erasedAt, List<String> anonymised, List<String> withdrawn,
            List<Kept> keptByLaw, int messagesForgotten) {
    }

    /** Everything held on the person with this address. */
    public Export access(String email, User user) {
        String address = checked(email, user);
        List<Dossier> held = Dossier.withContactEmail(address);
        Instant now = Instant.now();
        List<DossierData> data = held.stream().map(this::data).toList();
        List<TrailLine> trail = new ArrayList<>();
        for (Dossier dossier : held) {
            for (AuditEntry line : AuditEntry.ofDossier(dossier.id)) {
                if (ConsentService.DATA_SUBJECT.equals(line.actor) || line.action.startsWith("PERSONAL_DATA_")) {
                    trail.add(new TrailLine(line.at, line.action, dossier.reference));
                }
            }
        }
        record(user, "PERSONAL_DATA_ACCESS", held, address, null);
        return new Export(address, now, "Xét chọn Chương trình thúc đẩy chuyển đổi số quốc gia (TOP 100)", data,
                mail.sentTo(address), mail.keptFor(address), trail);
    }

    /**
     * Erases the person's personal data. A leader whose nomination is still running is withdrawn
     * first (the nomination cannot go on without the person); a leader on the council's shortlist
     * cannot be, while the council decides: the whole request is then refused, naming the dossiers,
     * and nothing is erased.
     */
    public Erasure erase(String email, String reason, User user) {
        String address = checked(email, user);
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("people.reason_required");
        }
        List<Dossier> held = Dossier.withContactEmail(address);
        List<String> deciding = held.stream()
                .filter(d -> d.category.kind == CategoryKind.LEADER && d.status == DossierStatus.IN_DELIBERATION)
                .map(d -> d.reference).toList();
        if (!deciding.isEmpty()) {
            throw DomainException.conflict("people.erasure_while_deciding", String.join(", ", deciding));
        }
        Instant now = Instant.now();
        List<String> anonymised = new ArrayList<>();
        List<String> withdrawn = new ArrayList<>();
        List<Kept> kept = new ArrayList<>();
        int forgotten = mail.forget(address);
        for (Dossier dossier : held) {
            String from = dossier.status.name();
            if (dossier.category.kind == CategoryKind.LEADER && dossiers.withdrawForNominee(dossier)) {
                withdrawn.add(dossier.reference);
            }
            List<String> keptFields = dossier.erasePersonalData(now);
            if (keptFields.isEmpty()) {
                anonymised.add(dossier.reference);
            } else {
                kept.add(new Kept(dossier.reference, keptFields, "awarded: named in the signed award decision"));
            }
            audit.record(user.username(), "PERSONAL_DATA_ERASED", dossier.campaign.code, dossier.id, from,
                    dossier.status.name(), "subject " + pseudonym(address)
                            + (keptFields.isEmpty() ? "" : "; kept by law: " + String.join(", ", keptFields))
                            + "; reason: " + shortened(reason));
        }
        if (held.isEmpty()) {
            audit.record(user.username(), "PERSONAL_DATA_ERASED", null, null, null, null,
                    "subject " + pseudonym(address) + "; nothing held; reason: " + shortened(reason));
        }
        return new Erasure(address, now, anonymised, withdrawn, kept, forgotten);
    }

    /** The address's stand-in in the audit trail: the same person always gets the same one. */
    public static String pseudonym(String email) {
        return "ds-" + Hashes.sha256(email.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    private String checked(String email, User user) {
        if (!access.answersDataSubjectRequests(user)) {
            throw DomainException.forbidden("forbidden");
        }
        String address = email == null ? "" : email.trim();
        if (address.length() > 320 || !EMAIL.matcher(address).matches()) {
            throw DomainException.invalid("people.email_invalid");
        }
        return address.toLowerCase(Locale.ROOT);
    }

    private void record(User user, String action, List<Dossier> held, String address, String detail) {
        String line = "subject " + pseudonym(address) + (detail == null ? "" : "; " + detail);
        for (Dossier dossier : held) {
            audit.record(user.username(), action, dossier.campaign.code, dossier.id, dossier.status.name(),
                    dossier.status.name(), line);
        }
        if (held.isEmpty()) {
            audit.record(user.username(), action, null, null, null, null, line + "; nothing held");
        }
    }

    private DossierData data(Dossier d) {
        boolean leader = d.category.kind == CategoryKind.LEADER;
        List<ConsentLink> links = ConsentRequest.of(d).stream().map(r -> new ConsentLink(r.noticeVersion, r.sentAt,
                r.expiresAt, r.decision == null ? null : r.decision.name(), r.decidedAt)).toList();
        List<AttachedFile> files = leader ? Attachment.of(d).stream()
                .map(a -> new AttachedFile(a.fileName, a.sizeBytes, a.sha256)).toList() : List.of();
        Instant keptUntil = d.status == DossierStatus.AWARDED ? null : retention.endOf(d.campaign).orElse(null);
        if (leader) {
            return new DossierData(d.reference, d.campaign.code, d.category.code, Role.NOMINEE, d.status, null,
                    d.nomineeName, d.nomineePosition, d.nomineeOrganization, d.nomineeOrganizationTaxCode,
                    d.nomineeProvince, d.contactName, d.contactEmail, d.contactPhone, d.consentState.name(),
                    d.consentAt, links, files, d.personalDataErasedAt, keptUntil);
        }
        return new DossierData(d.reference, d.campaign.code, d.category.code, Role.CONTACT, d.status, d.nomineeName,
                null, null, null, null, null, d.contactName, d.contactEmail, d.contactPhone, null, null, List.of(),
                List.of(), d.personalDataErasedAt, keptUntil);
    }

    private static String shortened(String reason) {
        String text = reason.trim();
        return text.length() <= 500 ? text : text.substring(0, 500);
    }
}

package vn.dxawards.notification.service;

import vn.dxawards.notification.model.NotificationKind;
import vn.dxawards.notification.model.OutboxMessage;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.mailer.Mail;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import vn.dxawards.platform.directory.CouncilDirectory.Person;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.model.CouncilMember;
import vn.dxawards.platform.documents.Hashes;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.service.ReceiptDocument;

/**
 * Turns an outbox row into an e-mail to one person: Vietnamese, or English for a person whose
 * locale is {@code en}; plain text and simple HTML; a link to the page where the work is done; a
 * {@code Message-ID} made from the idempotency key, so that the same notification always carries
 * the same id and a receiver can drop a duplicate.
 */
@ApplicationScoped
public class Mails {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @ConfigProperty(name = "dx.public-base-url", defaultValue = "http://localhost:8080")
    String publicBaseUrl;

    @Inject
    @Any
    Instance<NotificationSubject> subjects;

    @Inject
    ReceiptDocument receipts;

    @CheckedTemplate(basePath = "Mails")
    static class Templates {
        static native TemplateInstance text(String kind, String name, String reference, String nominee, String due,
                String juror, String note, String link, String lang);

        static native TemplateInstance html(String kind, String name, String reference, String nominee, String due,
                String juror, String note, String link, String lang);
    }

    public Mail render(OutboxMessage message, Person person) {
        boolean english = "en".equalsIgnoreCase(person.locale());
        Locale locale = english ? Locale.ENGLISH : Locale.forLanguageTag("vi");
        Dossier dossier = message.dossierId == null ? null : Dossier.findById(message.dossierId);
        String reference = reference(message, dossier, english);
        String nominee = dossier == null ? "" : dossier.nomineeName;
        String due = message.dueDate == null ? "" : DAY.format(message.dueDate);
        String juror = jurorName(message, dossier);
        String link = link(message);
        String kind = message.kind.name();
        String lang = english ? "en" : "vi";
        String note = note(message);
        MailMessages texts = MessageBundles.get(MailMessages.class, Localized.Literal.of(lang));
        Mail mail = Mail.withText(person.email(), texts.subject(kind, reference),
                Templates.text(kind, person.fullName(), reference, nominee, due, juror, note, link, lang)
                        .setLocale(locale).render())
                .setHtml(Templates.html(kind, person.fullName(), reference, nominee, due, juror, note, link, lang)
                        .setLocale(locale).render())
                .addHeader("Message-ID", messageId(message.idempotencyKey))
                .addHeader("X-DX-Notification", message.idempotencyKey);
        if (message.kind == NotificationKind.SUBMISSION_RECEIVED && dossier != null) {
            // as a file: the mailer streams a byte[] attachment byte by byte (a 50 KB receipt cost ≈ 100 ms of CPU)
            mail.addAttachment("phieu-tiep-nhan-" + dossier.reference + ".pdf", temporaryFile(receipts.render(dossier)),
                    "application/pdf");
        }
        return mail;
    }

    /** A rendered attachment in a temporary file, removed by {@link #discardFiles} once the mail is sent. */
    private static java.io.File temporaryFile(byte[] content) {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("dx-mail-", ".pdf");
            java.nio.file.Files.write(file, content);
            return file.toFile();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("the attachment could not be written", e);
        }
    }

    /** Removes the temporary files of a rendered mail's attachments (sent or not). */
    public static void discardFiles(Mail mail) {
        for (io.quarkus.mailer.Attachment attachment : mail.getAttachments()) {
            java.io.File file = attachment.getFile();
            if (file != null && file.getName().startsWith("dx-mail-")) {
                try {
                    java.nio.file.Files.deleteIfExists(file.toPath());
                } catch (java.io.IOException e) {
                    file.deleteOnExit();
                }
            }
        }
    }

    /** How a message to an address outside the identity provider greets: the nominee it is about. */
    public String addressee(OutboxMessage message) {
        Dossier dossier = message.dossierId == null ? null : Dossier.findById(message.dossierId);
        return dossier == null ? "" : dossier.nomineeName;
    }

    /** What the message adds to its kind's text: the secretariat's words, or an awardee's certificate. */
    public String note(OutboxMessage message) {
        if (message.kind == NotificationKind.CONSENT_REQUEST) {
            return message.note;
        }
        if (message.link != null && message.kind == NotificationKind.OUTCOME_AWARDED) {
            return (message.note == null ? "" : message.note + " — ") + base() + message.link;
        }
        return message.note;
    }

    /** The subject line in a language, for the notifications page. */
    public String title(OutboxMessage message, String lang) {
        Dossier dossier = message.dossierId == null ? null : Dossier.findById(message.dossierId);
        return MessageBundles.get(MailMessages.class, Localized.Literal.of(lang)).subject(message.kind.name(),
                reference(message, dossier, "en".equalsIgnoreCase(lang)));
    }

    /** What the texts' {@code reference} names: the dossier's reference, or the campaign's name in a campaign's message. */
    private static String reference(OutboxMessage message, Dossier dossier, boolean english) {
        if (message.kind.aboutCampaign()) {
            return message.campaignCode == null ? "" : Campaign.byCode(message.campaignCode)
                    .map(c -> c.name(english)).orElse(message.campaignCode);
        }
        return dossier == null ? "" : dossier.reference;
    }

    /** The same key gives the same id, on every attempt and every node. */
    public String messageId(String idempotencyKey) {
        String host = publicBaseUrl.replaceFirst("^[a-z]+://", "").replaceFirst("[:/].*$", "");
        return "<" + Hashes.sha256(idempotencyKey.getBytes(StandardCharsets.UTF_8)).substring(0, 40) + "@"
                + (host.isBlank() ? "dx-awards" : host) + ">";
    }

    /** The page where the person does what the message asks. */
    public String link(OutboxMessage message) {
        return base() + path(message);
    }

    /** The same page, as a path of this application. */
    public String path(OutboxMessage message) {
        return switch (message.kind) {
            case SCORING_REMINDER, SCORING_REASSIGNED -> "/app/scoring/" + message.dossierId;
            case SCORING_OVERDUE -> "/app/campaigns/" + message.campaignCode + "/overdue-scorecards";
            case SURVEY_REQUESTED -> "/app/surveys/" + message.subjectId;
            case SUBMISSION_RECEIVED, SUPPLEMENT_REQUESTED, SUPPLEMENT_REMINDER, DOSSIER_ACCEPTED, DOSSIER_REJECTED,
                    OUTCOME_AWARDED, OUTCOME_NOT_AWARDED, CONSENT_GIVEN, CONSENT_REFUSED, CONSENT_WITHDRAWN ->
                "/app/dossiers/" + message.dossierId;
            case CONSENT_REQUEST -> message.link == null ? "/" : message.link;
            case COUNCIL_ASSIGNED -> "/app/tasks";
            case DELIBERATION_OPENED -> "/app/campaigns/" + message.campaignCode + "/deliberation";
            case PROPOSAL_RECEIVED -> "/app/campaigns/" + message.campaignCode + "/decision";
        };
    }

    private String base() {
        return publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    private String jurorName(OutboxMessage message, Dossier dossier) {
        String juror = subjects.stream().map(subject -> subject.personAbout(message)).filter(Objects::nonNull)
                .findFirst().orElse(null);
        if (juror == null) {
            return "";
        }
        CouncilMember member = dossier == null ? null : CouncilMember.of(dossier.campaign, juror);
        return member != null && member.fullName != null ? member.fullName + " (" + juror + ")" : juror;
    }
}

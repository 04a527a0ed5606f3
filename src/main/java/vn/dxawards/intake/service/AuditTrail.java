package vn.dxawards.intake.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.dxawards.audit.model.AuditEntry;
import vn.dxawards.audit.service.AuditLog;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.service.ConsentService;
import vn.dxawards.identity.User;
import vn.dxawards.platform.directory.PeopleNames;
import vn.dxawards.platform.i18n.Messages;

/**
 * A dossier's audit trail for people: each raw line (usernames, codes, "total 82.5", "POST … → 422")
 * taken apart into what a sentence needs. The raw log stays as it was written (the API gives it).
 */
@ApplicationScoped
public class AuditTrail {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    AuditLog audit;

    @Inject
    PeopleNames names;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditLine> of(Dossier dossier, Locale locale) {
        Map<String, String> people = new HashMap<>();
        return audit.ofDossier(dossier.id).stream().map(e -> line(e, dossier.reference, locale, people)).toList();
    }

    private AuditLine line(AuditEntry e, String reference, Locale locale, Map<String, String> people) {
        String actor = person(e.actor, people);
        String person = null;
        String otherPerson = null;
        String detail = e.detail;
        BigDecimal score = null;
        String reason = null;
        switch (e.action) {
            case "JUROR_ASSIGNED", "JUROR_UNASSIGNED", "ASSIGNMENT_CANCELLED", "SCORING_REMINDER", "SCORING_OVERDUE",
                    "SURVEY_REQUESTED", "SURVEY_CANCELLED" -> {
                person = person(e.detail, people);
                detail = null;
            }
            case "SCORING_REASSIGNED" -> {
                String[] pair = e.detail == null ? new String[0] : e.detail.split(" -> ", 2);
                person = pair.length > 0 ? person(pair[0], people) : null;
                otherPerson = pair.length > 1 ? person(pair[1], people) : null;
                detail = null;
            }
            case "SCORECARD_SUBMITTED" -> {
                score = e.detail != null && e.detail.startsWith("total ") ? decimal(e.detail.substring(6)) : null;
                detail = null;
            }
            case "SCORECARD_REVISED" -> detail = after(e.detail, ": ");
            case "ATTACHMENT_ADDED", "ATTACHMENT_REMOVED", "SURVEY_FILE_ADDED" -> detail = e.detail == null || e.detail.lastIndexOf(' ') < 0
                    ? e.detail : e.detail.substring(0, e.detail.lastIndexOf(' '));
            case "SURVEY_RECORDED" -> detail = day(after(e.detail, "visited "));
            case "CONSENT_REQUESTED", "CONSENT_GIVEN", "CONSENT_REFUSED", "CONSENT_WITHDRAWN", "DRAFT_DELETED",
                    "COMMENT_POSTED" -> detail = null;
            case "REFUSED" -> {
                reason = refusal(after(e.detail, "→ "), locale);
                detail = null;
            }
            default -> {
                // the note or reason a person typed stays as typed
            }
        }
        return new AuditLine(e.at, e.action, actor, reference, person, otherPerson, e.fromState, e.toState, detail,
                score, reason);
    }

    /** A person's name; null for the system's own steps and for the nominee answering a consent request. */
    private String person(String username, Map<String, String> people) {
        if (username == null || username.isBlank() || User.SYSTEM.username().equals(username)
                || ConsentService.DATA_SUBJECT.equals(username)) {
            return null;
        }
        return people.computeIfAbsent(username, names::name);
    }

    /** The refusal's message without its particulars (the line kept only the code). */
    private static String refusal(String code, Locale locale) {
        if (code == null || code.isBlank() || code.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Messages.text(locale, code.trim()).replaceAll("\\{\\d+[^}]*}", "…");
    }

    private static String after(String text, String marker) {
        if (text == null) {
            return null;
        }
        int at = text.indexOf(marker);
        return at < 0 ? text : text.substring(at + marker.length());
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String day(String iso) {
        try {
            return iso == null ? null : DAY.format(LocalDate.parse(iso.trim()));
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }
}

package vn.dxawards.intake.web;

import vn.dxawards.intake.model.Completeness;
import vn.dxawards.intake.model.DuplicateHints;
import vn.dxawards.intake.model.IntakeDecision;
import vn.dxawards.intake.service.IntakeRequest;
import vn.dxawards.intake.service.IntakeService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.dxawards.access.AccessPolicy.DossierAction;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.platform.i18n.Times;
import vn.dxawards.dossier.model.Attachment;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.service.DossierService;
import vn.dxawards.dossier.model.NominatingBody;
import vn.dxawards.locality.model.Locality;
import vn.dxawards.platform.web.Page;

/**
 * The secretariat's work page for a submitted dossier (the {@code Task_Intake} of its process):
 * the content and attachments, a completeness checklist, possible duplicates in the campaign, the
 * earlier decisions, and the decision form. A refused decision comes back with what was typed.
 */
@Path("/app/intake")
@Authenticated
public class IntakePages {

    /** A supplement is due a week after the request unless the secretary sets another day. */
    static final int DEFAULT_SUPPLEMENT_DAYS = 7;

    @Inject
    Page page;

    @Inject
    DossierService dossiers;

    @Inject
    IntakeService intake;

    @Inject
    Validator validator;

    /** What the secretary typed into the decision form; {@code errorField} marks the field at fault. */
    public record Form(String decision, String dueDate, String note, String errorField) {
    }

    /** An attachment as the page lists it. */
    public record FileRow(Long id, String name, long kilobytes, Instant uploadedAt) {
    }

    /** Everything the intake page shows. */
    public record View(Dossier dossier, String campaign, String category, String locality, String body,
            List<FileRow> files,
            List<Completeness.Check> checklist, int missing, List<DuplicateHints.Hint> duplicates,
            List<IntakeDecision> history, boolean waiting, String today, Form form, String error,
            List<String> details) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance intake(View view);

        static native TemplateInstance confirmReject(Long id, String reference, String nominee, String body,
                String note);
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public String show(@PathParam("id") long id, @QueryParam("decided") String decided) {
        Form blank = new Form(null, Times.today().plusDays(DEFAULT_SUPPLEMENT_DAYS).toString(), "", null);
        return render(id, blank, null, List.of(), decided != null ? texts().flash_decided() : null);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response decide(@PathParam("id") long id, @RestForm String decision, @RestForm String dueDate,
            @RestForm String note, @RestForm String confirm) {
        IntakeDecision.Kind kind = kind(decision);
        // A rejection ends the dossier: with its reason given, the page names the consequence first.
        if (kind == IntakeDecision.Kind.REJECT && blankToNull(note) != null && confirm == null) {
            Dossier dossier = dossiers.visible(id, page.user(), DossierAction.DECIDE_INTAKE);
            NominatingBody body = NominatingBody.findById(dossier.bodyCode);
            return Response.ok(page.render(Templates.confirmReject(dossier.id, dossier.reference, dossier.nomineeName,
                    body == null || body.name == null ? dossier.bodyCode : body.name, note),
                    texts().reject_confirm_title(dossier.reference)))
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        }
        if (kind == null) {
            Form form = new Form(decision, dueDate, note, "decision");
            return page.refused(422, render(id, form, texts().decision_required(), List.of(), null));
        }
        Set<ConstraintViolation<IntakeRequest>> violations = validator.validate(
                new IntakeRequest(kind, blankToNull(note), null));
        if (!violations.isEmpty()) {
            Form form = new Form(decision, dueDate, note, "note");
            String error = texts().col_note() + ": " + violations.iterator().next().getMessage();
            return page.refused(422, render(id, form, error, List.of(), null));
        }
        return page.actExplaining(() -> intake.decide(id, new IntakeRequest(kind, blankToNull(note),
                kind == IntakeDecision.Kind.REQUEST_SUPPLEMENT ? date(dueDate) : null), page.user()),
                "/app/intake/" + id + "?decided=1",
                refusal -> render(id, new Form(decision, dueDate, note, fieldOf(refusal.code())), page.message(refusal),
                        refusal.details(), null));
    }

    private String render(long id, Form form, String error, List<String> details, String flash) {
        boolean english = page.english();
        Dossier dossier = dossiers.visible(id, page.user(), DossierAction.DECIDE_INTAKE);
        List<Attachment> files = Attachment.of(dossier);
        List<Completeness.Check> checklist = Completeness.of(dossier, files.size());
        Locality locality = Locality.findById(dossier.nomineeProvince);
        NominatingBody body = NominatingBody.findById(dossier.bodyCode);
        View view = new View(dossier, dossier.campaign.name(english), dossier.category.name(english),
                locality == null ? dossier.nomineeProvince : locality.name(english),
                body == null || body.name == null ? dossier.bodyCode : body.name,
                files.stream().map(a -> new FileRow(a.id, a.fileName, Math.max(1, (a.sizeBytes + 1023) / 1024),
                        a.uploadedAt)).toList(),
                checklist,
                (int) checklist.stream().filter(c -> !c.met()).count(), DuplicateHints.of(dossier),
                IntakeDecision.of(dossier), dossier.awaitingIntake(), Times.today().toString(),
                form, error, details);
        return page.render(Templates.intake(view), texts().intake_title(dossier.reference), flash);
    }

    /** The form field a refusal is about, so that the page can point at it. */
    private static String fieldOf(String code) {
        return switch (code) {
            case "intake.note_required" -> "note";
            case "intake.due_date_required", "intake.due_date_past", "invalid_date" -> "dueDate";
            default -> null;
        };
    }

    private static IntakeDecision.Kind kind(String decision) {
        if (decision == null) {
            return null;
        }
        for (IntakeDecision.Kind kind : IntakeDecision.Kind.values()) {
            if (kind.name().equals(decision)) {
                return kind;
            }
        }
        return null;
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("invalid_date", value);
        }
    }

    private IntakeMessages texts() {
        return page.texts(IntakeMessages.class);
    }


    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

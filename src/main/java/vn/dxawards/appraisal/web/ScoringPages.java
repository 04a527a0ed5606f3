package vn.dxawards.appraisal.web;

import vn.dxawards.appraisal.service.AssignmentService;
import vn.dxawards.appraisal.model.ProposalType;
import vn.dxawards.appraisal.model.Recommendation;
import vn.dxawards.appraisal.service.ScorecardInput;
import vn.dxawards.appraisal.service.ScorecardService;
import vn.dxawards.appraisal.service.ScorecardView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.access.AccessPolicy.DossierAction;
import vn.dxawards.identity.User;
import vn.dxawards.campaign.model.Criterion;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.dossier.model.Attachment;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.service.DossierService;
import vn.dxawards.platform.web.Page;

/**
 * The juror's scoring page: the dossier to read, the rubric with descriptions and weights, a live
 * weighted total, draft and submission; others' scorecards only after one's own; conflict declaration.
 */
@Path("/app/scoring/{id}")
@Authenticated
public class ScoringPages {

    @Inject
    Page page;

    @Inject
    DossierService dossiers;

    @Inject
    ScorecardService scorecards;

    @Inject
    AssignmentService assignments;

    @Inject
    AccessPolicy access;

    /** One criterion row of the form, with the juror's comment on it. */
    public record CriterionRow(String code, String name, String description, int weight, String value,
            String comment) {
    }

    /** The scoring page's data. */
    public record Sheet(Long dossierId, String reference, String nominee, String category, Map<String, String> content,
            List<Attachment> files, List<CriterionRow> criteria, String comment, String recommendation, List<String> recommendations,
            List<String> proposalTypes, Map<String, String> proposals, boolean submitted, java.time.Instant submittedAt,
            java.math.BigDecimal total, List<ScorecardView> others, boolean revisable, String reason,
            List<ScorecardView> histories, ScorecardService.Queue queue) {

        /** Submitted and not open to a revision: the form is read-only. */
        public boolean locked() {
            return submitted && !revisable;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sheet(Sheet sheet, String error);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String show(@PathParam("id") long id, @QueryParam("saved") String saved) {
        return render(id, null, null, saved != null ? page.texts(AppraisalMessages.class).scoring_saved() : null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response save(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return page.act(() -> {
            ScorecardInput input = input(id, form);
            if (form.containsKey("revise")) {
                scorecards.revise(id, input, page.user());
            } else {
                scorecards.save(id, input, form.containsKey("submit"), page.user());
            }
        }, "/app/scoring/" + id + "?saved=1", error -> render(id, form, error, null));
    }

    /**
     * The page's autosave (js/scoring.js): the form as typed is kept as the draft, nothing is
     * submitted; the answer is the line to show ("saved at 14:05") or, under the refusal's status, the
     * refusal in the person's language (a score out of range, the phase over).
     */
    @POST
    @Path("draft")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_PLAIN)
    public Response autosave(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        AppraisalMessages texts = page.texts(AppraisalMessages.class);
        return page.answer(() -> scorecards.saveDraft(id, input(id, form), page.user()),
                draft -> Response.ok(texts.autosaved(java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                        .format(java.time.Instant.now().atZone(vn.dxawards.platform.i18n.Times.ICT))))
                        .type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).build(),
                refusal -> texts.autosave_refused(page.message(refusal)));
    }

    @POST
    @Path("conflict")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response conflict(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        return page.act(() -> assignments.declareConflict(id, form.getFirst("reason"), page.user()),
                "/app/tasks?conflict=1", error -> render(id, form, error, null));
    }

    private ScorecardInput input(long id, MultivaluedMap<String, String> form) {
        Dossier dossier = dossiers.visible(id, page.user(), DossierAction.SCORE);
        Map<String, Integer> scores = new LinkedHashMap<>();
        Map<String, String> comments = new LinkedHashMap<>();
        for (Criterion criterion : dossier.category.rubric) {
            String comment = form.getFirst("note_" + criterion.code);
            if (comment != null && !comment.isBlank()) {
                comments.put(criterion.code, comment);
            }
            String value = form.getFirst("score_" + criterion.code);
            if (value != null && !value.isBlank()) {
                try {
                    scores.put(criterion.code, Integer.valueOf(value.trim()));
                } catch (NumberFormatException e) {
                    throw DomainException.invalid("score.range", criterion.code, value);
                }
            }
        }
        List<ScorecardInput.ProposalInput> proposals = new ArrayList<>();
        for (ProposalType type : ProposalType.values()) {
            if (form.containsKey("proposal_" + type)) {
                proposals.add(new ScorecardInput.ProposalInput(type, form.getFirst("proposalText_" + type)));
            }
        }
        String recommendation = form.getFirst("recommendation");
        return new ScorecardInput(scores, comments, form.getFirst("comment"),
                recommendation == null || recommendation.isBlank() ? null : Recommendation.valueOf(recommendation),
                proposals, form.getFirst("reason"));
    }

    private String render(long id, MultivaluedMap<String, String> typed, String error, String flash) {
        User user = page.user();
        Dossier dossier = dossiers.visible(id, user, DossierAction.VIEW);
        boolean english = page.english();
        ScorecardView mine = access.may(user, DossierAction.SCORE, dossier) ? scorecards.mine(id, user) : null;
        boolean submitted = mine != null && "SUBMITTED".equals(mine.status());
        List<CriterionRow> criteria = new ArrayList<>();
        for (Criterion c : dossier.category.rubric) {
            String value = typed != null ? typed.getFirst("score_" + c.code)
                    : mine != null && mine.scores().containsKey(c.code) ? String.valueOf(mine.scores().get(c.code))
                    : "";
            String comment = typed != null ? typed.getFirst("note_" + c.code)
                    : mine != null ? mine.criterionComments().get(c.code) : null;
            criteria.add(new CriterionRow(c.code, c.name(english), english ? c.descriptionEn : c.descriptionVi,
                    c.weight, value == null ? "" : value, comment == null ? "" : comment));
        }
        Map<String, String> proposals = new HashMap<>();
        if (mine != null) {
            mine.proposals().forEach(p -> proposals.put(p.type().name(), p.text() == null ? "" : p.text()));
        }
        Map<String, String> content = new LinkedHashMap<>();
        content.put("strategy", dossier.strategy);
        content.put("scale", dossier.scale);
        content.put("initiatives", dossier.initiatives);
        content.put("results", dossier.results);
        content.put("supportWishes", dossier.supportWishes);
        content.replaceAll((k, v) -> v == null ? "" : v);
        List<ScorecardView> others = access.may(user, DossierAction.READ_SCORECARDS, dossier)
                ? scorecards.all(id, user) : List.of();
        Sheet sheet = new Sheet(dossier.id, dossier.reference, dossier.nomineeName, dossier.category.name(english),
                content, Attachment.of(dossier), criteria,
                typed != null ? typed.getFirst("comment") : mine == null || mine.comment() == null ? "" : mine.comment(),
                typed != null ? typed.getFirst("recommendation")
                        : mine == null || mine.recommendation() == null ? "" : mine.recommendation().name(),
                java.util.Arrays.stream(Recommendation.values()).map(Enum::name).toList(),
                java.util.Arrays.stream(ProposalType.values()).map(Enum::name).toList(), proposals, submitted,
                submitted ? mine.submittedAt() : null,
                mine == null ? null : mine.total(), others,
                submitted && dossier.campaign.deliberating(),
                typed != null && typed.getFirst("reason") != null ? typed.getFirst("reason") : "",
                histories(mine, others), mine == null ? null : scorecards.queue(dossier, user));
        return page.render(Templates.sheet(sheet, error), page.texts(AppraisalMessages.class).scoring_title(dossier.reference), flash);
    }

    /** The scorecards with earlier versions, one's own first. */
    private static List<ScorecardView> histories(ScorecardView mine, List<ScorecardView> others) {
        List<ScorecardView> histories = new ArrayList<>();
        if (mine != null && !mine.history().isEmpty()) {
            histories.add(mine);
        }
        others.stream().filter(o -> !o.history().isEmpty() && (mine == null || !o.juror().equals(mine.juror())))
                .forEach(histories::add);
        return histories;
    }

}

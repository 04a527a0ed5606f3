package vn.dxawards.campaign.web;

import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.model.Category;
import vn.dxawards.campaign.model.Criterion;
import vn.dxawards.campaign.service.RubricService;
import java.util.ArrayList;
import java.util.HashMap;
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
import vn.dxawards.campaign.service.CampaignDefinition.CriterionDefinition;
import vn.dxawards.platform.i18n.LocalizedText;
import vn.dxawards.platform.web.Page;

/**
 * The administrator's rubric editor of one category: the criteria with both languages'
 * names and descriptions and their weights, a live sum, two empty rows to add criteria; a refused
 * rubric comes back with everything typed and each problem beside its row.
 */
@Path("/app/campaigns/{code}/rubrics/{category}")
@Authenticated
public class RubricPages {

    private static final int EXTRA_ROWS = 2;

    @Inject
    Page page;

    @Inject
    RubricService rubrics;

    /** One criterion as typed, with the problems of its fields. */
    public record Row(int index, String code, String nameVi, String nameEn, String descriptionVi,
            String descriptionEn, String weight, Map<String, String> errors) {

        public String errorText() {
            return String.join("; ", errors.values());
        }
    }

    /** Another category of the campaign, for the links between editors. */
    public record Link(String code, String name, boolean current) {
    }

    public record View(String campaignCode, String campaignName, String categoryCode, String categoryName,
            boolean editable, List<Row> rows, List<Link> categories, String error, List<String> details,
            boolean saved) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rubric(View view);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String show(@PathParam("code") String code, @PathParam("category") String category,
            @QueryParam("saved") String saved) {
        Category c = rubrics.category(code, category, page.user());
        List<Row> rows = new ArrayList<>();
        for (Criterion criterion : c.rubric) {
            rows.add(new Row(rows.size(), criterion.code, criterion.nameVi, criterion.nameEn,
                    criterion.descriptionVi, criterion.descriptionEn, String.valueOf(criterion.weight),
                    new HashMap<>()));
        }
        return render(c, withBlanks(rows), null, List.of(), saved != null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response save(@PathParam("code") String code, @PathParam("category") String category,
            MultivaluedMap<String, String> form) {
        int count = Math.max(0, Math.min(60, parse(form.getFirst("rows"), 0)));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String p = "c-" + i + "-";
            rows.add(new Row(i, trim(form.getFirst(p + "code")), trim(form.getFirst(p + "nameVi")),
                    trim(form.getFirst(p + "nameEn")), trim(form.getFirst(p + "descriptionVi")),
                    trim(form.getFirst(p + "descriptionEn")), trim(form.getFirst(p + "weight")), new HashMap<>()));
        }
        // a row without code, name and weight is an unused row, not a criterion
        List<Row> used = rows.stream().filter(r -> !blank(r.code()) || !blank(r.nameVi()) || !blank(r.weight()))
                .toList();
        List<CriterionDefinition> rubric = used.stream().map(r -> new CriterionDefinition(r.code(),
                blank(r.nameVi()) && blank(r.nameEn()) ? null : new LocalizedText(r.nameVi(), r.nameEn()),
                blank(r.descriptionVi()) && blank(r.descriptionEn()) ? null
                        : new LocalizedText(r.descriptionVi(), r.descriptionEn()),
                parse(r.weight(), -1))).toList();
        return page.actExplaining(() -> rubrics.replace(code, category, rubric, page.user(), page.locale()),
                "/app/campaigns/" + code + "/rubrics/" + category + "?saved=1", refusal -> {
                    List<String> details = new ArrayList<>();
                    if ("rubric.invalid".equals(refusal.code())) {
                        for (RubricService.Problem problem : rubrics.problems(rubric, page.locale())) {
                            if (problem.row() < 0) {
                                details.add(problem.message());
                            } else {
                                used.get(problem.row()).errors().putIfAbsent(problem.field(), problem.message());
                            }
                        }
                    }
                    return render(rubrics.category(code, category, page.user()), rows, page.message(refusal),
                            details, false);
                });
    }

    private String render(Category category, List<Row> rows, String error, List<String> details, boolean saved) {
        boolean english = page.english();
        Campaign campaign = category.campaign;
        List<Link> links = campaign.categories.stream()
                .map(c -> new Link(c.code, english ? c.nameEn : c.nameVi, c.code.equals(category.code))).toList();
        String name = english ? category.nameEn : category.nameVi;
        View view = new View(campaign.code, campaign.name(english), category.code, name,
                campaign.acceptingNominations(), rows, links, error, details, saved);
        return page.render(Templates.rubric(view), page.texts(CampaignMessages.class).rubric_title(name));
    }

    private static List<Row> withBlanks(List<Row> rows) {
        List<Row> all = new ArrayList<>(rows);
        for (int i = 0; i < EXTRA_ROWS; i++) {
            all.add(new Row(all.size(), "", "", "", "", "", "", new HashMap<>()));
        }
        return all;
    }

    private static int parse(String value, int otherwise) {
        try {
            return value == null ? otherwise : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}

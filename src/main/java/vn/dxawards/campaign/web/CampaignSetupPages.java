package vn.dxawards.campaign.web;

import vn.dxawards.campaign.service.CampaignDefinition;
import vn.dxawards.campaign.service.CampaignService;
import vn.dxawards.campaign.model.CategoryKind;
import vn.dxawards.campaign.service.DefaultRubrics;
import vn.dxawards.campaign.model.Normalisation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import com.fasterxml.jackson.databind.ObjectMapper;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.access.AccessPolicy.CampaignAction;
import vn.dxawards.campaign.service.CampaignDefinition.CategoryDefinition;
import vn.dxawards.platform.i18n.LocalizedText;
import vn.dxawards.platform.i18n.Times;
import vn.dxawards.platform.web.Page;

/**
 * The admin's page for setting up a campaign: its names, windows, settings and categories (the
 * programme's ten pre-filled from the demo definition); every category takes the default rubric of
 * its kind. A refused definition comes back with everything typed and the errors beside the fields.
 */
@Path("/app/campaigns/new")
@Authenticated
public class CampaignSetupPages {

    static final String PROGRAMME = "demo/top100-demo.json";

    @Inject
    Page page;

    @Inject
    vn.dxawards.campaign.service.PersonalDataRetention retention;

    @Inject
    CampaignService campaigns;

    @Inject
    AccessPolicy access;

    @Inject
    Validator validator;

    @Inject
    ObjectMapper json;

    /** One input of the form; {@code error} is shown beside it. */
    public record Field(String name, String label, String type, String value, boolean checked, String hint,
            String error) {
    }

    /** A fieldset of the form. */
    public record Group(String id, String legend, List<Field> fields) {
    }

    /** A category row as typed; {@code errors} by column. */
    public record Row(int index, boolean included, String code, String nameVi, String nameEn, String kind,
            String block, String awardQuota, String maxPerBody, Map<String, String> errors) {

        public String label() {
            return nameVi == null || nameVi.isBlank() ? String.valueOf(index + 1) : nameVi;
        }

        public String errorText() {
            return String.join("; ", errors.values());
        }
    }

    /** A block a category can belong to. */
    public record Option(String code, String name) {
    }

    /** A default criterion as the page lists it. */
    public record CriterionRow(String code, String name, int weight) {
    }

    /** Everything the page shows. */
    public record View(List<Group> groups, List<Row> rows, List<Option> blocks, List<CriterionRow> unitRubric,
            List<CriterionRow> leaderRubric, String error, List<String> details, String categoriesError) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance setup(View view);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String show() {
        access.require(page.user(), CampaignAction.CREATE, null);
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("year", String.valueOf(Times.today().getYear()));
        typed.put("awardCount", "100");
        typed.put("jurorsPerDossier", "3");
        typed.put("quorumNumerator", "2");
        typed.put("quorumDenominator", "3");
        typed.put("intakeDays", "10");
        typed.put("scoringDays", "14");
        typed.put("divergenceWarn", "20");
        typed.put("divergenceHigh", "30");
        typed.put("bootstrapSamples", "1000");
        typed.put("minLoad", String.valueOf(CampaignService.DEFAULT_MIN_LOAD));
        typed.put("maxLoad", String.valueOf(CampaignService.DEFAULT_MAX_LOAD));
        typed.put("personalDataRetentionMonths", String.valueOf(retention.defaultMonths()));
        List<Row> rows = new ArrayList<>();
        List<CategoryDefinition> categories = programme().categories();
        for (int i = 0; i < categories.size(); i++) {
            CategoryDefinition c = categories.get(i);
            rows.add(new Row(i, true, c.code(), c.name().vi(), c.name().en(), c.kind().name(), c.block(),
                    c.awardQuota() == null ? "" : c.awardQuota().toString(),
                    c.maxPerBody() == null ? "" : c.maxPerBody().toString(), new LinkedHashMap<>()));
        }
        return render(typed, rows, Map.of(), null, List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response create(MultivaluedMap<String, String> form) {
        access.require(page.user(), CampaignAction.CREATE, null);
        CampaignMessages texts = texts();
        Map<String, String> typed = new LinkedHashMap<>();
        for (String name : FIELDS) {
            typed.put(name, trimmed(form.getFirst(name)));
        }
        typed.put("secretBallot", form.getFirst("secretBallot") != null ? "on" : null);
        typed.put("zScore", form.getFirst("zScore") != null ? "on" : null);
        Map<String, String> errors = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        int count = parseCount(form.getFirst("rows"));
        for (int i = 0; i < count; i++) {
            String p = "cat-" + i + "-";
            rows.add(new Row(i, form.getFirst(p + "include") != null, trimmed(form.getFirst(p + "code")),
                    trimmed(form.getFirst(p + "nameVi")), trimmed(form.getFirst(p + "nameEn")),
                    trimmed(form.getFirst(p + "kind")), blankToNull(trimmed(form.getFirst(p + "block"))),
                    trimmed(form.getFirst(p + "awardQuota")), trimmed(form.getFirst(p + "maxPerBody")),
                    new LinkedHashMap<>()));
        }
        Parser parse = new Parser(typed, errors, texts);
        List<Integer> included = new ArrayList<>();
        List<CategoryDefinition> categories = new ArrayList<>();
        for (Row row : rows) {
            if (!row.included()) {
                continue;
            }
            included.add(row.index());
            Parser rowParse = new Parser(null, row.errors(), texts);
            CategoryKind kind = "LEADER".equals(row.kind()) ? CategoryKind.LEADER
                    : "UNIT".equals(row.kind()) ? CategoryKind.UNIT : null;
            categories.add(new CategoryDefinition(row.code(), name(row.nameVi(), row.nameEn()), kind, row.block(),
                    rowParse.integer("awardQuota", row.awardQuota()), rowParse.integer("maxPerBody", row.maxPerBody()),
                    null));
        }
        CampaignDefinition definition = new CampaignDefinition(typed.get("code"),
                name(typed.get("nameVi"), typed.get("nameEn")), parse.integer("year"), parse.integer("awardCount"),
                new CampaignDefinition.Windows(
                        new CampaignDefinition.Window(parse.date("nominationStart"), parse.date("nominationEnd")),
                        new CampaignDefinition.Window(parse.date("appraisalStart"), parse.date("appraisalEnd")),
                        parse.date("deliberationEnd"), parse.date("decisionEnd"), parse.date("ceremony")),
                new CampaignDefinition.Settings(parse.integer("jurorsPerDossier"),
                        new CampaignDefinition.Quorum(orZero(parse.integer("quorumNumerator")),
                                orZero(parse.integer("quorumDenominator"))),
                        parse.integer("intakeDays"), parse.integer("scoringDays"), typed.get("secretBallot") != null,
                        new CampaignDefinition.Ranking(typed.get("zScore") != null ? Normalisation.Z_SCORE
                                : Normalisation.NONE, parse.integer("divergenceWarn"),
                                parse.integer("divergenceHigh"), parse.integer("bootstrapSamples")),
                        parse.integer("minLoad"), parse.integer("maxLoad"), null,
                        parse.integer("personalDataRetentionMonths")),
                programme().blocks(), categories);
        String categoriesError = null;
        for (ConstraintViolation<CampaignDefinition> violation : validator.validate(definition)) {
            String path = violation.getPropertyPath().toString();
            Matcher m = java.util.regex.Pattern.compile("categories\\[(\\d+)\\]\\.(\\w+).*").matcher(path);
            if (m.matches()) {
                Row row = rows.get(included.get(Integer.parseInt(m.group(1))));
                String column = "name".equals(m.group(2)) ? "nameVi" : m.group(2);
                row.errors().putIfAbsent(column, texts.column(column) + ": " + violation.getMessage());
            } else if (path.equals("categories")) {
                categoriesError = texts.categories_none();
            } else {
                String field = FIELD_OF.getOrDefault(path, path.contains(".") ? path.substring(path.lastIndexOf('.') + 1)
                        : path);
                errors.putIfAbsent(field, violation.getMessage());
            }
        }
        boolean rowErrors = rows.stream().anyMatch(r -> !r.errors().isEmpty());
        if (!errors.isEmpty() || rowErrors || categoriesError != null) {
            return page.refused(422, render(typed, rows, errors, texts.form_invalid(), List.of(), categoriesError));
        }
        return page.actExplaining(() -> campaigns.create(definition, page.user()),
                "/app/campaigns/" + definition.code() + "?created=1", refusal -> {
                    String message = page.message(refusal);
                    String field = fieldOf(refusal.code(), definition);
                    if (field != null) {
                        errors.put(field, message);
                    }
                    if (refusal.code().startsWith("campaign.duplicate_category") && refusal.args().length > 0) {
                        rows.stream().filter(r -> r.included() && String.valueOf(refusal.args()[0]).equals(r.code()))
                                .forEach(r -> r.errors().put("code", message));
                    }
                    return render(typed, rows, errors, message, refusal.details(), null);
                });
    }

    private String render(Map<String, String> typed, List<Row> rows, Map<String, String> errors, String error,
            List<String> details) {
        return render(typed, rows, errors, error, details, null);
    }

    private String render(Map<String, String> typed, List<Row> rows, Map<String, String> errors, String error,
            List<String> details, String categoriesError) {
        boolean english = page.english();
        CampaignMessages t = texts();
        List<Group> groups = List.of(
                new Group("general", t.legend_general(), List.of(
                        field("code", t.field_code(), "text", typed, errors, t.hint_code()),
                        field("nameVi", t.field_name_vi(), "text", typed, errors, null),
                        field("nameEn", t.field_name_en(), "text", typed, errors, null),
                        field("year", t.field_year(), "number", typed, errors, null),
                        field("awardCount", t.field_award_count(), "number", typed, errors, null))),
                new Group("windows", t.legend_windows(), List.of(
                        field("nominationStart", t.field_nomination_start(), "date", typed, errors, null),
                        field("nominationEnd", t.field_nomination_end(), "date", typed, errors, null),
                        field("appraisalStart", t.field_appraisal_start(), "date", typed, errors, null),
                        field("appraisalEnd", t.field_appraisal_end(), "date", typed, errors, null),
                        field("deliberationEnd", t.field_deliberation_end(), "date", typed, errors, null),
                        field("decisionEnd", t.field_decision_end(), "date", typed, errors, null),
                        field("ceremony", t.field_ceremony(), "date", typed, errors, null))),
                new Group("settings", t.legend_settings(), List.of(
                        field("jurorsPerDossier", t.field_jurors(), "number", typed, errors, null),
                        field("quorumNumerator", t.field_quorum_numerator(), "number", typed, errors, null),
                        field("quorumDenominator", t.field_quorum_denominator(), "number", typed, errors,
                                t.hint_quorum()),
                        field("intakeDays", t.field_intake_days(), "number", typed, errors, null),
                        field("scoringDays", t.field_scoring_days(), "number", typed, errors, null),
                        field("minLoad", t.field_min_load(), "number", typed, errors, null),
                        field("maxLoad", t.field_max_load(), "number", typed, errors, t.hint_load()),
                        field("personalDataRetentionMonths", t.field_retention_months(), "number", typed, errors,
                                t.hint_retention_months()),
                        new Field("secretBallot", t.field_secret_ballot(), "checkbox", null,
                                typed.get("secretBallot") != null, null, errors.get("secretBallot")))),
                new Group("ranking", t.legend_ranking(), List.of(
                        new Field("zScore", t.field_z_score(), "checkbox", null, typed.get("zScore") != null, null,
                                errors.get("zScore")),
                        field("divergenceWarn", t.field_divergence_warn(), "number", typed, errors, null),
                        field("divergenceHigh", t.field_divergence_high(), "number", typed, errors, null),
                        field("bootstrapSamples", t.field_bootstrap_samples(), "number", typed, errors,
                                t.hint_bootstrap_samples()))));
        List<Option> blocks = programme().blocks().stream()
                .map(b -> new Option(b.code(), english ? b.name().en() : b.name().vi())).toList();
        View view = new View(groups, rows, blocks, criteria(CategoryKind.UNIT, english),
                criteria(CategoryKind.LEADER, english), error, details, categoriesError);
        return page.render(Templates.setup(view), t.new_title());
    }

    private static Field field(String name, String label, String type, Map<String, String> typed,
            Map<String, String> errors, String hint) {
        return new Field(name, label, type, typed.get(name), false, hint, errors.get(name));
    }

    private static List<CriterionRow> criteria(CategoryKind kind, boolean english) {
        return DefaultRubrics.of(kind).stream()
                .map(c -> new CriterionRow(c.code(), english ? c.name().en() : c.name().vi(), c.weight())).toList();
    }

    /** The field a refusal of the service is about. */
    private static String fieldOf(String code, CampaignDefinition definition) {
        return switch (code) {
            case "campaign.exists" -> "code";
            case "campaign.divergence_thresholds" -> "divergenceWarn";
            case "campaign.load_bounds" -> "maxLoad";
            case "campaign.windows" -> {
                // the nomination ending before it starts, else the appraisal window is at fault
                CampaignDefinition.Windows w = definition.windows();
                yield w.nomination().end().isBefore(w.nomination().start()) ? "nominationEnd" : "appraisalEnd";
            }
            default -> null;
        };
    }

    private CampaignDefinition programme() {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(PROGRAMME)) {
            return json.readValue(in, CampaignDefinition.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CampaignMessages texts() {
        return page.texts(CampaignMessages.class);
    }

    private static final List<String> FIELDS = List.of("code", "nameVi", "nameEn", "year", "awardCount",
            "nominationStart", "nominationEnd", "appraisalStart", "appraisalEnd", "deliberationEnd", "decisionEnd",
            "ceremony", "jurorsPerDossier", "quorumNumerator", "quorumDenominator", "intakeDays", "scoringDays",
            "divergenceWarn", "divergenceHigh", "bootstrapSamples",
            "minLoad", "maxLoad", "personalDataRetentionMonths");

    private static final Map<String, String> FIELD_OF = Map.ofEntries(
            Map.entry("name", "nameVi"),
            Map.entry("windows.nomination.start", "nominationStart"),
            Map.entry("windows.nomination.end", "nominationEnd"),
            Map.entry("windows.appraisal.start", "appraisalStart"),
            Map.entry("windows.appraisal.end", "appraisalEnd"),
            Map.entry("windows.nomination", "nominationStart"),
            Map.entry("windows.appraisal", "appraisalStart"),
            Map.entry("settings.quorum.numerator", "quorumNumerator"),
            Map.entry("settings.quorum.denominator", "quorumDenominator"));

    /** Reads typed numbers and dates, noting what cannot be read beside its field. */
    private record Parser(Map<String, String> typed, Map<String, String> errors, CampaignMessages texts) {

        Integer integer(String field) {
            return integer(field, typed.get(field));
        }

        Integer integer(String field, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Integer.valueOf(value.trim());
            } catch (NumberFormatException e) {
                errors.put(field, texts.invalid_number(value));
                return null;
            }
        }

        LocalDate date(String field) {
            String value = typed.get(field);
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                errors.put(field, texts.invalid_date(value));
                return null;
            }
        }
    }

    private static LocalizedText name(String vi, String en) {
        if ((vi == null || vi.isBlank()) && (en == null || en.isBlank())) {
            return null;
        }
        return LocalizedText.of(vi == null || vi.isBlank() ? en : vi, en);
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static int parseCount(String value) {
        try {
            return Math.max(0, Math.min(50, Integer.parseInt(value == null ? "0" : value.trim())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

}

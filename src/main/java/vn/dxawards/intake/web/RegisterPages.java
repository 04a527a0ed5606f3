package vn.dxawards.intake.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import vn.dxawards.access.AccessPolicy.CampaignAction;
import vn.dxawards.access.AccessPolicy.DossierAction;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.model.DossierStatus;
import vn.dxawards.dossier.model.NominatingBody;
import vn.dxawards.dossier.model.RegisterPage;
import vn.dxawards.dossier.model.RegisterQuery;
import vn.dxawards.dossier.model.RegisterSort;
import vn.dxawards.dossier.service.DossierService;
import vn.dxawards.dossier.web.RegisterRequest;
import vn.dxawards.identity.User;
import vn.dxawards.intake.model.IntakeDecision;
import vn.dxawards.intake.service.BulkIntake;
import vn.dxawards.intake.service.RegisterExport;
import vn.dxawards.locality.model.Locality;
import vn.dxawards.platform.i18n.Collation;
import vn.dxawards.platform.web.Page;

/**
 * The register of a campaign's dossiers: search without diacritics, filters, sort and pages, names
 * instead of codes; the secretariat selects complete dossiers waiting for intake, confirms, and
 * accepts them at once (each its own decision), and exports what it sees as CSV or XLSX.
 */
@Path("/app/register")
@Authenticated
public class RegisterPages {

    static final int PAGE_SIZE = 50;
    static final List<Integer> PAGE_SIZES = List.of(20, 50, 100, 200);

    @Inject
    Page page;

    @Inject
    DossierService dossiers;

    @Inject
    BulkIntake bulk;

    @Inject
    RegisterExport export;

    @Inject
    AccessPolicy access;

    /** A choice in a filter. */
    public record Option(String value, String label, boolean selected) {
    }

    /** A sortable column's header: its link and whether (and how) the register is ordered by it. */
    public record Column(String key, String href, String direction) {
    }

    /** One dossier in the register. */
    public record Row(Long id, String reference, String nominee, String taxCode, String category, String locality,
            String body, String status, boolean overdue, Instant submittedAt, Instant intakeDue, boolean late,
            boolean selectable, boolean selected) {
    }

    /** The register as the page shows it. */
    public record Register(String campaign, String q, List<Option> campaigns, List<Option> statuses,
            List<Option> categories, List<Option> localities, List<Option> bodies, List<Option> sizes,
            Map<String, Column> columns, List<Row> rows, long total, int pageNumber, int pages, String previous,
            String next, String selectAll, String csv, String xlsx, boolean canAccept, boolean canExport,
            long selectable, String back) {
    }

    /** The dossiers chosen for acceptance, shown before the secretariat confirms. */
    public record Chosen(Long id, String reference, String nominee, String category, String locality, String status,
            boolean waiting) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance register(Register register, String error);

        static native TemplateInstance confirm(String campaign, String campaignName, List<Chosen> chosen, long waiting,
                String note, String back);

        static native TemplateInstance done(String campaignName, List<BulkIntake.Outcome> accepted,
                List<Outcome> refused, String back);
    }

    /** A refused dossier with its names, for the result page. */
    public record Outcome(Long id, String reference, String nominee, String reason) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String show(@QueryParam("campaign") String campaign, @QueryParam("q") String q,
            @QueryParam("status") List<String> status, @QueryParam("category") String category,
            @QueryParam("locality") String locality, @QueryParam("body") String body, @QueryParam("sort") String sort,
            @QueryParam("page") Integer pageNumber, @QueryParam("size") Integer size,
            @QueryParam("select") String select) {
        return render(campaign, q, status, category, locality, body, sort, pageNumber, size, "all".equals(select),
                null);
    }

    @GET
    @Path("export.{format}")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/html"})
    public Response download(@PathParam("format") String format, @QueryParam("campaign") String campaign,
            @QueryParam("q") String q, @QueryParam("status") List<String> status,
            @QueryParam("category") String category, @QueryParam("locality") String locality,
            @QueryParam("body") String body, @QueryParam("sort") String sort) {
        RegisterExport.Format kind = "xlsx".equalsIgnoreCase(format) ? RegisterExport.Format.XLSX
                : "csv".equalsIgnoreCase(format) ? RegisterExport.Format.CSV : null;
        if (kind == null) {
            throw vn.dxawards.platform.errors.DomainException.notFound("resource");
        }
        RegisterExport.File file = export.export(page.user(),
                RegisterRequest.query(q, status, category, locality, body, campaign, sort), kind, page.english());
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"").build();
    }

    /** The chosen dossiers, named, and the consequence, before anything is decided (works without script). */
    @POST
    @Path("accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response accept(MultivaluedMap<String, String> form) {
        String campaign = form.getFirst("campaign");
        String back = safeBack(form.getFirst("back"));
        String note = form.getFirst("note");
        List<Long> ids = ids(form.get("dossierIds"));
        boolean english = page.english();
        Campaign chosenCampaign = Campaign.byCode(campaign == null ? "" : campaign)
                .orElseThrow(() -> vn.dxawards.platform.errors.DomainException.notFound("campaign"));
        if (form.getFirst("confirm") == null) {
            if (ids.isEmpty()) {
                return page.refused(422, renderBack(back, page.message(
                        vn.dxawards.platform.errors.DomainException.invalid("intake.bulk_empty"))));
            }
            User user = page.user();
            List<Chosen> chosen = Dossier.withIds(ids).stream().filter(d -> access.canSee(user, d))
                    .map(d -> new Chosen(d.id, d.reference, d.nomineeName, d.category.name(english),
                            localityName(d.nomineeProvince, english), d.status.name(), d.awaitingIntake()))
                    .toList();
            long waiting = chosen.stream().filter(Chosen::waiting).count();
            return Response.ok(page.render(Templates.confirm(chosenCampaign.code, chosenCampaign.name(english), chosen,
                    waiting, note, back), page.texts(IntakeMessages.class).register_confirm_title(waiting)))
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        }
        return page.answer(() -> bulk.decide(campaign, ids, IntakeDecision.Kind.ACCEPT, note, page.user(),
                page.locale()), outcomes -> {
                    Map<Long, Dossier> named = Dossier.withIds(outcomes.stream().filter(o -> !o.done())
                            .map(BulkIntake.Outcome::id).toList()).stream()
                            .collect(Collectors.toMap(d -> d.id, Function.identity()));
                    User user = page.user();
                    List<Outcome> refused = outcomes.stream().filter(o -> !o.done()).map(o -> {
                        Dossier d = named.get(o.id());
                        boolean known = d != null && access.canSee(user, d);
                        return new Outcome(o.id(), known ? d.reference : String.valueOf(o.id()),
                                known ? d.nomineeName : null, o.error().message());
                    }).toList();
                    List<BulkIntake.Outcome> accepted = outcomes.stream().filter(BulkIntake.Outcome::done).toList();
                    return Response.ok(page.render(Templates.done(chosenCampaign.name(english), accepted, refused, back),
                            page.texts(IntakeMessages.class).register_done_title(accepted.size())))
                            .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
                }, refusal -> renderBack(back, page.message(refusal)));
    }

    private String renderBack(String back, String error) {
        java.net.URI target = java.net.URI.create(back);
        MultivaluedMap<String, String> query = new jakarta.ws.rs.core.MultivaluedHashMap<>();
        if (target.getRawQuery() != null) {
            for (String pair : target.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    query.add(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
                }
            }
        }
        return render(query.getFirst("campaign"), query.getFirst("q"), query.get("status"), query.getFirst("category"),
                query.getFirst("locality"), query.getFirst("body"), query.getFirst("sort"),
                integer(query.getFirst("page")), integer(query.getFirst("size")), false, error);
    }

    private String render(String campaignCode, String q, List<String> status, String category, String locality,
            String body, String sort, Integer pageNumber, Integer size, boolean selectAll, String error) {
        User user = page.user();
        boolean english = page.english();
        IntakeMessages texts = page.texts(IntakeMessages.class);
        List<Campaign> all = Campaign.newestFirst();
        Campaign campaign = all.stream().filter(c -> c.code.equals(campaignCode)).findFirst()
                .orElse(all.isEmpty() ? null : all.get(0));
        String code = campaign == null ? null : campaign.code;
        int pageSize = size == null || !PAGE_SIZES.contains(size) ? PAGE_SIZE : size;
        int current = pageNumber == null || pageNumber < 1 ? 1 : pageNumber;
        RegisterQuery query = RegisterRequest.query(q, status, category, locality, body, code, sort);
        RegisterPage found = campaign == null ? new RegisterPage(List.of(), 0)
                : dossiers.register(user, query, current, pageSize);
        int pages = (int) Math.max(1, (found.total() + pageSize - 1) / pageSize);
        boolean canAccept = campaign != null && access.may(user, CampaignAction.DECIDE_INTAKE, campaign)
                && campaign.openForIntake();
        List<Row> rows = new ArrayList<>();
        for (Dossier d : found.rows()) {
            boolean selectable = canAccept && d.awaitingIntake() && access.may(user, DossierAction.DECIDE_INTAKE, d);
            rows.add(new Row(d.id, d.reference, d.nomineeName, d.nomineeTaxCode, d.category.name(english),
                    localityName(d.nomineeProvince, english), NominatingBody.displayName(d.bodyCode), d.status.name(),
                    d.overdue, d.submittedAt, d.intakeDue,
                    d.intakeDue != null && d.awaitingIntake() && d.intakeDue.isBefore(Instant.now()), selectable,
                    selectable && selectAll));
        }
        Link link = new Link(code, q, query.statuses().stream().map(Enum::name).toList(), category, locality, body,
                query.sort().apiName(), pageSize);
        List<Option> statuses = java.util.Arrays.stream(DossierStatus.values())
                .map(s -> new Option(s.name(), s.name(), query.statuses().contains(s))).toList();
        List<Option> categories = campaign == null ? List.of() : campaign.categories.stream()
                .map(c -> new Option(c.code, c.name(english), c.code.equals(category))).toList();
        List<Option> localities = campaign == null ? List.of() : Locality.validOnDate(campaign.localityDate()).stream()
                .map(l -> new Option(l.code, l.name(english), l.code.equals(locality)))
                .sorted((a, b) -> Collation.VIETNAMESE.compare(a.label(), b.label())).toList();
        List<Option> bodies = dossiers.bodies().stream()
                .map(b -> new Option(b.code, NominatingBody.displayName(b.code), b.code.equals(body)))
                .sorted((a, b) -> Collation.VIETNAMESE.compare(a.label(), b.label())).toList();
        List<Option> campaigns = all.stream().map(c -> new Option(c.code, c.name(english), c.code.equals(code)))
                .toList();
        List<Option> sizes = PAGE_SIZES.stream().map(n -> new Option(String.valueOf(n), String.valueOf(n),
                n == pageSize)).toList();
        Map<String, Column> columns = new java.util.LinkedHashMap<>();
        for (RegisterSort.Key key : RegisterSort.Key.values()) {
            boolean current1 = query.sort().key() == key;
            String direction = !current1 ? "none" : query.sort().descending() ? "descending" : "ascending";
            String next = (current1 && !query.sort().descending() ? "-" : "") + key.apiName;
            columns.put(key.apiName, new Column(key.apiName, link.withSort(next).href(1), direction));
        }
        Register register = new Register(code, q, campaigns, statuses, categories, localities, bodies, sizes, columns,
                rows, found.total(), current, pages, current > 1 ? link.href(current - 1) : null,
                current < pages ? link.href(current + 1) : null,
                rows.stream().anyMatch(Row::selectable) ? link.href(current) + "&select=all" : null,
                "/app/register/export.csv" + link.filters(), "/app/register/export.xlsx" + link.filters(), canAccept,
                campaign != null && access.may(user, CampaignAction.EXPORT_REGISTER, campaign),
                rows.stream().filter(Row::selectable).count(), link.href(current));
        return page.render(Templates.register(register, error), texts.register_title());
    }

    /** The register's address with its filters, order and page size. */
    record Link(String campaign, String q, List<String> statuses, String category, String locality, String body,
            String sort, int size) {

        Link withSort(String newSort) {
            return new Link(campaign, q, statuses, category, locality, body, newSort, size);
        }

        String filters() {
            StringBuilder out = new StringBuilder("?campaign=").append(encode(campaign));
            if (q != null && !q.isBlank()) {
                out.append("&q=").append(encode(q));
            }
            statuses.forEach(s -> out.append("&status=").append(s));
            append(out, "category", category);
            append(out, "locality", locality);
            append(out, "body", body);
            return out.append("&sort=").append(encode(sort)).toString();
        }

        String href(int pageNumber) {
            return "/app/register" + filters() + "&size=" + size + "&page=" + pageNumber;
        }

        private static void append(StringBuilder out, String name, String value) {
            if (value != null && !value.isBlank()) {
                out.append('&').append(name).append('=').append(encode(value));
            }
        }

        private static String encode(String value) {
            return java.net.URLEncoder.encode(value == null ? "" : value, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static String localityName(String code, boolean english) {
        Locality locality = Locality.findById(code);
        return locality == null ? code : locality.name(english);
    }

    private static List<Long> ids(List<String> values) {
        List<Long> ids = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                try {
                    ids.add(Long.parseLong(value.trim()));
                } catch (NumberFormatException e) {
                    // a tampered checkbox value names no dossier
                }
            }
        }
        return ids;
    }

    /** Only a way back into the register, never elsewhere. */
    private static String safeBack(String back) {
        return back != null && back.startsWith("/app/register") && !back.contains("//") ? back : "/app/register";
    }

    private static Integer integer(String value) {
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String decode(String value) {
        return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}

package vn.dxawards.dossier.web;

import vn.dxawards.dossier.model.Attachment;
import vn.dxawards.dossier.service.AttachmentConfig;
import vn.dxawards.dossier.service.AttachmentService;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.service.DossierInput;
import vn.dxawards.dossier.service.DossierService;
import vn.dxawards.dossier.model.DossierStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.access.AccessPolicy.DossierAction;
import vn.dxawards.identity.User;
import vn.dxawards.audit.service.AuditLog;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.service.CampaignService;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.locality.model.Locality;
import vn.dxawards.platform.web.Page;

/**
 * The nominator's pages: their dossiers, the dossier form (with what they typed kept and each
 * error beside its field), attachments and submission; others see the dossiers they may see.
 */
@Path("/app/dossiers")
@Authenticated
public class DossierPages {

    @Inject
    Page page;

    @Inject
    vn.dxawards.dossier.service.ConsentService consents;

    @Inject
    DossierService dossiers;

    @Inject
    AttachmentService attachments;

    @Inject
    AttachmentConfig attachmentConfig;

    @Inject
    CampaignService campaigns;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    @Inject
    Validator validator;

    /** One row of a dossier list. */
    public record Row(Long id, String reference, String nominee, String category, String locality, String status,
            boolean overdue) {
    }

    /** A choice in a select list. */
    public record Option(String value, String label) {
    }

    /** What the dossier form shows: the choices, the values typed, and the errors. */
    public record Form(String campaignCode, String campaignName, Long dossierId, String reference,
            List<Option> categories, List<Option> localities, Map<String, String> values, Map<String, String> errors,
            String error) {
    }

    /** One step of a dossier's timeline. */
    public record Step(java.time.Instant at, String actor, String action, String toStatus) {
    }

    /** A dossier as its page shows it. */
    /** A leader's consent as the dossier page shows it; null for a unit. */
    public record ConsentView(String state, String email, boolean mayRequest) {
    }

    public record Detail(Row row, String campaignCode, Map<String, String> values, List<DossierView.AttachmentView> files,
            List<Step> timeline, boolean editable, boolean submittable, long maxMb, ConsentView consent,
            boolean withdrawable, boolean deletable) {

        public long maxBytes() {
            return maxMb * 1024 * 1024;
        }
    }

    /** One category of the body's sector × status grid: places used of the quota, and dossiers by stage. */
    public record GridRow(String category, Integer quota, long holding, long draft, long inProgress, long awarded,
            long notAwarded, long closed) {
        public boolean full() {
            return quota != null && holding >= quota;
        }
    }

    /** The grid of one campaign. */
    public record Grid(String campaignName, List<GridRow> rows) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Row> dossiers, List<Grid> grids);

        static native TemplateInstance form(Form form);

        static native TemplateInstance detail(Detail dossier, String error);

        static native TemplateInstance confirm(Confirmation confirmation);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String list(@QueryParam("campaign") String campaign, @QueryParam("deleted") String deleted) {
        User user = page.user();
        List<Dossier> visible = dossiers.list(user, campaign);
        DossierMessages texts = page.texts(DossierMessages.class);
        return page.render(Templates.list(visible.stream().map(this::row).toList(), grids(user, visible)),
                texts.list_title(), deleted != null ? texts.flash_draft_deleted(deleted) : null);
    }

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    public String newForm(@QueryParam("campaign") String campaign) {
        return renderForm(campaign, null, Map.of(), Map.of(), null);
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response create(@QueryParam("campaign") String campaign, MultivaluedMap<String, String> form) {
        Map<String, String> values = values(form);
        DossierInput input = input(values);
        Map<String, String> errors = validate(input);
        if (!errors.isEmpty()) {
            return page.refused(422, renderForm(campaign, null, values, errors, null));
        }
        return page.act(() -> dossiers.create(campaign, input, page.user(), page.locale()).dossier().id,
                id -> "/app/dossiers/" + id + "?saved=1",
                message -> renderForm(campaign, null, values, errors, message));
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public String detail(@PathParam("id") long id, @QueryParam("saved") String saved,
            @QueryParam("submitted") String submitted, @QueryParam("uploaded") String uploaded,
            @QueryParam("consent") String consent, @QueryParam("withdrawn") String withdrawn,
            @QueryParam("removed") String removed) {
        DossierMessages texts = page.texts(DossierMessages.class);
        String flash = saved != null ? texts.flash_saved() : submitted != null ? texts.flash_submitted()
                : uploaded != null ? texts.flash_uploaded() : consent != null ? texts.flash_consent_sent()
                : withdrawn != null ? texts.flash_withdrawn() : removed != null ? texts.flash_attachment_removed(removed)
                : null;
        return renderDetail(id, null, flash);
    }

    @POST
    @Path("{id}/consent-request")
    @Produces(MediaType.TEXT_HTML)
    public Response requestConsent(@PathParam("id") long id) {
        return page.act(() -> consents.request(id, page.user()), "/app/dossiers/" + id + "?consent=1",
                message -> renderDetail(id, message, null));
    }

    @GET
    @Path("{id}/edit")
    @Produces(MediaType.TEXT_HTML)
    public String editForm(@PathParam("id") long id) {
        Dossier dossier = dossiers.visible(id, page.user(), DossierAction.EDIT);
        return renderForm(dossier.campaign.code, dossier, valuesOf(dossier), Map.of(), null);
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response update(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        Map<String, String> values = values(form);
        DossierInput input = input(values);
        Map<String, String> errors = validate(input);
        if (!errors.isEmpty()) {
            return page.refused(422, renderEdit(id, values, errors, null));
        }
        return page.act(() -> dossiers.update(id, input, page.user()), "/app/dossiers/" + id + "?saved=1",
                message -> renderEdit(id, values, errors, message));
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response upload(@PathParam("id") long id, @RestForm("file") FileUpload file) {
        return page.act(() -> {
            if (file == null || file.size() == 0) {
                throw DomainException.invalid("attachment.missing");
            }
            attachments.attach(id, file.fileName(), file.uploadedFile(), page.user());
        }, "/app/dossiers/" + id + "?uploaded=1", error -> renderDetail(id, error, null));
    }

    /**
     * Withdraws a submitted dossier once confirmed: the page's dialog says yes (the script adds
     * {@code confirm}), or without script a page of its own names the consequence first.
     */
    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response withdraw(@PathParam("id") long id, @RestForm String confirm) {
        if (confirm == null) {
            Dossier dossier = dossiers.visible(id, page.user(), DossierAction.VIEW);
            if (access.may(page.user(), DossierAction.WITHDRAW, dossier) && dossier.status.withdrawable()) {
                DossierMessages texts = page.texts(DossierMessages.class);
                Row row = row(dossier);
                return confirmation(new Confirmation(id, "withdraw", texts.withdraw_confirm_title(row.reference()),
                        texts.withdraw_confirm_consequence(row.reference(), row.nominee(), row.category()),
                        texts.withdraw_confirm_button(), texts.withdraw_confirm_cancel()));
            }
        }
        return page.act(() -> dossiers.withdraw(id, page.user()), "/app/dossiers/" + id + "?withdrawn=1",
                error -> renderDetail(id, error, null));
    }

    /** Deletes a draft with its files; the list then names what was deleted. */
    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response deleteDraft(@PathParam("id") long id, @RestForm String confirm) {
        if (confirm == null) {
            Dossier dossier = dossiers.visible(id, page.user(), DossierAction.VIEW);
            if (access.may(page.user(), DossierAction.EDIT, dossier) && dossier.status == DossierStatus.DRAFT) {
                DossierMessages texts = page.texts(DossierMessages.class);
                Row row = row(dossier);
                return confirmation(new Confirmation(id, "delete", texts.delete_confirm_title(row.reference()),
                        texts.delete_confirm_consequence(row.reference(), row.nominee(), Attachment.of(dossier).size()),
                        texts.delete_confirm_button(), texts.delete_confirm_cancel()));
            }
        }
        return page.act(() -> dossiers.deleteDraft(id, page.user()), reference -> "/app/dossiers?deleted=" + java.net.URLEncoder.encode(reference,
                java.nio.charset.StandardCharsets.UTF_8), error -> renderDetail(id, error, null));
    }

    /** Takes a wrong file off a dossier that may still be changed. */
    @POST
    @Path("{id}/attachments/{attachmentId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response removeAttachment(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId,
            @RestForm String confirm) {
        if (confirm == null) {
            Dossier dossier = dossiers.visible(id, page.user(), DossierAction.VIEW);
            Attachment file = Attachment.of(dossier).stream().filter(a -> a.id == attachmentId).findFirst().orElse(null);
            if (file != null && access.may(page.user(), DossierAction.EDIT, dossier) && dossier.editable()) {
                DossierMessages texts = page.texts(DossierMessages.class);
                return confirmation(new Confirmation(id, "attachments/" + attachmentId + "/remove",
                        texts.remove_confirm_title(file.fileName),
                        texts.remove_confirm_consequence(file.fileName, dossier.reference, dossier.nomineeName),
                        texts.remove_confirm_button(), texts.remove_confirm_cancel()));
            }
        }
        return page.act(() -> attachments.remove(id, attachmentId, page.user()).fileName,
                fileName -> "/app/dossiers/" + id + "?removed=" + java.net.URLEncoder.encode(fileName,
                        java.nio.charset.StandardCharsets.UTF_8), error -> renderDetail(id, error, null));
    }

    @POST
    @Path("{id}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response submit(@PathParam("id") long id) {
        return page.act(() -> dossiers.submit(id, page.user(), page.locale()), "/app/dossiers/" + id + "?submitted=1",
                error -> renderDetail(id, error, null));
    }

    /** For a nominating body: per campaign, its dossiers by category and stage, and the quota at a glance. */
    private List<Grid> grids(User user, List<Dossier> visible) {
        if (!access.nominates(user)) {
            return List.of();
        }
        boolean english = page.english();
        List<Grid> grids = new java.util.ArrayList<>();
        for (Campaign campaign : Campaign.newestFirst()) {
            List<Dossier> mine = visible.stream().filter(d -> d.campaign.id.equals(campaign.id)).toList();
            if (mine.isEmpty() && !campaign.acceptingNominations()) {
                continue;
            }
            List<GridRow> rows = campaign.categories.stream().map(category -> {
                List<Dossier> in = mine.stream().filter(d -> d.category.id.equals(category.id)).toList();
                java.util.function.Predicate<Dossier> drafts = d -> d.status == DossierStatus.DRAFT;
                java.util.function.Predicate<Dossier> closed = d -> !d.status.countsForQuota();
                return new GridRow(category.name(english), category.maxPerBody,
                        in.stream().filter(d -> d.status.holdsQuotaPlace()).count(),
                        in.stream().filter(drafts).count(),
                        in.stream().filter(d -> d.status.holdsQuotaPlace()
                                && d.status != DossierStatus.AWARDED && d.status != DossierStatus.NOT_AWARDED).count(),
                        in.stream().filter(d -> d.status == DossierStatus.AWARDED).count(),
                        in.stream().filter(d -> d.status == DossierStatus.NOT_AWARDED).count(),
                        in.stream().filter(closed).count());
            }).toList();
            grids.add(new Grid(campaign.name(english), rows));
        }
        return grids;
    }

    private String renderForm(String campaignCode, Dossier dossier, Map<String, String> values,
            Map<String, String> errors, String error) {
        Campaign campaign = campaigns.find(campaignCode);
        boolean english = page.english();
        List<Option> categories = campaign.categories.stream().map(c -> new Option(c.code, c.name(english)))
                .toList();
        List<Option> localities = Locality.validOnDate(campaign.localityDate()).stream()
                .sorted(java.util.Comparator.comparing((Locality l) -> l.name, vn.dxawards.platform.i18n.Collation.VIETNAMESE))
                .map(l -> new Option(l.code, l.name(english))).toList();
        DossierMessages texts = page.texts(DossierMessages.class);
        String title = dossier == null ? texts.new_title() : texts.edit_title(dossier.reference);
        return page.render(Templates.form(new Form(campaign.code, campaign.name(english),
                dossier == null ? null : dossier.id, dossier == null ? null : dossier.reference, categories,
                localities, values, errors, error)), title);
    }

    private String renderEdit(long id, Map<String, String> values, Map<String, String> errors, String error) {
        Dossier dossier = dossiers.visible(id, page.user(), DossierAction.VIEW);
        return renderForm(dossier.campaign.code, dossier, values, errors, error);
    }

    /** An irreversible step on a dossier asked on a page of its own: what it does, then do it or go back. */
    public record Confirmation(long id, String action, String title, String consequence, String button,
            String cancel) {
    }

    private Response confirmation(Confirmation confirmation) {
        return Response.ok(page.render(Templates.confirm(confirmation), confirmation.title()))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    private String renderDetail(long id, String error, String flash) {
        User user = page.user();
        Dossier dossier = dossiers.visible(id, user, DossierAction.VIEW);
        boolean owner = access.may(user, DossierAction.EDIT, dossier);
        boolean open = dossier.editable();
        List<Step> timeline = audit.ofDossier(dossier.id).stream()
                .filter(e -> isStatus(e.toState) && !e.toState.equals(e.fromState))
                .map(e -> new Step(e.at, actorRole(e.action), e.action, e.toState)).toList();
        Detail detail = new Detail(row(dossier), dossier.campaign.code, valuesOf(dossier),
                Attachment.of(dossier).stream().map(a -> new DossierView.AttachmentView(a.id, a.fileName,
                        a.sizeBytes, a.sha256, a.uploadedAt)).toList(),
                timeline, owner && open, owner && open, attachmentConfig.maxSize().asLongValue() / (1024 * 1024),
                dossier.category.kind == vn.dxawards.campaign.model.CategoryKind.LEADER
                        ? new ConsentView(dossier.consentState.name(), dossier.contactEmail,
                                owner && open && dossier.contactEmail != null
                                        && dossier.consentState != vn.dxawards.dossier.model.ConsentState.GIVEN)
                        : null,
                access.may(user, DossierAction.WITHDRAW, dossier) && dossier.status.withdrawable(),
                owner && dossier.status == DossierStatus.DRAFT);
        return page.render(Templates.detail(detail, error), dossier.reference, flash);
    }

    /**
     * Who moved the dossier, as its timeline says it: the role of the step (never a person of
     * another body); steps the processes take by themselves are the system's.
     */
    private static String actorRole(String action) {
        return switch (action) {
            case "DOSSIER_CREATED", "DOSSIER_SUBMITTED", "SUPPLEMENT_SUBMITTED", "SUPPLEMENT_ANSWERED",
                    "DOSSIER_WITHDRAWN" -> "nominator";
            case "DOSSIER_ACCEPTED", "DOSSIER_REJECTED", "SUPPLEMENT_REQUESTED" -> "secretary";
            default -> "system";
        };
    }

    private static boolean isStatus(String value) {
        return value != null && java.util.Arrays.stream(DossierStatus.values()).anyMatch(s -> s.name().equals(value));
    }

    private Row row(Dossier d) {
        Locality locality = Locality.findById(d.nomineeProvince);
        return new Row(d.id, d.reference, d.nomineeName, d.category.name(page.english()),
                locality == null ? d.nomineeProvince : locality.name(page.english()), d.status.name(), d.overdue);
    }

    private static final List<String> FIELDS = List.of("categoryCode", "name", "taxCode", "province", "ownership",
            "website", "contactName", "contactEmail", "contactPhone", "position", "organization", "organizationTaxCode",
            "strategy", "scale", "initiatives", "results", "supportWishes");

    private static Map<String, String> values(MultivaluedMap<String, String> form) {
        Map<String, String> values = new HashMap<>();
        for (String field : FIELDS) {
            String value = form.getFirst(field);
            values.put(field, value == null ? "" : value);
        }
        return values;
    }

    private static Map<String, String> valuesOf(Dossier d) {
        Map<String, String> values = new HashMap<>();
        values.put("categoryCode", d.category.code);
        values.put("name", d.nomineeName);
        values.put("taxCode", d.nomineeTaxCode);
        values.put("province", d.nomineeProvince);
        values.put("ownership", d.nomineeOwnership);
        values.put("website", d.nomineeWebsite);
        values.put("contactName", d.contactName);
        values.put("contactEmail", d.contactEmail);
        values.put("contactPhone", d.contactPhone);
        values.put("position", d.nomineePosition);
        values.put("organization", d.nomineeOrganization);
        values.put("organizationTaxCode", d.nomineeOrganizationTaxCode);
        values.put("strategy", d.strategy);
        values.put("scale", d.scale);
        values.put("initiatives", d.initiatives);
        values.put("results", d.results);
        values.put("supportWishes", d.supportWishes);
        values.replaceAll((k, v) -> v == null ? "" : v);
        return values;
    }

    private static DossierInput input(Map<String, String> v) {
        return new DossierInput(v.get("categoryCode"),
                new DossierInput.Nominee(v.get("name"), blank(v.get("taxCode")), v.get("province"),
                        blank(v.get("ownership")), blank(v.get("website")), blank(v.get("contactName")),
                        blank(v.get("contactEmail")), blank(v.get("contactPhone")), blank(v.get("position")),
                        blank(v.get("organization")), blank(v.get("organizationTaxCode")), null),
                v.get("strategy"), v.get("scale"), v.get("initiatives"), v.get("results"), v.get("supportWishes"));
    }

    /** Field → message, for the errors shown beside each field. */
    private Map<String, String> validate(DossierInput input) {
        Map<String, String> errors = new HashMap<>();
        Set<ConstraintViolation<DossierInput>> violations = validator.validate(input);
        for (ConstraintViolation<DossierInput> violation : violations) {
            String path = violation.getPropertyPath().toString();
            String field = path.substring(path.lastIndexOf('.') + 1);
            errors.putIfAbsent(field, violation.getMessage());
        }
        return errors;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

package vn.dxawards.dossier.web;

import vn.dxawards.platform.web.Downloads;
import vn.dxawards.dossier.model.Attachment;
import vn.dxawards.dossier.service.AttachmentService;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.model.NominatingBody;
import vn.dxawards.dossier.model.RegisterPage;
import vn.dxawards.dossier.model.RegisterQuery;
import vn.dxawards.dossier.service.DossierInput;
import vn.dxawards.dossier.service.DossierService;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.dxawards.access.AccessPolicy.DossierAction;
import vn.dxawards.identity.CurrentUser;
import vn.dxawards.audit.model.AuditEntry;
import vn.dxawards.audit.service.AuditLog;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.platform.i18n.Language;
import vn.dxawards.platform.i18n.Messages;
import vn.dxawards.locality.model.Locality;

@Path("/api")
@Authenticated
@Tag(name = "Dossiers")
public class DossierResource {

    @Inject
    DossierService dossiers;

    @Inject
    AttachmentService attachments;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    @POST
    @Path("campaigns/{code}/dossiers")
    @Operation(summary = "Create a draft dossier (nominator)")
    public Response create(@PathParam("code") String campaignCode,
            @NotNull(message = "{dx.required}") @Valid DossierInput input) {
        DossierService.Created created = dossiers.create(campaignCode, input, currentUser.get(), locale());
        // a dossier just created has no attachment yet: none is looked for
        return Response.status(201).entity(view(created.dossier(), created.warnings(), List.of())).build();
    }

    @GET
    @Path("dossiers")
    @Operation(summary = "The register: the dossiers the caller may see, searched, filtered, sorted and paged",
            description = "q is found without diacritics in the nominee, the organisation, the reference and the tax "
                    + "codes; status may repeat or list several values with commas; sort is one of "
                    + "reference, nominee, status, category, locality, body, submitted, intakeDue, with - first for "
                    + "the reverse; page counts from 1 and size is at most 500 (without page and size: every "
                    + "match). The body is an array; the number of matches is in X-Total-Count.")
    @APIResponse(responseCode = "200", description = "One page of the register",
            headers = @Header(name = "X-Total-Count", description = "How many dossiers match in all",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(schema = @Schema(implementation = DossierView.class, type = SchemaType.ARRAY)))
    public Response list(@QueryParam("q") String q, @QueryParam("status") List<String> status,
            @QueryParam("category") String category, @QueryParam("locality") String locality,
            @QueryParam("body") String body, @QueryParam("campaign") String campaignCode,
            @QueryParam("sort") String sort, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        RegisterQuery query = RegisterRequest.query(q, status, category, locality, body, campaignCode, sort);
        boolean paged = page != null || size != null;
        RegisterPage found = dossiers.register(currentUser.get(), query, page == null ? 1 : page,
                !paged ? 0 : size == null ? RegisterRequest.DEFAULT_PAGE_SIZE : size);
        // the rows' attachments in a few queries, not one a row
        Map<Long, List<Attachment>> attachments = Attachment.ofEach(found.rows());
        return Response.ok(found.rows().stream()
                .map(d -> view(d, null, attachments.getOrDefault(d.id, List.of()))).toList())
                .header("X-Total-Count", found.total()).build();
    }

    @GET
    @Path("dossiers/{id}/receipt.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The receipt (phiếu tiếp nhận) of a submitted dossier (its body, the secretariat)")
    public Response receipt(@PathParam("id") long id) {
        byte[] pdf = dossiers.receipt(id, currentUser.get());
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"phieu-tiep-nhan-" + id + ".pdf\"").build();
    }

    @GET
    @Path("dossiers/{id}")
    @Operation(summary = "One dossier")
    public DossierView get(@PathParam("id") long id) {
        return view(dossiers.visible(id, currentUser.get(), DossierAction.VIEW), null);
    }

    @PUT
    @Path("dossiers/{id}")
    @Operation(summary = "Edit a draft, or a dossier whose supplement was requested (owner)")
    public DossierView update(@PathParam("id") long id, @NotNull(message = "{dx.required}") @Valid DossierInput input) {
        return view(dossiers.update(id, input, currentUser.get()), null);
    }

    @DELETE
    @Path("dossiers/{id}")
    @Operation(summary = "Delete a draft (owner)")
    public Response delete(@PathParam("id") long id) {
        dossiers.deleteDraft(id, currentUser.get());
        return Response.noContent().build();
    }

    @POST
    @Path("dossiers/{id}/submit")
    @Operation(summary = "Submit a draft, or the answer to a supplement request (owner)")
    public DossierView submit(@PathParam("id") long id) {
        return view(dossiers.submit(id, currentUser.get(), locale()), null);
    }

    @POST
    @Path("dossiers/{id}/withdraw")
    @Operation(summary = "Withdraw a submitted dossier (owner)")
    public DossierView withdraw(@PathParam("id") long id) {
        return view(dossiers.withdraw(id, currentUser.get()), null);
    }

    @POST
    @Path("dossiers/{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach a PDF (owner)")
    public Response attach(@PathParam("id") long id, @RestForm("file") FileUpload file) {
        if (file == null) {
            throw DomainException.invalid("attachment.missing");
        }
        Attachment attachment = attachments.attach(id, file.fileName(), file.uploadedFile(), currentUser.get());
        return Response.status(201).entity(attachmentView(attachment)).build();
    }

    @DELETE
    @Path("dossiers/{id}/attachments/{attachmentId}")
    @Operation(summary = "Remove a wrong attachment while the dossier may still be changed (owner)")
    public Response removeAttachment(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        attachments.remove(id, attachmentId, currentUser.get());
        return Response.noContent().build();
    }

    @GET
    @Path("dossiers/{id}/attachments/{attachmentId}")
    @Produces("application/pdf")
    @Operation(summary = "Download an attachment")
    public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        byte[] content = attachments.content(id, attachmentId, currentUser.get());
        Attachment attachment = attachments.find(attachmentId);
        return Downloads.attachment(content, "application/pdf", attachment.fileName)
                .build();
    }

    @GET
    @Path("dossiers/{id}/audit")
    @Operation(summary = "The audit trail of a dossier (secretariat)")
    public List<AuditEntryView> auditTrail(@PathParam("id") long id) {
        dossiers.visible(id, currentUser.get(), DossierAction.READ_AUDIT);
        return audit.ofDossier(id).stream().map(AuditEntryView::of).toList();
    }

    /** One line of a dossier's audit trail. */
    public record AuditEntryView(java.time.Instant at, String actor, String action, String fromState, String toState,
            String detail) {
        static AuditEntryView of(AuditEntry e) {
            return new AuditEntryView(e.at, e.actor, e.action, e.fromState, e.toState, e.detail);
        }
    }

    private Locale locale() {
        return language.english() ? Locale.ENGLISH : Messages.VIETNAMESE;
    }

    private DossierView view(Dossier d, List<String> warnings) {
        return view(d, warnings, d.id == null ? List.of() : Attachment.of(d));
    }

    private DossierView view(Dossier d, List<String> warnings, List<Attachment> attachments) {
        boolean english = language.english();
        Locality locality = Locality.findById(d.nomineeProvince);
        return new DossierView(d.id, d.reference, d.status.name(), d.overdue, d.campaign.code, d.category.code,
                d.category.name(english), d.bodyCode, NominatingBody.displayName(d.bodyCode),
                new DossierView.Nominee(d.nomineeName, d.nomineeTaxCode, d.nomineeProvince,
                        locality == null ? null : locality.name(english), d.nomineeOwnership, d.nomineeWebsite,
                        d.contactName, d.contactEmail, d.contactPhone, d.nomineePosition, d.nomineeOrganization,
                        d.nomineeOrganizationTaxCode, d.category.kind == vn.dxawards.campaign.model.CategoryKind.LEADER
                                ? d.consentGiven : null,
                        d.category.kind == vn.dxawards.campaign.model.CategoryKind.LEADER ? d.consentState.name() : null),
                d.strategy, d.scale, d.initiatives, d.results, d.supportWishes, d.createdAt, d.updatedAt,
                d.submittedAt, d.intakeDue, d.supplementDue,
                attachments.stream().map(DossierResource::attachmentView).toList(),
                warnings == null || warnings.isEmpty() ? null : warnings);
    }

    private static DossierView.AttachmentView attachmentView(Attachment a) {
        return new DossierView.AttachmentView(a.id, a.fileName, a.sizeBytes, a.sha256, a.uploadedAt);
    }
}

package vn.dxawards.decision.web;

import vn.dxawards.platform.web.Downloads;
import vn.dxawards.decision.model.AwardDecision;
import vn.dxawards.decision.service.DecisionRequest;
import vn.dxawards.decision.service.DecisionService;
import vn.dxawards.deliberation.model.Proposal;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.access.AccessPolicy.CampaignAction;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.service.CampaignService;
import vn.dxawards.decision.signature.SigningKeys;
import vn.dxawards.locality.model.Locality;
import vn.dxawards.platform.web.Page;

/** The chair's page: the proposal with its awardees; return it with comments, or sign the decision. */
@Path("/app/campaigns/{code}/decision")
@Authenticated
public class DecisionPages {

    @Inject
    Page page;

    @Inject
    CampaignService campaigns;

    @Inject
    DecisionService decisions;

    @Inject
    AccessPolicy access;

    @Inject
    SigningKeys keys;

    /** An awardee as the proposal lists it. */
    public record Awardee(int rank, String reference, String nominee, String category, String locality, String score,
            int approvals, int rejections) {
    }

    /** What the chair sees. */
    public record Sheet(String campaignCode, String campaignName, boolean waiting, java.time.Instant sentAt,
            List<Awardee> awardees, String signedSymbol, String comment, String signingMode, String signedKind,
            String signerCertificate, String sha256) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sheet(Sheet sheet, String error);

        static native TemplateInstance confirm(Sheet sheet, String action, String comment, String title,
                String consequence, String button, String cancel);

        static native TemplateInstance confirmSigned(String code, String campaignName, String sha256,
                String consequence, String facts);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String show(@PathParam("code") String code) {
        return render(code, null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response decide(@PathParam("code") String code, MultivaluedMap<String, String> form) {
        String action = form.getFirst("action");
        DecisionRequest request = new DecisionRequest("SIGN".equals(action) ? DecisionRequest.Action.SIGN
                : DecisionRequest.Action.RETURN, form.getFirst("comment"));
        // Signing and returning cannot be undone: the page names the consequence first (a return
        // without its comment goes on to its refusal).
        if (form.getFirst("confirm") == null && (request.action() == DecisionRequest.Action.SIGN
                || request.comment() != null && !request.comment().isBlank())) {
            Sheet sheet = sheet(code, request.comment());
            DecisionMessages texts = page.texts(DecisionMessages.class);
            boolean sign = request.action() == DecisionRequest.Action.SIGN;
            String title = sign ? texts.sign_confirm_title() : texts.return_confirm_title();
            return Response.ok(page.render(Templates.confirm(sheet, request.action().name(),
                    sign ? null : request.comment().strip(), title,
                    sign ? texts.sign_confirm_consequence(sheet.awardees().size(), sheet.campaignName())
                            : texts.return_confirm_consequence(sheet.campaignName()),
                    sign ? texts.sign_confirm_button() : texts.return_confirm_button(),
                    sign ? texts.sign_confirm_cancel() : texts.return_confirm_cancel()), title))
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        }
        return page.act(() -> decisions.decide(code, request, page.user()), "/app/campaigns/" + code + "/decision",
                error -> render(code, error, form.getFirst("comment")));
    }

    @GET
    @Path("draft.pdf")
    @Produces("application/pdf")
    public Response draft(@PathParam("code") String code) {
        return Downloads.attachment(decisions.draftDocument(code, page.user()).document(), "application/pdf",
                        "du-thao-quyet-dinh-" + code + ".pdf")
                .build();
    }

    @POST
    @Path("signed")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response upload(@PathParam("code") String code, @RestForm("file") FileUpload file) {
        // Issuing the signed decision cannot be undone: the upload is checked and kept, and the page
        // names the consequence before anything is recorded.
        return page.answer(() -> decisions.checkSigned(code, Uploads.read(file), page.user()), upload -> {
            DecisionMessages texts = page.texts(DecisionMessages.class);
            String campaign = upload.campaign().name(page.english());
            return Response.ok(page.render(Templates.confirmSigned(code, campaign, upload.sha256(),
                    texts.upload_confirm_consequence(upload.symbol(), upload.awardees(), campaign),
                    texts.signature_facts(upload.signer(), upload.sha256())), texts.upload_confirm_title()))
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        }, refusal -> render(code, page.message(refusal), null), 403);
    }

    @POST
    @Path("signed/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response confirmUpload(@PathParam("code") String code, @RestForm String sha256) {
        return page.act(() -> decisions.confirmSigned(code, sha256, page.user()),
                "/app/campaigns/" + code + "/decision", error -> render(code, error, null));
    }

    @GET
    @Path("pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("code") String code) {
        return Downloads.attachment(decisions.signed(code, page.user()).document, "application/pdf",
                        "quyet-dinh-" + code + ".pdf").build();
    }

    private String render(String code, String error, String comment) {
        return page.render(Templates.sheet(sheet(code, comment), error), page.texts(DecisionMessages.class).title());
    }

    private Sheet sheet(String code, String comment) {
        Campaign campaign = campaigns.find(code);
        access.require(page.user(), CampaignAction.DECIDE, campaign);
        boolean english = page.english();
        Proposal proposal = Proposal.latestOf(campaign);
        AwardDecision signed = AwardDecision.of(campaign);
        boolean waiting = proposal != null && proposal.status == Proposal.Status.SENT && signed == null;
        List<Awardee> awardees = proposal == null ? List.of() : proposal.entries.stream().filter(e -> e.awarded)
                .map(e -> {
                    Locality locality = Locality.findById(e.dossier.nomineeProvince);
                    return new Awardee(e.ranking, e.dossier.reference, e.dossier.nomineeName,
                            e.dossier.category.name(english), locality == null ? "" : locality.name(english),
                            e.score == null ? "" : e.score.setScale(2, java.math.RoundingMode.HALF_UP)
                                    .toPlainString().replace('.', english ? '.' : ','),
                            e.approvals, e.rejections);
                }).toList();
        Sheet sheet = new Sheet(campaign.code, campaign.name(english), waiting,
                proposal == null ? null : proposal.sentAt, awardees, signed == null ? null : signed.symbol,
                comment == null ? "" : comment, keys.mode().name(),
                signed == null || signed.signatureKind == null ? null : signed.signatureKind.name(),
                signed == null ? null : signed.signerCertificate, signed == null ? null : signed.sha256);
        return sheet;
    }
}

package vn.dxawards.decision.web;

import vn.dxawards.platform.web.Downloads;
import vn.dxawards.decision.model.AwardDecision;
import vn.dxawards.decision.service.DecisionRequest;
import vn.dxawards.decision.service.DecisionService;
import vn.dxawards.deliberation.model.Proposal;
import vn.dxawards.deliberation.service.ProposalService;
import java.time.Instant;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.dxawards.identity.CurrentUser;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.platform.i18n.Language;
import vn.dxawards.platform.i18n.Messages;

@Path("/api")
@Tag(name = "Decision")
public class DecisionResource {

    @Inject
    ProposalService proposals;

    @Inject
    DecisionService decisions;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    /** The proposal as sent to the chair. */
    public record ProposalResult(Long id, String status, Instant sentAt, int shortlisted, long awarded) {
    }

    /** Where the campaign stands after the chair's decision. */
    public record DecisionResult(String campaign, String phase, String decision, String sha256) {
    }

    @POST
    @Path("campaigns/{code}/proposal")
    @Authenticated
    @Operation(summary = "Send the council's conclusion to the chair (secretary)")
    public Response propose(@PathParam("code") String code) {
        Proposal proposal = proposals.send(code, currentUser.get(),
                language.english() ? Locale.ENGLISH : Messages.VIETNAMESE);
        return Response.status(201).entity(new ProposalResult(proposal.id, proposal.status.name(), proposal.sentAt,
                proposal.entries.size(), proposal.entries.stream().filter(e -> e.awarded).count())).build();
    }

    @POST
    @Path("campaigns/{code}/decision")
    @Authenticated
    @Operation(summary = "Sign the award decision or return the proposal with comments (chair)")
    public DecisionResult decide(@PathParam("code") String code,
            @NotNull(message = "{dx.required}") @Valid DecisionRequest request) {
        Campaign campaign = decisions.decide(code, request, currentUser.get());
        AwardDecision decision = AwardDecision.of(campaign);
        return new DecisionResult(campaign.code, Campaign.<Campaign>findById(campaign.id).phase.name(),
                decision == null ? null : decision.symbol, decision == null ? null : decision.sha256);
    }

    @GET
    @Path("campaigns/{code}/decision/draft.pdf")
    @Authenticated
    @Produces("application/pdf")
    @Operation(summary = "The prepared, unsigned decision to sign with one's own token or remote-signing service (chair)")
    public Response draft(@PathParam("code") String code) {
        DecisionService.Prepared draft = decisions.draftDocument(code, currentUser.get());
        return Downloads.attachment(draft.document(), "application/pdf", "du-thao-quyet-dinh-" + code + ".pdf")
                .header("X-Content-SHA256", draft.sha256())
                .build();
    }

    @POST
    @Path("campaigns/{code}/decision/signed")
    @Authenticated
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload the prepared decision signed outside the application (chair): accepted when it is "
            + "the prepared document, validly signed by a certificate on the trust list")
    public DecisionResult signed(@PathParam("code") String code, @RestForm("file") FileUpload file) {
        if (file == null) {
            throw DomainException.invalid("attachment.missing");
        }
        Campaign campaign = decisions.acceptSigned(code, Uploads.read(file), currentUser.get());
        AwardDecision decision = AwardDecision.of(campaign);
        return new DecisionResult(campaign.code, Campaign.<Campaign>findById(campaign.id).phase.name(),
                decision.symbol, decision.sha256);
    }

    @GET
    @Path("campaigns/{code}/decision.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The signed award decision (secretariat and chair; everyone after publication)")
    public Response pdf(@PathParam("code") String code) {
        AwardDecision decision = decisions.signed(code, currentUser.get());
        return Downloads.attachment(decision.document, "application/pdf", "quyet-dinh-" + code + ".pdf")
                .build();
    }
}

package vn.dxawards.campaign.web;

import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.service.CampaignAmendment;
import vn.dxawards.campaign.service.CampaignDefinition;
import vn.dxawards.campaign.service.CampaignService;
import vn.dxawards.campaign.service.PhaseOpening;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.access.AccessPolicy.CampaignAction;
import vn.dxawards.identity.CurrentUser;
import vn.dxawards.identity.User;
import vn.dxawards.platform.i18n.Language;

@Path("/api")
@Authenticated
@Tag(name = "Campaigns")
public class CampaignResource {

    /** How long an advance waits for the dossiers to enter the new phase before it answers (the rest go on in the background). */
    static final java.time.Duration OPENING_WAIT = java.time.Duration.ofMinutes(5);

    @Inject
    CampaignService campaigns;

    @Inject
    PhaseOpening opening;

    @Inject
    AccessPolicy access;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    @Inject
    HttpHeaders headers;

    @GET
    @Path("campaigns")
    @Operation(summary = "List campaigns")
    public List<CampaignView> list() {
        return Campaign.newestFirst().stream()
                .map(c -> CampaignView.of(c, language.english(), false)).toList();
    }

    @GET
    @Path("campaigns/{code}")
    @Operation(summary = "One campaign with its windows, phase, categories and rubrics")
    public CampaignView get(@PathParam("code") String code) {
        return CampaignView.of(campaigns.find(code), language.english(), true);
    }

    @POST
    @Path("campaigns")
    @Operation(summary = "Create a campaign from its definition (admin)")
    public Response create(@NotNull(message = "{dx.required}") @Valid CampaignDefinition definition) {
        User user = currentUser.get();
        access.require(user, CampaignAction.CREATE, null);
        Campaign campaign = campaigns.create(definition, user);
        return Response.status(201).entity(CampaignView.of(campaign, language.english(), true)).build();
    }

    @PUT
    @Path("campaigns/{code}")
    @Operation(summary = "Amend a campaign after its creation (admin): windows, publication time, council, issuer, "
            + "signer's title, categories; what its phase forbids is refused whole, each change audited")
    public CampaignView amend(@PathParam("code") String code,
            @NotNull(message = "{dx.required}") @Valid CampaignAmendment amendment) {
        campaigns.amend(code, amendment, currentUser.get(), language.locale());
        return CampaignView.of(campaigns.find(code), language.english(), true);
    }

    @POST
    @Path("campaigns/{code}/advance")
    @Operation(summary = "Move the campaign to its next phase (admin, secretary)")
    public CampaignView advance(@PathParam("code") String code) {
        Campaign campaign = campaigns.advance(code, currentUser.get(), language.locale());
        opening.finish(code, OPENING_WAIT); // the dossiers enter the new phase, a chunk per transaction
        return CampaignView.of(campaign, language.english(), false);
    }
}

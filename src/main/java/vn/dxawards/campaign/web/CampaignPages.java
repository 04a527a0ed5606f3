package vn.dxawards.campaign.web;

import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.model.Phase;
import vn.dxawards.campaign.service.CampaignService;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

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
import jakarta.ws.rs.core.Response;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.access.AccessPolicy.CampaignAction;
import vn.dxawards.identity.User;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.platform.i18n.Messages;
import vn.dxawards.platform.i18n.Times;
import vn.dxawards.platform.web.Page;

/** A campaign's page: phase, windows, categories and rubrics, and moving to the next phase. */
@Path("/app/campaigns/{code}")
@Authenticated
public class CampaignPages {

    @Inject
    Page page;

    @Inject
    vn.dxawards.campaign.service.PhaseOpening opening;

    @Inject
    CampaignService campaigns;

    @Inject
    AccessPolicy access;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance campaign(CampaignView campaign, boolean canAdvance, boolean canRank,
                boolean canDecide, boolean canConfigure, String error, List<String> details);

        static native TemplateInstance confirmAdvance(String code, String name, String from, String to,
                String consequence, boolean publishing);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String show(@PathParam("code") String code, @QueryParam("advanced") String advanced,
            @QueryParam("created") String created, @QueryParam("amended") String amended) {
        return render(code, null, List.of(), advanced != null ? page.texts(CampaignMessages.class).advanced()
                : created != null ? page.texts(CampaignMessages.class).flash_created()
                : amended != null ? page.texts(CampaignMessages.class).amended() : null);
    }

    @POST
    @Path("advance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response advance(@PathParam("code") String code, @RestForm String confirm) {
        // Closing a window early and publishing cannot be undone: the page names the consequence first.
        if (confirm == null) {
            CampaignService.AdvancePreview preview = campaigns.previewAdvance(code, page.user());
            String consequence = consequence(preview);
            if (consequence != null) {
                CampaignMessages texts = page.texts(CampaignMessages.class);
                String to = texts.phase_name(preview.to().name());
                return Response.ok(page.render(Templates.confirmAdvance(code, preview.campaign().name(page.english()),
                        texts.phase_name(preview.from().name()), to, consequence, preview.to() == Phase.PUBLISHED),
                        texts.advance_confirm_title(to))).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
            }
        }
        return page.actExplaining(() -> {
                    campaigns.advance(code, page.user(), page.locale());
                    opening.finish(code, CampaignResource.OPENING_WAIT);
                },
                "/app/campaigns/" + code + "?advanced=1",
                refusal -> render(code, page.message(refusal), refusal.details(), null));
    }

    /** What moving on does now, in words; null where nothing is closed early (the phase refuses or waits). */
    private String consequence(CampaignService.AdvancePreview preview) {
        CampaignMessages texts = page.texts(CampaignMessages.class);
        return switch (preview.from()) {
            case NOMINATION -> texts.advance_confirm_nomination(Times.date(preview.windowEnd()), preview.daysEarly(),
                    preview.unsubmittedDrafts());
            case APPRAISAL -> texts.advance_confirm_appraisal(Times.date(preview.windowEnd()), preview.daysEarly());
            case DECISION -> texts.advance_confirm_publication(Times.dateTime(preview.publicationTime()));
            default -> null;
        };
    }

    private String render(String code, String error, List<String> details, String flash) {
        User user = page.user();
        Campaign campaign = campaigns.find(code);
        return page.render(Templates.campaign(CampaignView.of(campaign, page.english(), true),
                access.may(user, CampaignAction.ADVANCE, campaign),
                access.may(user, CampaignAction.READ_RANKING, campaign),
                access.may(user, CampaignAction.DECIDE, campaign),
                access.may(user, CampaignAction.CONFIGURE, campaign), error, details),
                page.texts(CampaignMessages.class).title(campaign.name(page.english())), flash);
    }
}

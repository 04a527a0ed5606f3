package vn.dxawards.appraisal.web;

import vn.dxawards.appraisal.service.OverdueScorecards;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.service.CampaignService;
import vn.dxawards.platform.web.Page;

/** The secretariat's overdue scorecards of a campaign, each with a form to give it to another member. */
@Path("/app/campaigns/{code}/overdue-scorecards")
@Authenticated
public class OverduePages {

    @Inject
    Page page;

    @Inject
    CampaignService campaigns;

    @Inject
    OverdueScorecards overdue;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overdue(String code, String name, List<OverdueScorecards.Overdue> rows,
                String error);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String show(@PathParam("code") String code, @QueryParam("reassigned") String reassigned,
            @QueryParam("to") String to) {
        return render(code, null, reassigned == null ? null : texts().overdue_done(reassigned, to == null ? "" : to));
    }

    @POST
    @Path("{assignmentId}/reassign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response reassign(@PathParam("code") String code, @PathParam("assignmentId") long assignmentId,
            @RestForm String juror) {
        return page.act(() -> overdue.reassign(assignmentId, juror, page.user()),
                created -> "/app/campaigns/" + code + "/overdue-scorecards?reassigned="
                        + encode(created.dossier.reference) + "&to=" + encode(created.juror),
                error -> render(code, error, null));
    }

    private String render(String code, String error, String flash) {
        Campaign campaign = campaigns.find(code);
        List<OverdueScorecards.Overdue> rows = overdue.list(code, page.user());
        String name = campaign.name(page.english());
        return page.render(Templates.overdue(campaign.code, name, rows, error), texts().overdue_title(name), flash);
    }

    private AppraisalMessages texts() {
        return page.texts(AppraisalMessages.class);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package vn.dxawards.appraisal.web;

import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.service.CampaignService;
import vn.dxawards.campaign.model.CouncilMember;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.dxawards.appraisal.service.CouncilRoster;
import vn.dxawards.locality.model.Locality;
import vn.dxawards.platform.web.Page;

/**
 * The campaign's appraisal council as the administrator and the secretariat see it: who serves,
 * with the affiliation, locality and expertise that decide conflicts and assignments, their load
 * and declared conflicts. Membership itself lives in the identity provider (realm role
 * {@code juror}, DESIGN.md §8); the page links there and refreshes the list from it.
 */
@Path("/app/campaigns/{code}/council")
@Authenticated
public class CouncilPages {

    @Inject
    Page page;

    @Inject
    CouncilRoster roster;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String authServerUrl;

    /** One member as the page lists them. */
    public record Row(String username, String name, boolean chair, boolean active, String org, String province,
            List<String> expertise, long load, long conflicts) {
    }

    public record View(String campaignCode, String campaignName, List<Row> members, long serving,
            String adminConsole, boolean refreshed, boolean directoryDown) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance council(View view);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String show(@PathParam("code") String code, @QueryParam("refreshed") String refreshed) {
        boolean directoryDown = !roster.refreshed(code, page.user());
        CouncilRoster.Roster council = roster.roster(code, page.user());
        Campaign campaign = council.campaign();
        boolean english = page.english();
        Map<String, String> categories = campaign.categories.stream()
                .collect(Collectors.toMap(c -> c.code, c -> c.name(english)));
        List<Row> rows = council.members().stream()
                .map(member -> {
                    CouncilMember m = member.member();
                    return new Row(m.username, m.fullName == null ? m.username : m.fullName, m.chair, m.active,
                            m.org, provinceName(m.province, english),
                            m.expertiseCodes().stream().sorted().map(c -> categories.getOrDefault(c, c)).toList(),
                            member.load(), member.conflicts());
                })
                .sorted((a, b) -> a.chair() != b.chair() ? (a.chair() ? -1 : 1)
                        : vn.dxawards.platform.i18n.Collation.VIETNAMESE.compare(a.name(), b.name()))
                .toList();
        long serving = rows.stream().filter(Row::active).count();
        View view = new View(campaign.code, campaign.name(english), rows, serving, adminConsole(), refreshed != null,
                directoryDown);
        return page.render(Templates.council(view), page.texts(AppraisalMessages.class).council_title(campaign.name(english)));
    }

    @POST
    public Response refresh(@PathParam("code") String code) {
        // the page refreshes at every visit; the button is there to say so and come back to the list
        roster.refresh(code, page.user());
        return Response.seeOther(URI.create("/app/campaigns/" + code + "/council?refreshed=1")).build();
    }

    private static String provinceName(String code, boolean english) {
        if (code == null || code.isBlank()) {
            return "";
        }
        Locality locality = Locality.findById(code);
        return locality == null ? code : locality.name(english);
    }

    /** The identity provider's user administration of this realm. */
    private String adminConsole() {
        String url = authServerUrl.replaceAll("/+$", "");
        int realms = url.indexOf("/realms/");
        if (realms < 0) {
            return url;
        }
        String realm = url.substring(realms + "/realms/".length());
        return url.substring(0, realms) + "/admin/" + realm + "/console/#/" + realm + "/users";
    }
}

package vn.dxawards.tasks.web;

import vn.dxawards.platform.web.Page;
import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.dxawards.identity.User;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.tasks.service.TaskList;

/** The home page of a signed-in person: their open tasks and the campaigns, with what their role does next. */
@Path("/app")
@Authenticated
public class HomePage {

    @Inject
    Page page;

    @Inject
    TaskList tasks;

    @Inject
    vn.dxawards.access.AccessPolicy access;

    /** A campaign as the home page lists it. */
    public record CampaignRow(String code, String name, String phase, boolean canNominate, java.time.LocalDate deadline,
            long daysLeft) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(String greeting, List<String> roles, long openTasks, List<CampaignRow> campaigns,
                boolean canCreate);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String home() {
        User user = page.user();
        boolean english = page.english();
        List<CampaignRow> campaigns = Campaign.newestFirst().stream()
                .map(c -> new CampaignRow(c.code, c.name(english), c.phase.name(), canNominate(user, c),
                        deadline(c), deadline(c) == null ? 0
                                : java.time.temporal.ChronoUnit.DAYS.between(vn.dxawards.platform.i18n.Times.today(),
                                        deadline(c))))
                .toList();
        long open = tasks.countsByType(user).values().stream().mapToLong(Long::longValue).sum();
        String name = user.fullName() != null ? user.fullName() : user.username();
        return page.render(Templates.home(name, access.roleNames(user), open, campaigns,
                access.may(user, vn.dxawards.access.AccessPolicy.CampaignAction.CREATE, null)), "DX Awards");
    }

    private boolean canNominate(User user, Campaign campaign) {
        return access.may(user, vn.dxawards.access.AccessPolicy.CampaignAction.NOMINATE, campaign)
                && campaign.acceptingNominations();
    }

    /** The last day of the current phase's window (it closes at 24:00 ICT), if the phase has one. */
    private static java.time.LocalDate deadline(Campaign campaign) {
        return switch (campaign.phase) {
            case NOMINATION -> campaign.nominationEnd;
            case APPRAISAL -> campaign.appraisalEnd;
            case DELIBERATION -> campaign.deliberationEnd;
            case DECISION -> campaign.decisionEnd;
            case PUBLISHED -> null;
        };
    }
}

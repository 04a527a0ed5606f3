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
import vn.dxawards.tasks.service.CampaignProgress;
import vn.dxawards.tasks.service.Progress;
import vn.dxawards.access.AccessPolicy.CampaignAction;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.model.DossierStatus;
import vn.dxawards.dossier.service.DossierService;
import vn.dxawards.platform.i18n.Times;

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

    @Inject
    CampaignProgress progress;

    @Inject
    DossierService dossiers;

    /** A campaign's figures for the secretariat, the chair and programme staff, ready to draw. */
    public record Dashboard(Progress progress, List<Bar> statuses, List<Bar> categories, List<Bar> localities,
            List<Bar> ages, List<Progress.MemberScoring> lateMembers, boolean register) {
    }

    /** One bar of a chart: its label, its figure, and the largest figure of its chart (the bar's full length). */
    public record Bar(String label, long value, long max) {
    }

    /** A council member's figures in one campaign. */
    public record Own(String code, String name, String phase, Progress.Own own) {
    }

    /** A nominating body's dossier and what is expected of it next. */
    public record Mine(Long id, String reference, String nominee, String category, String status, boolean overdue,
            String next, java.time.Instant due) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(String greeting, List<String> roles, long openTasks, List<CampaignRow> campaigns,
                boolean canCreate, List<Dashboard> dashboards, List<Own> own, List<Mine> mine, boolean answersDataRequests);
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
        List<Dashboard> dashboards = new java.util.ArrayList<>();
        List<Own> own = new java.util.ArrayList<>();
        for (Campaign campaign : Campaign.newestFirst()) {
            if (campaign.published()) {
                continue;
            }
            if (access.may(user, CampaignAction.READ_PROGRESS, campaign)) {
                dashboards.add(dashboard(progress.of(campaign.code, user, page.locale()),
                        access.may(user, CampaignAction.EXPORT_REGISTER, campaign)));
            } else if (access.may(user, CampaignAction.READ_OWN_PROGRESS, campaign)) {
                Progress mineNow = progress.of(campaign.code, user, page.locale());
                own.add(new Own(campaign.code, campaign.name(english), campaign.phase.name(), mineNow.own()));
            }
        }
        List<Mine> mine = access.nominates(user) ? dossiers.list(user, null).stream()
                .filter(d -> !d.campaign.published() || d.status.shortlisted())
                .map(d -> new Mine(d.id, d.reference, d.nomineeName, d.category.name(english), d.status.name(),
                        d.overdue, next(d), d.status == DossierStatus.SUPPLEMENT_REQUESTED ? d.supplementDue
                                : d.status == DossierStatus.DRAFT ? Times.endOf(d.campaign.nominationEnd) : null))
                .toList() : List.of();
        return page.render(Templates.home(name, access.roleNames(user), open, campaigns,
                access.may(user, vn.dxawards.access.AccessPolicy.CampaignAction.CREATE, null), dashboards, own, mine,
                access.answersDataSubjectRequests(user)),
                "DX Awards");
    }

    /** What a nominating body is expected to do next with a dossier (a key of {tasks:next_step}). */
    private static String next(Dossier d) {
        return switch (d.status) {
            case DRAFT -> d.campaign.acceptingNominations() ? "submit" : "closed";
            case SUPPLEMENT_REQUESTED -> "supplement";
            case SUBMITTED -> "wait_intake";
            case ACCEPTED, IN_APPRAISAL -> "wait_appraisal";
            case IN_DELIBERATION -> "wait_council";
            case AWARDED, NOT_AWARDED -> d.campaign.published() ? "read_results" : "wait_publication";
            case REJECTED, WITHDRAWN -> "nothing";
        };
    }

    private Dashboard dashboard(Progress p, boolean register) {
        List<Bar> statuses = bars(p.dossiers().byStatus().entrySet().stream()
                .filter(e -> e.getValue() > 0).map(e -> new Bar(e.getKey(), e.getValue(), 0)).toList());
        List<Bar> categories = bars(p.dossiers().byCategory().stream()
                .map(g -> new Bar(g.name(), g.total(), 0)).toList());
        List<Bar> localities = bars(p.dossiers().byLocality().stream().limit(10)
                .map(g -> new Bar(g.name(), g.total(), 0)).toList());
        List<Bar> ages = bars(p.intake().ages().stream()
                .map(a -> new Bar(a.toDays() == null ? a.fromDays() + "+" : a.fromDays() + "–" + a.toDays(), a.count(), 0))
                .toList());
        List<Progress.MemberScoring> late = p.scoring().members().stream().filter(m -> m.open() > 0).limit(10)
                .toList();
        return new Dashboard(p, statuses, categories, localities, ages, late, register);
    }

    private static List<Bar> bars(List<Bar> bars) {
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        return bars.stream().map(b -> new Bar(b.label(), b.value(), max)).toList();
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

package vn.dxawards.intake.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.access.AccessPolicy.CampaignAction;
import vn.dxawards.access.AccessPolicy.DossierAction;
import vn.dxawards.identity.User;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.platform.web.Page;

/**
 * The secretariat's starting point: the dossiers waiting for its intake decision, earliest due
 * first, and per campaign the assignment and ranking pages, each shown only to whoever may use it.
 */
@Path("/app/secretariat")
@Authenticated
public class SecretariatPage {

    @Inject
    Page page;

    @Inject
    AccessPolicy access;

    /** A campaign with the secretariat pages the person may open. */
    public record CampaignRow(String code, String name, String phase, long waiting, boolean assignments,
            boolean ranking) {
    }

    /** A dossier waiting for the intake decision. */
    public record Waiting(Long id, String reference, String nominee, String campaignCode, Instant submittedAt,
            Instant intakeDue, boolean late, boolean overdue) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance secretariat(List<Waiting> waiting, List<CampaignRow> campaigns);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String show() {
        User user = page.user();
        boolean english = page.english();
        Instant now = Instant.now();
        List<Waiting> waiting = Dossier.awaitingIntakeByDue().stream()
                .filter(d -> access.may(user, DossierAction.DECIDE_INTAKE, d))
                .map(d -> new Waiting(d.id, d.reference, d.nomineeName, d.campaign.code, d.submittedAt, d.intakeDue,
                        d.intakeDue != null && d.intakeDue.isBefore(now), d.overdue))
                .toList();
        Map<String, Long> waitingPerCampaign = waiting.stream()
                .collect(Collectors.groupingBy(Waiting::campaignCode, Collectors.counting()));
        List<CampaignRow> campaigns = Campaign.newestFirst().stream()
                .map(c -> new CampaignRow(c.code, c.name(english), c.phase.name(),
                        waitingPerCampaign.getOrDefault(c.code, 0L), access.may(user, CampaignAction.ASSIGN, c),
                        access.may(user, CampaignAction.READ_RANKING, c)))
                .filter(c -> c.assignments() || c.ranking() || c.waiting() > 0)
                .toList();
        return page.render(Templates.secretariat(waiting, campaigns), page.texts(IntakeMessages.class).secretariat_title());
    }
}

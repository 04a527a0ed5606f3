package vn.dxawards.deliberation.web;

import vn.dxawards.deliberation.model.Comment;
import vn.dxawards.deliberation.service.MinutesDocument;
import vn.dxawards.deliberation.model.RankingEntry;
import vn.dxawards.deliberation.service.RankingService;
import vn.dxawards.deliberation.model.Vote;
import vn.dxawards.deliberation.model.VoteChoice;
import vn.dxawards.deliberation.service.VoteService;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.quarkus.narayana.jta.QuarkusTransaction;
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
import vn.dxawards.identity.User;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.service.CampaignService;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.platform.i18n.Messages;
import vn.dxawards.platform.web.Page;

/** The council's deliberation page: the shortlist with scores and tallies, and the member's own votes. */
@Path("/app/campaigns/{code}/deliberation")
@Authenticated
public class DeliberationPages {

    @Inject
    Page page;

    @Inject
    CampaignService campaigns;

    @Inject
    RankingService ranking;

    @Inject
    VoteService votes;

    @Inject
    MinutesDocument minutes;

    @Inject
    AccessPolicy access;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance shortlist(String campaignCode, String campaignName, List<RankingEntry> entries,
                Map<Long, String> myVotes, Map<Long, Long> commentCounts, Map<Long, String> stability,
                Map<Long, Integer> recused, String majority, List<String> choices, String error);
    }

    /**
     * The order of discussion: contested places first, the most contested (stability nearest one
     * half) at the top, so the council spends its time where the outcome is open; then the rest in
     * rank order.
     */
    static final java.util.Comparator<RankingEntry> DISCUSSION_ORDER = java.util.Comparator
            .comparing((RankingEntry e) -> !e.contested())
            .thenComparing(e -> e.contested() && e.stability() != null
                    ? e.stability().subtract(java.math.BigDecimal.valueOf(0.5)).abs()
                    : java.math.BigDecimal.ZERO)
            .thenComparingInt(RankingEntry::rank);

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String show(@PathParam("code") String code) {
        return render(code, null);
    }

    @GET
    @Path("minutes.pdf")
    @Produces("application/pdf")
    public Response minutes(@PathParam("code") String code) {
        byte[] pdf = QuarkusTransaction.requiringNew().call(() -> minutes.render(code, page.user()));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"bien-ban-" + code + ".pdf\"").build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response vote(@PathParam("code") String code, MultivaluedMap<String, String> form) {
        try {
            long dossierId = Long.parseLong(form.getFirst("dossierId"));
            VoteChoice choice = VoteChoice.valueOf(form.getFirst("vote"));
            QuarkusTransaction.requiringNew().run(() -> votes.cast(code, dossierId, choice, page.user()));
            return Response.seeOther(URI.create("/app/campaigns/" + code + "/deliberation#d" + dossierId)).build();
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            return Response.status(e.status()).entity(render(code, Messages.text(
                    page.english() ? Locale.ENGLISH : Messages.VIETNAMESE, e.code(), e.args()))).build();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainException(400, "bad_request");
        }
    }

    private String render(String code, String error) {
        return QuarkusTransaction.requiringNew().call(() -> {
            User user = page.user();
            Campaign campaign = campaigns.find(code);
            access.require(user, CampaignAction.READ_RANKING, campaign);
            List<RankingEntry> entries = ranking.ranking(campaign, user, page.english()).stream()
                    .filter(e -> "IN_DELIBERATION".equals(e.status()) || "AWARDED".equals(e.status())
                            || "NOT_AWARDED".equals(e.status()))
                    .sorted(DISCUSSION_ORDER)
                    .toList();
            java.text.NumberFormat percent = java.text.NumberFormat.getPercentInstance(page.locale());
            Map<Long, String> stability = entries.stream().filter(e -> e.stability() != null)
                    .collect(Collectors.toMap(RankingEntry::dossierId, e -> percent.format(e.stability())));
            int council = (int) vn.dxawards.campaign.model.CouncilMember.count("campaign", campaign);
            Map<Long, Integer> recused = entries.stream().filter(e -> e.votes() != null).collect(Collectors.toMap(
                    RankingEntry::dossierId, e -> Math.max(0, council - e.votes().eligible())));
            Map<Long, String> mine = Vote.<Vote>list("campaign = ?1 and juror = ?2", campaign, user.username()).stream()
                    .collect(Collectors.toMap(v -> v.dossier.id, v -> v.choice.name()));
            Map<Long, Long> commentCounts = entries.stream().collect(Collectors.toMap(RankingEntry::dossierId,
                    e -> Comment.count("dossier.id", e.dossierId())));
            return page.render(Templates.shortlist(campaign.code, campaign.name(page.english()), entries, mine, commentCounts, stability, recused,
                    campaign.majority.name(),
                    java.util.Arrays.stream(VoteChoice.values()).map(Enum::name).toList(), error),
                    page.texts(DeliberationMessages.class).title());
        });
    }
}

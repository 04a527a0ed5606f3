package vn.dxawards.deliberation.web;

import vn.dxawards.platform.web.Downloads;
import vn.dxawards.deliberation.service.CommentService;
import vn.dxawards.deliberation.service.MinutesDocument;
import vn.dxawards.deliberation.model.RankingEntry;
import vn.dxawards.deliberation.service.RankingService;
import vn.dxawards.deliberation.model.Vote;
import vn.dxawards.deliberation.model.VoteChoice;
import vn.dxawards.deliberation.service.VoteService;
import vn.dxawards.deliberation.service.ListVote;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.access.AccessPolicy.CampaignAction;
import vn.dxawards.identity.User;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.model.CouncilMember;
import vn.dxawards.campaign.service.CampaignService;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.platform.i18n.Messages;
import vn.dxawards.dossier.model.DossierStatus;
import vn.dxawards.platform.web.AppMessages;
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
    CommentService comments;

    @Inject
    AccessPolicy access;

    @Inject
    ListVote listVote;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance shortlist(String campaignCode, String campaignName, List<RankingEntry> entries,
                Map<Long, String> myVotes, Map<Long, Long> commentCounts,
                Map<Long, Integer> recused, String majority, List<String> choices, String error, boolean listVote,
                long insideCut);
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
    public String show(@PathParam("code") String code, @QueryParam("listed") String listed) {
        return render(code, null, listed == null ? null : page.texts(DeliberationMessages.class).list_vote_done());
    }

    @GET
    @Path("minutes.pdf")
    @Produces("application/pdf")
    public Response minutes(@PathParam("code") String code) {
        return Downloads.attachment(minutes.render(code, page.user()), "application/pdf", "bien-ban-" + code + ".pdf").build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response vote(@PathParam("code") String code, MultivaluedMap<String, String> form) {
        long dossierId;
        VoteChoice choice;
        try {
            dossierId = Long.parseLong(form.getFirst("dossierId"));
            choice = VoteChoice.valueOf(form.getFirst("vote"));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainException(400, "bad_request");
        }
        return page.act(() -> votes.cast(code, dossierId, choice, page.user()),
                "/app/campaigns/" + code + "/deliberation#d" + dossierId, error -> render(code, error));
    }

    /**
     * The council's usual list vote: every shortlisted dossier inside the award cut approved, except
     * those the member ticked; one vote per dossier, recused ones left out.
     */
    @POST
    @Path("list")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response voteList(@PathParam("code") String code, MultivaluedMap<String, String> form) {
        List<Long> except = new java.util.ArrayList<>();
        for (String value : form.getOrDefault("except", List.of())) {
            try {
                except.add(Long.parseLong(value));
            } catch (NumberFormatException e) {
                throw new DomainException(400, "bad_request");
            }
        }
        return page.act(() -> listVote.cast(code, except, null, null, page.user()),
                "/app/campaigns/" + code + "/deliberation?listed=1", error -> render(code, error));
    }

    private String render(String code, String error) {
        return render(code, error, null);
    }

    private String render(String code, String error, String flash) {
        User user = page.user();
        Campaign campaign = campaigns.find(code);
        access.require(user, CampaignAction.READ_RANKING, campaign);
        List<RankingEntry> entries = ranking.ranking(campaign, user, page.english()).stream()
                .filter(e -> DossierStatus.valueOf(e.status()).shortlisted())
                .sorted(DISCUSSION_ORDER)
                .toList();
        int council = CouncilMember.of(campaign).size();
        Map<Long, Integer> recused = entries.stream().filter(e -> e.votes() != null).collect(Collectors.toMap(
                RankingEntry::dossierId, e -> Math.max(0, council - e.votes().eligible())));
        Map<Long, String> mine = Vote.of(campaign, user.username()).stream()
                .collect(Collectors.toMap(v -> v.dossier.id, v -> v.choice.name()));
        Map<Long, Long> counted = comments.countsIn(campaign);
        Map<Long, Long> commentCounts = entries.stream().collect(Collectors.toMap(RankingEntry::dossierId,
                e -> counted.getOrDefault(e.dossierId(), 0L)));
        return page.render(Templates.shortlist(campaign.code, campaign.name(page.english()), entries, mine, commentCounts, recused,
                campaign.majority.name(),
                java.util.Arrays.stream(VoteChoice.values()).map(Enum::name).toList(), error,
                campaign.deliberating() && access.may(user, CampaignAction.CAST_VOTES, campaign),
                entries.stream().filter(RankingEntry::insideCut).count()),
                page.texts(DeliberationMessages.class).title(), flash);
    }
}

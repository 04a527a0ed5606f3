package vn.dxawards.deliberation.web;

import vn.dxawards.platform.web.Downloads;
import vn.dxawards.deliberation.model.Comment;
import vn.dxawards.deliberation.service.CommentService;
import vn.dxawards.deliberation.service.MinutesDocument;
import vn.dxawards.deliberation.model.RankingEntry;
import vn.dxawards.deliberation.service.RankingService;
import vn.dxawards.deliberation.model.Vote;
import vn.dxawards.deliberation.model.VoteChoice;
import vn.dxawards.deliberation.service.VoteService;
import vn.dxawards.deliberation.service.ListVote;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.access.AccessPolicy.CampaignAction;
import vn.dxawards.identity.CurrentUser;
import vn.dxawards.identity.User;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.service.CampaignService;
import vn.dxawards.platform.i18n.Language;

@Path("/api")
@Authenticated
@Tag(name = "Deliberation")
public class DeliberationResource {

    @Inject
    CampaignService campaigns;

    @Inject
    RankingService ranking;

    @Inject
    VoteService votes;

    @Inject
    CommentService comments;

    @Inject
    AccessPolicy access;

    @Inject
    MinutesDocument minutes;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    /** A vote on a shortlisted dossier. */
    public record VoteRequest(Long dossierId, VoteChoice vote) {
    }

    /** The council's list vote: approve inside the cut except these; reject and abstain on these. */
    public record ListVoteRequest(List<Long> approveInsideCutExcept, List<Long> reject, List<Long> abstain) {
    }

    /** The vote as recorded. */
    public record VoteResult(Long dossierId, String juror, VoteChoice vote) {
    }

    /** A comment on a shortlisted dossier, or a reply to one ({@code parentId}). */
    public record CommentRequest(String body, Long parentId) {
    }

    @GET
    @Path("dossiers/{id}/comments")
    @Operation(summary = "The council's discussion of a dossier: comments with their replies (council, secretariat, chair)")
    public List<CommentService.Thread> comments(@PathParam("id") long dossierId) {
        return comments.threads(dossierId, currentUser.get());
    }

    @POST
    @Path("dossiers/{id}/comments")
    @Operation(summary = "Comment on a shortlisted dossier, or reply to a comment, in deliberation (council, secretariat)")
    public Response comment(@PathParam("id") long dossierId, @NotNull(message = "{dx.required}") CommentRequest request) {
        Comment comment = comments.post(dossierId, request.body(), request.parentId(), currentUser.get());
        return Response.status(201).entity(CommentService.CommentView.of(comment)).build();
    }

    @GET
    @Path("campaigns/{code}/ranking")
    @Operation(summary = "Ranked dossiers: scores (raw, normalised), divergence, the award cut with reasons, stability, tie notes and votes (secretary, chair; council in deliberation)")
    public List<RankingEntry> ranking(@PathParam("code") String code) {
        User user = currentUser.get();
        Campaign campaign = campaigns.find(code);
        access.require(user, CampaignAction.READ_RANKING, campaign);
        return ranking.ranking(campaign, user, language.english());
    }

    @GET
    @Path("campaigns/{code}/minutes.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The minutes of the council's deliberation: attendance, votes per dossier, conclusion "
            + "(secretary, chair; council from deliberation on)")
    public Response minutes(@PathParam("code") String code) {
        return Downloads.attachment(minutes.render(code, currentUser.get()), "application/pdf",
                        "bien-ban-" + code + ".pdf").build();
    }

    @POST
    @Path("campaigns/{code}/deliberation/votes")
    @Operation(summary = "Vote on a shortlisted dossier: APPROVE, REJECT or ABSTAIN (council member)")
    public Response vote(@PathParam("code") String code, @NotNull(message = "{dx.required}") VoteRequest request) {
        Vote vote = votes.cast(code, request.dossierId(), request.vote(), currentUser.get());
        return Response.status(201).entity(new VoteResult(vote.dossier.id, vote.juror, vote.choice)).build();
    }

    @Inject
    ListVote listVote;

    @POST
    @Path("campaigns/{code}/deliberation/votes/list")
    @Operation(summary = "The council's list vote (council member)",
            description = "Approves every shortlisted dossier inside the award cut except those in "
                    + "approveInsideCutExcept, rejects those in reject, abstains on those in abstain; one vote per "
                    + "dossier (as POST …/votes would cast it), dossiers the member is recused from left out "
                    + "(listed in recused). All or nothing. 422 when an id is not on the shortlist "
                    + "(vote.list_not_shortlisted) or in both reject and abstain (vote.list_twice).")
    public ListVote.Result voteList(@PathParam("code") String code, ListVoteRequest request) {
        ListVoteRequest r = request == null ? new ListVoteRequest(null, null, null) : request;
        return listVote.cast(code, r.approveInsideCutExcept(), r.reject(), r.abstain(), currentUser.get());
    }
}

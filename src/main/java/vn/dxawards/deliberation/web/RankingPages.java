package vn.dxawards.deliberation.web;

import vn.dxawards.deliberation.model.RankingEntry;
import vn.dxawards.deliberation.service.RankingService;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import org.jboss.resteasy.reactive.RestForm;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.access.AccessPolicy.CampaignAction;
import vn.dxawards.identity.User;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.service.CampaignService;
import vn.dxawards.campaign.model.Normalisation;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.platform.i18n.Messages;
import vn.dxawards.deliberation.service.ProposalService;
import vn.dxawards.platform.web.Page;

/**
 * The campaign's ranking as a page (secretariat, chair; the council from deliberation on): scores
 * with a decimal comma, flags, the council's votes; in deliberation the secretariat sends the
 * proposal to the chair from here, and a refusal lists the dossiers still short of a quorum.
 */
@Path("/app/campaigns/{code}/ranking")
@Authenticated
public class RankingPages {

    @Inject
    Page page;

    @Inject
    CampaignService campaigns;

    @Inject
    RankingService ranking;

    @Inject
    ProposalService proposals;

    @Inject
    AccessPolicy access;

    /**
     * A ranked dossier with its figures (the pages write them the reader's way); enum values as names for
     * the messages, the outside subject as the category's or block's name.
     */
    public record Row(RankingEntry entry, BigDecimal score, BigDecimal rawScore, BigDecimal spread, String divergence,
            int cast, String outsideReason, String outsideSubject, BigDecimal stability, String tieAfter,
            String tieDecidedBy) {
    }

    /**
     * Places shown on one page: the 100 awards of a TOP 100 and the 100 places after them. At the
     * national size (2,000 dossiers) the whole ranking is a page of several megabytes that a phone
     * renders slowly and nobody reads from top to bottom; the rest is a page away, or all on demand.
     */
    static final int PAGE_SIZE = 200;

    /** Which part of the ranking a page shows: places {@code first}–{@code last} of {@code total}. */
    public record Range(int first, int last, int total, int page, int pages, boolean all) {

        static Range of(int total, Integer page, boolean all) {
            if (all || total <= PAGE_SIZE) {
                return new Range(total == 0 ? 0 : 1, total, total, 1, 1, all && total > PAGE_SIZE);
            }
            int pages = (total + PAGE_SIZE - 1) / PAGE_SIZE;
            int shown = Math.max(1, Math.min(pages, page == null ? 1 : page));
            int first = (shown - 1) * PAGE_SIZE + 1;
            return new Range(first, Math.min(total, first + PAGE_SIZE - 1), total, shown, pages, false);
        }

        public boolean paged() {
            return pages > 1 || all;
        }

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }

        public int size() {
            return PAGE_SIZE;
        }
    }

    /** The page: the ranking, its rules, whether the proposal can be sent from here, and a refusal if there was one. */
    public record View(String code, String name, String phase, List<Row> rows, boolean canSend, String error,
            List<String> details, boolean normalised, int awardCount, int samples, boolean full, Range range) {

        /** This page's address with another page number, the view kept. */
        public String pageLink(int page) {
            return "/app/campaigns/" + code + "/ranking?" + (full ? "view=full&" : "") + "page=" + page;
        }

        public String allLink() {
            return "/app/campaigns/" + code + "/ranking?" + (full ? "view=full&" : "") + "all=1";
        }

        public String viewLink(boolean fullView) {
            String page = range.all() ? "all=1" : range.page() > 1 ? "page=" + range.page() : "";
            String view = fullView ? "view=full" : "";
            String query = view.isEmpty() ? page : page.isEmpty() ? view : view + "&" + page;
            return "/app/campaigns/" + code + "/ranking" + (query.isEmpty() ? "" : "?" + query);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance ranking(View view);

        static native TemplateInstance confirmProposal(String code, String name, String consequence);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String show(@PathParam("code") String code, @QueryParam("sent") String sent,
            @QueryParam("view") String view, @QueryParam("page") String pageNumber, @QueryParam("all") String all) {
        return render(code, null, sent != null ? page.texts(DeliberationMessages.class).flash_proposal_sent() : null,
                "full".equals(view), pageNumber(pageNumber), all != null);
    }

    /** A page number as typed in the address; anything else is the first page. */
    private static Integer pageNumber(String typed) {
        try {
            return typed == null ? null : Integer.valueOf(typed.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @POST
    @Path("proposal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response sendProposal(@PathParam("code") String code, @RestForm String confirm) {
        // Sending closes the council's vote and hands the campaign to the chair: the page names that first.
        if (confirm == null) {
            return page.answer(() -> proposals.preview(code, page.user(), locale()), preview -> {
                DeliberationMessages texts = page.texts(DeliberationMessages.class);
                String name = preview.campaign().name(page.english());
                return Response.ok(page.render(Templates.confirmProposal(code, name,
                        texts.proposal_confirm_consequence(preview.awardees(), preview.ranked())),
                        texts.proposal_confirm_title())).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
            }, refusal -> render(code, refusal, null, false, 1, false), 403, 404);
        }
        return page.answer(() -> proposals.send(code, page.user(), locale()),
                sent -> Response.seeOther(URI.create("/app/campaigns/" + code + "/ranking?sent=1")).build(),
                refusal -> render(code, refusal, null, false, 1, false), 403, 404);
    }

    private String render(String code, DomainException error, String flash, boolean full, Integer pageNumber,
            boolean all) {
        boolean english = page.english();
        User user = page.user();
        Campaign campaign = campaigns.find(code);
        access.require(user, CampaignAction.READ_RANKING, campaign);
        List<RankingEntry> entries = ranking.ranking(campaign, user, english);
        Range range = Range.of(entries.size(), pageNumber, all);
        List<Row> rows = entries.subList(Math.max(0, range.first() - 1), range.last()).stream()
                .map(e -> new Row(e, e.score(), e.normalisedScore() == null ? null : e.rawScore(), e.spread(),
                        e.divergence().name(), e.votes().approve() + e.votes().reject() + e.votes().abstain(),
                        e.outside() == null ? null : e.outside().reason().name(),
                        e.outside() == null ? null : e.outside().subjectName() != null ? e.outside().subjectName()
                                : e.outside().subject(),
                        e.stability(),
                        e.tie() == null ? null : e.tie().after() == null ? "" : e.tie().after(),
                        e.tie() == null ? null : e.tie().decidedBy().name()))
                .toList();
        boolean canSend = access.may(user, CampaignAction.SEND_PROPOSAL, campaign)
                && campaign.deliberating();
        View view = new View(campaign.code, campaign.name(english), campaign.phase.name(), rows, canSend,
                error == null ? null : Messages.text(locale(), error.code(), error.args()),
                error == null ? List.of() : error.details(), campaign.normalisation == Normalisation.Z_SCORE,
                campaign.awardCount, campaign.bootstrapSamples, full, range);
        return page.render(Templates.ranking(view), page.texts(DeliberationMessages.class).ranking_title(campaign.name(english)),
                flash);
    }

    private Locale locale() {
        return page.english() ? Locale.ENGLISH : Messages.VIETNAMESE;
    }
}

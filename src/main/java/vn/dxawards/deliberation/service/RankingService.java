package vn.dxawards.deliberation.service;

import vn.dxawards.deliberation.model.RankingCalculator;
import vn.dxawards.deliberation.model.RankingEntry;
import vn.dxawards.deliberation.model.Tally;
import vn.dxawards.deliberation.model.Vote;
import vn.dxawards.deliberation.model.VoteChoice;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.identity.User;
import vn.dxawards.appraisal.model.Recusals;
import vn.dxawards.appraisal.service.RecusalCache;
import vn.dxawards.appraisal.model.Recommendation;
import vn.dxawards.appraisal.model.Scorecard;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.model.CampaignBlock;
import vn.dxawards.platform.documents.Hashes;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.model.DossierStatus;
import vn.dxawards.locality.model.Locality;

/**
 * The campaign's ranking: loads the ranked dossiers and their jurors' submitted totals and hands
 * them to {@link RankingCalculator}, which applies the campaign's ranking rules (normalisation,
 * divergence, quotas at the cut, tie-break, stability); adds the council's votes. Awardees are
 * the carried dossiers in rank order, capped by category, block and campaign quotas.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RankingService {

    /** The dossiers ranked: those being scored, and the shortlist. */
    static final Set<DossierStatus> RANKED = EnumSet.copyOf(Arrays.stream(DossierStatus.values())
            .filter(s -> s == DossierStatus.IN_APPRAISAL || s.shortlisted()).toList());

    @Inject
    AccessPolicy access;

    @Inject
    RecusalCache recusals;

    /** The full ranking; rows the caller is recused from are left out for council members. */
    public List<RankingEntry> ranking(Campaign campaign, User viewer, boolean english) {
        List<Dossier> dossiers = ranked(campaign);
        List<RankingEntry> all = compute(campaign, dossiers, english);
        if (viewer == null) {
            return all;
        }
        Map<Long, Dossier> byId = new HashMap<>();
        dossiers.forEach(d -> byId.put(d.id, d));
        List<RankingEntry> visible = all.stream()
                .filter(e -> access.seesInRanking(viewer, byId.get(e.dossierId()))).toList();
        if (visible.size() == all.size()) {
            return visible;
        }
        // a tie note must not name a dossier the viewer does not see
        Set<String> seen = visible.stream().map(RankingEntry::reference).collect(Collectors.toSet());
        return visible.stream().map(e -> e.tie() == null || seen.contains(e.tie().after()) ? e : withTie(e,
                new RankingEntry.Tie(null, e.tie().decidedBy()))).toList();
    }

    private static RankingEntry withTie(RankingEntry e, RankingEntry.Tie tie) {
        return new RankingEntry(e.dossierId(), e.reference(), e.nomineeName(), e.category(), e.categoryName(), e.block(),
                e.province(), e.provinceName(), e.status(), e.score(), e.rawScore(), e.normalisedScore(), e.rank(),
                e.jurorCount(), e.awardRecommendations(), e.spread(), e.divergent(), e.divergence(), e.insideCut(),
                e.outside(), e.stability(), e.contested(), tie, e.votes(), e.awarded());
    }

    /**
     * Each ranked dossier's stability: the share (0–1) of bootstrap resamples of its jurors in which
     * it is inside the award cut; 0 for a dossier without scorecards. For ordering a shortlist by how
     * contested its places are.
     */
    public Map<Long, Double> stability(Campaign campaign) {
        Map<Long, Double> stability = new HashMap<>();
        for (RankingCalculator.Placed p : placed(campaign, ranked(campaign))) {
            stability.put(p.candidate().id(), p.stability());
        }
        return stability;
    }

    public List<RankingEntry> compute(Campaign campaign, boolean english) {
        return compute(campaign, ranked(campaign), english);
    }

    private List<RankingEntry> compute(Campaign campaign, List<Dossier> dossiers, boolean english) {
        Map<Long, Dossier> byId = new HashMap<>();
        dossiers.forEach(d -> byId.put(d.id, d));
        Recusals council = recusals.of(campaign);
        Map<Long, Map<VoteChoice, Integer>> votes = votesOf(campaign);
        Quotas quotas = new Quotas(campaign);
        Map<String, Locality> localities = new HashMap<>();
        List<RankingEntry> entries = new ArrayList<>();
        for (RankingCalculator.Placed p : placed(campaign, dossiers)) {
            Dossier d = byId.get(p.candidate().id());
            Tally tally = tally(d, council, votes.getOrDefault(d.id, Map.of()));
            boolean awarded = tally.carried() && quotas.take(d);
            Locality locality = d.nomineeProvince == null ? null
                    : localities.computeIfAbsent(d.nomineeProvince, code -> Locality.findById(code));
            entries.add(new RankingEntry(d.id, d.reference, d.nomineeName, d.category.code, d.category.name(english),
                    d.category.blockCode, d.nomineeProvince, locality == null ? null : locality.name(english),
                    d.status.name(), decimal(p.score(), 3), decimal(p.rawScore(), 3), decimal(p.normalisedScore(), 3),
                    p.rank(), p.candidate().cards().size(), p.awardRecommendations(),
                    decimal(p.score() == null ? null : p.spread(), 3), p.divergence() != RankingCalculator.Divergence.NONE,
                    p.divergence(), p.insideCut(), outside(p, campaign, english),
                    p.score() == null ? null : decimal(p.stability(), 3), p.score() != null && p.contested(),
                    p.tiedAfter() == null ? null : new RankingEntry.Tie(p.tiedAfter().reference(), p.tieBreak()),
                    new RankingEntry.Votes(tally.approvals(), tally.rejections(), tally.abstentions(), tally.eligible(),
                            tally.quorum(), tally.quorumMet(), tally.carried()),
                    awarded));
        }
        return entries;
    }

    private static List<Dossier> ranked(Campaign campaign) {
        return Dossier.inStatusById(campaign, RANKED);
    }

    /** The ranking rules applied to the dossiers and their jurors' submitted totals (one query). */
    private List<RankingCalculator.Placed> placed(Campaign campaign, List<Dossier> dossiers) {
        Map<Long, List<RankingCalculator.Card>> cards = new HashMap<>();
        for (Scorecard.Total card : Scorecard.submittedTotalsIn(campaign)) {
            cards.computeIfAbsent(card.dossierId(), k -> new ArrayList<>()).add(new RankingCalculator.Card(
                    card.juror(), card.total().doubleValue(), card.recommendation() == Recommendation.AWARD));
        }
        List<RankingCalculator.Candidate> candidates = new ArrayList<>(dossiers.size());
        for (Dossier d : dossiers) {
            candidates.add(new RankingCalculator.Candidate(d.id, d.reference, d.category.code, d.category.blockCode,
                    d.submittedAt, cards.getOrDefault(d.id, List.of())));
        }
        RankingCalculator.Settings settings = settings(campaign);
        Memo known = memo.get(campaign.id);
        if (known != null && known.settings().equals(settings) && known.candidates().equals(candidates)) {
            return known.placed();
        }
        List<RankingCalculator.Placed> placed = List.copyOf(RankingCalculator.rank(candidates, settings));
        if (memo.size() > 64) {
            memo.clear();
        }
        memo.put(campaign.id, new Memo(List.copyOf(candidates), settings, placed));
        return placed;
    }

    /**
     * The last ranking computed for each campaign with what it was computed from. The bootstrap
     * (a thousand resamples of every dossier's jurors) is seeded by the campaign, so the same
     * dossiers, scores and settings give the same ranking: it is computed again only when one of
     * them changed (comparing them costs a pass over the scores; the bootstrap ≈ 200 ms at 2,000).
     */
    private final Map<Long, Memo> memo = new java.util.concurrent.ConcurrentHashMap<>();

    private record Memo(List<RankingCalculator.Candidate> candidates, RankingCalculator.Settings settings,
            List<RankingCalculator.Placed> placed) {
    }

    /** The campaign's ranking settings; the bootstrap's seed comes from the campaign's code, so a figure can be reproduced. */
    static RankingCalculator.Settings settings(Campaign campaign) {
        Map<String, Integer> categoryQuotas = new HashMap<>();
        campaign.categories.forEach(c -> {
            if (c.awardQuota != null) {
                categoryQuotas.put(c.code, c.awardQuota);
            }
        });
        Map<String, Integer> blockQuotas = new HashMap<>();
        campaign.blocks.forEach(b -> {
            if (b.awardQuota != null) {
                blockQuotas.put(b.code, b.awardQuota);
            }
        });
        return new RankingCalculator.Settings(campaign.normalisation, campaign.divergenceWarn, campaign.divergenceHigh,
                campaign.awardCount, categoryQuotas, blockQuotas, campaign.bootstrapSamples, seed(campaign.code));
    }

    static long seed(String campaignCode) {
        byte[] digest = HexFormat.of().parseHex(Hashes.sha256(campaignCode.getBytes(StandardCharsets.UTF_8)));
        return ByteBuffer.wrap(digest).getLong();
    }

    private static RankingEntry.Outside outside(RankingCalculator.Placed p, Campaign campaign, boolean english) {
        if (p.outsideReason() == null) {
            return null;
        }
        String name = switch (p.outsideReason()) {
            case CATEGORY_QUOTA -> campaign.category(p.outsideSubject()).map(c -> c.name(english)).orElse(null);
            case BLOCK_QUOTA -> campaign.blocks.stream().filter(b -> b.code.equals(p.outsideSubject()))
                    .map(b -> english ? b.nameEn : b.nameVi).findFirst().orElse(null);
            default -> null;
        };
        return new RankingEntry.Outside(p.outsideReason(), p.outsideSubject(), name);
    }

    private static BigDecimal decimal(Double value, int scale) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }

    /** The council's tally on a dossier: recused members neither count as eligible nor vote. */
    public Tally tally(Dossier dossier, Recusals council, Map<VoteChoice, Integer> counts) {
        Campaign campaign = dossier.campaign;
        return Tally.of(counts.getOrDefault(VoteChoice.APPROVE, 0), counts.getOrDefault(VoteChoice.REJECT, 0),
                counts.getOrDefault(VoteChoice.ABSTAIN, 0), council.eligible(dossier), campaign.quorumNumerator,
                campaign.quorumDenominator, campaign.majority);
    }

    private static Map<Long, Map<VoteChoice, Integer>> votesOf(Campaign campaign) {
        return Vote.countsIn(campaign);
    }

    /** Places left per category, per block and in the whole campaign. */
    private static final class Quotas {
        private final Map<String, Integer> categoryLeft = new HashMap<>();
        private final Map<String, Integer> blockLeft = new HashMap<>();
        private int campaignLeft;

        Quotas(Campaign campaign) {
            campaignLeft = campaign.awardCount;
            campaign.categories.forEach(c -> {
                if (c.awardQuota != null) {
                    categoryLeft.put(c.code, c.awardQuota);
                }
            });
            for (CampaignBlock block : campaign.blocks) {
                if (block.awardQuota != null) {
                    blockLeft.put(block.code, block.awardQuota);
                }
            }
        }

        boolean take(Dossier dossier) {
            String category = dossier.category.code;
            String block = dossier.category.blockCode;
            if (campaignLeft <= 0 || categoryLeft.getOrDefault(category, 1) <= 0
                    || (block != null && blockLeft.getOrDefault(block, 1) <= 0)) {
                return false;
            }
            campaignLeft--;
            categoryLeft.computeIfPresent(category, (k, v) -> v - 1);
            if (block != null) {
                blockLeft.computeIfPresent(block, (k, v) -> v - 1);
            }
            return true;
        }
    }
}

package vn.dxawards.deliberation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.access.User;
import vn.dxawards.appraisal.Conflicts;
import vn.dxawards.appraisal.JurorConflict;
import vn.dxawards.appraisal.Recommendation;
import vn.dxawards.appraisal.Scorecard;
import vn.dxawards.campaign.Campaign;
import vn.dxawards.campaign.CampaignBlock;
import vn.dxawards.campaign.CouncilMember;
import vn.dxawards.dossier.Dossier;
import vn.dxawards.dossier.DossierStatus;
import vn.dxawards.locality.Locality;

/**
 * The campaign's ranking: dossier score = mean of its jurors' weighted totals; ties go to more
 * "award" recommendations, then to the earlier submission, then to the lower reference. Awardees
 * are the carried dossiers in rank order, capped by category, block and campaign quotas.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RankingService {

    static final EnumSet<DossierStatus> RANKED = EnumSet.of(DossierStatus.IN_APPRAISAL, DossierStatus.IN_DELIBERATION,
            DossierStatus.AWARDED, DossierStatus.NOT_AWARDED);

    @Inject
    AccessPolicy access;

    /** Spread of jurors' totals (max − min, on 0–100) above which a dossier is flagged divergent. */
    @ConfigProperty(name = "dx.ranking.divergence-threshold", defaultValue = "25")
    BigDecimal divergenceThreshold;

    private record Scored(Dossier dossier, BigDecimal score, int jurors, BigDecimal spread, long awardVotes) {
    }

    /** The full ranking; rows the caller is recused from are left out for council members. */
    public List<RankingEntry> ranking(Campaign campaign, User viewer, boolean english) {
        List<RankingEntry> all = compute(campaign, english);
        if (viewer == null) {
            return all;
        }
        return all.stream().filter(e -> access.seesInRanking(viewer, Dossier.findById(e.dossierId()))).toList();
    }

    public List<RankingEntry> compute(Campaign campaign, boolean english) {
        List<Dossier> dossiers = Dossier.list("campaign = ?1 and status in ?2", campaign, RANKED);
        List<Scored> scored = new ArrayList<>();
        for (Dossier dossier : dossiers) {
            List<Scorecard> cards = Scorecard.submittedOf(dossier);
            BigDecimal score = null;
            BigDecimal spread = BigDecimal.ZERO;
            if (!cards.isEmpty()) {
                BigDecimal sum = cards.stream().map(c -> c.total).reduce(BigDecimal.ZERO, BigDecimal::add);
                score = sum.divide(BigDecimal.valueOf(cards.size()), 3, RoundingMode.HALF_UP);
                BigDecimal max = cards.stream().map(c -> c.total).max(Comparator.naturalOrder()).orElseThrow();
                BigDecimal min = cards.stream().map(c -> c.total).min(Comparator.naturalOrder()).orElseThrow();
                spread = max.subtract(min);
            }
            long awardVotes = cards.stream().filter(c -> c.recommendation == Recommendation.AWARD).count();
            scored.add(new Scored(dossier, score, cards.size(), spread, awardVotes));
        }
        scored.sort(Comparator.comparing((Scored s) -> s.score() == null ? BigDecimal.valueOf(-1) : s.score())
                .reversed()
                .thenComparing(Comparator.comparingLong(Scored::awardVotes).reversed())
                .thenComparing(s -> s.dossier().submittedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(s -> s.dossier().reference));

        List<CouncilMember> council = CouncilMember.of(campaign);
        Map<Long, Map<VoteChoice, Integer>> votes = votesOf(campaign);
        Quotas quotas = new Quotas(campaign);
        List<RankingEntry> entries = new ArrayList<>();
        int rank = 0;
        for (Scored s : scored) {
            rank++;
            Dossier d = s.dossier();
            Tally tally = tally(d, council, votes.getOrDefault(d.id, Map.of()));
            boolean awarded = tally.carried() && quotas.take(d);
            Locality locality = Locality.findById(d.nomineeProvince);
            entries.add(new RankingEntry(d.id, d.reference, d.nomineeName, d.category.code, d.category.name(english),
                    d.nomineeProvince, locality == null ? null : locality.name(english), d.status.name(), s.score(),
                    rank, s.jurors(), s.spread(), s.jurors() > 1 && s.spread().compareTo(divergenceThreshold) > 0,
                    new RankingEntry.Votes(tally.approvals(), tally.rejections(), tally.abstentions(), tally.eligible(),
                            tally.quorum(), tally.quorumMet(), tally.carried()),
                    awarded));
        }
        return entries;
    }

    /** The council's tally on a dossier: recused members neither count as eligible nor vote. */
    public Tally tally(Dossier dossier, List<CouncilMember> council, Map<VoteChoice, Integer> counts) {
        int eligible = 0;
        for (CouncilMember member : council) {
            if (Conflicts.detected(member.org, member.province, dossier) == null
                    && !JurorConflict.declared(dossier, member.username)) {
                eligible++;
            }
        }
        Campaign campaign = dossier.campaign;
        return Tally.of(counts.getOrDefault(VoteChoice.APPROVE, 0), counts.getOrDefault(VoteChoice.REJECT, 0),
                counts.getOrDefault(VoteChoice.ABSTAIN, 0), eligible, campaign.quorumNumerator,
                campaign.quorumDenominator);
    }

    private static Map<Long, Map<VoteChoice, Integer>> votesOf(Campaign campaign) {
        Map<Long, Map<VoteChoice, Integer>> votes = new HashMap<>();
        for (Vote vote : Vote.<Vote>list("campaign", campaign)) {
            votes.computeIfAbsent(vote.dossier.id, k -> new HashMap<>()).merge(vote.choice, 1, Integer::sum);
        }
        return votes;
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

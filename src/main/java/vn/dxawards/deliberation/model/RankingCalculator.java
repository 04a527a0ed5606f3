package vn.dxawards.deliberation.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import vn.dxawards.campaign.model.Normalisation;

/**
 * The ranking rules as a pure calculation, without the database: from each dossier's jurors'
 * weighted totals to its score, divergence, place, the award cut under the category, block and
 * campaign quotas, and the stability of its place when the jurors are resampled (bootstrap).
 * The rules are written out in docs/architecture.md, "Ranking rules".
 */
public final class RankingCalculator {

    /** A stability strictly between these bounds marks a contested place. */
    public static final double CONTESTED_LOW = 0.2;
    public static final double CONTESTED_HIGH = 0.8;

    /** Scores are compared (and shown) to this many decimals, so that equal-looking scores are equal. */
    private static final double SCALE = 1000.0;
    private static final double MAX_TOTAL = 100.0;

    public enum Divergence {
        NONE, WARN, HIGH
    }

    /** Why a scored dossier is outside the cut. */
    public enum OutsideReason {
        /** No submitted scorecard: not ranked for the cut. */
        NOT_SCORED,
        /** Its category's award quota was full when its turn came. */
        CATEGORY_QUOTA,
        /** Its block's award quota was full when its turn came. */
        BLOCK_QUOTA,
        /** The campaign's number of awards was reached above it. */
        BELOW_CUT
    }

    /** What separated two dossiers with the same score, in the order the rules try them. */
    public enum TieBreak {
        RECOMMENDATIONS, SPREAD, SUBMISSION, REFERENCE
    }

    /**
     * The campaign's ranking settings; a quota map holds only the categories or blocks that have a
     * quota. {@code seed} makes the bootstrap reproducible.
     */
    public record Settings(Normalisation normalisation, double divergenceWarn, double divergenceHigh, int awardCount,
            Map<String, Integer> categoryQuotas, Map<String, Integer> blockQuotas, int samples, long seed) {
    }

    /** One juror's submitted weighted total (0–100) on a dossier. */
    public record Card(String juror, double total, boolean recommendsAward) {
    }

    /** A ranked dossier as the rules see it; {@code block} may be null. */
    public record Candidate(long id, String reference, String category, String block, Instant submittedAt,
            List<Card> cards) {
    }

    /**
     * A dossier's place. Scores are null without scorecards; {@code normalisedScore} only with
     * normalisation on, when it is also {@code score}, the one the ranking uses. {@code tiedAfter}
     * names the dossier directly above with the same score and {@code tieBreak} what put this one after it.
     */
    public record Placed(Candidate candidate, int rank, Double rawScore, Double normalisedScore, Double score,
            double spread, Divergence divergence, int awardRecommendations, boolean insideCut,
            OutsideReason outsideReason, String outsideSubject, double stability, Candidate tiedAfter,
            TieBreak tieBreak) {

        public boolean contested() {
            return stability > CONTESTED_LOW && stability < CONTESTED_HIGH;
        }
    }

    private RankingCalculator() {
    }

    /** The ranking in order, the cut and the stability of every scored dossier. */
    public static List<Placed> rank(List<Candidate> candidates, Settings settings) {
        double[][] totals = effectiveTotals(candidates, settings.normalisation());
        List<Work> scored = new ArrayList<>();
        List<Work> unscored = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            Work w = new Work(c, totals[i]);
            (w.values.length == 0 ? unscored : scored).add(w);
        }
        scored.sort(ORDER);
        unscored.sort(Comparator.comparing(w -> w.candidate.reference()));

        Quotas quotas = new Quotas(settings, scored);
        int[] category = new int[scored.size()];
        int[] block = new int[scored.size()];
        for (int i = 0; i < scored.size(); i++) {
            category[i] = quotas.categoryIndex(scored.get(i).candidate.category());
            block[i] = quotas.blockIndex(scored.get(i).candidate.block());
        }
        double[] stability = stability(scored, settings, quotas, category, block);

        List<Placed> placed = new ArrayList<>(candidates.size());
        int[] left = quotas.start();
        for (int i = 0; i < scored.size(); i++) {
            Work w = scored.get(i);
            int outcome = quotas.take(left, category[i], block[i]);
            OutsideReason reason = switch (outcome) {
                case Quotas.TAKEN -> null;
                case Quotas.CATEGORY_FULL -> OutsideReason.CATEGORY_QUOTA;
                case Quotas.BLOCK_FULL -> OutsideReason.BLOCK_QUOTA;
                default -> OutsideReason.BELOW_CUT;
            };
            String subject = reason == OutsideReason.CATEGORY_QUOTA ? w.candidate.category()
                    : reason == OutsideReason.BLOCK_QUOTA ? w.candidate.block() : null;
            Work above = i > 0 ? scored.get(i - 1) : null;
            boolean tied = above != null && above.score == w.score;
            Divergence divergence = w.values.length < 2 ? Divergence.NONE
                    : w.spread >= settings.divergenceHigh() ? Divergence.HIGH
                    : w.spread >= settings.divergenceWarn() ? Divergence.WARN : Divergence.NONE;
            placed.add(new Placed(w.candidate, i + 1, w.rawScore,
                    settings.normalisation() == Normalisation.NONE ? null : w.score, w.score, w.spread, divergence,
                    w.awardRecommendations, reason == null, reason, subject, stability[i],
                    tied ? above.candidate : null, tied ? tieBreak(above, w) : null));
        }
        int rank = scored.size();
        for (Work w : unscored) {
            placed.add(new Placed(w.candidate, ++rank, null, null, null, 0, Divergence.NONE, w.awardRecommendations,
                    false, OutsideReason.NOT_SCORED, null, 0, null, null));
        }
        return placed;
    }

    /**
     * The totals the ranking uses, per candidate in the given order. With z-score normalisation a
     * juror's total t becomes m + s × (t − m_j) / s_j (m_j, s_j: the juror's mean and standard
     * deviation over all their totals here; m, s: the same over everyone's totals), kept within
     * 0–100; a juror whose totals do not vary (s_j = 0, e.g. a single dossier) keeps their totals.
     */
    static double[][] effectiveTotals(List<Candidate> candidates, Normalisation normalisation) {
        double[][] totals = new double[candidates.size()][];
        for (int i = 0; i < candidates.size(); i++) {
            List<Card> cards = candidates.get(i).cards();
            totals[i] = new double[cards.size()];
            for (int j = 0; j < cards.size(); j++) {
                totals[i][j] = cards.get(j).total();
            }
        }
        if (normalisation != Normalisation.Z_SCORE) {
            return totals;
        }
        Map<String, Moments> byJuror = new HashMap<>();
        Moments pooled = new Moments();
        for (Candidate c : candidates) {
            for (Card card : c.cards()) {
                byJuror.computeIfAbsent(card.juror(), k -> new Moments()).add(card.total());
                pooled.add(card.total());
            }
        }
        for (int i = 0; i < candidates.size(); i++) {
            List<Card> cards = candidates.get(i).cards();
            for (int j = 0; j < cards.size(); j++) {
                Moments juror = byJuror.get(cards.get(j).juror());
                if (juror.sd() > 0) {
                    double z = (cards.get(j).total() - juror.mean()) / juror.sd();
                    totals[i][j] = Math.max(0, Math.min(MAX_TOTAL, pooled.mean() + pooled.sd() * z));
                }
            }
        }
        return totals;
    }

    /**
     * B resamples: each dossier's totals drawn again with replacement (as many as it has), the
     * means ranked (equal means in random order, not by the tie-break: a tie is a coin toss) and
     * the cut walked again with the quotas; the stability is the share of resamples inside the cut.
     */
    private static double[] stability(List<Work> scored, Settings settings, Quotas quotas, int[] category,
            int[] block) {
        int n = scored.size();
        double[] share = new double[n];
        int samples = settings.samples();
        if (n == 0 || samples <= 0) {
            return share;
        }
        if (n >= 1 << 20) {
            throw new IllegalArgumentException("too many dossiers to rank: " + n);
        }
        // each total already divided by the dossier's number of jurors and scaled, so that the sum of
        // the draws is the resample's mean in thousandths
        double[][] values = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] v = scored.get(i).values;
            values[i] = new double[v.length];
            for (int k = 0; k < v.length; k++) {
                values[i][k] = v[k] * SCALE / v.length;
            }
        }
        SplittableRandom random = new SplittableRandom(settings.seed());
        long[] keys = new long[n];
        int[] inside = new int[n];
        int[] left = quotas.start();
        int window = Math.min(n, 2 * Math.max(0, settings.awardCount()) + 64);
        for (int b = 0; b < samples; b++) {
            for (int i = 0; i < n; i++) {
                double[] v = values[i];
                int m = v.length;
                // one 64-bit draw: 20 bits for the order among equal means, 11 bits per juror drawn
                long bits = random.nextLong();
                double sum = 0;
                for (int k = 0; k < m; k++) {
                    int pick = k < 4 ? (int) (((bits >>> (20 + 11 * k)) & 2047) * m >>> 11) : random.nextInt(m);
                    sum += v[pick];
                }
                keys[i] = Math.round(sum) << 40 | (bits & 0xFFFFF) << 20 | i;
            }
            // only the top of the order is walked: select the best `window` keys and sort those; if
            // the quotas skip so many that the cut is not filled within them, sort the rest too
            int top = Math.min(n, window);
            if (top < n) {
                select(keys, n - top);
            }
            Arrays.sort(keys, n - top, n);
            quotas.reset(left);
            int k = walk(keys, n - 1, n - top, left, quotas, category, block, inside);
            if (left[0] > 0 && top < n) {
                Arrays.sort(keys, 0, n - top);
                walk(keys, k, 0, left, quotas, category, block, inside);
                window = Math.min(n, window * 2);
            }
        }
        for (int i = 0; i < n; i++) {
            share[i] = inside[i] / (double) samples;
        }
        return share;
    }

    /** Walks the keys from {@code from} down to {@code to} while places are left; answers where it stopped. */
    private static int walk(long[] keys, int from, int to, int[] left, Quotas quotas, int[] category, int[] block,
            int[] inside) {
        int k = from;
        for (; k >= to && left[0] > 0; k--) {
            int i = (int) (keys[k] & ((1 << 20) - 1));
            if (quotas.take(left, category[i], block[i]) == Quotas.TAKEN) {
                inside[i]++;
            }
        }
        return k;
    }

    /**
     * Rearranges distinct keys so that {@code keys[k]} holds the value it would hold sorted, with
     * the smaller keys before it and the larger after (quickselect, median-of-three pivot).
     */
    static void select(long[] keys, int k) {
        int lo = 0;
        int hi = keys.length - 1;
        while (hi > lo) {
            long a = keys[lo];
            long b = keys[(lo + hi) >>> 1];
            long c = keys[hi];
            long pivot = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (keys[i] < pivot) {
                    i++;
                }
                while (keys[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long swap = keys[i];
                    keys[i] = keys[j];
                    keys[j] = swap;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    private static TieBreak tieBreak(Work above, Work below) {
        if (above.awardRecommendations != below.awardRecommendations) {
            return TieBreak.RECOMMENDATIONS;
        }
        if (above.spread != below.spread) {
            return TieBreak.SPREAD;
        }
        Instant a = above.candidate.submittedAt();
        Instant b = below.candidate.submittedAt();
        if (a != null && !a.equals(b) || a == null && b != null) {
            return TieBreak.SUBMISSION;
        }
        return TieBreak.REFERENCE;
    }

    /**
     * The documented order: higher score, then more jurors recommending the award, then the smaller
     * spread, then the earlier submission, then the reference.
     */
    private static final Comparator<Work> ORDER = Comparator.comparingDouble((Work w) -> -w.score)
            .thenComparing(Comparator.comparingInt((Work w) -> w.awardRecommendations).reversed())
            .thenComparingDouble(w -> w.spread)
            .thenComparing(w -> w.candidate.submittedAt(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(w -> w.candidate.reference(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(w -> w.candidate.id());

    private static double rounded(double value) {
        return Math.round(value * SCALE) / SCALE;
    }

    /** A candidate with its numbers worked out. */
    private static final class Work {
        final Candidate candidate;
        final double[] values;
        final Double rawScore;
        final double score;
        final double spread;
        final int awardRecommendations;

        Work(Candidate candidate, double[] values) {
            this.candidate = candidate;
            this.values = values;
            double sum = 0;
            double raw = 0;
            double min = Double.MAX_VALUE;
            double max = -Double.MAX_VALUE;
            int award = 0;
            for (int j = 0; j < values.length; j++) {
                sum += values[j];
                raw += candidate.cards().get(j).total();
                min = Math.min(min, values[j]);
                max = Math.max(max, values[j]);
                if (candidate.cards().get(j).recommendsAward()) {
                    award++;
                }
            }
            this.rawScore = values.length == 0 ? null : rounded(raw / values.length);
            this.score = values.length == 0 ? -1 : rounded(sum / values.length);
            this.spread = values.length == 0 ? 0 : rounded(max - min);
            this.awardRecommendations = award;
        }
    }

    /** Running mean and (population) standard deviation. */
    private static final class Moments {
        private int n;
        private double sum;
        private double squares;

        void add(double x) {
            n++;
            sum += x;
            squares += x * x;
        }

        double mean() {
            return n == 0 ? 0 : sum / n;
        }

        double sd() {
            if (n < 2) {
                return 0;
            }
            double variance = squares / n - mean() * mean();
            return variance <= 1e-12 ? 0 : Math.sqrt(variance);
        }
    }

    /**
     * Places left as an int array: [0] the campaign's, then one per category with a quota, then one
     * per block with a quota; index -1 means "no quota".
     */
    private static final class Quotas {
        static final int TAKEN = 0;
        static final int CAMPAIGN_FULL = 1;
        static final int CATEGORY_FULL = 2;
        static final int BLOCK_FULL = 3;

        private final Map<String, Integer> categorySlot = new HashMap<>();
        private final Map<String, Integer> blockSlot = new HashMap<>();
        private final int[] initial;

        Quotas(Settings settings, List<Work> scored) {
            List<Integer> places = new ArrayList<>();
            places.add(Math.max(0, settings.awardCount()));
            for (Work w : scored) {
                String c = w.candidate.category();
                if (c != null && !categorySlot.containsKey(c) && settings.categoryQuotas().get(c) != null) {
                    categorySlot.put(c, places.size());
                    places.add(settings.categoryQuotas().get(c));
                }
                String b = w.candidate.block();
                if (b != null && !blockSlot.containsKey(b) && settings.blockQuotas().get(b) != null) {
                    blockSlot.put(b, places.size());
                    places.add(settings.blockQuotas().get(b));
                }
            }
            initial = places.stream().mapToInt(Integer::intValue).toArray();
        }

        int categoryIndex(String category) {
            return category == null ? -1 : categorySlot.getOrDefault(category, -1);
        }

        int blockIndex(String block) {
            return block == null ? -1 : blockSlot.getOrDefault(block, -1);
        }

        int[] start() {
            return initial.clone();
        }

        void reset(int[] left) {
            System.arraycopy(initial, 0, left, 0, initial.length);
        }

        /** Takes a place if the campaign, the category and the block all have one left. */
        int take(int[] left, int category, int block) {
            if (left[0] <= 0) {
                return CAMPAIGN_FULL;
            }
            if (category >= 0 && left[category] <= 0) {
                return CATEGORY_FULL;
            }
            if (block >= 0 && left[block] <= 0) {
                return BLOCK_FULL;
            }
            left[0]--;
            if (category >= 0) {
                left[category]--;
            }
            if (block >= 0) {
                left[block]--;
            }
            return TAKEN;
        }
    }
}

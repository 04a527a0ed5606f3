package vn.dxawards.deliberation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.dxawards.campaign.model.Normalisation;
import vn.dxawards.deliberation.model.RankingCalculator.Candidate;
import vn.dxawards.deliberation.model.RankingCalculator.Card;
import vn.dxawards.deliberation.model.RankingCalculator.Divergence;
import vn.dxawards.deliberation.model.RankingCalculator.OutsideReason;
import vn.dxawards.deliberation.model.RankingCalculator.Placed;
import vn.dxawards.deliberation.model.RankingCalculator.Settings;
import vn.dxawards.deliberation.model.RankingCalculator.TieBreak;

/**
 * The ranking rules on crafted campaigns, without a database: normalisation of a lenient and a
 * harsh juror, the divergence flag, quotas at the cut, the tie-break, and the stability figure.
 */
class RankingCalculatorTests {

    private static final Instant DAY = Instant.parse("2026-03-01T02:00:00Z");

    private static Settings settings(Normalisation normalisation, int awardCount, Map<String, Integer> categories,
            Map<String, Integer> blocks) {
        return new Settings(normalisation, 20, 30, awardCount, categories, blocks, 1000, 42);
    }

    private static Settings settings(int awardCount) {
        return settings(Normalisation.NONE, awardCount, Map.of(), Map.of());
    }

    private static long nextId = 1;

    private static Candidate dossier(String reference, String category, String block, Card... cards) {
        return new Candidate(nextId++, reference, category, block, DAY, List.of(cards));
    }

    private static Candidate dossier(String reference, double... totals) {
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < totals.length; i++) {
            cards.add(new Card("juror" + (i + 1), totals[i], false));
        }
        return new Candidate(nextId++, reference, "health", null, DAY, cards);
    }

    private static Card card(String juror, double total) {
        return new Card(juror, total, false);
    }

    private static Map<String, Placed> byReference(List<Placed> placed) {
        return placed.stream().collect(Collectors.toMap(p -> p.candidate().reference(), Function.identity()));
    }

    private static List<String> order(List<Placed> placed) {
        return placed.stream().map(p -> p.candidate().reference()).toList();
    }

    @Test
    void zScoresPutALenientAndAHarshJurorOnOneScale() {
        // The lenient juror gives 70–90, the harsh one 30–50: raw, the lenient juror's weakest
        // dossier (L-low, 70) beats the harsh juror's best (H-top, 50); relative to each juror's
        // own scale, H-top is a top dossier and L-low a weak one.
        List<Candidate> campaign = List.of(
                dossier("L-top", "health", null, card("lenient", 90)),
                dossier("L-mid", "health", null, card("lenient", 80)),
                dossier("L-low", "health", null, card("lenient", 70)),
                dossier("H-top", "health", null, card("harsh", 50)),
                dossier("H-mid", "health", null, card("harsh", 40)),
                dossier("H-low", "health", null, card("harsh", 30)));

        List<Placed> raw = RankingCalculator.rank(campaign, settings(Normalisation.NONE, 3, Map.of(), Map.of()));
        List<Placed> normalised = RankingCalculator.rank(campaign, settings(Normalisation.Z_SCORE, 3, Map.of(), Map.of()));

        assertThat(order(raw)).containsExactly("L-top", "L-mid", "L-low", "H-top", "H-mid", "H-low");
        assertThat(order(normalised).indexOf("H-top")).isLessThan(order(normalised).indexOf("L-low"));
        assertThat(order(normalised).subList(0, 2)).containsExactlyInAnyOrder("L-top", "H-top");
        assertThat(order(normalised).subList(4, 6)).containsExactlyInAnyOrder("L-low", "H-low");
        // pooled over the six totals: mean 60, sd √(2 × (30² + 20² + 10²) / 6); each juror: sd √(200/3)
        double pooledSd = Math.sqrt((30 * 30 + 20 * 20 + 10 * 10) * 2 / 6.0);
        double z = 10 / Math.sqrt(200 / 3.0);
        Map<String, Placed> n = byReference(normalised);
        assertThat(n.get("H-top").score()).isCloseTo(60 + pooledSd * z, within(0.001));
        assertThat(n.get("H-top").normalisedScore()).isEqualTo(n.get("H-top").score());
        assertThat(n.get("H-top").rawScore()).isEqualTo(50.0);
        assertThat(n.get("L-mid").score()).isCloseTo(60.0, within(0.001));
        assertThat(byReference(raw).get("H-top").normalisedScore()).isNull();
        // the cut follows the normalised order: both jurors' best are in, both jurors' weakest out
        assertThat(normalised.stream().filter(Placed::insideCut).map(p -> p.candidate().reference()))
                .contains("L-top", "H-top").doesNotContain("L-low", "H-low");
    }

    @Test
    void aJurorWhoseTotalsDoNotVaryKeepsThem() {
        List<Candidate> campaign = List.of(
                dossier("A", "health", null, card("steady", 75), card("varied", 90)),
                dossier("B", "health", null, card("steady", 75), card("varied", 60)));

        Map<String, Placed> placed = byReference(RankingCalculator.rank(campaign,
                settings(Normalisation.Z_SCORE, 1, Map.of(), Map.of())));

        // pooled: mean 75, sd √((0+0+225+225)/4) = 10,607; varied: mean 75, sd 15 → z = ±1
        double pooledSd = Math.sqrt(450 / 4.0);
        assertThat(placed.get("A").score()).isCloseTo((75 + 75 + pooledSd) / 2, within(0.001));
        assertThat(placed.get("B").score()).isCloseTo((75 + 75 - pooledSd) / 2, within(0.001));
    }

    @Test
    void theSpreadOfJurorsTotalsRaisesAWarningOrAHighDivergence() {
        Map<String, Placed> placed = byReference(RankingCalculator.rank(List.of(
                dossier("agree", 80, 82, 85),
                dossier("warn", 70, 80, 90),
                dossier("high", 50, 80, 80),
                dossier("alone", 10)), settings(2)));

        assertThat(placed.get("agree").spread()).isEqualTo(5.0);
        assertThat(placed.get("agree").divergence()).isEqualTo(Divergence.NONE);
        assertThat(placed.get("warn").divergence()).isEqualTo(Divergence.WARN);
        assertThat(placed.get("high").spread()).isEqualTo(30.0);
        assertThat(placed.get("high").divergence()).isEqualTo(Divergence.HIGH);
        assertThat(placed.get("alone").divergence()).isEqualTo(Divergence.NONE);
    }

    @Test
    void theCutSkipsDossiersWhoseCategoryOrBlockQuotaIsFullAndSaysSo() {
        List<Candidate> campaign = List.of(
                dossier("H1", "health", "local", card("a", 95)),
                dossier("H2", "health", "local", card("a", 94)),
                dossier("E1", "education", "local", card("a", 93)),
                dossier("S1", "state", "central", card("a", 92)),
                dossier("E2", "education", "local", card("a", 91)),
                dossier("S2", "state", "central", card("a", 90)),
                dossier("S3", "state", "central", card("a", 89)),
                dossier("none", "state", "central"));

        List<Placed> placed = RankingCalculator.rank(campaign,
                settings(Normalisation.NONE, 4, Map.of("health", 1), Map.of("local", 2)));

        assertThat(order(placed)).containsExactly("H1", "H2", "E1", "S1", "E2", "S2", "S3", "none");
        Map<String, Placed> p = byReference(placed);
        assertThat(placed.stream().filter(Placed::insideCut).map(x -> x.candidate().reference()))
                .containsExactly("H1", "E1", "S1", "S2");
        assertThat(p.get("H2").outsideReason()).isEqualTo(OutsideReason.CATEGORY_QUOTA);
        assertThat(p.get("H2").outsideSubject()).isEqualTo("health");
        assertThat(p.get("E2").outsideReason()).isEqualTo(OutsideReason.BLOCK_QUOTA);
        assertThat(p.get("E2").outsideSubject()).isEqualTo("local");
        assertThat(p.get("S3").outsideReason()).isEqualTo(OutsideReason.BELOW_CUT);
        assertThat(p.get("none").outsideReason()).isEqualTo(OutsideReason.NOT_SCORED);
        assertThat(p.get("none").score()).isNull();
        assertThat(p.get("H1").outsideReason()).isNull();
        // no resample ever lets a dossier of a full quota in: H2 can only replace H1
        assertThat(p.get("H2").stability()).isZero();
        assertThat(p.get("S1").stability()).isEqualTo(1.0);
    }

    @Test
    void equalScoresAreOrderedByRecommendationsThenSpreadThenSubmissionThenReference() {
        Instant early = DAY.minusSeconds(3600);
        List<Candidate> campaign = List.of(
                new Candidate(101, "R-4", "health", null, DAY, List.of(card("a", 80), card("b", 80))),
                new Candidate(102, "R-3", "health", null, early, List.of(card("a", 80), card("b", 80))),
                new Candidate(103, "R-2", "health", null, DAY, List.of(card("a", 70), card("b", 90))),
                new Candidate(104, "R-1", "health", null, DAY,
                        List.of(new Card("a", 75, true), new Card("b", 85, false))),
                new Candidate(105, "R-0", "health", null, DAY, List.of(card("a", 80), card("b", 80))));

        List<Placed> placed = RankingCalculator.rank(campaign, settings(2));

        assertThat(order(placed)).containsExactly("R-1", "R-3", "R-0", "R-4", "R-2");
        assertThat(placed.get(0).tieBreak()).isNull();
        assertThat(placed.get(1).tieBreak()).isEqualTo(TieBreak.RECOMMENDATIONS);
        assertThat(placed.get(1).tiedAfter().reference()).isEqualTo("R-1");
        assertThat(placed.get(2).tieBreak()).isEqualTo(TieBreak.SUBMISSION);
        assertThat(placed.get(3).tieBreak()).isEqualTo(TieBreak.REFERENCE);
        assertThat(placed.get(4).tieBreak()).isEqualTo(TieBreak.SPREAD);
        assertThat(placed.stream().map(Placed::rank)).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void aClearWinnerIsStableAndADossierExactlyOnTheCutIsACoinToss() {
        // One award in the category: the winner is far ahead. Two places in another category, and
        // "on-cut" and "twin" have the same juror totals for the second: it is one or the other.
        List<Candidate> campaign = List.of(
                dossier("winner", "health", null, card("a", 95), card("b", 92), card("c", 96)),
                dossier("runner-up", "health", null, card("a", 62), card("b", 70), card("c", 55)),
                dossier("first", "education", null, card("a", 90), card("b", 91), card("c", 93)),
                dossier("on-cut", "education", null, card("a", 60), card("b", 80), card("c", 70)),
                dossier("twin", "education", null, card("a", 70), card("b", 60), card("c", 80)),
                dossier("far-below", "education", null, card("a", 30), card("b", 35), card("c", 25)));

        Map<String, Placed> p = byReference(RankingCalculator.rank(campaign,
                settings(Normalisation.NONE, 3, Map.of("health", 1, "education", 2), Map.of())));

        assertThat(p.get("winner").stability()).isGreaterThanOrEqualTo(0.99);
        assertThat(p.get("winner").contested()).isFalse();
        assertThat(p.get("first").stability()).isGreaterThanOrEqualTo(0.99);
        assertThat(p.get("runner-up").stability()).isLessThanOrEqualTo(0.01);
        assertThat(p.get("far-below").stability()).isZero();
        double onCut = p.get("on-cut").stability();
        assertThat(onCut).isBetween(0.4, 0.6);
        assertThat(p.get("on-cut").contested()).isTrue();
        assertThat(onCut + p.get("twin").stability()).isCloseTo(1.0, within(0.001));
    }

    @Test
    void theStabilityIsReproducibleForOneSeed() {
        List<Candidate> campaign = List.of(
                dossier("a", 60, 80, 70), dossier("b", 65, 75, 72), dossier("c", 50, 90, 71));
        Settings one = settings(1);

        List<Double> first = RankingCalculator.rank(campaign, one).stream().map(Placed::stability).toList();
        List<Double> again = RankingCalculator.rank(campaign, one).stream().map(Placed::stability).toList();

        assertThat(again).isEqualTo(first);
        assertThat(first.stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(0.001));
    }

    @Test
    void aCutFilledFarDownTheRankingBecauseOfQuotasIsFoundInEveryResample() {
        // 150 dossiers of one category with a quota of one, then the only other dossier: the second
        // place goes to it, beyond the top of the order that a resample sorts first
        List<Candidate> campaign = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            campaign.add(dossier(String.format("A-%03d", i), "health", null, card("a", 90 - i * 0.1),
                    card("b", 80 - i * 0.1)));
        }
        campaign.add(dossier("B", "education", null, card("a", 20), card("b", 30)));

        Map<String, Placed> p = byReference(RankingCalculator.rank(campaign,
                settings(Normalisation.NONE, 2, Map.of("health", 1), Map.of())));

        assertThat(p.get("B").insideCut()).isTrue();
        assertThat(p.get("B").rank()).isEqualTo(151);
        assertThat(p.get("B").stability()).isEqualTo(1.0);
        assertThat(p.get("A-001").outsideReason()).isEqualTo(OutsideReason.CATEGORY_QUOTA);
        assertThat(campaign.stream().filter(c -> c.category().equals("health"))
                .mapToDouble(c -> p.get(c.reference()).stability()).sum()).isCloseTo(1.0, within(0.001));
    }

    @Test
    void selectionPutsTheKthKeyInItsSortedPlace() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(300);
            long[] keys = random.longs(n, 0, 1_000_000).map(v -> v << 20 | 0).toArray();
            for (int i = 0; i < n; i++) {
                keys[i] |= i;
            }
            long[] sorted = keys.clone();
            java.util.Arrays.sort(sorted);
            int k = random.nextInt(n);

            RankingCalculator.select(keys, k);

            assertThat(keys[k]).isEqualTo(sorted[k]);
            for (int i = 0; i < n; i++) {
                assertThat(i < k ? keys[i] < keys[k] : i == k || keys[i] > keys[k]).isTrue();
            }
        }
    }
}

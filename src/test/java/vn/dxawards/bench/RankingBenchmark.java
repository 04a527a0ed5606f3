package vn.dxawards.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import vn.dxawards.campaign.model.Normalisation;
import vn.dxawards.deliberation.model.RankingCalculator;
import vn.dxawards.deliberation.model.RankingCalculator.Candidate;
import vn.dxawards.deliberation.model.RankingCalculator.Card;
import vn.dxawards.deliberation.model.RankingCalculator.Placed;
import vn.dxawards.deliberation.model.RankingCalculator.Settings;

/**
 * The ranking rules at the scale of one campaign (DESIGN.md §7): 2,000 dossiers × 3 scorecards
 * from 50 jurors of different leniency, ten categories with quotas in two blocks with quotas,
 * 100 awards; the ranking with the stability of every place from 1,000 bootstrap resamples.
 * Prints {@code BENCH} lines; run on demand: {@code ./mvnw test -Dtest=RankingBenchmark}.
 * The calculation is the pure one; loading the scorecards is one query ({@code RankingService}).
 */
class RankingBenchmark {

    private static final int DOSSIERS = 2000;
    private static final int JURORS = 50;
    private static final int WARM_UP = 5;
    private static final int RUNS = 9;

    @Test
    void rankingWithStabilityFor2000DossiersOf3Scorecards() {
        List<Candidate> campaign = campaign();
        for (Normalisation normalisation : Normalisation.values()) {
            Settings settings = settings(normalisation, 1000);
            long[] nanos = new long[RUNS];
            List<Placed> placed = null;
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                long start = System.nanoTime();
                placed = RankingCalculator.rank(campaign, settings);
                if (i >= WARM_UP) {
                    nanos[i - WARM_UP] = System.nanoTime() - start;
                }
            }
            Arrays.sort(nanos);
            long inside = placed.stream().filter(Placed::insideCut).count();
            long contested = placed.stream().filter(Placed::contested).count();
            System.out.printf(Locale.ROOT, "BENCH ranking %s dossiers=%d scorecards=%d resamples=%d: median %.1f ms,"
                    + " min %.1f ms, max %.1f ms (%d runs); inside the cut %d, contested %d%n", normalisation,
                    DOSSIERS, DOSSIERS * 3, settings.samples(), nanos[RUNS / 2] / 1e6, nanos[0] / 1e6,
                    nanos[RUNS - 1] / 1e6, RUNS, inside, contested);
            assertThat(inside).isEqualTo(100);
        }
        // what the resamples cost: the same ranking without them
        Settings none = settings(Normalisation.NONE, 0);
        long[] nanos = new long[RUNS];
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long start = System.nanoTime();
            RankingCalculator.rank(campaign, none);
            if (i >= WARM_UP) {
                nanos[i - WARM_UP] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "BENCH ranking NONE without resamples: median %.1f ms%n", nanos[RUNS / 2] / 1e6);
    }

    /** Ten categories (eight key sectors of 10 awards each in the local block, two open ones), 100 awards. */
    private static Settings settings(Normalisation normalisation, int samples) {
        Map<String, Integer> categories = new HashMap<>();
        for (int c = 0; c < 8; c++) {
            categories.put("sector-" + c, 10);
        }
        return new Settings(normalisation, 20, 30, 100, categories, Map.of("local", 70, "central", 40), samples,
                20260301L);
    }

    /** Each dossier's quality plus each juror's leniency plus noise, on a rubric of whole points. */
    private static List<Candidate> campaign() {
        SplittableRandom random = new SplittableRandom(7);
        double[] leniency = new double[JURORS];
        for (int j = 0; j < JURORS; j++) {
            leniency[j] = random.nextDouble(-12, 12);
        }
        List<Candidate> candidates = new ArrayList<>(DOSSIERS);
        Instant start = Instant.parse("2026-03-01T01:00:00Z");
        for (int d = 0; d < DOSSIERS; d++) {
            double quality = random.nextDouble(35, 90);
            List<Card> cards = new ArrayList<>(3);
            int first = random.nextInt(JURORS);
            for (int k = 0; k < 3; k++) {
                int juror = (first + k * 17) % JURORS;
                double total = Math.round(Math.max(0, Math.min(100, quality + leniency[juror]
                        + random.nextDouble(-8, 8))) * 2) / 2.0;
                cards.add(new Card("juror" + juror, total, total >= 75));
            }
            int category = d % 10;
            String code = category < 8 ? "sector-" + category : "open-" + category;
            candidates.add(new Candidate(d + 1, String.format("HS-%05d", d + 1), code,
                    category < 8 ? "local" : "central", start.plusSeconds(d * 60L), cards));
        }
        return candidates;
    }
}

package vn.dxawards.deliberation.web;

import vn.dxawards.deliberation.model.RankingEntry;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The deliberation discusses contested places first, the most open at the top, then the rest by rank. */
class DiscussionOrderTests {

    private static RankingEntry entry(String reference, int rank, Double stability, boolean contested) {
        return new RankingEntry((long) rank, reference, reference, "health", "Y tế", null, "01", "Hà Nội",
                "IN_DELIBERATION", BigDecimal.valueOf(80 - rank), null, null, rank, 3, 0, BigDecimal.ONE, false, null,
                true, null, stability == null ? null : BigDecimal.valueOf(stability), contested, null, null, false);
    }

    @Test
    void contestedPlacesComeFirstMostOpenAtTheTopThenTheRestInRankOrder() {
        List<RankingEntry> ranking = List.of(entry("clear-1", 1, 1.0, false), entry("edge-a", 2, 0.7, true),
                entry("clear-2", 3, 0.95, false), entry("edge-b", 4, 0.48, true), entry("out", 5, 0.05, false),
                entry("unscored", 6, null, false), entry("edge-c", 7, 0.3, true));

        List<String> order = ranking.stream().sorted(DeliberationPages.DISCUSSION_ORDER).map(RankingEntry::reference)
                .toList();

        assertThat(order).containsExactly("edge-b", "edge-a", "edge-c", "clear-1", "clear-2", "out", "unscored");
    }
}

package vn.dxawards.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The bodies' budget alone: who is counted at once, who waits, in which order, and who is refused. */
class BodiesBudgetTests {

    private final List<String> admitted = new ArrayList<>();

    private BodiesBudget.Waiter take(BodiesBudget budget, long bytes, String name) {
        return budget.take(bytes, true, () -> admitted.add(name));
    }

    @Test
    void bodiesThatFitAreCountedAtOnceAndOneBodyAlwaysFits() {
        BodiesBudget budget = new BodiesBudget(64);
        assertThat(take(budget, 100, "larger than the whole budget")).isSameAs(BodiesBudget.TAKEN);
        budget.give(100);
        assertThat(take(budget, 40, "a")).isSameAs(BodiesBudget.TAKEN);
        assertThat(take(budget, 24, "b")).isSameAs(BodiesBudget.TAKEN);
        assertThat(budget.inFlight()).isEqualTo(64);
        assertThat(admitted).isEmpty();
    }

    @Test
    void aBodyThatDoesNotFitWaitsAndNobodyOvertakesIt() {
        BodiesBudget budget = new BodiesBudget(64);
        take(budget, 40, "first");
        BodiesBudget.Waiter second = take(budget, 40, "second");
        // 20 would fit beside the first, but the second came before it
        BodiesBudget.Waiter third = take(budget, 20, "third");
        assertThat(second).isNotSameAs(BodiesBudget.TAKEN).isNotNull();
        assertThat(third).isNotSameAs(BodiesBudget.TAKEN).isNotNull();
        assertThat(budget.waiting()).isEqualTo(2);
        assertThat(budget.inFlight()).isEqualTo(40);

        budget.give(40);
        assertThat(admitted).containsExactly("second", "third");
        assertThat(budget.inFlight()).isEqualTo(60);
        assertThat(budget.waiting()).isZero();
        assertThat(budget.withdraw(second)).as("admitted already: its time running out changes nothing").isFalse();
    }

    @Test
    void aWaiterWithdrawnLetsTheOnesBehindItIn() {
        BodiesBudget budget = new BodiesBudget(64);
        take(budget, 40, "first");
        BodiesBudget.Waiter large = take(budget, 60, "large");
        take(budget, 20, "small");
        assertThat(budget.withdraw(large)).isTrue();
        assertThat(admitted).containsExactly("small");
        assertThat(budget.inFlight()).isEqualTo(60);
    }

    @Test
    void withoutWaitingOrWithTheQueueFullTheBodyIsRefused() {
        BodiesBudget budget = new BodiesBudget(64);
        take(budget, 64, "first");
        assertThat(budget.take(1, false, () -> admitted.add("no wait"))).isNull();
        for (int i = 0; i < BodiesBudget.MAX_WAITING; i++) {
            assertThat(take(budget, 1, "w" + i)).isNotNull();
        }
        assertThat(take(budget, 1, "one too many")).isNull();
        assertThat(budget.waiting()).isEqualTo(BodiesBudget.MAX_WAITING);
        assertThat(budget.inFlight()).isEqualTo(64);
    }
}

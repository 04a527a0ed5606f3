package vn.dxawards.deliberation.model;

import vn.dxawards.campaign.model.Majority;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Quorum counts every vote cast; what then carries is the campaign's majority rule. */
class TallyTests {

    @Test
    void theQuorumIsTwoThirdsOfTheEligibleRoundedUpAndAbstentionsCount() {
        Tally tally = Tally.of(3, 1, 1, 7, 2, 3);
        assertThat(tally.quorum()).isEqualTo(5);
        assertThat(tally.quorumMet()).isTrue();
        assertThat(Tally.of(3, 1, 0, 7, 2, 3).quorumMet()).isFalse();
        assertThat(Tally.of(3, 1, 0, 7, 2, 3).carried()).as("no quorum, nothing carries").isFalse();
    }

    @Test
    void eachMajorityRuleCarriesWhatItShould() {
        // 3 approve, 2 reject, 2 abstain of 7 cast
        assertThat(Tally.of(3, 2, 2, 7, 2, 3, Majority.SIMPLE).carried()).isTrue();
        assertThat(Tally.of(3, 2, 2, 7, 2, 3, Majority.ABSOLUTE).carried()).as("3 of 7 is not more than half").isFalse();
        assertThat(Tally.of(4, 2, 1, 7, 2, 3, Majority.ABSOLUTE).carried()).isTrue();
        assertThat(Tally.of(4, 2, 1, 7, 2, 3, Majority.TWO_THIRDS).carried()).as("4 of 7 is under two thirds").isFalse();
        assertThat(Tally.of(5, 1, 0, 7, 2, 3, Majority.TWO_THIRDS).carried()).as("5 of 6 cast").isTrue();
        assertThat(Tally.of(2, 2, 3, 7, 2, 3, Majority.SIMPLE).carried()).as("a tie does not carry").isFalse();
    }
}

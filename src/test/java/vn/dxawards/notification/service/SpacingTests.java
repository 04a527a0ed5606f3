package vn.dxawards.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpacingTests {

    private static final long MS = 1_000_000L;

    @Test
    void fiveASecondSpacesEventsAskedTogetherAFifthOfASecondApart() {
        Spacing spacing = new Spacing(5);
        long now = 123_456_789L;
        assertThat(spacing.take(now)).isZero();
        assertThat(spacing.take(now)).isEqualTo(200 * MS);
        assertThat(spacing.take(now + 50 * MS)).isEqualTo(350 * MS);
    }

    @Test
    void anEventAfterALongPauseGoesAtOnceAndEarnsNoBurst() {
        Spacing spacing = new Spacing(5);
        spacing.take(0);
        assertThat(spacing.take(10_000 * MS)).isZero();
        assertThat(spacing.take(10_000 * MS)).isEqualTo(200 * MS);
    }

    @Test
    void anEventThatComesLaterThanItsSlotDoesNotWait() {
        Spacing spacing = new Spacing(4);
        spacing.take(0);
        assertThat(spacing.take(300 * MS)).isZero();
        assertThat(spacing.take(300 * MS)).isEqualTo(250 * MS);
    }

    @Test
    void theClockMayStartNegativeAndWrap() {
        Spacing spacing = new Spacing(2);
        long now = Long.MAX_VALUE - 100 * MS;
        assertThat(spacing.take(now)).isZero();
        assertThat(spacing.take(now + 100 * MS)).isEqualTo(400 * MS);
    }

    @Test
    void noRateNeverWaits() {
        for (double rate : new double[] {0, -1}) {
            Spacing spacing = new Spacing(rate);
            assertThat(spacing.take(0)).isZero();
            assertThat(spacing.take(0)).isZero();
        }
    }

    @Test
    void aDecimalRateIsHonoured() {
        Spacing spacing = new Spacing(0.5);
        spacing.take(0);
        assertThat(spacing.take(0)).isEqualTo(2_000 * MS);
    }
}

package vn.dxawards.notification.service;

/**
 * Spaces events out to at most a number a second: each asks for its slot and is told how long to
 * wait for it. A pause longer than the spacing gives no credit (no burst afterwards); a rate of 0
 * or less never waits.
 */
final class Spacing {

    private final long intervalNanos;

    /** When the next slot begins ({@link System#nanoTime()}); none taken yet while {@code taken} is false. */
    private long next;
    private boolean taken;

    Spacing(double perSecond) {
        this.intervalNanos = perSecond > 0 ? Math.max(1, (long) (1_000_000_000L / perSecond)) : 0;
    }

    /** Takes the next slot for an event that could start at {@code now}; answers the nanoseconds to wait for it. */
    synchronized long take(long now) {
        if (intervalNanos == 0) {
            return 0;
        }
        long start = !taken || now - next >= 0 ? now : next;
        taken = true;
        next = start + intervalNanos;
        return start - now;
    }

    long intervalNanos() {
        return intervalNanos;
    }
}

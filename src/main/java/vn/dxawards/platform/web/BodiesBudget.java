package vn.dxawards.platform.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The bytes of the large request bodies a node receives at once, and the requests waiting for
 * room, in the order they came: a body that does not fit waits (its request paused, unread, so it
 * holds no memory) until the bodies before it are received, instead of being sent back at once; a
 * waiter that finds no room within its time is withdrawn by its owner and answered 503. One body
 * always fits, however large; nobody overtakes a waiter; at most {@link #MAX_WAITING} wait.
 */
final class BodiesBudget {

    /** Beyond this many waiting requests, one more is answered at once. */
    static final int MAX_WAITING = 1_000;

    /** A request waiting for room; {@code admit} runs (on the thread that made room) once it was counted. */
    static final class Waiter {
        final long bytes;
        final Runnable admit;

        private Waiter(long bytes, Runnable admit) {
            this.bytes = bytes;
            this.admit = admit;
        }
    }

    /** What {@link #take} answers when the bytes were counted at once. */
    static final Waiter TAKEN = new Waiter(0, () -> {
    });

    private final long limit;
    private long inFlight;
    private final ArrayDeque<Waiter> waiting = new ArrayDeque<>();

    BodiesBudget(long limit) {
        this.limit = limit;
    }

    /**
     * Counts {@code bytes} when they fit and nobody waits before them ({@link #TAKEN}); else, when
     * waiting is allowed and the queue has room, queues them: {@code admit} runs once they are
     * counted (the answer is the waiter, to {@link #withdraw} when its time is up); else null.
     */
    synchronized Waiter take(long bytes, boolean mayWait, Runnable admit) {
        if (waiting.isEmpty() && fits(bytes)) {
            inFlight += bytes;
            return TAKEN;
        }
        if (!mayWait || waiting.size() >= MAX_WAITING) {
            return null;
        }
        Waiter waiter = new Waiter(bytes, admit);
        waiting.add(waiter);
        return waiter;
    }

    /** Takes a waiter out of the queue; false when it was admitted already (or never waited). */
    boolean withdraw(Waiter waiter) {
        List<Waiter> admitted;
        synchronized (this) {
            if (!waiting.remove(waiter)) {
                return false;
            }
            // the ones behind it may fit now
            admitted = admitted();
        }
        admitted.forEach(w -> w.admit.run());
        return true;
    }

    /** Gives {@code bytes} back, and admits the waiters that now fit, in their order. */
    void give(long bytes) {
        List<Waiter> admitted;
        synchronized (this) {
            inFlight -= bytes;
            admitted = admitted();
        }
        admitted.forEach(w -> w.admit.run());
    }

    private List<Waiter> admitted() {
        List<Waiter> admitted = new ArrayList<>();
        while (!waiting.isEmpty() && fits(waiting.peek().bytes)) {
            Waiter next = waiting.poll();
            inFlight += next.bytes;
            admitted.add(next);
        }
        return admitted;
    }

    private boolean fits(long bytes) {
        return inFlight == 0 || inFlight + bytes <= limit;
    }

    synchronized long inFlight() {
        return inFlight;
    }

    synchronized int waiting() {
        return waiting.size();
    }
}

package vn.dxawards.platform.load;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * How many requests on the public port are being answered right now (the web layer's
 * {@code HttpGuard} counts them from their head to their answer): background work, such as the
 * mail sender, reads it to step aside while people wait, as at the deadline-day rush.
 */
@ApplicationScoped
public class RequestsInFlight {

    private final AtomicInteger inFlight = new AtomicInteger();

    public void started() {
        inFlight.incrementAndGet();
    }

    public void ended() {
        inFlight.decrementAndGet();
    }

    public int count() {
        return inFlight.get();
    }
}

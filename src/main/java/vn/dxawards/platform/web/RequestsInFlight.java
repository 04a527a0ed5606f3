package vn.dxawards.platform.web;

import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * How many requests on the public port are being answered right now: background work (the mail
 * sender) reads it to step aside while people wait, as at the deadline-day rush.
 */
@ApplicationScoped
public class RequestsInFlight {

    private final AtomicInteger inFlight = new AtomicInteger();

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::count);
    }

    void count(RoutingContext context) {
        inFlight.incrementAndGet();
        // called once the answer is written, or the connection is gone
        context.addEndHandler(ignored -> inFlight.decrementAndGet());
        context.next();
    }

    public int count() {
        return inFlight.get();
    }
}

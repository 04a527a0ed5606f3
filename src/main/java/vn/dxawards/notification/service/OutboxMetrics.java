package vn.dxawards.notification.service;

import vn.dxawards.notification.model.OutboxMessage;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Singleton;

/**
 * {@code dx_outbox_messages{status}}: notifications waiting, sent, split by role and given up — a
 * growing PENDING or any FAILED is worth an alert. Read from the database at most every 15 s.
 */
@Singleton
public class OutboxMetrics implements MeterBinder {

    private static final long MAX_AGE_MILLIS = 15_000;

    private record Snapshot(long takenAt, Map<OutboxMessage.Status, Long> counts) {
    }

    private volatile Snapshot snapshot;

    @Override
    public void bindTo(MeterRegistry registry) {
        for (OutboxMessage.Status status : OutboxMessage.Status.values()) {
            Gauge.builder("dx.outbox.messages", this, m -> m.current().counts().getOrDefault(status, 0L))
                    .description("E-mail notifications in the outbox, by status").tag("status", status.name())
                    .register(registry);
        }
    }

    private Snapshot current() {
        Snapshot last = snapshot;
        if (last == null || System.currentTimeMillis() - last.takenAt() > MAX_AGE_MILLIS) {
            last = QuarkusTransaction.requiringNew().call(OutboxMetrics::take);
            snapshot = last;
        }
        return last;
    }

    private static Snapshot take() {
        Map<OutboxMessage.Status, Long> counts = OutboxMessage.countByStatus();
        return new Snapshot(System.currentTimeMillis(), counts);
    }
}

package vn.dxawards.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.dxawards.notification.model.NotificationKind;
import vn.dxawards.notification.service.Outbox;
import vn.dxawards.notification.service.Outbox.Notification;
import vn.dxawards.support.HeldRequest;
import vn.dxawards.support.SmtpServer;

/**
 * A backlog of e-mails is sent spaced out ({@code dx.mail.max-rate}), not back to back: at four a
 * second, ten e-mails due at once take more than two seconds, even with nobody else on the node.
 */
@QuarkusTest
@TestProfile(SenderPacingTests.FourASecond.class)
@WithTestResource(SmtpServer.class)
class SenderPacingTests {

    public static class FourASecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dx.mail.max-rate", "4", "dx.mail.poll-interval", "1s");
        }
    }

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Test
    void aBacklogGoesOutAtTheConfiguredRate() throws Exception {
        String key = "paced-" + UUID.randomUUID();
        long enqueued = System.currentTimeMillis();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 10; i++) {
                outbox.enqueue(Notification.toPerson(key + ":" + i, NotificationKind.COUNCIL_ASSIGNED, "juror1",
                        "PACED-TEST", null, null, null));
            }
        });
        HeldRequest.waitUntil(60, () -> sentAt(key).size() == 10);
        List<Number> sent = sentAt(key);
        // the tenth starts at the earliest nine quarters of a second after the first (unspaced: well under one second)
        assertThat(Duration.ofMillis(sent.get(9).longValue() - enqueued)).isGreaterThanOrEqualTo(Duration.ofMillis(2250));
    }

    @SuppressWarnings("unchecked")
    private List<Number> sentAt(String key) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select cast(extract(epoch from sent_at) * 1000 as bigint) from outbox where idempotency_key like ?1 and status = 'SENT' order by sent_at")
                .setParameter(1, key + ":%").getResultList());
    }
}

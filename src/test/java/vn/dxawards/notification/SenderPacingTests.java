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
import vn.dxawards.notification.service.OutboxSender;
import vn.dxawards.notification.service.Outbox.Notification;
import vn.dxawards.support.HeldRequest;
import vn.dxawards.support.OutboxRows;
import vn.dxawards.support.SmtpServer;

/**
 * A backlog of e-mails is sent spaced out ({@code dx.mail.max-rate}), not back to back: at four a
 * second, ten e-mails due at once take more than two seconds, even with nobody else on the node. A
 * person written to several times is looked up in the identity provider once.
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

    @Inject
    OutboxSender sender;

    @Test
    void aBacklogGoesOutAtTheConfiguredRate() throws Exception {
        String key = "paced-" + UUID.randomUUID();
        long enqueued = System.currentTimeMillis();
        List<Number> sent = allSent(key, 10, "juror1");
        // the tenth starts at the earliest nine quarters of a second after the first (unspaced: well under one second)
        assertThat(Duration.ofMillis(sent.get(9).longValue() - enqueued)).isGreaterThanOrEqualTo(Duration.ofMillis(2250));
    }

    @Test
    void aPersonWrittenToSeveralTimesIsLookedUpOnce() throws Exception {
        String key = "looked-up-" + UUID.randomUUID();
        long before = sender.recipientLookups();
        allSent(key, 5, "juror2");
        assertThat(sender.recipientLookups() - before).isEqualTo(1);
    }

    /** Enqueues {@code count} e-mails to the person, waits (up to 60 s) until all are sent; answers when each went. */
    private List<Number> allSent(String key, int count, String recipient) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                outbox.enqueue(Notification.toPerson(key + ":" + i, NotificationKind.COUNCIL_ASSIGNED, recipient,
                        "PACED-TEST", null, null, null));
            }
        });
        HeldRequest.waitUntil(60, () -> OutboxRows.sentAt(em, key).size() == count);
        return OutboxRows.sentAt(em, key);
    }
}

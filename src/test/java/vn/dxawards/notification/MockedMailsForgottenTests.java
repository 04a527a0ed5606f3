package vn.dxawards.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.dxawards.notification.model.NotificationKind;
import vn.dxawards.notification.service.Outbox;
import vn.dxawards.notification.service.Outbox.Notification;

/**
 * With the mailer mocked (the test profile, as the demo run and the benchmark), an e-mail the outbox
 * sends is not kept in Quarkus' mock mailbox: kept, every receipt and its PDF stayed in memory for as
 * long as the app ran (≈ 220 MB at the end of a 2,000-dossier benchmark).
 */
@QuarkusTest
class MockedMailsForgottenTests {

    @Inject
    Outbox outbox;

    @Inject
    MockMailbox mockMailbox;

    @Inject
    EntityManager em;

    @Test
    void anEmailSentThroughTheMockIsNotKeptInMemory() throws Exception {
        String key = "forgotten-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(Notification.toPerson(key, NotificationKind.COUNCIL_ASSIGNED,
                "juror1", "FORGOTTEN-TEST", null, null, null)));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!sent(key) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertThat(sent(key)).as("the outbox sent it").isTrue();
        // another test's e-mail may be between its send and its removal: wait for the mailbox to be empty
        Instant emptyBy = Instant.now().plus(Duration.ofSeconds(10));
        while (mockMailbox.getTotalMessagesSent() > 0 && Instant.now().isBefore(emptyBy)) {
            Thread.sleep(100);
        }
        assertThat(mockMailbox.getTotalMessagesSent()).as("e-mails kept by the mock mailbox").isZero();
    }

    private boolean sent(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox where idempotency_key = ?1 and status = 'SENT'").setParameter(1, key)
                .getSingleResult()).longValue() == 1);
    }
}

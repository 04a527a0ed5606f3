package vn.dxawards.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.dxawards.notification.model.NotificationKind;
import vn.dxawards.notification.service.MailConfig;
import vn.dxawards.notification.service.Outbox;
import vn.dxawards.notification.service.Outbox.Notification;
import vn.dxawards.platform.load.RequestsInFlight;
import vn.dxawards.support.HeldRequest;
import vn.dxawards.support.OutboxRows;
import vn.dxawards.support.SmtpServer;

/**
 * While many people wait for an answer (the deadline-day rush), the mail sender sends one e-mail a
 * round instead of a batch, and still sends; once they are served, a round sends them all. The
 * waiting people are real requests: sockets that sent a signed-in request's head and part of its
 * body, and hold it.
 */
@QuarkusTest
@WithTestResource(SmtpServer.class)
class SenderStepsAsideTests {

    @Inject
    Outbox outbox;

    @Inject
    RequestsInFlight requests;

    @Inject
    MailConfig config;

    @Inject
    EntityManager em;

    @Test
    void whilePeopleWaitTheSenderSendsOneEmailARoundAndABatchOnceTheyAreServed() throws Exception {
        List<HeldRequest> waiting = new ArrayList<>();
        String busy = "busy-" + UUID.randomUUID();
        try {
            for (int i = 0; i < config.busyRequests(); i++) {
                waiting.add(HeldRequest.post("/api/campaigns/NO-SUCH/dossiers", "nominator.hanoi", "application/json",
                        1000, "{\"nominee\":"));
            }
            HeldRequest.waitUntil(30, () -> requests.count() >= config.busyRequests());
            enqueue(busy, 5);
            HeldRequest.waitUntil(60, () -> OutboxRows.sentAt(em, busy).size() == 5);
            List<Number> sent = OutboxRows.sentAt(em, busy);
            // one a round (a round a second in the tests): four pauses between five e-mails
            assertThat(Duration.ofMillis(sent.get(4).longValue() - sent.get(0).longValue()))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(2500));
        } finally {
            for (HeldRequest request : waiting) {
                request.close();
            }
        }
        // the connections gone, nobody is counted as waiting any more
        HeldRequest.waitUntil(30, () -> requests.count() == 0);
        String quiet = "quiet-" + UUID.randomUUID();
        enqueue(quiet, 5);
        HeldRequest.waitUntil(60, () -> OutboxRows.sentAt(em, quiet).size() == 5);
        List<Number> sent = OutboxRows.sentAt(em, quiet);
        assertThat(Duration.ofMillis(sent.get(4).longValue() - sent.get(0).longValue()))
                .isLessThan(Duration.ofMillis(900));
    }

    private void enqueue(String key, int count) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                outbox.enqueue(Notification.toPerson(key + ":" + i, NotificationKind.COUNCIL_ASSIGNED, "juror1",
                        "BUSY-TEST", null, null, null));
            }
        });
    }
}

package vn.dxawards.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.eclipse.microprofile.config.ConfigProvider;
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
import vn.dxawards.support.SmtpServer;
import vn.dxawards.support.Tokens;

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
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        String token = Tokens.of("nominator.hanoi");
        List<Socket> waiting = new ArrayList<>();
        String busy = "busy-" + UUID.randomUUID();
        try {
            for (int i = 0; i < config.busyRequests(); i++) {
                Socket socket = new Socket("127.0.0.1", port);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/campaigns/NO-SUCH/dossiers HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                        + token + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"nominee\":")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                waiting.add(socket);
            }
            waitUntil(30, () -> requests.count() >= config.busyRequests());
            enqueue(busy, 5);
            waitUntil(60, () -> sentAt(busy).size() == 5);
            List<Number> sent = sentAt(busy);
            // one a round (a round a second in the tests): four pauses between five e-mails
            assertThat(Duration.ofMillis(sent.get(4).longValue() - sent.get(0).longValue()))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(2500));
        } finally {
            for (Socket socket : waiting) {
                socket.close();
            }
        }
        // the connections gone, nobody is counted as waiting any more
        waitUntil(30, () -> requests.count() == 0);
        String quiet = "quiet-" + UUID.randomUUID();
        enqueue(quiet, 5);
        waitUntil(60, () -> sentAt(quiet).size() == 5);
        List<Number> sent = sentAt(quiet);
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

    @SuppressWarnings("unchecked")
    private List<Number> sentAt(String key) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select cast(extract(epoch from sent_at) * 1000 as bigint) from outbox where idempotency_key like ?1 and status = 'SENT' order by sent_at")
                .setParameter(1, key + ":%").getResultList());
    }

    private static void waitUntil(int seconds, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %d s", seconds).isLessThan(end);
            Thread.sleep(100);
        }
    }
}

package vn.dxawards.notification.service;

import vn.dxawards.notification.model.OutboxMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.mailer.MockMailbox;
import jakarta.enterprise.inject.Instance;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.dxawards.platform.directory.CouncilDirectory;
import vn.dxawards.platform.load.RequestsInFlight;
import vn.dxawards.platform.directory.CouncilDirectory.Person;
import vn.dxawards.identity.Role;
import vn.dxawards.notification.service.Outbox.Notification;

/**
 * Sends the outbox. Each message is claimed, sent and marked in one short transaction of its
 * own ({@code select … for update skip locked}), so two nodes never send the same row at once and
 * a row marked SENT is never sent again. A failure leaves the row PENDING with a later attempt
 * time (doubling pauses) until {@code dx.mail.max-attempts}.
 *
 * <p>The one edge left: the SMTP server accepts a message and the node dies before the SENT mark
 * commits; the row is then sent again — at least once, never lost. The second copy carries the
 * same {@code Message-ID} (made from the idempotency key), by which mail clients and archives drop
 * duplicates.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class);

    @Inject
    Outbox outbox;

    @Inject
    Mailer mailer;

    @Inject
    Mails mails;

    @Inject
    Instance<MockMailbox> mockMailbox;

    @Inject
    CouncilDirectory directory;

    @Inject
    MailConfig config;

    @Inject
    DemoMailbox mailbox;

    @Inject
    RequestsInFlight requests;

    private Spacing spacing;

    /**
     * Whom the last messages reached, by username, for five minutes: a body receives a receipt per
     * dossier, and each was a call to the identity provider's admin API. An address changed there
     * is used from the next lookup on.
     */
    private final Cache<String, Person> recipients = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(5)).build();

    /** Recipients asked of the identity provider (for tests). */
    private final LongAdder lookups = new LongAdder();

    @PostConstruct
    void spaced() {
        spacing = new Spacing(config.maxRate());
    }

    @Scheduled(identity = "outbox-sender", every = "${dx.mail.poll-interval:5s}", delayed = "${dx.mail.poll-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (config.senderEnabled()) {
            sendDue();
        }
    }

    /**
     * Sends what is due now, a batch a round, or only one message while many requests are being
     * answered ({@code dx.mail.busy-requests}): people at the deadline-day rush come before their
     * receipts, and the receipts still go out, slower, however long the rush. Never more than
     * {@code dx.mail.max-rate} messages a second, so that a backlog (the receipts of a morning's
     * nominations) is sent beside the people using the application rather than instead of them.
     * Answers how many messages were handled.
     */
    public int sendDue() {
        int handled = 0;
        for (int i = 0; i < config.batchSize(); i++) {
            if (i > 0 && requests.count() >= config.busyRequests()) {
                break;
            }
            if (!waitForSlot()) {
                break;
            }
            if (!QuarkusTransaction.requiringNew().timeout(60).call(this::sendNext)) {
                break;
            }
            handled++;
        }
        return handled;
    }

    /** Waits until the next message may go ({@code dx.mail.max-rate}); false when interrupted (shutting down). */
    private boolean waitForSlot() {
        long wait = spacing.take(System.nanoTime());
        if (wait <= 0) {
            return true;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Claims one due message and sends it (or splits it by role); false when none is due. */
    boolean sendNext() {
        List<Long> claimed = outbox.claim(1);
        if (claimed.isEmpty()) {
            return false;
        }
        OutboxMessage message = OutboxMessage.findById(claimed.get(0));
        message.attempts++;
        try {
            if (message.recipient == null && message.recipientRole != null) {
                expand(message);
            } else {
                send(message);
            }
        } catch (RuntimeException e) {
            failed(message, e);
        }
        return true;
    }

    /** A message to a role becomes one message per member, each with its own key. */
    private void expand(OutboxMessage message) {
        Role role = Role.valueOf(message.recipientRole.toUpperCase());
        for (Person person : directory.withRole(role)) {
            outbox.enqueue(new Notification(message.idempotencyKey + ":" + person.username(), message.kind,
                    person.username(), null, message.campaignCode, message.dossierId, message.subjectId,
                    message.dueDate, message.note, message.link));
        }
        message.status = OutboxMessage.Status.EXPANDED;
        message.sentAt = Instant.now();
    }

    /**
     * With the mailer mocked (the demo run, the benchmark: {@code DX_MAIL_MOCK}), Quarkus keeps every
     * e-mail "sent" in its mock mailbox, attachments read into memory, for as long as the app runs:
     * 3,000 receipts with their PDF were ≈ 220 MB of live heap at the end of a 2,000-dossier
     * benchmark. Nobody reads that mailbox here (the demo's mailbox is {@link DemoMailbox}, in the
     * database; the mock still logs each e-mail), so it is emptied after each send.
     */
    private void forgetMocked() {
        if (mockMailbox.isResolvable()) {
            mockMailbox.get().clear();
        }
    }

    private void send(OutboxMessage message) {
        // A person outside the identity provider (a nominated leader) is written to at the address given.
        Optional<Person> person = message.recipient == null
                ? Optional.of(new Person(null, mails.addressee(message), message.email, "vi"))
                : recipient(message.recipient);
        if (person.isEmpty() || person.get().email() == null) {
            message.status = OutboxMessage.Status.FAILED;
            message.lastError = "no e-mail address known for " + message.recipient;
            LOG.warnf("Notification %s not sent: %s", message.idempotencyKey, message.lastError);
            return;
        }
        Mail mail = mails.render(message, person.get());
        try {
            mailer.send(mail);
        } finally {
            Mails.discardFiles(mail);
            forgetMocked();
        }
        mailbox.keep(mail);
        message.status = OutboxMessage.Status.SENT;
        message.sentAt = Instant.now();
        message.email = person.get().email();
        message.messageId = mails.messageId(message.idempotencyKey);
        message.lastError = null;
        if (message.kind.carriesSecret()) {
            // the one-time link's token exists in clear only until the e-mail is out
            message.link = null;
        }
        LOG.debugf("Notification %s sent to %s", message.idempotencyKey, message.recipient);
    }

    private Optional<Person> recipient(String username) {
        Person known = recipients.getIfPresent(username);
        if (known != null) {
            return Optional.of(known);
        }
        lookups.increment();
        Optional<Person> person = directory.person(username);
        person.filter(p -> p.email() != null).ifPresent(p -> recipients.put(username, p));
        return person;
    }

    /** How many recipients were asked of the identity provider since start (for tests). */
    public long recipientLookups() {
        return lookups.sum();
    }

    private void failed(OutboxMessage message, RuntimeException e) {
        String error = e.getClass().getSimpleName() + ": " + e.getMessage();
        message.lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
        if (message.attempts >= config.maxAttempts()) {
            message.status = OutboxMessage.Status.FAILED;
            LOG.errorf("Notification %s given up after %d attempts: %s", message.idempotencyKey, message.attempts, error);
            return;
        }
        message.nextAttemptAt = Instant.now().plus(backoff(message.attempts));
        LOG.warnf("Notification %s failed (attempt %d), next at %s: %s", message.idempotencyKey, message.attempts,
                message.nextAttemptAt, error);
    }

    Duration backoff(int attempts) {
        Duration delay = config.retryDelay().multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
        return delay.compareTo(config.maxRetryDelay()) > 0 ? config.maxRetryDelay() : delay;
    }
}

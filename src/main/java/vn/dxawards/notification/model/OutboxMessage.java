package vn.dxawards.notification.model;

import java.util.Map;
import java.util.EnumMap;
import java.time.Instant;
import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One notification to one person (or to everyone with a role, until the sender splits it), as
 * {@code Outbox} wrote it in the business transaction. Only ids are kept: the texts are made, and
 * the address looked up, when it is sent.
 */
@Entity
@Table(name = "outbox")
public class OutboxMessage extends PanacheEntityBase {

    public enum Status {
        /** Waiting to be sent (again, after a failure, from {@code nextAttemptAt}). */
        PENDING,
        /** Accepted by the SMTP server; never sent again. */
        SENT,
        /** A message to a role, split into one message per member. */
        EXPANDED,
        /** Given up: no address, or too many failed attempts. */
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String idempotencyKey;

    @Enumerated(EnumType.STRING)
    public NotificationKind kind;

    /** The username of the person it goes to; null while it goes to a role. */
    public String recipient;

    public String recipientRole;
    public String campaignCode;
    public Long dossierId;
    /** The assignment or the survey it is about. */
    public Long subjectId;
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    public Status status;

    public int attempts;
    public Instant nextAttemptAt;
    public Instant createdAt;
    public Instant sentAt;
    public String email;
    public String messageId;
    public String lastError;

    /** How many messages there are in each status. */
    public static Map<Status, Long> countByStatus() {
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Object[] row : getEntityManager()
                .createQuery("select m.status, count(m) from OutboxMessage m group by m.status", Object[].class)
                .getResultList()) {
            counts.put((Status) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }
}

package vn.dxawards.notification.model;

import java.util.List;
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
    /** What the sender wrote for the recipient (the secretariat's note, a reason), shown as it is. */
    public String note;
    /** The page the message leads to, when it is not its kind's usual one (a path under the public address). */
    public String link;
    /** When the recipient marked it read in the app; null while unread. */
    public Instant readAt;

    /** A person's messages in the app, newest first (a role's row, once split, is not one of them). */
    public static List<OutboxMessage> forRecipient(String username, int limit) {
        return find("recipient = ?1 and status <> ?2 order by createdAt desc, id desc", username, Status.EXPANDED)
                .page(0, limit).list();
    }

    public static int markAllRead(String username, Instant at) {
        return update("readAt = ?1 where recipient = ?2 and readAt is null", at, username);
    }

    public static long unreadCount(String username) {
        return count("recipient = ?1 and status <> ?2 and readAt is null", username, Status.EXPANDED);
    }

    /** The messages written to this address (a person who has no account: a nominated leader), oldest first. */
    public static List<OutboxMessage> toAddress(String email) {
        return list("lower(email) = ?1 order by createdAt, id", email.toLowerCase(java.util.Locale.ROOT));
    }

    /** The messages about a dossier that went to an address of no account (the nominated leader). */
    public static List<OutboxMessage> toAddressesAbout(long dossierId) {
        return list("dossierId = ?1 and recipient is null and recipientRole is null and email is not null", dossierId);
    }

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

package vn.dxawards.notification.service;

import vn.dxawards.notification.model.NotificationKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.Session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Writes notifications into the {@code outbox} table in the caller's transaction (the engine step
 * or the request that causes them), so that a notification exists exactly when its cause was
 * committed. Each carries an idempotency key: writing the same key again — a retried job, a
 * second node running the same timer — changes nothing, and does so without an error that would
 * spoil the transaction ({@code on conflict do nothing} on PostgreSQL, {@code merge} on H2).
 */
@ApplicationScoped
public class Outbox {

    /** What to notify, to whom, about what; {@code key} is unique among all notifications ever written. */
    public record Notification(String key, NotificationKind kind, String recipient, String recipientRole,
            String campaignCode, Long dossierId, Long subjectId, LocalDate dueDate, String note, String link,
            String email) {

        public Notification(String key, NotificationKind kind, String recipient, String recipientRole,
                String campaignCode, Long dossierId, Long subjectId, LocalDate dueDate) {
            this(key, kind, recipient, recipientRole, campaignCode, dossierId, subjectId, dueDate, null, null, null);
        }

        public Notification(String key, NotificationKind kind, String recipient, String recipientRole,
                String campaignCode, Long dossierId, Long subjectId, LocalDate dueDate, String note, String link) {
            this(key, kind, recipient, recipientRole, campaignCode, dossierId, subjectId, dueDate, note, link, null);
        }

        public static Notification toPerson(String key, NotificationKind kind, String username, String campaignCode,
                Long dossierId, Long subjectId, LocalDate dueDate) {
            return new Notification(key, kind, username, null, campaignCode, dossierId, subjectId, dueDate);
        }

        public static Notification toRole(String key, NotificationKind kind, String realmRole, String campaignCode,
                Long dossierId, Long subjectId, LocalDate dueDate) {
            return new Notification(key, kind, null, realmRole, campaignCode, dossierId, subjectId, dueDate);
        }
    }

    private static final String COLUMNS = "idempotency_key, kind, recipient, recipient_role, campaign_code, dossier_id,"
            + " subject_id, due_date, note, link, email, status, attempts, next_attempt_at, created_at";

    private static final String POSTGRESQL_INSERT = "insert into outbox (" + COLUMNS + ")"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?) on conflict (idempotency_key) do nothing";

    private static final String H2_MERGE = "merge into outbox o using (values (cast(? as varchar(200)),"
            + " cast(? as varchar(40)), cast(? as varchar(100)), cast(? as varchar(40)), cast(? as varchar(40)),"
            + " cast(? as bigint), cast(? as bigint), cast(? as date), cast(? as varchar(4000)),"
            + " cast(? as varchar(500)), cast(? as varchar(320)), cast(? as timestamp with time zone),"
            + " cast(? as timestamp with time zone)))"
            + " as n(k, kind, recipient, recipient_role, campaign_code, dossier_id, subject_id, due_date, note, link,"
            + " email, next_at, created)"
            + " on o.idempotency_key = n.k when not matched then insert (" + COLUMNS + ") values (n.k, n.kind,"
            + " n.recipient, n.recipient_role, n.campaign_code, n.dossier_id, n.subject_id, n.due_date, n.note, n.link,"
            + " n.email, 'PENDING', 0, n.next_at, n.created)";

    @Inject
    EntityManager em;

    private volatile Boolean postgresql;

    /** Writes the notification unless one with its key exists; answers whether it was new. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean enqueue(Notification n) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(isPostgresql(connection) ? POSTGRESQL_INSERT
                    : H2_MERGE)) {
                Timestamp now = Timestamp.from(Instant.now());
                insert.setString(1, n.key());
                insert.setString(2, n.kind().name());
                setString(insert, 3, n.recipient());
                setString(insert, 4, n.recipientRole());
                setString(insert, 5, n.campaignCode());
                setLong(insert, 6, n.dossierId());
                setLong(insert, 7, n.subjectId());
                if (n.dueDate() == null) {
                    insert.setNull(8, Types.DATE);
                } else {
                    insert.setObject(8, n.dueDate());
                }
                setString(insert, 9, n.note());
                setString(insert, 10, n.link());
                setString(insert, 11, n.email());
                insert.setTimestamp(12, now);
                insert.setTimestamp(13, now);
                return insert.executeUpdate() == 1;
            }
        });
    }

    /**
     * Takes up to {@code limit} messages that are due, locking them for this transaction; rows another
     * node is sending are skipped, not waited for.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Long> claim(int limit) {
        return session().doReturningWork(connection -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("select id from outbox where status = 'PENDING'"
                    + " and next_attempt_at <= ? order by next_attempt_at, id limit ? for update skip locked")) {
                select.setTimestamp(1, Timestamp.from(Instant.now()));
                select.setInt(2, limit);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    private Session session() {
        return em.unwrap(Session.class);
    }

    private boolean isPostgresql(Connection connection) throws SQLException {
        Boolean known = postgresql;
        if (known == null) {
            known = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            postgresql = known;
        }
        return known;
    }

    private static void setString(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}

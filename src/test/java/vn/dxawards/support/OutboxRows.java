package vn.dxawards.support;

import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

/** What the tests read back from the outbox table. */
public final class OutboxRows {

    private OutboxRows() {
    }

    /** When the e-mails whose keys start with {@code prefix + ":"} were sent (epoch ms), in that order. */
    @SuppressWarnings("unchecked")
    public static List<Number> sentAt(EntityManager em, String prefix) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select cast(extract(epoch from sent_at) * 1000 as bigint) from outbox where idempotency_key like ?1 and status = 'SENT' order by sent_at")
                .setParameter(1, prefix + ":%").getResultList());
    }
}

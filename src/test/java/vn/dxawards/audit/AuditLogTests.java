package vn.dxawards.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The audit log keeps every line: on PostgreSQL the database itself refuses updates and deletes. */
@QuarkusTest
class AuditLogTests {

    @Inject
    AuditLog audit;

    @Test
    void aLineCanBeAddedButNeitherChangedNorDeleted() {
        QuarkusTransaction.requiringNew().run(() -> audit.record("tester", "TEST", "audit-test", null, null, null, "x"));
        long lines = AuditEntry.count("campaignCode", "audit-test");
        assertThat(lines).isPositive();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> AuditEntry.getEntityManager()
                .createNativeQuery("update audit_log set actor = 'someone else' where campaign_code = 'audit-test'")
                .executeUpdate())).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> AuditEntry.getEntityManager()
                .createNativeQuery("delete from audit_log where campaign_code = 'audit-test'").executeUpdate()))
                .hasStackTraceContaining("append-only");

        assertThat(AuditEntry.count("campaignCode = ?1 and actor = ?2", "audit-test", "tester")).isEqualTo(lines);
    }
}

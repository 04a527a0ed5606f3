package vn.dxawards.audit;

import vn.dxawards.audit.model.AuditEntry;
import vn.dxawards.audit.service.AuditLog;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;

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

    /** DESIGN.md §4: a failed request leaves no trace but its audit line. */
    @Test
    void aRefusedChangeLeavesItsAuditLineAndNothingElse() {
        String campaign = Fixtures.newCampaign("refusal-audit");
        Map<String, Object> incomplete = new java.util.HashMap<>(
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Thanh Nhàn", "01", "0100900100"));
        incomplete.remove("strategy");
        long id = ((Number) Api.as("nominator.hanoi").body(incomplete).post("/api/campaigns/" + campaign + "/dossiers")
                .then().statusCode(201).extract().path("id")).longValue();
        List<Map<String, Object>> before = trail(id);

        Api.as("nominator.hanoi").post("/api/dossiers/" + id + "/submit").then().statusCode(422);
        Api.as("nominator.hanoi").get("/api/dossiers/" + id + "/scorecards").then().statusCode(403);

        List<Map<String, Object>> after = trail(id);
        assertThat(after).hasSize(before.size() + 1);
        Map<String, Object> line = after.get(after.size() - 1);
        assertThat(line).containsEntry("actor", "nominator.hanoi").containsEntry("action", "REFUSED")
                .containsEntry("toState", "422");
        assertThat((String) line.get("detail")).matches("POST /api/dossiers/" + id + "/submit → [a-z_.]+");
        Api.as("nominator.hanoi").get("/api/dossiers/" + id).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("DRAFT"));
    }

    private static List<Map<String, Object>> trail(long dossier) {
        return Api.as("secretary1").get("/api/dossiers/" + dossier + "/audit").then().statusCode(200).extract()
                .jsonPath().getList("$");
    }
}

package vn.dxawards.ops;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.dxawards.support.Management;

/** Readiness is what serving needs (database, engine); the identity provider has its own group. */
@QuarkusTest
class HealthTests {

    @Test
    void readinessChecksTheDatabaseAndTheEngineButNotTheIdentityProvider() {
        Management.request().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("BPMN engine"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", not(hasItem("Identity provider")))
                .body("checks.find { it.name == 'BPMN engine' }.data.processes", greaterThanOrEqualTo(3));
    }

    @Test
    void theIdentityProviderIsCheckedInItsOwnGroup() {
        Management.request().get("/q/health/group/identity").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Identity provider"));
    }

    @Test
    void livenessAndStartupAnswer() {
        Management.request().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        Management.request().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
    }
}

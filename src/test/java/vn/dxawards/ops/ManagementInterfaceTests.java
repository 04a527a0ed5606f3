package vn.dxawards.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.dxawards.support.Management;

/**
 * Health, metrics and the API document answer only on Quarkus' management interface (its own port,
 * which the public ingress never routes); the public port answers 404 for them.
 */
@QuarkusTest
class ManagementInterfaceTests {

    private static final List<String> OPERATIONS = List.of("/q/health", "/q/health/ready", "/q/health/live",
            "/q/health/started", "/q/health/group/identity", "/q/metrics", "/q/openapi", "/q/swagger-ui/");

    @TestHTTPResource("/")
    URL publicRoot;

    @Test
    void theManagementPortIsNotThePublicPort() {
        assertThat(Management.port()).isPositive().isNotEqualTo(publicRoot.getPort());
    }

    @Test
    void thePublicPortDoesNotServeTheOperationsEndpoints() {
        for (String path : OPERATIONS) {
            given().redirects().follow(false).get(path).then().statusCode(404);
        }
    }

    @Test
    void theManagementPortServesHealthMetricsAndTheApiDocument() {
        Management.request().get("/q/health").then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("status", equalTo("UP"));
        Management.request().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        Management.request().get("/q/metrics").then().statusCode(200)
                .body(containsString("dx_dossiers"));
        Management.request().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/campaigns"));
        // Swagger UI (on outside production, DX_SWAGGER_UI) sits beside the document it shows
        Management.request().get("/q/swagger-ui/").then().statusCode(200);
    }
}

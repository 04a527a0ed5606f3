package vn.dxawards.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.dxawards.support.Management;

/** The API document served at /q/openapi on the management interface passes Redocly's recommended rules. */
@QuarkusTest
class OpenApiLintTests {

    @Test
    void theApiDocumentHasNoLintError() throws Exception {
        String document = Management.request().get("/q/openapi").then().statusCode(200).extract().asString();
        Path file = Path.of("target", "openapi.yaml");
        Files.writeString(file, document);

        Lint.Result result = Lint.run(file);

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(document).contains("/api/campaigns/{code}/advance", "/api/dossiers/{id}/scorecards/mine/submit",
                "/api/public/campaigns/{code}/results");
    }
}

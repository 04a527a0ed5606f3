package vn.dxawards.rules;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.dxawards.support.Api;

/**
 * A browser that asks the JSON API for a page (Accept: text/html) gets the refusal as a page, under
 * the refusal's own status, in its language: never a 500 from rendering where nothing may block.
 */
@QuarkusTest
class HtmlErrorTests {

    @Test
    void aDossierThatIsNotThereIsA404Page() {
        Api.as("secretary1").accept("text/html").get("/api/dossiers/987654321").then().statusCode(404)
                .contentType(startsWith("text/html")).body(containsString("404"));
    }

    @Test
    void malformedJsonIsA400Page() {
        Api.as("admin1").accept("text/html").contentType("application/json").body("{\"code\": ")
                .post("/api/campaigns").then().statusCode(400).contentType(startsWith("text/html"));
    }

    @Test
    void aPathThatIsNotThereIsA404Page() {
        Api.as("secretary1").accept("text/html").get("/api/no-such-thing").then().statusCode(404)
                .contentType(startsWith("text/html"));
    }

    @Test
    void anAnonymousCallIsA401PageInEnglishWhenAskedFor() {
        Api.anonymous().accept("text/html").header("Accept-Language", "en").get("/api/dossiers").then()
                .statusCode(401).contentType(startsWith("text/html"));
    }

    @Test
    void aWrongMediaTypeIsA415Page() {
        Api.as("admin1").accept("text/html").contentType("text/plain").body("hello").post("/api/campaigns").then()
                .statusCode(415).contentType(startsWith("text/html"));
    }

    @Test
    void aRefusalOfTheJsonApiIsA403Page() {
        Api.as("nominator.hanoi").accept("text/html").contentType("application/json").body("{}")
                .post("/api/campaigns").then().statusCode(403).contentType(startsWith("text/html"));
    }
}

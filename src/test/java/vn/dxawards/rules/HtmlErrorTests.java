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

    /** What a browser sends when it follows a link or opens an address. */
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void aDossierThatIsNotThereIsA404Page() {
        Api.as("secretary1").accept(BROWSER).get("/api/dossiers/987654321").then().statusCode(404)
                .contentType(startsWith("text/html")).body(containsString("404"));
    }

    @Test
    void malformedJsonIsA400Page() {
        Api.as("admin").accept(BROWSER).contentType("application/json").body("{\"code\": ")
                .post("/api/campaigns").then().statusCode(400).contentType(startsWith("text/html"));
    }

    @Test
    void aPathThatIsNotThereIsA404Page() {
        Api.as("secretary1").accept(BROWSER).get("/api/no-such-thing").then().statusCode(404)
                .contentType(startsWith("text/html"));
    }

    @Test
    void anAnonymousCallIsA401PageInEnglishWhenAskedFor() {
        Api.anonymous().accept(BROWSER).header("Accept-Language", "en").get("/api/dossiers").then()
                .statusCode(401).contentType(startsWith("text/html"));
    }

    @Test
    void askingTheJsonApiForHtmlOnlyIsA406Page() {
        Api.as("secretary1").accept("text/html").get("/api/dossiers/987654321").then().statusCode(406)
                .contentType(startsWith("text/html"));
    }

    @Test
    void aWrongMediaTypeIsA415Page() {
        Api.as("admin").accept(BROWSER).contentType("text/plain").body("hello").post("/api/campaigns").then()
                .statusCode(415).contentType(startsWith("text/html"));
    }
}

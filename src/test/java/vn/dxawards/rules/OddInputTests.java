package vn.dxawards.rules;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static vn.dxawards.rules.Refusals.refused;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;
import vn.dxawards.support.Tokens;

/**
 * What a careless client or an attacker sends never reaches a 500 (issue 14): NUL, control and bidi
 * characters and half surrogate pairs in any JSON string or file name, duplicate keys, a body
 * without its media type, a damaged multipart body, two files at once, a date in the year
 * 999999999, a foreign address to go back to. Each answers a 4xx in the caller's language and
 * leaves nothing behind.
 */
@QuarkusTest
class OddInputTests {

    private static final String NOMINATOR = "nominator.hanoi";
    private static String campaign;

    private static synchronized String campaign() {
        if (campaign == null) {
            campaign = Fixtures.newCampaign("odd");
        }
        return campaign;
    }

    private static Map<String, Object> dossierNamed(String name) {
        Map<String, Object> dossier = new HashMap<>(Fixtures.unitDossier(Fixtures.STATE, "Sở Y tế", "01", "0100900100"));
        Map<String, Object> nominee = new HashMap<>(castMap(dossier.get("nominee")));
        nominee.put("name", name);
        dossier.put("nominee", nominee);
        return dossier;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }

    private static String dossiers() {
        return "/api/campaigns/" + campaign() + "/dossiers";
    }

    private static int dossierCount() {
        return Api.as(NOMINATOR).get("/api/dossiers?campaign=" + campaign()).then().statusCode(200).extract()
                .jsonPath().getList("id").size();
    }

    @Test
    void controlBidiAndBrokenCharactersAreRefusedInAnyJsonString() {
        int before = dossierCount();
        for (String name : new String[] { "Sở Y tế\u0000", "hoso\u202Efdp.exe", "Sở\u2066 Y tế", "Sở Y tế\u200F",
                "Sở\u0007 Y tế", "Sở Y tế\uD800", "Sở \uDC00Y tế", "Sở\u0085 Y tế" }) {
            // written by hand: the escapes reach the server as they are (\u0000, a lone \uD800)
            String body = "{\"categoryCode\": \"" + Fixtures.STATE + "\", \"nominee\": {\"name\": \""
                    + jsonEscaped(name) + "\", \"province\": \"01\"}}";
            refused(Api.as(NOMINATOR).body(body).post(dossiers()), 422, "unsafe_text")
                    .body("message", containsString("nominee.name"));
        }
        refused(Api.as(NOMINATOR).header("Accept-Language", "en").body(dossierNamed("hoso\u202Efdp.exe"))
                .post(dossiers()), 422, "unsafe_text")
                .body("message", equalTo("Field nominee.name holds a character that is not allowed (a control "
                        + "character, a text-direction control or a broken character)."));
        // tabs and line breaks are text; Vietnamese and emoji (a proper surrogate pair) are too
        Api.as(NOMINATOR).body(dossierNamed("Sở Y tế\tHà Nội 🏥")).post(dossiers()).then().statusCode(201);
        org.assertj.core.api.Assertions.assertThat(dossierCount()).isEqualTo(before + 1);
    }

    private static String jsonEscaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c < 0x20 || c > 0x7E) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        refused(Api.as("admin").body("{\"code\": \"a\", \"code\": \"b\"}").post("/api/campaigns"), 400,
                "duplicate_json_key");
    }

    @Test
    void aJsonBodyWithoutItsMediaTypeIsA415() {
        int before = dossierCount();
        refused(given().config(RestAssuredConfig.config().encoderConfig(
                EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .auth().oauth2(Tokens.of(NOMINATOR)).accept(ContentType.JSON)
                .body("{\"categoryCode\": \"state-agencies\"}".getBytes(StandardCharsets.UTF_8))
                .post(dossiers()), 415, "unsupported_media_type");
        org.assertj.core.api.Assertions.assertThat(dossierCount()).isEqualTo(before);
    }

    @Test
    void aDamagedMultipartBodyIsA400() {
        long dossier = Stages.draft(campaign(), NOMINATOR, dossierNamed("Sở Nội vụ"));
        Unchanged before = Unchanged.dossier(dossier, NOMINATOR);
        String body = "--abc\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4 never ends";
        int status = given().auth().oauth2(Tokens.of(NOMINATOR)).accept(ContentType.JSON)
                .contentType("multipart/form-data; boundary=xyz").body(body.getBytes(StandardCharsets.ISO_8859_1))
                .post("/api/dossiers/" + dossier + "/attachments").then().extract().statusCode();
        org.assertj.core.api.Assertions.assertThat(status).isBetween(400, 499);
        int noBoundary = given().auth().oauth2(Tokens.of(NOMINATOR)).accept(ContentType.JSON)
                .contentType("multipart/form-data").body(body.getBytes(StandardCharsets.ISO_8859_1))
                .post("/api/dossiers/" + dossier + "/attachments").then().extract().statusCode();
        org.assertj.core.api.Assertions.assertThat(noBoundary).isBetween(400, 499);
        before.verify();
    }

    @Test
    void twoFilesAtOnceAreRefusedNotOneDropped() {
        long dossier = Stages.draft(campaign(), NOMINATOR, dossierNamed("Sở Tư pháp"));
        Unchanged before = Unchanged.dossier(dossier, NOMINATOR);
        byte[] letter = Uploads.nominationLetter();
        refused(given().auth().oauth2(Tokens.of(NOMINATOR)).accept(ContentType.JSON)
                .multiPart("file", "mot.pdf", letter, "application/pdf")
                .multiPart("file", "hai.pdf", letter, "application/pdf")
                .post("/api/dossiers/" + dossier + "/attachments"), 400, "multipart.several_files");
        refused(given().auth().oauth2(Tokens.of(NOMINATOR)).accept(ContentType.JSON)
                .multiPart("file", "mot.pdf", letter, "application/pdf")
                .multiPart("other", "hai.pdf", letter, "application/pdf")
                .post("/api/dossiers/" + dossier + "/attachments"), 400, "multipart.several_files");
        before.verify();
    }

    @Test
    void aFileNameWithABidiControlIsRefused() {
        long dossier = Stages.draft(campaign(), NOMINATOR, dossierNamed("Sở Xây dựng"));
        Unchanged before = Unchanged.dossier(dossier, NOMINATOR);
        refused(utf8Upload(dossier, "hoso\u202Efdp.exe"), 422, "unsafe_file_name");
        refused(utf8Upload(dossier, "hoso\u2067x.pdf"), 422, "unsafe_file_name");
        refused(utf8Upload(dossier, "hoso\u0000.pdf"), 422, "unsafe_file_name");
        before.verify();
        // a Vietnamese name is a name
        utf8Upload(dossier, "Tệp kèm theo.pdf").then().statusCode(201).body("fileName", equalTo("Tệp kèm theo.pdf"));
    }

    /** As a browser sends a file name: UTF-8 in the part's header. */
    static io.restassured.response.Response utf8Upload(long dossier, String fileName) {
        return given().config(RestAssuredConfig.config()
                .httpClient(io.restassured.config.HttpClientConfig.httpClientConfig()
                        .httpMultipartMode(org.apache.http.entity.mime.HttpMultipartMode.BROWSER_COMPATIBLE))
                .multiPartConfig(io.restassured.config.MultiPartConfig.multiPartConfig().defaultCharset("UTF-8")))
                .auth().oauth2(Tokens.of(NOMINATOR)).accept(ContentType.JSON)
                .multiPart("file", fileName, Uploads.nominationLetter(), "application/pdf")
                .post("/api/dossiers/" + dossier + "/attachments");
    }

    @Test
    void aDateInTheYear999999999IsRefused() {
        long dossier = Fixtures.submit(campaign(), NOMINATOR, dossierNamed("Sở Giao thông"));
        Unchanged before = Unchanged.dossier(dossier, NOMINATOR);
        // ISO 8601 wants a sign on a year of five digits: without it, the value is not a date at all (400)
        refused(Api.as("secretary1").body("{\"decision\": \"REQUEST_SUPPLEMENT\", \"note\": \"Bổ sung.\", "
                + "\"dueDate\": \"10000-01-01\"}").post("/api/dossiers/" + dossier + "/intake"), 400, "invalid_value")
                .body("message", containsString("dueDate"));
        for (String date : new String[] { "+999999999-12-31", "-999999999-01-01", "0001-01-01", "+10000-01-01" }) {
            refused(Api.as("secretary1").body("{\"decision\": \"REQUEST_SUPPLEMENT\", \"note\": \"Bổ sung số liệu.\", "
                    + "\"dueDate\": \"" + date + "\"}").post("/api/dossiers/" + dossier + "/intake"), 422,
                    "date_out_of_range").body("message", containsString("dueDate"));
        }
        before.verify();
    }

    @Test
    void aRefusalAskedForAsAPageIsAPage() {
        Api.as(NOMINATOR).accept("text/html,application/xhtml+xml,*/*;q=0.8")
                .body("{\"categoryCode\": \"x\", \"nominee\": {\"name\": \"a\\u0000\"}}").post(dossiers()).then()
                .statusCode(422).contentType(startsWith("text/html"));
        Api.as("admin").accept("text/html,*/*;q=0.8").body("{\"code\": \"a\", \"code\": \"b\"}").post("/api/campaigns")
                .then().statusCode(400).contentType(startsWith("text/html"));
    }

    @Test
    void theLanguageSwitchGoesBackOnlyToAPathOfThisSite() {
        for (String back : new String[] { "/%5Cevil.example", "/%09/evil.example", "//evil.example",
                "/%0D%0ALocation:%20http://evil.example", "https://evil.example/", "/\\evil.example", "/%2F%2Fevil" }) {
            given().redirects().follow(false).urlEncodingEnabled(!back.contains("%")).get("/lang/en?back=" + back)
                    .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/app"));
        }
        given().redirects().follow(false).get("/lang/en?back=/app/dossiers?campaign=x").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/app/dossiers?campaign=x"));
    }
}

package vn.dxawards.rules;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static vn.dxawards.rules.Refusals.refused;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import vn.dxawards.platform.documents.ActivePdfs;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;

/**
 * Uploaded PDFs carry no active content; files leave as attachments that cannot be sniffed into
 * a page and run nothing; every answer of the public port carries the security headers (issue 14).
 */
@QuarkusTest
class HardeningTests {

    private static final String NOMINATOR = "nominator.hanoi";
    private static String campaign;

    private static synchronized long draft(String name) {
        if (campaign == null) {
            campaign = Fixtures.newCampaign("harden");
        }
        return Stages.draft(campaign, NOMINATOR, Fixtures.unitDossier(Fixtures.STATE, name, "01", "0100900200"));
    }

    @Test
    void pdfsWithActiveContentAreRefusedWithTheReason() {
        long dossier = draft("Sở Công Thương Hà Nội");
        Unchanged before = Unchanged.dossier(dossier, NOMINATOR);
        refused(Uploads.upload(NOMINATOR, dossier, "mo-dau.pdf", ActivePdfs.openActionJavaScript()), 415,
                "attachment.active_content.javascript").body("message", containsString("JavaScript"));
        refused(Uploads.upload(NOMINATOR, dossier, "chay.pdf", ActivePdfs.launch()), 415,
                "attachment.active_content.launch");
        refused(Uploads.upload(NOMINATOR, dossier, "kem.pdf", ActivePdfs.embeddedFile()), 415,
                "attachment.active_content.embedded_files");
        refused(Uploads.upload(NOMINATOR, dossier, "xfa.pdf", ActivePdfs.xfa()), 415, "attachment.active_content.xfa");
        refused(Uploads.upload(NOMINATOR, dossier, "trang.pdf", ActivePdfs.withHtmlAppended()), 415,
                "attachment.active_content.trailing_data");
        refused(Uploads.upload(NOMINATOR, dossier, "nen.pdf", ActivePdfs.withZipAppended()), 415,
                "attachment.active_content.trailing_data");
        before.verify();
        // a signed PDF is an incremental update: accepted
        Uploads.upload(NOMINATOR, dossier, "da-ky.pdf", ActivePdfs.incrementallyUpdated()).then().statusCode(201);
    }

    @Test
    void aDownloadIsAnAttachmentWithItsVietnameseNameThatRunsNothing() {
        long dossier = draft("Sở Văn hoá Hà Nội");
        long attachment = ((Number) OddInputTests.utf8Upload(dossier, "Tệp kèm theo (ký).pdf").then().statusCode(201)
                .extract().path("id")).longValue();
        Api.as(NOMINATOR).accept("application/pdf").get("/api/dossiers/" + dossier + "/attachments/" + attachment)
                .then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"Tep kem theo (ky).pdf\"; "
                        + "filename*=UTF-8''T%E1%BB%87p%20k%C3%A8m%20theo%20%28k%C3%BD%29.pdf"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", startsWith("sandbox"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }

    private static ValidatableResponse secured(ValidatableResponse response) {
        return response.header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("X-Frame-Options", "DENY")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin")
                .header("Permissions-Policy", containsString("camera=()"))
                // HSTS in production only (dx.http.hsts)
                .header("Strict-Transport-Security", nullValue());
    }

    @Test
    void everyKindOfAnswerCarriesTheSecurityHeaders() {
        secured(Api.as(NOMINATOR).get("/api/dossiers").then().statusCode(200));
        secured(Api.as(NOMINATOR).get("/api/dossiers/987654321").then().statusCode(404));
        secured(Api.anonymous().get("/api/dossiers").then().statusCode(401));
        secured(given().get("/css/app.css").then().statusCode(200));
        // the start page keeps its style in a file: the policy allows no inline style
        secured(given().get("/").then().statusCode(200)).body(not(containsString("<style")));
        secured(given().get("/js/app.js").then().statusCode(200));
        secured(given().redirects().follow(false).get("/app").then().statusCode(302));
        secured(given().get("/no-such-page").then().statusCode(404));
        secured(given().redirects().follow(false).get("/lang/en?back=/app").then().statusCode(303))
                .header("Set-Cookie", containsString("SameSite=Lax"));
        secured(Api.as("admin").body("{\"code\": ").post("/api/campaigns").then().statusCode(400));
    }

    @Test
    void theSignInCookiesAreSameSite() {
        // the code flow's state cookie, set when a browser is sent to Keycloak
        String cookie = given().redirects().follow(false).get("/app").then().statusCode(302)
                .header("Set-Cookie", notNullValue()).extract().header("Set-Cookie");
        org.assertj.core.api.Assertions.assertThat(cookie).contains("q_auth").containsIgnoringCase("SameSite=Lax");
    }
}

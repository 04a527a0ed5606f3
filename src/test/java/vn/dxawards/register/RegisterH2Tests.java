package vn.dxawards.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;
import vn.dxawards.support.H2Profile;

/**
 * The embedded H2 of the demo run: the register's search (the folded column and its escaped like work
 * there too), and an upload streamed into the database and read back byte for byte.
 */
@QuarkusTest
@TestProfile(H2Profile.class)
class RegisterH2Tests {

    @Test
    void theRegisterFindsWithoutDiacriticsOnH2() {
        String campaign = Fixtures.newCampaign("register-h2");
        long daNang = Fixtures.submit(campaign, "nominator.danang",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Đà Nẵng", "N48", "0400100102"));
        Fixtures.submit(campaign, "nominator.hcm",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Chợ Rẫy", "N79", "0300100103"));
        Response found = RegisterApiTests.search(campaign, "q=DA NANG&sort=-nominee&page=1&size=10");
        assertThat(RegisterApiTests.ids(found)).containsExactly(daNang);
        assertThat(found.header("X-Total-Count")).isEqualTo("1");
        assertThat(RegisterApiTests.ids(RegisterApiTests.search(campaign, "q=100_"))).isEmpty();
        assertThat(Api.as("secretary1").get("/api/campaigns/" + campaign + "/progress").then().statusCode(200)
                .extract().jsonPath().getLong("intake.waiting")).isEqualTo(2L);
    }

    @Test
    void anUploadIsStoredAndReadBackOnH2() {
        String campaign = Fixtures.newCampaign("upload-h2");
        long id = Fixtures.draft(campaign, "nominator.danang",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Đà Nẵng", "N48", "0400100104"));
        byte[] pdf = vn.dxawards.support.Pdfs.ofAbout(300 * 1024, "cong van");
        long attachment = ((Number) io.restassured.RestAssured.given()
                .auth().oauth2(vn.dxawards.support.Tokens.of("nominator.danang"))
                .multiPart("file", "cong-van.pdf", pdf, "application/pdf")
                .post("/api/dossiers/" + id + "/attachments").then().statusCode(201).extract().path("id")).longValue();
        byte[] back = io.restassured.RestAssured.given().auth().oauth2(vn.dxawards.support.Tokens.of("nominator.danang"))
                .get("/api/dossiers/" + id + "/attachments/" + attachment).then().statusCode(200).extract().asByteArray();
        assertThat(back).isEqualTo(pdf);
    }
}

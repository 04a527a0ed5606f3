package vn.dxawards.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;
import vn.dxawards.support.H2Profile;

/** The register's search on the embedded H2 of the demo run: the folded column and its escaped like work there too. */
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
}

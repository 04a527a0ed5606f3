package vn.dxawards.appraisal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;
import vn.dxawards.support.RealmExpertise;

/**
 * The secretariat's assignment page without a browser: each member's load and expertise, each
 * assignment's reason in words, the settings. The campaign is prepared through the API with real
 * tokens; the page is read as the secretary.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AssignmentPageTests {

    private static String campaign;

    @Test
    @Order(1)
    void prepare() {
        RealmExpertise.ensure();
        campaign = Fixtures.newCampaign("assign-page", Fixtures.window(Fixtures.today().minusDays(1),
                Fixtures.today().plusDays(30)), Fixtures.window(Fixtures.today().plusDays(31),
                        Fixtures.today().plusDays(60)), Map.of("minLoad", 1, "maxLoad", 20));
        long id = Fixtures.submit(campaign, "nominator.hanoi",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Hữu Nghị", "01", "0100900601"));
        Api.as("secretary1").body(Map.of("decision", "ACCEPT")).post("/api/dossiers/" + id + "/intake").then()
                .statusCode(200);
        Api.as("secretary1").post("/api/campaigns/" + campaign + "/assignments/auto").then().statusCode(200)
                .body("created", equalTo(3));
    }

    @Test
    @Order(2)
    @TestSecurity(user = "secretary1", roles = "secretary")
    @OidcSecurity(claims = @Claim(key = "org", value = "BTC"))
    void thePageShowsLoadsAndReasons() {
        given().get("/app/campaigns/" + campaign + "/assignments").then().statusCode(200)
                .body(containsString("mỗi thành viên từ 1 đến 20 hồ sơ"))
                .body(containsString("Khối lượng của từng thành viên"))
                .body(containsString("education, health"))
                .body(containsString("chuyên môn: Y tế (affinity 1,0)"))
                .body(containsString("cân bằng khối lượng"))
                .body(containsString("dưới mức tối thiểu"))
                .body(containsString("id=\"manual\""))
                .body(not(containsString("{appraisal:")));
    }
}

package vn.dxawards.appraisal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;
import vn.dxawards.support.RealmExpertise;
import vn.dxawards.platform.web.Csrf;

/**
 * The secretariat's assignment page without a browser: each member's load and expertise, each
 * assignment's reason in words, the settings. The campaign is prepared through the API with real
 * tokens; the page is read as the secretary.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AssignmentPageTests {

    private static String campaign;
    private static long dossier;

    @Test
    @Order(1)
    void prepare() {
        RealmExpertise.ensure();
        campaign = Fixtures.newCampaign("assign-page", Fixtures.window(Fixtures.today().minusDays(1),
                Fixtures.today().plusDays(30)), Fixtures.window(Fixtures.today().plusDays(31),
                        Fixtures.today().plusDays(60)), Map.of("minLoad", 1, "maxLoad", 20));
        dossier = Fixtures.submit(campaign, "nominator.hanoi",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Hữu Nghị", "01", "0100900601"));
        Api.as("secretary1").body(Map.of("decision", "ACCEPT")).post("/api/dossiers/" + dossier + "/intake").then()
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
                .body(containsString("Giáo dục, Y tế"))
                .body(containsString("chuyên môn: Y tế (affinity 1,0)"))
                .body(containsString("cân bằng khối lượng"))
                .body(containsString("dưới mức tối thiểu"))
                .body(containsString("id=\"manual\""))
                .body(not(containsString("{appraisal:")));
    }

    @Test
    @Order(3)
    @TestSecurity(user = "secretary1", roles = "secretary")
    @OidcSecurity(claims = @Claim(key = "org", value = "BTC"))
    void theAdjustmentByHandIsRefusedWithItsReasonAndOtherwiseDone() {
        Response page = given().get("/app/campaigns/" + campaign + "/assignments");
        String cookie = page.getCookie(Csrf.COOKIE);
        Matcher token = Pattern.compile("name=\"" + Csrf.FIELD + "\" value=\"([^\"]+)\"").matcher(page.asString());
        assertThat(token.find()).isTrue();
        String assigned = Api.as("secretary1").get("/api/campaigns/" + campaign + "/assignments").then().extract()
                .jsonPath().getString("assignments.find { it.dossierId == " + dossier + " }.juror");

        given().cookie(Csrf.COOKIE, cookie).contentType("application/x-www-form-urlencoded")
                .formParam(Csrf.FIELD, token.group(1)).formParam("dossier", dossier).formParam("juror", assigned)
                .formParam("action", "remove").post("/app/campaigns/" + campaign + "/assignments/manual").then()
                .statusCode(200).body(containsString("Đã gỡ thành viên khỏi hồ sơ."));
        // a place is free now, but juror3 is local to Hà Nội: refused with the reason
        given().cookie(Csrf.COOKIE, cookie).contentType("application/x-www-form-urlencoded")
                .formParam(Csrf.FIELD, token.group(1)).formParam("dossier", dossier).formParam("juror", "juror3")
                .formParam("action", "add").post("/app/campaigns/" + campaign + "/assignments/manual").then()
                .statusCode(409).body(containsString("juror3 cùng địa phương với hồ sơ"));
    }
}

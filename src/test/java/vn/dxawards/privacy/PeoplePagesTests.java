package vn.dxawards.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.platform.web.Csrf;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;

/**
 * Programme staff answer a data subject's requests in the browser's page: the lookup shows what
 * is held on the address and the JSON to hand over; the erasure needs a ground and a confirmation,
 * then the data is gone. Nobody else may open the page.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PeoplePagesTests {

    static final String EMAIL = "lien.he.trang.h13c@example.vn";
    static final String CONTACT = "Trịnh Thị Hoa";
    static long dossier;

    @Test
    @Order(1)
    void aUnitWithItsContactPerson() {
        String campaign = Fixtures.newCampaign("people-page");
        Map<String, Object> body = new HashMap<>(Fixtures.unitDossier(Fixtures.SECTOR_B, "Trường THPT Lê Quý Đôn",
                "N79", "0300900991"));
        @SuppressWarnings("unchecked")
        Map<String, Object> nominee = new HashMap<>((Map<String, Object>) body.get("nominee"));
        nominee.put("contactName", CONTACT);
        nominee.put("contactEmail", EMAIL);
        body.put("nominee", nominee);
        dossier = Fixtures.submit(campaign, "nominator.hcm", body);
    }

    @Test
    @Order(2)
    @TestSecurity(user = "admin", roles = "admin")
    void theLookupShowsWhatIsHeldAndTheErasureNeedsAGroundAndAConfirmation() {
        Response page = given().get("/app/people");
        page.then().statusCode(200).body(containsString("Yêu cầu của chủ thể dữ liệu"));
        String cookie = page.getCookie(Csrf.COOKIE);
        String token = token(page.asString());

        Response found = form(cookie, token).formParam("email", EMAIL).post("/app/people/access");
        found.then().statusCode(200).body(containsString(CONTACT)).body(containsString("Người liên hệ của đơn vị"))
                .body(containsString("id=\"people-json\"")).body(containsString("id=\"people-erasure\""))
                .body(not(containsString("{privacy:")));
        form(cookie, token).formParam("email", "không phải địa chỉ").post("/app/people/access").then().statusCode(422)
                .body(containsString("Cần nhập một địa chỉ thư điện tử hợp lệ"));

        form(cookie, token).formParam("email", EMAIL).formParam("reason", "Đơn ngày 02/12/2026")
                .post("/app/people/erasure").then().statusCode(422)
                .body(containsString("Cần đánh dấu xác nhận trước khi xóa."));
        form(cookie, token).formParam("email", EMAIL).formParam("confirm", "yes").post("/app/people/erasure").then()
                .statusCode(422).body(containsString("Cần ghi căn cứ"));
        assertThat(contactEmail()).isEqualTo(EMAIL);

        form(cookie, token).formParam("email", EMAIL).formParam("reason", "Đơn ngày 02/12/2026")
                .formParam("confirm", "yes").post("/app/people/erasure").then().statusCode(200)
                .body(containsString("Đã xóa dữ liệu cá nhân: ẩn danh 1 hồ sơ, rút 0 hồ sơ, giữ theo luật 0 hồ sơ."));
        assertThat(contactEmail()).isNull();
        form(cookie, token).formParam("email", EMAIL).post("/app/people/access").then().statusCode(200)
                .body(containsString("Không có hồ sơ nào lưu địa chỉ này."));
    }

    @Test
    @Order(3)
    @TestSecurity(user = "secretary1", roles = "secretary")
    void nobodyButProgrammeStaffOpensThePage() {
        given().get("/app/people").then().statusCode(403);
    }

    @Test
    @Order(4)
    void theApiSaysTheSameToAScript() {
        Api.as("nominator.hcm").queryParam("email", EMAIL).get("/api/people/data").then().statusCode(403);
    }

    private static io.restassured.specification.RequestSpecification form(String cookie, String token) {
        return given().cookie(Csrf.COOKIE, cookie).contentType(ContentType.URLENC).formParam(Csrf.FIELD, token);
    }

    private static String token(String html) {
        Matcher m = Pattern.compile("name=\"" + Csrf.FIELD + "\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return m.group(1);
    }

    private static String contactEmail() {
        return QuarkusTransaction.requiringNew().call(() -> Dossier.<Dossier>findById(dossier).contactEmail);
    }
}

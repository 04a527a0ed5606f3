package vn.dxawards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.dxawards.support.Api;
import vn.dxawards.support.BrowserTests;

/**
 * Programme staff revoke a certificate from the dossier's page: a page of its own names the holder
 * and the consequence and asks for the public reason; without a reason it is refused in words, the
 * page kept; confirmed, the verification page says "revoked" with the reason. Others see no link and
 * are refused the page. Checked with axe-core.
 */
@QuarkusTest
class CertificateRevocationPagesTests extends BrowserTests {

    @Test
    void programmeStaffRevokeACertificateFromTheDossierPageAfterConfirming() {
        Published p = Published.fresh();
        JsonPath feed = Api.anonymous().get("/api/public/campaigns/" + p.campaign + "/results").then()
                .statusCode(200).extract().jsonPath();
        List<Map<String, Object>> awardees = feed.getList("awardees");
        String number = awardees.stream().filter(a -> Published.DANANG_NAME.equals(a.get("nomineeName")))
                .map(a -> (String) a.get("certificateNumber")).findFirst().orElseThrow();

        // the secretariat sees the certificate but may not revoke it
        browser.signIn("secretary1");
        browser.open("/app/dossiers/" + p.danang);
        assertThat(browser.text("#certificate")).contains(number);
        assertThat(browser.driver().findElements(By.id("revoke-certificate"))).isEmpty();
        browser.open("/app/certificates/" + number + "/revoke");
        assertThat(browser.driver().findElements(By.id("revoke-submit"))).isEmpty();
        browser.signOut();

        browser.signIn("admin");
        browser.open("/app/dossiers/" + p.danang);
        browser.clickAndLoad("#revoke-certificate");
        assertThat(browser.text("h1")).isEqualTo("Thu hồi giấy chứng nhận " + number);
        assertThat(browser.text("#holder")).isEqualTo(Published.DANANG_NAME);
        assertThat(browser.text("#revoke-consequence")).contains("trang xác minh", "Không thể hoàn tác");
        assertAccessible("66-admin-revoke-certificate");

        // no reason: refused in words, nothing revoked
        browser.clickAndLoad("#revoke-submit");
        assertThat(browser.text("#revoke-error")).isNotBlank().doesNotContain("certificate.");
        Api.anonymous().get("/api/public/certificates/" + number).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("VALID"));

        browser.type("#reason", "Đơn vị đề nghị thu hồi do sáp nhập.");
        browser.clickAndLoad("#revoke-submit");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/xac-minh/" + number);
        assertThat(browser.pageText()).contains("Đơn vị đề nghị thu hồi do sáp nhập.");
        Api.anonymous().get("/api/public/certificates/" + number).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("REVOKED"));
        assertThat(Api.as("secretary1").get("/api/dossiers/" + p.danang + "/audit").then().extract().jsonPath()
                .getList("action", String.class)).contains("CERTIFICATE_REVOKED");

        // revoked: the link is gone
        browser.open("/app/dossiers/" + p.danang);
        assertThat(browser.driver().findElements(By.id("revoke-certificate"))).isEmpty();
    }
}

package vn.dxawards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import io.quarkus.test.junit.QuarkusTest;
import vn.dxawards.support.Api;
import vn.dxawards.support.BrowserTests;
import vn.dxawards.support.Fixtures;

/**
 * Programme staff amend a campaign in the browser: a window, the council chosen by name among the
 * identity provider's jurors, the issuer; a refused change is shown on the form and saves nothing.
 * Checked with axe-core at 1366 px and 390 px.
 */
@QuarkusTest
class CampaignAmendPagesTests extends BrowserTests {

    @Test
    void theAdministratorChoosesTheCouncilMovesAWindowAndSetsTheIssuerInTheBrowser() {
        String campaign = Fixtures.newCampaign("amend-web");
        String end = Fixtures.today().plusDays(40).toString();
        browser.driver().manage().window().setSize(new Dimension(1366, 1000));
        browser.signIn("admin");
        browser.open("/app/campaigns/" + campaign);
        browser.clickAndLoad("#amend-link");
        assertThat(browser.text("h1")).startsWith("Sửa đổi đợt bình chọn");
        // a campaign naming no council has every juror, by name
        assertThat(browser.find("#council-juror8").isSelected()).isTrue();
        assertThat(browser.pageText()).contains("(Chủ tịch Hội đồng)");
        assertAccessible("67-admin-amend-campaign");

        // refused: an end already past; nothing saved
        setValue("#nominationEnd", Fixtures.today().minusDays(1).toString());
        browser.click("#council-juror8");
        browser.clickAndLoad("#amend-submit");
        assertThat(browser.text("[role=alert]")).contains("đã qua");
        assertThat(browser.find("#council-juror8").isSelected()).isFalse();
        Api.as("admin").get("/api/campaigns/" + campaign).then().body("council", equalTo(List.of()))
                .body("windows.nomination.end", equalTo(Fixtures.today().plusDays(30).toString()));

        setValue("#nominationEnd", end);
        browser.click("#council-juror4");
        browser.type("#issuingBody", "HỘI ĐỒNG XÉT CHỌN LÃNH ĐẠO");
        browser.type("#signerTitle", "TM. HỘI ĐỒNG XÉT CHỌN");
        browser.type("#parentBody", "BỘ KHOA HỌC VÀ CÔNG NGHỆ");
        browser.type("#place", "Đà Nẵng");
        browser.type("#authority", "CHỦ TỊCH HỘI ĐỒNG XÉT CHỌN");
        browser.type("#authorityInText", "Chủ tịch Hội đồng xét chọn");
        // a category renamed and given its award quota
        assertThat(browser.find("#category-health-vi").getAttribute("value")).isEqualTo("Y tế");
        browser.type("#category-health-vi", "Y tế và chăm sóc sức khoẻ");
        browser.type("#category-health-en", "Health care");
        browser.type("#category-health-quota", "12");
        browser.clickAndLoad("#amend-submit");
        assertThat(browser.text(".flash")).contains("Đã lưu các thay đổi");
        Api.as("admin").get("/api/campaigns/" + campaign).then()
                .body("council", equalTo(List.of("chair", "juror1", "juror2", "juror3", "juror5", "juror6", "juror7")))
                .body("windows.nomination.end", equalTo(end))
                .body("issuer.parentBody", equalTo("BỘ KHOA HỌC VÀ CÔNG NGHỆ"))
                .body("issuer.issuingBody", equalTo("HỘI ĐỒNG XÉT CHỌN LÃNH ĐẠO"))
                .body("issuer.place", equalTo("Đà Nẵng"))
                .body("issuer.authority", equalTo("CHỦ TỊCH HỘI ĐỒNG XÉT CHỌN"))
                .body("issuer.authorityInText", equalTo("Chủ tịch Hội đồng xét chọn"))
                .body("issuer.signerTitle", equalTo("TM. HỘI ĐỒNG XÉT CHỌN"))
                .body("categories.find { it.code == 'health' }.name", equalTo("Y tế và chăm sóc sức khoẻ"))
                .body("categories.find { it.code == 'health' }.awardQuota", equalTo(12))
                .body("categories.find { it.code == 'education' }.awardQuota", equalTo(null));
        assertThat(CampaignAmendmentTests.amendments(campaign)).extracting(e -> e.detail)
                .contains("Cơ quan chủ quản: Mặc định → BỘ KHOA HỌC VÀ CÔNG NGHỆ",
                        "Chỉ tiêu khen thưởng của hạng mục Y tế: không giới hạn → 12")
                .noneMatch(detail -> detail.contains("Giáo dục"));

        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open("/app/campaigns/" + campaign + "/edit");
        assertThat(browser.find("#council-juror4").isSelected()).isFalse();
        assertThat(browser.find("#place").getAttribute("value")).isEqualTo("Đà Nẵng");
        assertThat(browser.find("#category-health-quota").getAttribute("value")).isEqualTo("12");
        assertAccessible("68-admin-amend-campaign-390");
    }

    private void setValue(String css, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", browser.find(css),
                value);
    }
}

package vn.dxawards.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.dxawards.support.Api;
import vn.dxawards.support.BrowserTests;

/**
 * The admin sets up a campaign from the browser, signed in through Keycloak: a refused definition
 * (nomination ending before it starts) comes back with everything typed; the fixed one, without two
 * of the programme's categories, lands on the campaign page. A juror may not open the set-up page.
 */
@QuarkusTest
class AdminPagesTests extends BrowserTests {
    @Test
    void theAdminSetsUpACampaign() {
        String code = "setup-" + Long.toString(System.currentTimeMillis(), 36);
        LocalDate today = LocalDate.now();
        browser.signIn("admin");
        browser.open("/app");
        browser.clickAndLoad("#new-campaign");
        assertThat(browser.text("h1")).isEqualTo("Tạo đợt bình chọn mới");
        assertThat(browser.find("#cat-0-code").getAttribute("value")).isEqualTo("finance-banking");
        assertThat(browser.driver().findElements(By.cssSelector("tbody tr[id^=cat-]"))).hasSize(10);
        assertThat(browser.text("#rubric-defaults")).contains("C1. Chiến lược, kế hoạch chuyển đổi số", "30%",
                "L1. Tầm nhìn và vai trò dẫn dắt");
        assertThat(browser.find("#jurorsPerDossier").getAttribute("value")).isEqualTo("3");
        assertAccessible("30-admin-new-campaign");

        browser.type("#code", code);
        browser.type("#nameVi", "Bình chọn thử nghiệm " + code);
        browser.type("#nameEn", "Trial campaign " + code);
        setDate("#nominationStart", today.plusDays(10));
        setDate("#nominationEnd", today.plusDays(5)); // ends before it starts
        setDate("#appraisalStart", today.plusDays(41));
        setDate("#appraisalEnd", today.plusDays(70));
        setDate("#ceremony", today.plusDays(120));
        browser.type("#jurorsPerDossier", "5");
        browser.click("#secretBallot");
        browser.click("#cat-0-include");
        browser.clickAndLoad("#create");

        assertThat(browser.text("#setup-error")).contains("Thời gian các giai đoạn không hợp lệ");
        assertThat(browser.text("#nominationEnd-error")).contains("ngày kết thúc phải sau ngày bắt đầu");
        assertThat(browser.find("#nominationEnd").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#code").getAttribute("value")).isEqualTo(code);
        assertThat(browser.find("#nameVi").getAttribute("value")).isEqualTo("Bình chọn thử nghiệm " + code);
        assertThat(browser.find("#nameEn").getAttribute("value")).isEqualTo("Trial campaign " + code);
        assertThat(browser.find("#nominationStart").getAttribute("value")).isEqualTo(today.plusDays(10).toString());
        assertThat(browser.find("#nominationEnd").getAttribute("value")).isEqualTo(today.plusDays(5).toString());
        assertThat(browser.find("#ceremony").getAttribute("value")).isEqualTo(today.plusDays(120).toString());
        assertThat(browser.find("#jurorsPerDossier").getAttribute("value")).isEqualTo("5");
        assertThat(browser.find("#secretBallot").isSelected()).isTrue();
        assertThat(browser.find("#cat-0-include").isSelected()).isFalse();
        assertThat(browser.find("#cat-1-include").isSelected()).isTrue();
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView(true);",
                browser.find("#windows"));
        assertAccessible("30b-admin-new-campaign-refused");

        // Bean validation of the built definition: each refusal beside its field.
        setDate("#nominationEnd", today.plusDays(40));
        browser.type("#cat-1-code", "Y Te");
        browser.type("#jurorsPerDossier", "0");
        browser.clickAndLoad("#create");
        assertThat(browser.text("#setup-error")).contains("Một số trường chưa hợp lệ");
        assertThat(browser.text("#cat-1-error")).isEqualTo("Mã: mã không hợp lệ");
        assertThat(browser.text("#jurorsPerDossier-error")).isEqualTo("phải là số dương");
        assertThat(browser.find("#nominationEnd").getAttribute("value")).isEqualTo(today.plusDays(40).toString());
        assertThat(browser.driver().findElements(By.id("nominationEnd-error"))).isEmpty();

        browser.type("#cat-1-code", "health");
        browser.type("#jurorsPerDossier", "5");
        assertThat(browser.find("#personalDataRetentionMonths").getAttribute("value")).isEqualTo("24");
        browser.type("#personalDataRetentionMonths", "36");
        browser.click("#cat-9-include"); // the second unticked category: outstanding leaders
        browser.clickAndLoad("#create");

        assertThat(browser.driver().getCurrentUrl()).endsWith("/app/campaigns/" + code + "?created=1");
        assertThat(browser.text(".flash")).isEqualTo("Đã tạo đợt bình chọn; đợt đang ở giai đoạn đề cử.");
        assertThat(browser.text("#phase")).isEqualTo("Đề cử");
        assertThat(browser.driver().findElements(By.cssSelector("main h3, h3"))).hasSize(8);
        assertThat(browser.pageText()).contains("Y tế",
                "C1. Chiến lược, kế hoạch chuyển đổi số").doesNotContain("Tài chính - Ngân hàng");
        assertAccessible("31-admin-campaign-created");

        JsonPath campaign = Api.as("admin").get("/api/campaigns/" + code).then().statusCode(200).extract().jsonPath();
        List<String> categories = campaign.getList("categories.code");
        assertThat(categories).containsExactly("health", "education", "agriculture", "transport-logistics", "energy",
                "environment", "manufacturing", "state-agencies");
        assertThat(campaign.getString("phase")).isEqualTo("NOMINATION");
        assertThat(campaign.getString("windows.nomination.start")).isEqualTo(today.plusDays(10).toString());
        assertThat(campaign.getString("windows.nomination.end")).isEqualTo(today.plusDays(40).toString());
        assertThat(campaign.getString("windows.appraisal.start")).isEqualTo(today.plusDays(41).toString());
        assertThat(campaign.getString("windows.appraisal.end")).isEqualTo(today.plusDays(70).toString());
        assertThat(campaign.getList("categories[0].rubric.code")).containsExactly("C1", "C2", "C3", "C4");
        assertThat(campaign.getInt("settings.jurorsPerDossier")).isEqualTo(5);
        assertThat(campaign.getBoolean("settings.secretBallot")).isTrue();
        assertThat(campaign.getInt("settings.personalDataRetentionMonths")).isEqualTo(36);

        // The set-up page in English.
        browser.open("/app/campaigns/new");
        browser.clickAndLoad("a[lang=en]");
        assertThat(browser.text("h1")).isEqualTo("New campaign");
        assertThat(browser.text("#categories")).contains("Vietnamese name", "Award quota");
        assertThat(browser.find("#cat-1-code").getAttribute("aria-label")).isEqualTo("Code — Y tế");
        assertAccessible("32-admin-new-campaign-en");
        browser.clickAndLoad("a[lang=vi]");

        browser.signOut();
        browser.signIn("juror1");
        browser.open("/app");
        assertThat(browser.driver().findElements(By.id("new-campaign"))).isEmpty();
        browser.open("/app/campaigns/new");
        assertThat(browser.text("h1")).isEqualTo("403");
    }

    @Test
    void theAdminEditsACategoryRubricWithTheSumShownAndMistakesKeptBesideTheirRows() {
        String code = vn.dxawards.support.Fixtures.newCampaign("rubric-web");
        browser.signIn("admin");
        browser.open("/app/campaigns/" + code);
        browser.clickAndLoad("#rubric-health");
        assertThat(browser.text("h1")).isEqualTo("Bộ tiêu chí: Y tế");
        assertThat(browser.text("#weight-sum")).isEqualTo("100");
        // a fifth criterion: the sum follows, and 110 is refused with everything typed kept
        browser.type("#c-4-code", "C5");
        browser.type("#c-4-nameVi", "Bảo mật và an toàn thông tin");
        browser.type("#c-4-nameEn", "Information security");
        browser.type("#c-4-weight", "10");
        assertThat(browser.text("#weight-sum")).isEqualTo("110");
        browser.type("#c-5-code", "C1");
        browser.type("#c-5-weight", "0");
        browser.clickAndLoad("#rubric-save");
        assertThat(browser.text("#rubric-error")).contains("Bộ tiêu chí chưa hợp lệ.");
        assertThat(browser.text("#c-5-error")).contains("mã C1 đã dùng cho tiêu chí khác", "cần tên tiêu chí");
        assertThat(browser.find("#c-4-nameVi").getAttribute("value")).isEqualTo("Bảo mật và an toàn thông tin");
        assertAccessible("33-admin-rubric-refused");
        browser.type("#c-5-code", "");
        browser.type("#c-5-weight", "");
        browser.type("#c-0-weight", "20");
        assertThat(browser.text("#weight-sum")).isEqualTo("100");
        browser.clickAndLoad("#rubric-save");
        assertThat(browser.text("#rubric-saved")).isEqualTo("Đã lưu bộ tiêu chí.");
        assertThat(browser.find("#c-4-code").getAttribute("value")).isEqualTo("C5");
        Api.as("admin").get("/api/campaigns/" + code + "/categories/health/rubric").then().statusCode(200)
                .body("code", org.hamcrest.Matchers.equalTo(List.of("C1", "C2", "C3", "C4", "C5")))
                .body("weight", org.hamcrest.Matchers.equalTo(List.of(20, 20, 25, 25, 10)));
        browser.clickAndLoad("a[lang=en]");
        assertThat(browser.text("h1")).isEqualTo("Rubric: Health");
        assertAccessible("34-admin-rubric-en");
        browser.clickAndLoad("a[lang=vi]");
    }

    @Test
    void theCouncilPageListsTheMembersFromKeycloakWithWhatDecidesConflictsAndAssignments() {
        String code = vn.dxawards.support.Fixtures.newCampaign("council-web");
        browser.signIn("admin");
        browser.open("/app/campaigns/" + code);
        browser.clickAndLoad("#council-link");
        assertThat(browser.text("h1")).startsWith("Hội đồng thẩm định: ");
        assertThat(browser.text("#council-count")).isEqualTo("9 thành viên đang tham gia");
        // the chair first, then the members in Vietnamese order; affiliation, locality and expertise from Keycloak
        assertThat(browser.text("#council tbody tr:first-child")).contains("Chủ tịch Hội đồng");
        assertThat(browser.text("tr[data-member='juror2']")).contains("UBND-HN", "Đang tham gia");
        assertThat(browser.driver().findElements(By.cssSelector("#council tbody tr"))).hasSize(9);
        assertThat(browser.find("#council-admin-console").getAttribute("href"))
                .contains("/admin/dx-awards/console/#/dx-awards/users");
        browser.clickAndLoad("#council-refresh");
        assertThat(browser.text("#council-refreshed")).isEqualTo("Đã cập nhật danh sách Hội đồng từ Keycloak.");
        assertAccessible("35-admin-council");
        browser.clickAndLoad("a[lang=en]");
        assertThat(browser.text("#council-count")).isEqualTo("9 serving member(s)");
        assertAccessible("36-admin-council-en");
        browser.clickAndLoad("a[lang=vi]");
        browser.signOut();

        // a council member reads no such page
        browser.signIn("juror1");
        browser.open("/app/campaigns/" + code + "/council");
        assertThat(browser.text("h1")).isEqualTo("403");
    }

    /** Date inputs take what the browser's locale shows when typed into; the value is set as ISO. */
    private void setDate(String css, LocalDate date) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                browser.find(css), date.toString());
    }

}

package vn.dxawards.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import io.quarkus.test.junit.QuarkusTest;
import vn.dxawards.support.Api;
import vn.dxawards.support.BrowserTests;
import vn.dxawards.support.Fixtures;

/**
 * The secretariat runs intake from the register in the browser: its dashboard first after sign-in,
 * the register with names, a search without diacritics, a filter, "select all", a confirmation
 * naming the consequence, and the result naming the one dossier that could not be accepted; the
 * export as CSV. At 1366 px and at 390 px (no sideways scroll), each page checked with axe-core.
 */
@QuarkusTest
class RegisterPagesTests extends BrowserTests {

    @Test
    void theSecretariatAcceptsSeveralDossiersFromTheRegister() {
        String campaign = Fixtures.newCampaign("register-web");
        long bachMai = Fixtures.submit(campaign, "nominator.hanoi",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Bạch Mai", "01", "0100100100"));
        long daNang = Fixtures.submit(campaign, "nominator.danang",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Đà Nẵng", "N48", "0400100102"));
        long choRay = Fixtures.submit(campaign, "nominator.hcm",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Chợ Rẫy", "N79", "0300100103"));
        long fpt = Fixtures.submit(campaign, "nominator.vinasa",
                Fixtures.unitDossier(Fixtures.SECTOR_B, "Trường Đại học FPT", "01", "0100500500"));
        RegisterApiTests.draft(campaign, "nominator.haiphong",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Việt Tiệp", "N31", "0200100100"));

        browser.driver().manage().window().setSize(new Dimension(1366, 1000));
        browser.signIn("secretary1");
        // the dashboard is the first page: this campaign's figures and what blocks its next phase
        String dashboard = browser.text("section[data-campaign='" + campaign + "']");
        assertThat(dashboard).contains("Chờ tiếp nhận", "Hồ sơ theo trạng thái", "Y tế", "Giáo dục",
                "1 hồ sơ nháp chưa được nộp");
        assertThat(browser.text("section[data-campaign='" + campaign + "'] #tile-waiting .big")).isEqualTo("4");
        assertAccessible("40-secretary-dashboard");

        int loads = 0;
        browser.open("/app/register?campaign=" + campaign);
        loads++;
        assertThat(browser.text("h1")).isEqualTo("Sổ hồ sơ");
        assertThat(browser.text("tr[data-dossier='" + choRay + "']")).contains("Bệnh viện Chợ Rẫy", "Y tế",
                "Hồ Chí Minh", "Đã nộp");
        assertThat(browser.text("#register-total")).startsWith("5 hồ sơ");
        assertAccessible("41-secretary-register");

        // without diacritics: "da nang" finds Đà Nẵng
        browser.type("#q", "da nang");
        browser.clickAndLoad("#filter-submit");
        assertThat(rows()).containsExactly(daNang);
        browser.type("#q", "");
        browser.select("#status", "SUBMITTED");
        browser.clickAndLoad("#filter-submit");
        loads++;
        assertThat(rows()).containsExactlyInAnyOrder(bachMai, daNang, choRay, fpt);

        // the export of what is shown
        String csv = fetch(browser.find("#export-csv").getAttribute("href"));
        assertThat(csv).contains("Mã hồ sơ", "Bệnh viện Chợ Rẫy", "Hồ Chí Minh").doesNotContain("Việt Tiệp");

        // select all (script), accept, a confirmation naming the consequence
        int clicks = 0;
        browser.click("#select-all");
        clicks++;
        assertThat(browser.text("#selected-count")).isEqualTo("Đã chọn 4 hồ sơ");
        browser.clickAndLoad("#accept-selected");
        clicks++;
        loads++;
        assertThat(browser.text("h1")).isEqualTo("Xác nhận tiếp nhận 4 hồ sơ");
        assertThat(browser.text("#confirm-consequence")).contains("không thể hủy");
        assertThat(browser.text("#chosen")).contains("Bệnh viện Bạch Mai", "Trường Đại học FPT");
        assertAccessible("42-secretary-bulk-confirm");

        // meanwhile another secretary accepts one of them: it is named, the others are done
        Api.as("secretary2").body(Map.of("decision", "ACCEPT")).post("/api/dossiers/" + fpt + "/intake").then()
                .statusCode(200);
        browser.clickAndLoad("#confirm-accept");
        clicks++;
        loads++;
        assertThat(browser.text("h1")).isEqualTo("Đã tiếp nhận 3 hồ sơ");
        assertThat(browser.driver().findElements(By.cssSelector("#accepted li"))).hasSize(3);
        assertThat(browser.text("#refused li[data-dossier='" + fpt + "']")).contains("Trường Đại học FPT",
                "không chờ tiếp nhận");
        assertAccessible("43-secretary-bulk-done");
        for (long id : List.of(bachMai, daNang, choRay, fpt)) {
            assertThat(RegisterApiTests.status(id)).isEqualTo("ACCEPTED");
        }
        // 4 dossiers in 4 page loads and 4 clicks; 100 take the same with 100 per page
        assertThat(loads).isLessThanOrEqualTo(4);
        assertThat(clicks).isEqualTo(3);

        // at phone width: cards, no sideways scroll
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open("/app/register?campaign=" + campaign);
        assertNoSidewaysScroll();
        assertAccessible("44-secretary-register-390");
        browser.open("/app");
        assertNoSidewaysScroll();
        assertAccessible("45-secretary-dashboard-390");
    }

    private List<Long> rows() {
        return browser.driver().findElements(By.cssSelector("#register tbody tr")).stream()
                .map(tr -> Long.valueOf(tr.getAttribute("data-dossier"))).toList();
    }

    private void assertNoSidewaysScroll() {
        Object wide = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) wide).intValue()).as("sideways scroll in px").isLessThanOrEqualTo(0);
    }

    /** The text of a GET with the browser's session, without leaving the page. */
    private String fetch(String href) {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text()).then(done).catch(e => done('ERROR ' + e));", href));
    }
}

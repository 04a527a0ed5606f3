package vn.dxawards.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import io.quarkus.test.junit.QuarkusTest;
import vn.dxawards.support.Api;
import vn.dxawards.support.BrowserTests;
import vn.dxawards.support.Fixtures;
import vn.dxawards.support.Pdfs;

/**
 * A nominator works from the browser, signed in through Keycloak: the dossier form with inline
 * errors and what they typed kept, a PDF upload, submission with confirmation, the timeline; the
 * secretariat then finds the intake task in its task list. Every page is checked with axe-core.
 */
@QuarkusTest
class NominatorPagesTests extends BrowserTests {
    @Test
    void aNominatorCreatesADossierWithAnUploadAndSubmitsIt() {
        String campaign = Fixtures.newCampaign("web");

        browser.signIn("nominator.hanoi");
        assertThat(browser.text("h1")).contains("Xin chào");
        // the countdown to the end of the nomination window (30 days from today in the fixture)
        assertThat(browser.pageText()).contains("còn 30 ngày, đến hết ngày "
                + Fixtures.today().plusDays(30).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertAccessible("01-nominator-home");

        browser.open("/app/dossiers/new?campaign=" + campaign);
        browser.select("#categoryCode", Fixtures.SECTOR_A);
        browser.type("#name", "Bệnh viện Hữu Nghị Việt Đức");
        browser.select("#province", "01");
        browser.type("#contactEmail", "không-phải-email");
        browser.type("#strategy", "Chiến lược chuyển đổi số toàn diện đến năm 2030.");
        browser.clickAndLoad("#save");

        assertThat(browser.text("#contactEmail-error")).contains("email");
        assertThat(browser.find("#name").getAttribute("value")).isEqualTo("Bệnh viện Hữu Nghị Việt Đức");
        assertThat(browser.find("#strategy").getAttribute("value")).contains("năm 2030");
        assertAccessible("02-nominator-form-with-errors");

        browser.type("#contactEmail", "lienhe@viet-duc.vn");
        browser.clickAndLoad("#save");
        assertThat(browser.text("#status")).isEqualTo("Bản nháp");

        // a file above the limit is stopped in the page, before anything is sent
        java.nio.file.Path big = Pdfs.onePageFile("qua-lon.pdf");
        try (var out = java.nio.file.Files.newOutputStream(big, java.nio.file.StandardOpenOption.APPEND)) {
            out.write(new byte[21 * 1024 * 1024]);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        browser.find("#file").sendKeys(big.toAbsolutePath().toString());
        browser.click("#upload");
        assertThat(browser.text("#upload-status")).contains("20 MB");
        assertThat(browser.pageText()).doesNotContain("qua-lon.pdf (");

        browser.find("#file").clear();
        browser.find("#file").sendKeys(Pdfs.onePageFile("cong-van-de-cu.pdf").toAbsolutePath().toString());
        browser.clickAndLoad("#upload");
        assertThat(browser.pageText()).contains("cong-van-de-cu.pdf");
        assertAccessible("03-nominator-dossier-with-upload");

        ((JavascriptExecutor) browser.driver()).executeScript("window.confirm = () => true;");
        browser.clickAndLoad("#submit");
        assertThat(browser.text("#status")).isEqualTo("Đã nộp");
        assertThat(browser.text("#timeline + table")).contains("Đã nộp").contains("Cơ quan đề cử")
                .doesNotContain("nominator.hanoi");
        assertAccessible("04-nominator-submitted");

        browser.open("/app/dossiers");
        assertThat(browser.pageText()).contains("Bệnh viện Hữu Nghị Việt Đức");
        // the sector × status grid shows the one place in the health sector taken
        assertThat(browser.driver().findElement(org.openqa.selenium.By.xpath(
                "//h2[contains(., '" + campaign + "')]/following-sibling::table[1]")).getText())
                .contains("Y tế 1/1 (đã đủ)");
        assertAccessible("05-nominator-dossiers");
        browser.signOut();

        browser.signIn("secretary1");
        browser.open("/app/tasks?type=Task_Intake&campaign=" + campaign);
        assertThat(browser.pageText()).contains("Tiếp nhận hồ sơ");
        assertAccessible("06-secretary-task-list");
    }

    @Test
    void pagesSwitchToEnglishAndBack() {
        browser.signIn("juror1");
        browser.clickAndLoad("a[lang=en]");
        assertThat(browser.text("h1")).startsWith("Hello");
        browser.open("/app/tasks");
        assertThat(browser.text("h1")).isEqualTo("Task list");
        assertAccessible("07-juror-tasks-en");
        browser.clickAndLoad("a[lang=vi]");
        assertThat(browser.text("h1")).isEqualTo("Danh sách công việc");
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        String campaign = Fixtures.newCampaign("csrf");
        long id = ((Number) Api.as("nominator.danang")
                .body(Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Đà Nẵng", "N48", "0400100199"))
                .post("/api/campaigns/" + campaign + "/dossiers").then().statusCode(201).extract().path("id"))
                .longValue();

        browser.signIn("nominator.danang");
        browser.open("/app/dossiers/" + id);
        Object status = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('/app/dossiers/" + id + "/submit', {method: 'POST', headers: "
                        + "{'Content-Type': 'application/x-www-form-urlencoded'}, body: 'x=1'})"
                        + ".then(r => done(r.status)).catch(e => done(String(e)));");

        assertThat(status).isEqualTo(400L);
        Api.as("nominator.danang").get("/api/dossiers/" + id).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("DRAFT"));
    }

}

package vn.dxawards.register;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import io.quarkus.test.junit.QuarkusTest;
import vn.dxawards.support.Api;
import vn.dxawards.support.BrowserTests;
import vn.dxawards.support.Fixtures;
import vn.dxawards.support.Pdfs;
import vn.dxawards.support.Tokens;

/**
 * A nominating body's first page: each of its dossiers with what is expected of it next (submit a
 * draft by the window's end, answer a supplement request by its due date, wait for intake); a file's
 * size as people read it. At 1366 px and 390 px (no sideways scroll), checked with axe-core.
 */
@QuarkusTest
class NominatorHomeTests extends BrowserTests {

    @Test
    void aBodySeesEachDossierAndWhatComesNext() {
        String campaign = Fixtures.newCampaign("body-home");
        long draft = RegisterApiTests.draft(campaign, "nominator.hanoi",
                Fixtures.unitDossier(Fixtures.SECTOR_B, "Trường Đại học Bách khoa Hà Nội", "01", "0100200200"));
        long asked = Fixtures.submit(campaign, "nominator.hanoi",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Bạch Mai", "01", "0100100100"));
        long waiting = Fixtures.submit(campaign, "nominator.hanoi",
                Fixtures.unitDossier(Fixtures.STATE, "Sở Y tế Hà Nội", "01", "0100800100"));
        Api.as("secretary1").body(Map.of("decision", "REQUEST_SUPPLEMENT", "note", "Bổ sung công văn đề cử.",
                "dueDate", Fixtures.today().plusDays(7).toString())).post("/api/dossiers/" + asked + "/intake").then()
                .statusCode(200);
        given().auth().oauth2(Tokens.of("nominator.hanoi"))
                .multiPart("file", Pdfs.onePageFile("cong-van-de-cu.pdf").toFile(), "application/pdf")
                .post("/api/dossiers/" + draft + "/attachments").then().statusCode(201);

        browser.driver().manage().window().setSize(new Dimension(1366, 1000));
        browser.signIn("nominator.hanoi");
        assertThat(browser.text("#mine tr[data-dossier='" + draft + "']")).contains("Hoàn thiện và nộp hồ sơ",
                Fixtures.today().plusDays(30).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(browser.text("#mine tr[data-dossier='" + asked + "']")).contains("Bổ sung hồ sơ theo yêu cầu",
                Fixtures.today().plusDays(7).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(browser.text("#mine tr[data-dossier='" + waiting + "']")).contains("Chờ Ban thư ký tiếp nhận");
        assertAccessible("49-nominator-home");

        browser.open("/app/dossiers/" + draft);
        assertThat(browser.pageText()).containsPattern("cong-van-de-cu\\.pdf \\(\\d+(,\\d)? (B|KB|MB), SHA-256");

        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open("/app");
        Object wide = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) wide).intValue()).as("sideways scroll in px").isLessThanOrEqualTo(0);
        assertAccessible("50-nominator-home-390");
    }
}

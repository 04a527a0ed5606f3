package vn.dxawards.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.dxawards.support.Api;
import vn.dxawards.support.BrowserTests;
import vn.dxawards.support.Fixtures;

/**
 * A council member moves through their own dossiers on the scoring page (previous, next, the next
 * one still to score, "x of y") and never loses what they type: the draft is saved in the background
 * as they type, a refused value is named under the form and stays in its field, and following a link
 * to another dossier first saves. The header folds into a menu at 390 px. Checked with axe-core.
 */
@QuarkusTest
class ScoringFlowPagesTests extends BrowserTests {

    private static final List<String> COUNCIL = List.of("chair", "juror1", "juror2", "juror3", "juror4", "juror5",
            "juror6", "juror7", "juror8");

    @Test
    void aJurorMovesThroughTheirDossiersAndTheDraftIsSavedAsTheyType() {
        String campaign = Fixtures.newCampaign("scoring-flow");
        List<Long> ids = List.of(
                Fixtures.submit(campaign, "nominator.hcm",
                        Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Chợ Rẫy", "N79", "0300100903")),
                Fixtures.submit(campaign, "nominator.danang",
                        Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Đà Nẵng", "N48", "0400100902")),
                Fixtures.submit(campaign, "nominator.hanoi",
                        Fixtures.unitDossier(Fixtures.SECTOR_B, "Trường Đại học Bách khoa Hà Nội", "01", "0100200902")),
                Fixtures.submit(campaign, "nominator.haiphong",
                        Fixtures.unitDossier(Fixtures.SECTOR_B, "Trường Đại học Hàng hải", "N31", "0200100902")));
        for (long id : ids) {
            Api.as("secretary1").body(Map.of("decision", "ACCEPT")).post("/api/dossiers/" + id + "/intake").then()
                    .statusCode(200).body("status", equalTo("ACCEPTED"));
        }
        Api.as("secretary1").post("/api/campaigns/" + campaign + "/assignments/auto").then().statusCode(200);
        Api.as("secretary1").post("/api/campaigns/" + campaign + "/advance").then().statusCode(200)
                .body("phase", equalTo("APPRAISAL"));
        // twelve places over nine members: someone scores at least two dossiers
        String juror = null;
        List<Long> mine = List.of();
        for (String member : COUNCIL) {
            List<Long> assigned = new ArrayList<>(Api.as(member).get("/api/dossiers?campaign=" + campaign).then()
                    .statusCode(200).extract().jsonPath().getList("id", Long.class));
            if (assigned.size() > mine.size()) {
                juror = member;
                mine = assigned;
            }
        }
        assertThat(mine).hasSizeGreaterThanOrEqualTo(2);
        Map<Long, String> references = new HashMap<>();
        for (long id : mine) {
            references.put(id, Api.as("secretary1").get("/api/dossiers/" + id).then().extract().path("reference"));
        }
        List<Long> inOrder = mine.stream().sorted((a, b) -> references.get(a).compareTo(references.get(b))).toList();
        long first = inOrder.get(0);
        long second = inOrder.get(1);

        browser.driver().manage().window().setSize(new Dimension(1366, 1000));
        browser.signIn(juror);
        browser.open("/app/scoring/" + first);
        assertThat(browser.text("#queue-position")).isEqualTo("Hồ sơ 1 / " + mine.size() + " · đã nộp 0 / "
                + mine.size() + " phiếu chấm");
        assertThat(browser.driver().findElements(By.id("queue-previous"))).isEmpty();
        assertThat(browser.text("#queue-next")).contains(references.get(second));

        // typed, then a pause: saved in the background, the page not reloaded
        ((JavascriptExecutor) browser.driver()).executeScript("window.dxSamePage = true;");
        browser.type("#score_C1", "8");
        browser.type("#note_C1", "Chiến lược rõ ràng.");
        waitForStatus("Đã tự động lưu bản nháp lúc");
        JsonPath draft = Api.as(juror).get("/api/dossiers/" + first + "/scorecards/mine").then().statusCode(200)
                .extract().jsonPath();
        assertThat(draft.getInt("scores.C1")).isEqualTo(8);
        assertThat(draft.getString("status")).isEqualTo("DRAFT");

        // a value out of range: refused in words, and what was typed stays
        browser.type("#score_C2", "11");
        waitForStatus("Chưa lưu được bản nháp: Điểm tiêu chí C2 phải từ 0 đến 10");
        assertThat(browser.find("#score_C2").getAttribute("value")).isEqualTo("11");
        assertThat(browser.find("#note_C1").getAttribute("value")).isEqualTo("Chiến lược rõ ràng.");
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.dxSamePage === true;"))
                .isEqualTo(true);
        assertAccessible("60-juror-scoring-autosave-refused", "#autosave-status");

        // corrected, then straight to the next dossier: the change is saved before the page is left
        browser.type("#score_C2", "9");
        browser.clickAndLoad("#queue-next");
        assertThat(browser.text("h1")).contains(references.get(second));
        assertThat(browser.text("#queue-position")).startsWith("Hồ sơ 2 / " + mine.size());
        assertThat(Api.as(juror).get("/api/dossiers/" + first + "/scorecards/mine").then().extract()
                .jsonPath().getInt("scores.C2")).isEqualTo(9);
        assertThat(browser.text("#queue-previous")).contains(references.get(first));
        // the next one still to score comes after this one, round to the start of the list
        assertThat(browser.text("#queue-next-open"))
                .contains(references.get(inOrder.size() > 2 ? inOrder.get(2) : first));
        assertAccessible("61-juror-scoring-next");

        browser.clickAndLoad("#queue-previous");
        assertThat(browser.find("#score_C1").getAttribute("value")).isEqualTo("8");
        assertThat(browser.find("#score_C2").getAttribute("value")).isEqualTo("9");
        assertThat(browser.find("#note_C1").getAttribute("value")).isEqualTo("Chiến lược rõ ràng.");

        // at phone width the header is a menu button; opened, it shows the links; nothing scrolls sideways
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open("/app/scoring/" + first);
        assertThat(browser.find("#menu-toggle").isDisplayed()).isTrue();
        assertThat(browser.find("#main-nav").isDisplayed()).isFalse();
        assertThat(sidewaysScroll()).as("sideways scroll in px").isLessThanOrEqualTo(0);
        assertAccessible("62-juror-scoring-390-menu-closed");
        browser.click("#menu-toggle");
        assertThat(browser.find("#menu-toggle").getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(browser.find("#main-nav a[href='/app/tasks']").isDisplayed()).isTrue();
        assertThat(sidewaysScroll()).as("sideways scroll in px").isLessThanOrEqualTo(0);
        assertAccessible("63-juror-scoring-390-menu-open");
        browser.clickAndLoad("#main-nav a[href='/app/tasks']");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/app/tasks");

        // at full width the links show and the menu button does not
        browser.driver().manage().window().setSize(new Dimension(1366, 1000));
        browser.open("/app");
        assertThat(browser.find("#menu-toggle").isDisplayed()).isFalse();
        assertThat(browser.find("#main-nav a[href='/app/tasks']").isDisplayed()).isTrue();
    }

    private void waitForStatus(String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> browser.text("#autosave-status").contains(text));
    }

    private int sidewaysScroll() {
        return ((Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).intValue();
    }
}

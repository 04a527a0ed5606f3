package vn.dxawards.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import io.quarkus.test.junit.QuarkusTest;
import vn.dxawards.support.Api;
import vn.dxawards.support.BrowserTests;
import vn.dxawards.support.Fixtures;

/**
 * The council from the browser: a juror scores with the live weighted total and submits; the
 * secretariat moves the campaign on; members vote; the chair returns the proposal (a missing
 * comment is refused on the page), then signs; the public page shows the result.
 */
@QuarkusTest
class CouncilPagesTests extends BrowserTests {
    private static final List<String> COUNCIL = List.of("chair", "juror1", "juror2", "juror3", "juror4", "juror5",
            "juror6", "juror7", "juror8");

    @Test
    void theCouncilScoresVotesAndTheChairReturnsThenSigns() {
        String campaign = Fixtures.newCampaign("council");
        long dossier = Fixtures.submit(campaign, "nominator.haiphong",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Cảng Hải Phòng", "N31", "0200100300"));
        Api.as("secretary1").body(Map.of("decision", "ACCEPT")).post("/api/dossiers/" + dossier + "/intake").then()
                .statusCode(200);
        Api.as("secretary1").post("/api/campaigns/" + campaign + "/assignments/auto").then().statusCode(200);
        Api.as("secretary1").post("/api/campaigns/" + campaign + "/advance").then().statusCode(200)
                .body("phase", equalTo("APPRAISAL"));
        List<String> jurors = new ArrayList<>();
        for (String member : COUNCIL) {
            if (!Api.as(member).get("/api/dossiers?campaign=" + campaign).then().extract().jsonPath()
                    .getList("id").isEmpty()) {
                jurors.add(member);
            }
        }
        assertThat(jurors).hasSize(3);

        // The first juror scores in the browser; the total follows the scores as they are typed.
        String first = jurors.get(0);
        browser.signIn(first);
        browser.open("/app/tasks?type=Task_Score&campaign=" + campaign);
        browser.clickAndLoad("a[href$='/open']");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/app/scoring/" + dossier);
        for (String criterion : List.of("C1", "C2", "C3", "C4")) {
            browser.type("#score_" + criterion, "8");
        }
        assertThat(browser.text("#total")).isEqualTo("80");
        browser.type("#score_C1", "9");
        assertThat(browser.text("#total")).isEqualTo("83");
        browser.type("#comment", "Chiến lược rõ ràng, kết quả đo được.");
        browser.select("#recommendation", "AWARD");
        browser.click("#proposal_TRAINING");
        assertAccessible("10-juror-scoring");
        ((JavascriptExecutor) browser.driver()).executeScript("window.confirm = () => true;");
        browser.clickAndLoad("#submit");
        assertThat(browser.pageText()).contains("Phiếu chấm đã nộp");
        assertThat(browser.find("#score_C1").getAttribute("disabled")).isNotNull();
        browser.signOut();
        for (String juror : jurors.subList(1, 3)) {
            Api.as(juror).body(Map.of("scores", Map.of("C1", 7, "C2", 7, "C3", 7, "C4", 7), "comment", "Đạt yêu cầu."))
                    .put("/api/dossiers/" + dossier + "/scorecards/mine").then().statusCode(200);
            Api.as(juror).post("/api/dossiers/" + dossier + "/scorecards/mine/submit").then().statusCode(200);
        }

        // The secretariat moves the campaign to deliberation from its page.
        browser.signIn("secretary1");
        browser.open("/app/campaigns/" + campaign);
        assertAccessible("11-secretary-campaign");
        browser.clickAndLoad("#advance");
        browser.clickAndLoad("#confirm-advance");
        assertThat(browser.text("#phase")).isEqualTo("Thảo luận");
        browser.signOut();

        // Council members vote; one in the browser.
        browser.signIn("juror5");
        browser.open("/app/campaigns/" + campaign + "/deliberation");
        browser.vote(dossier, "APPROVE");
        assertThat(browser.text("#d" + dossier)).contains("Tán thành");
        assertAccessible("12-juror-deliberation");
        // ... and discusses it: an empty comment is refused on the page, a real one joins the thread.
        browser.clickAndLoad("#discuss-" + dossier);
        assertThat(browser.pageText()).contains("Chưa có ý kiến nào");
        browser.type("#comment-body", "   ");
        browser.clickAndLoad("#comment-submit");
        assertThat(browser.text("[role=alert]")).contains("Vui lòng nhập nội dung ý kiến");
        browser.type("#comment-body", "Kết quả chuyển đổi số của cảng rất rõ, đề nghị tán thành.");
        browser.clickAndLoad("#comment-submit");
        assertThat(browser.text(".threads")).contains("Kết quả chuyển đổi số của cảng rất rõ")
                .contains("Thành viên Hội đồng thẩm định");
        assertAccessible("12b-juror-discussion");
        browser.signOut();
        browser.signIn("secretary1");
        browser.open("/app/dossiers/" + dossier + "/discussion");
        browser.click(".thread summary");
        browser.type(".thread textarea", "Số liệu nằm ở phụ lục 2 của hồ sơ.");
        browser.clickAndLoad(".thread button[type=submit]");
        assertThat(browser.text(".replies")).contains("Số liệu nằm ở phụ lục 2");
        browser.signOut();
        Map<String, Object> approve = new HashMap<>(Map.of("dossierId", dossier, "vote", "APPROVE"));
        for (String member : COUNCIL) {
            if (!member.equals("juror5")) {
                Api.as(member).body(approve).post("/api/campaigns/" + campaign + "/deliberation/votes").then()
                        .statusCode(201);
            }
        }
        Api.as("secretary1").post("/api/campaigns/" + campaign + "/proposal").then().statusCode(201);

        // The chair: a return needs a comment; then returns, and after the new proposal, signs.
        browser.signIn("chair");
        browser.open("/app/campaigns/" + campaign + "/decision");
        assertThat(browser.pageText()).contains("Cảng Hải Phòng");
        assertAccessible("13-chair-proposal");
        browser.clickAndLoad("#return");
        assertThat(browser.text("[role=alert]")).contains("Cần ghi ý kiến");
        browser.type("#comment", "Đề nghị bổ sung thuyết minh về kết quả.");
        browser.clickAndLoad("#return");
        browser.clickAndLoad("#confirm-decision");
        Api.as("secretary1").get("/api/campaigns/" + campaign).then().body("phase", equalTo("DELIBERATION"));
        Api.as("secretary1").post("/api/campaigns/" + campaign + "/proposal").then().statusCode(201);
        browser.open("/app/campaigns/" + campaign + "/decision");
        ((JavascriptExecutor) browser.driver()).executeScript("window.confirm = () => true;");
        browser.clickAndLoad("#sign");
        browser.clickAndLoad("#confirm-decision");
        assertThat(browser.text("#signed")).contains("/QĐ-HĐTĐ");
        assertAccessible("14-chair-signed");
        browser.signOut();

        Api.as("secretary1").post("/api/campaigns/" + campaign + "/advance").then().statusCode(200)
                .body("phase", equalTo("PUBLISHED"));
        browser.open("/ket-qua/" + campaign);
        assertThat(browser.pageText()).contains("Cảng Hải Phòng");
        assertAccessible("15-public-results");
        browser.type("#q", "cang hai phong");
        browser.clickAndLoad("form[role=search] button");
        assertThat(browser.pageText()).contains("Cảng Hải Phòng");
    }

}

package vn.dxawards.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import io.quarkus.test.junit.QuarkusTest;
import vn.dxawards.support.Api;
import vn.dxawards.support.BrowserTests;
import vn.dxawards.support.Fixtures;
import vn.dxawards.support.Pdfs;

/**
 * One campaign, every role, all in the browser and each from their own task list where they have
 * one: the nominator creates a dossier with its PDF and submits; the secretariat asks for a
 * supplement; the nominator answers; the secretariat accepts and assigns; the administrator opens
 * the appraisal; three jurors read the PDF in the page and score; the council discusses and votes;
 * the secretariat proposes; the chair returns, then signs; the administrator publishes; the public
 * page shows the unit and the nominator reads the jury's recommendations. A screenshot of every
 * step is kept in {@code target/screenshots/story-*.png}, each page checked with axe-core.
 */
@QuarkusTest
class CampaignStoryTests extends BrowserTests {

    private static final String UNIT = "Trung tâm Phục vụ hành chính công Hà Nội";
    private static final List<String> COUNCIL = List.of("chair", "juror1", "juror2", "juror3", "juror4", "juror5",
            "juror6", "juror7", "juror8");

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }

    private void confirmDialogs() {
        js().executeScript("window.confirm = () => true;");
    }

    @Test
    void everyRoleWalksOneCampaignFromNominationToPublication() {
        String campaign = Fixtures.newCampaign("story");

        // 1. The nominator: a dossier with its nomination letter, submitted.
        browser.signIn("nominator.hanoi");
        browser.open("/app/dossiers/new?campaign=" + campaign);
        browser.select("#categoryCode", Fixtures.SECTOR_A);
        browser.type("#name", UNIT);
        browser.select("#province", "01");
        browser.type("#contactEmail", "vanphong@dichvucong.hanoi.gov.vn");
        browser.type("#strategy", "Một cửa số: 100% thủ tục trực tuyến toàn trình vào năm 2027.");
        browser.clickAndLoad("#save");
        long dossier = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/app/dossiers/(\\d+).*", "$1"));
        browser.find("#file").sendKeys(Pdfs.onePageFile("cong-van-de-cu-ha-noi.pdf").toAbsolutePath().toString());
        browser.clickAndLoad("#upload");
        confirmDialogs();
        browser.clickAndLoad("#submit");
        assertThat(browser.text("#status")).isEqualTo("Đã nộp");
        assertAccessible("story-01-nominator-submitted");
        browser.signOut();

        // 2. The secretariat, from its task list: a supplement is needed.
        browser.signIn("secretary1");
        browser.open("/app/tasks?type=Task_Intake&campaign=" + campaign);
        assertAccessible("story-02-secretary-tasks");
        browser.clickAndLoad("a[href='/app/tasks/" + taskOf("secretary1", "Task_Intake", dossier) + "/open']");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/app/intake/" + dossier);
        browser.click("#decision-supplement");
        browser.type("#note", "Đề nghị bổ sung số liệu dịch vụ công trực tuyến năm 2026.");
        browser.clickAndLoad("#decide-submit");
        assertThat(browser.text("#status")).isEqualTo("Yêu cầu bổ sung");
        assertAccessible("story-03-secretary-supplement");
        browser.signOut();

        // 3. The nominator answers from their task list and submits again.
        browser.signIn("nominator.hanoi");
        browser.open("/app/tasks");
        browser.clickAndLoad("a[href='/app/tasks/" + taskOf("nominator.hanoi", "Task_Supplement", dossier) + "/open']");
        browser.type("#strategy", "Một cửa số: 100% thủ tục trực tuyến toàn trình vào năm 2027; năm 2026 đạt 92%.");
        browser.clickAndLoad("#save");
        confirmDialogs();
        browser.clickAndLoad("#submit");
        assertThat(browser.text("#status")).isEqualTo("Đã nộp");
        assertAccessible("story-04-nominator-supplement-answered");
        browser.signOut();

        // 4. The secretariat accepts and assigns the council.
        browser.signIn("secretary2");
        browser.open("/app/intake/" + dossier);
        browser.click("#decision-accept");
        browser.clickAndLoad("#decide-submit");
        assertThat(browser.text("#status")).isEqualTo("Đã tiếp nhận");
        browser.open("/app/campaigns/" + campaign + "/assignments");
        browser.clickAndLoad("#assign-auto");
        assertThat(browser.text("#assign-result")).contains("Mọi hồ sơ đã đủ thành viên.");
        assertAccessible("story-05-secretary-assignments");
        browser.signOut();

        // 5. The administrator opens the appraisal.
        browser.signIn("admin");
        browser.open("/app/campaigns/" + campaign);
        browser.clickAndLoad("#advance");
        browser.clickAndLoad("#confirm-advance");
        assertThat(browser.text("#phase")).isEqualTo("Thẩm định");
        assertAccessible("story-06-admin-appraisal-opened");
        browser.signOut();

        // 6. Three jurors read the PDF inside the page and score.
        List<String> jurors = new ArrayList<>();
        for (String member : COUNCIL) {
            if (!Api.as(member).get("/api/dossiers?campaign=" + campaign).then().extract().jsonPath().getList("id")
                    .isEmpty()) {
                jurors.add(member);
            }
        }
        assertThat(jurors).hasSize(3).doesNotContain("juror2", "juror3");
        int[][] scores = {{9, 8, 9, 8}, {8, 8, 8, 8}, {9, 9, 8, 8}};
        for (int j = 0; j < jurors.size(); j++) {
            browser.signIn(jurors.get(j));
            browser.open("/app/tasks?type=Task_Score");
            browser.clickAndLoad("a[href='/app/tasks/" + taskOf(jurors.get(j), "Task_Score", dossier) + "/open']");
            String pdf = browser.find(".pdf-viewer iframe").getAttribute("src");
            assertThat(pdf).contains("/app/dossiers/" + dossier + "/attachments/");
            assertThat(contentType(pdf)).isEqualTo("application/pdf");
            String[] criteria = {"C1", "C2", "C3", "C4"};
            for (int c = 0; c < criteria.length; c++) {
                browser.type("#score_" + criteria[c], String.valueOf(scores[j][c]));
            }
            browser.type("#comment", "Kết quả rõ, số liệu đầy đủ (thành viên " + (j + 1) + ").");
            browser.select("#recommendation", "AWARD");
            browser.click("#proposal_PLATFORM");
            if (j == 0) {
                assertAccessible("story-07-juror-reads-and-scores");
            }
            confirmDialogs();
            browser.clickAndLoad("#submit");
            assertThat(browser.pageText()).contains("Phiếu chấm đã nộp");
            browser.signOut();
        }

        // 7. The secretariat opens the deliberation.
        browser.signIn("secretary1");
        browser.open("/app/campaigns/" + campaign);
        browser.clickAndLoad("#advance");
        browser.clickAndLoad("#confirm-advance");
        assertThat(browser.text("#phase")).isEqualTo("Thảo luận");
        browser.signOut();

        // 8. The council discusses and votes; a conflicted member (juror2, of Hà Nội) sees nothing of it.
        browser.signIn("juror2");
        browser.open("/app/campaigns/" + campaign + "/deliberation");
        assertThat(browser.pageText()).doesNotContain(UNIT);
        browser.signOut();
        List<String> voters = new ArrayList<>(COUNCIL);
        voters.removeAll(List.of("juror2", "juror3"));
        for (int v = 0; v < voters.size(); v++) {
            String member = voters.get(v);
            if (v < 2) {
                browser.signIn(member);
                browser.open("/app/campaigns/" + campaign + "/deliberation");
                browser.clickAndLoad("#discuss-" + dossier);
                browser.type("#comment-body", "Ý kiến của " + member + ": đề nghị tán thành.");
                browser.clickAndLoad("#comment-submit");
                browser.clickAndLoad("a[href^='/app/campaigns/" + campaign + "/deliberation']");
                browser.vote(dossier, "APPROVE");
                assertThat(browser.text("#d" + dossier)).contains("Tán thành")
                        .contains("2 thành viên không biểu quyết do xung đột lợi ích");
                if (v == 0) {
                    assertThat(browser.text("#majority-rule"))
                            .contains("số phiếu tán thành nhiều hơn số phiếu không tán thành");
                    assertAccessible("story-08-council-votes");
                }
                browser.signOut();
            } else {
                Api.as(member).body(Map.of("dossierId", dossier, "vote", "APPROVE"))
                        .post("/api/campaigns/" + campaign + "/deliberation/votes").then().statusCode(201);
            }
        }

        // 9. The secretariat sends the proposal from the ranking.
        browser.signIn("secretary1");
        browser.open("/app/campaigns/" + campaign + "/ranking");
        assertThat(browser.text("tr[data-dossier='" + dossier + "']")).contains("7/5 (đủ)");
        assertAccessible("story-09-secretary-ranking");
        browser.clickAndLoad("#send-proposal");
        browser.clickAndLoad("#confirm-proposal");
        assertThat(browser.text("#phase")).isEqualTo("Quyết định");
        browser.signOut();

        // 10. The chair returns it with a comment; the secretariat sends it again; the chair signs.
        browser.signIn("chair");
        browser.open("/app/tasks?campaign=" + campaign);
        browser.clickAndLoad("a[href$='/open']");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/app/campaigns/" + campaign + "/decision");
        assertThat(browser.pageText()).contains(UNIT);
        browser.type("#comment", "Đề nghị bổ sung căn cứ pháp lý trong tờ trình.");
        browser.clickAndLoad("#return");
        browser.clickAndLoad("#confirm-decision");
        assertAccessible("story-10-chair-returned");
        browser.signOut();
        browser.signIn("secretary1");
        browser.open("/app/campaigns/" + campaign + "/ranking");
        browser.clickAndLoad("#send-proposal");
        browser.clickAndLoad("#confirm-proposal");
        assertThat(browser.text("#phase")).isEqualTo("Quyết định");
        browser.signOut();
        browser.signIn("chair");
        browser.open("/app/campaigns/" + campaign + "/decision");
        confirmDialogs();
        browser.clickAndLoad("#sign");
        browser.clickAndLoad("#confirm-decision");
        assertThat(browser.text("#signed")).contains("/QĐ-HĐTĐ");
        assertAccessible("story-11-chair-signed");
        browser.signOut();

        // 11. The administrator publishes; the public page needs no sign-in.
        browser.signIn("admin");
        browser.open("/app/campaigns/" + campaign);
        browser.clickAndLoad("#advance");
        browser.clickAndLoad("#confirm-advance");
        assertThat(browser.text("#phase")).isEqualTo("Đã công bố");
        browser.signOut();
        browser.open("/ket-qua/" + campaign);
        assertThat(browser.pageText()).contains(UNIT);
        assertAccessible("story-12-public-results");

        // 12. The nominator sees the outcome and the jury's recommendations.
        browser.signIn("nominator.hanoi");
        browser.open("/app/dossiers/" + dossier);
        assertThat(browser.text("#status")).isEqualTo("Được khen thưởng");
        assertThat(browser.text("section[aria-labelledby=advice]")).contains("Kết quả rõ, số liệu đầy đủ");
        assertAccessible("story-13-nominator-recommendations");
        Api.as("secretary1").get("/api/dossiers/" + dossier).then().body("status", equalTo("AWARDED"));
        assertThat(browser.driver().findElements(By.cssSelector("#submit"))).isEmpty();
    }

    /** The id of the open task of this type on this dossier, as the person's task list has it. */
    private static String taskOf(String user, String type, long dossier) {
        List<Map<String, Object>> tasks = Api.as(user).get("/api/tasks?type=" + type).then()
                .statusCode(200).extract().jsonPath().getList("$");
        return tasks.stream().filter(t -> Long.valueOf(dossier).equals(((Number) t.get("dossierId")).longValue()))
                .map(t -> String.valueOf(t.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " task on " + dossier + " for " + user));
    }

    private String contentType(String url) {
        return String.valueOf(js().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => done(r.headers.get('content-type'))).catch(e => done(String(e)));",
                url));
    }
}

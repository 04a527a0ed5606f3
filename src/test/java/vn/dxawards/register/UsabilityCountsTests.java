package vn.dxawards.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

import io.quarkus.test.junit.QuarkusTest;
import vn.dxawards.support.Api;
import vn.dxawards.support.BrowserTests;
import vn.dxawards.support.Fixtures;

/**
 * The figures of docs/usability.md, measured in the browser at the programme's size: the page loads
 * and presses (clicks and confirmations; typing not counted) for accepting 100 complete dossiers from
 * the register, scoring 30 dossiers one after another, and voting on a 100-dossier shortlist. The
 * counts are made by the page itself (a script the browser runs in every page of the app), not by the
 * test's own bookkeeping, and the targets of issue 12 are asserted. Prints {@code FIGURE} lines.
 */
@QuarkusTest
class UsabilityCountsTests extends BrowserTests {

    private static final int DOSSIERS = 100;
    private static final int SCORED = 30;
    private static final List<String> COUNCIL = List.of("chair", "juror1", "juror2", "juror3", "juror4", "juror5",
            "juror6", "juror7", "juror8");
    private static final String[][] BODIES = {{"nominator.hanoi", "01"}, {"nominator.danang", "N48"},
            {"nominator.hcm", "N79"}, {"nominator.haiphong", "N31"}};

    @Test
    void accepting100ScoringThirtyAndVotingOn100TakeFewPagesAndPresses() {
        String campaign = Fixtures.newCampaign("usability");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < DOSSIERS; i++) {
            String[] body = BODIES[i % BODIES.length];
            ids.add(Fixtures.submit(campaign, body[0], Fixtures.unitDossier(Fixtures.STATE,
                    "Trung tâm Chuyển đổi số số " + (i + 1), body[1], String.format(Locale.ROOT, "09%08d", i))));
        }
        browser.driver().manage().window().setSize(new Dimension(1366, 1000));
        browser.countLoadsAndPresses();

        // 1. the secretariat accepts the 100 complete dossiers from the register
        browser.signIn("secretary1");
        browser.resetCounts();
        browser.open("/app/register?campaign=" + campaign);
        browser.select("#status", "SUBMITTED");
        browser.select("#size", "200");
        browser.clickAndLoad("#filter-submit");
        assertThat(browser.text("#register-total")).startsWith(DOSSIERS + " hồ sơ");
        browser.click("#select-all");
        assertThat(browser.text("#selected-count")).isEqualTo("Đã chọn " + DOSSIERS + " hồ sơ");
        browser.clickAndLoad("#accept-selected");
        browser.clickAndLoad("#confirm-accept");
        assertThat(browser.text("h1")).isEqualTo("Đã tiếp nhận " + DOSSIERS + " hồ sơ");
        int acceptLoads = browser.loads();
        int acceptPresses = browser.presses();
        for (long id : ids) {
            assertThat(RegisterApiTests.status(id)).isEqualTo("ACCEPTED");
        }
        browser.signOut();
        figure("accepting " + DOSSIERS + " dossiers", acceptLoads, acceptPresses);
        assertThat(acceptLoads).as("page loads to accept 100 (target ≤ 10)").isLessThanOrEqualTo(10);

        // 2. a council member scores 30 of their dossiers, one after another
        Api.as("secretary1").post("/api/campaigns/" + campaign + "/assignments/auto").then().statusCode(200)
                .body("unfilled.size()", equalTo(0));
        Api.as("secretary1").post("/api/campaigns/" + campaign + "/advance").then().statusCode(200)
                .body("phase", equalTo("APPRAISAL"));
        Map<String, List<Long>> assigned = assignments(campaign);
        String juror = assigned.entrySet().stream().filter(e -> e.getValue().size() >= SCORED).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new AssertionError("nobody has 30 dossiers: " + assigned));
        browser.signIn(juror);
        browser.resetCounts();
        browser.open("/app/tasks?campaign=" + campaign);
        browser.clickAndLoad("a[href$='/open']");
        for (int n = 1; n <= SCORED; n++) {
            assertThat(browser.driver().getCurrentUrl()).contains("/app/scoring/");
            for (String criterion : List.of("C1", "C2", "C3", "C4")) {
                browser.type("#score_" + criterion, String.valueOf(6 + (n + criterion.charAt(1)) % 4));
            }
            browser.type("#comment", "Kết quả rõ ràng, số liệu kiểm chứng được.");
            browser.clickAndLoad("#submit");
            assertThat(browser.pageText()).contains("Phiếu chấm đã nộp");
            if (n < SCORED) {
                browser.clickAndLoad("#queue-next-open");
            }
        }
        int scoreLoads = browser.loads();
        int scorePresses = browser.presses();
        assertThat(Api.as(juror).get("/api/tasks?type=Task_Score&campaign=" + campaign).then().statusCode(200)
                .extract().jsonPath().getList("$")).hasSize(assigned.get(juror).size() - SCORED);
        browser.signOut();
        figure("scoring " + SCORED + " dossiers", scoreLoads, scorePresses);
        assertThat(scoreLoads).as("page loads to score 30 (2 a dossier)").isLessThanOrEqualTo(2 * SCORED + 1);

        // everyone else's scorecards through the API; the deliberation opens on the 100
        for (Map.Entry<String, List<Long>> e : assigned.entrySet()) {
            for (long dossier : e.getValue()) {
                if (!submitted(e.getKey(), dossier)) {
                    score(e.getKey(), dossier);
                }
            }
        }
        Api.as("secretary1").post("/api/campaigns/" + campaign + "/advance").then().statusCode(200)
                .body("phase", equalTo("DELIBERATION"));

        // 3. a member votes on the 100-dossier shortlist, leaving one out of the list
        String member = "juror1";
        browser.signIn(member);
        browser.resetCounts();
        browser.open("/app/campaigns/" + campaign + "/deliberation");
        assertThat(browser.text("#list-vote")).contains(DOSSIERS + " hồ sơ");
        browser.click("#except-" + ids.get(0));
        browser.clickAndLoad("#list-vote-submit");
        assertThat(browser.pageText()).contains("Đã ghi nhận phiếu biểu quyết theo danh sách.");
        int voteLoads = browser.loads();
        int votePresses = browser.presses();
        browser.signOut();
        figure("voting on a shortlist of " + DOSSIERS, voteLoads, votePresses);
        List<Map<String, Object>> ranking = Api.as("secretary1").get("/api/campaigns/" + campaign + "/ranking").then()
                .statusCode(200).extract().jsonPath().getList("$");
        long approvedByOne = ranking.stream().filter(r -> ((Number) ((Map<?, ?>) r.get("votes")).get("approve"))
                .intValue() == 1).count();
        // one vote per dossier from the one press: all but the one left out (and any juror1 is recused from)
        assertThat(approvedByOne).isGreaterThanOrEqualTo(DOSSIERS / 2);
        assertThat(ListVoteApiTests.votes(campaign, ids.get(0)).getInt("approve")).isZero();
        assertThat(voteLoads + votePresses).as("actions to vote on 100 (target ≤ 5)").isLessThanOrEqualTo(5);
    }

    private static void figure(String flow, int loads, int presses) {
        System.out.printf(Locale.ROOT, "FIGURE usability %s: %d page loads, %d presses%n", flow, loads, presses);
    }

    private static Map<String, List<Long>> assignments(String campaign) {
        Map<String, List<Long>> assigned = new HashMap<>();
        for (String member : COUNCIL) {
            List<Long> theirs = Api.as(member).get("/api/dossiers?campaign=" + campaign).then().statusCode(200)
                    .extract().jsonPath().getList("id", Long.class);
            if (!theirs.isEmpty()) {
                assigned.put(member, theirs);
            }
        }
        return assigned;
    }

    private static boolean submitted(String juror, long dossier) {
        var answer = Api.as(juror).get("/api/dossiers/" + dossier + "/scorecards/mine");
        return answer.statusCode() == 200 && "SUBMITTED".equals(answer.then().extract().path("status"));
    }

    private static void score(String juror, long dossier) {
        Api.as(juror).body(Map.of("scores", Map.of("C1", 8, "C2", 8, "C3", 7, "C4", 8), "comment", "Hồ sơ rõ ràng.",
                "recommendation", "AWARD")).put("/api/dossiers/" + dossier + "/scorecards/mine").then().statusCode(200);
        Api.as(juror).post("/api/dossiers/" + dossier + "/scorecards/mine/submit").then().statusCode(200);
    }
}

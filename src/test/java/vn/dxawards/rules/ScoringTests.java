package vn.dxawards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static vn.dxawards.rules.Refusals.refused;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;

/**
 * Independent, immutable scoring: scores are 0–10 on the rubric's own criteria; a juror sees the
 * others' scorecards only after submitting their own; a submitted scorecard does not change.
 * One campaign in appraisal; each test scores its own dossier.
 */
@QuarkusTest
class ScoringTests {

    private static String campaign;
    /** Dossiers the chair is not assigned to, with their jurors. */
    private static final List<Map.Entry<Long, List<String>>> dossiers = new ArrayList<>();
    private static Map.Entry<Long, List<String>> chairsDossier;

    /** Four accepted Hà Nội dossiers, three jurors each, the campaign in appraisal. */
    private static synchronized void prepare() {
        if (campaign != null) {
            return;
        }
        String code = Fixtures.newCampaign("scoring");
        for (String unit : List.of("Sở Y tế", "Sở Giáo dục", "Sở Tư pháp", "Sở Nội vụ")) {
            Stages.accept(Fixtures.submit(code, "nominator.hanoi",
                    Fixtures.unitDossier(Fixtures.STATE, unit + " Hà Nội", "01", "0100600100")));
        }
        for (Map.Entry<Long, List<String>> entry : Stages.assignJurors(code).entrySet()) {
            assertThat(entry.getValue()).hasSize(3);
            if (entry.getValue().contains("chair")) {
                chairsDossier = entry;
            } else {
                dossiers.add(entry);
            }
        }
        assertThat(chairsDossier).as("a dossier the chair scores").isNotNull();
        Stages.advance(code, "APPRAISAL");
        campaign = code;
    }

    private static Map.Entry<Long, List<String>> dossier(int index) {
        prepare();
        return dossiers.get(index);
    }

    @Test
    void scoresOutsideZeroToTenOrOnUnknownCriteriaAreRefused() {
        long dossier = dossier(0).getKey();
        String juror = dossier(0).getValue().get(0);
        String mine = "/api/dossiers/" + dossier + "/scorecards/mine";
        Api.as(juror).body(Map.of("scores", Map.of("C1", 5, "C2", 6), "comment", "Bản nháp.")).put(mine).then()
                .statusCode(200).body("total", equalTo(27.0f));
        Unchanged before = Unchanged.scorecards(dossier, juror);

        refused(Api.as(juror).body(Map.of("scores", Map.of("C1", 11))).put(mine), 422, "score.range")
                .body("message", equalTo("Điểm tiêu chí C1 phải từ 0 đến 10 (nhận được 11)."));
        refused(Api.as(juror).body(Map.of("scores", Map.of("C1", 5, "C2", -1))).put(mine), 422, "score.range")
                .body("message", equalTo("Điểm tiêu chí C2 phải từ 0 đến 10 (nhận được -1)."));
        refused(Api.as(juror).header("Accept-Language", "en").body(Map.of("scores", Map.of("C1", 5, "C9", 7)))
                .put(mine), 422, "score.unknown_criterion")
                .body("message", equalTo("Criterion C9 is not in the rubric of this category."));

        before.verify();
    }

    @Test
    void aFractionalScoreIsRefusedNeverTruncated() {
        long dossier = dossier(0).getKey();
        String juror = dossier(0).getValue().get(2);
        String mine = "/api/dossiers/" + dossier + "/scorecards/mine";
        Unchanged before = Unchanged.scorecards(dossier, juror);

        Response response = Api.as(juror).body("{\"scores\": {\"C1\": 7.5}}").put(mine);

        // scores are whole points 0–10 (the scale of the rubric); the means may have decimals
        assertThat(response.statusCode()).isEqualTo(400);
        refused(response, 400, response.path("code"));
        before.verify();
    }

    @Test
    void anIncompleteScorecardCannotBeSubmitted() {
        long dossier = dossier(0).getKey();
        String juror = dossier(0).getValue().get(1);
        String mine = "/api/dossiers/" + dossier + "/scorecards/mine";

        Api.as(juror).body(Map.of("scores", Map.of("C1", 7, "C2", 7))).put(mine).then().statusCode(200);
        refused(Api.as(juror).post(mine + "/submit"), 422, "scorecard.incomplete")
                .body("message", equalTo("Phiếu chấm chưa đủ điểm các tiêu chí: C3, C4."));
        Map<String, Object> withoutComment = new HashMap<>(Stages.scorecard(7));
        withoutComment.remove("comment");
        Api.as(juror).body(withoutComment).put(mine).then().statusCode(200);
        Unchanged before = Unchanged.scorecards(dossier, juror).and(Unchanged.dossier(dossier, juror));

        refused(Api.as(juror).post(mine + "/submit"), 422, "scorecard.comment_required");

        before.verify();
        Api.as(juror).get(mine).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void othersScorecardsStayHiddenUntilOneSubmitsOwn() {
        long dossier = dossier(1).getKey();
        List<String> jurors = dossier(1).getValue();
        String first = jurors.get(0);
        String second = jurors.get(1);
        String third = jurors.get(2);
        String all = "/api/dossiers/" + dossier + "/scorecards";

        Stages.score(first, dossier, 9);
        Api.as(first).get(all).then().statusCode(200).body("juror", containsInAnyOrder(first));

        Api.as(second).body(Stages.scorecard(6)).put(all + "/mine").then().statusCode(200);
        refused(Api.as(second).get(all), 403, "forbidden");
        refused(Api.as(third).get(all), 403, "forbidden");
        refused(Api.as("nominator.hanoi").get(all), 403, "forbidden");

        Api.as(second).post(all + "/mine/submit").then().statusCode(200);
        Api.as(second).get(all).then().statusCode(200).body("juror", containsInAnyOrder(first, second))
                .body("find { it.juror == '" + first + "' }.total", equalTo(90.0f));
        refused(Api.as(third).get(all), 403, "forbidden");
        Api.as("secretary1").get(all).then().statusCode(200).body("juror", containsInAnyOrder(first, second));
    }

    @Test
    void theChairScoresIndependentlyLikeEveryJuror() {
        prepare();
        long dossier = chairsDossier.getKey();
        String other = chairsDossier.getValue().stream().filter(j -> !j.equals("chair")).findFirst().orElseThrow();
        String all = "/api/dossiers/" + dossier + "/scorecards";
        Stages.score(other, dossier, 4);

        refused(Api.as("chair").get(all), 403, "forbidden");

        Stages.score("chair", dossier, 8);
        Api.as("chair").get(all).then().statusCode(200).body("juror", containsInAnyOrder(other, "chair"));
    }

    @Test
    void aSubmittedScorecardCannotChange() {
        long dossier = dossier(2).getKey();
        String juror = dossier(2).getValue().get(0);
        String mine = "/api/dossiers/" + dossier + "/scorecards/mine";
        Stages.score(juror, dossier, 7);
        Unchanged before = Unchanged.scorecards(dossier, juror).and(Unchanged.dossier(dossier, juror));

        refused(Api.as(juror).body(Stages.scorecard(10)).put(mine), 409, "scorecard.submitted")
                .body("message", equalTo("Phiếu chấm đã nộp và không thể sửa."));
        refused(Api.as(juror).post(mine + "/submit"), 409, "scorecard.submitted");
        // Revisions, with a reason and history, belong to the deliberation.
        Map<String, Object> revision = new HashMap<>(Stages.scorecard(10));
        revision.put("reason", "Xem lại sau thảo luận.");
        refused(Api.as(juror).body(revision).post(mine + "/revisions"), 409, "phase.closed");
        refused(Api.as(juror).body(Map.of("reason", "Tôi từng công tác tại đơn vị này."))
                .post("/api/dossiers/" + dossier + "/conflict"), 409, "conflict.after_submission");

        before.verify();
        Api.as(juror).get(mine).then().body("status", equalTo("SUBMITTED")).body("total", equalTo(70.0f));
    }
}

package vn.dxawards.rules;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.dxawards.rules.Refusals.refused;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.junit.QuarkusTest;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;

/**
 * What a scorecard must say: a 0 or a 10 comes with a comment on that criterion, a proposal of type
 * OTHER with its text, each proposal type once; and a submitted scorecard changes only by a
 * revision in deliberation, with a reason, each earlier version kept and shown to the council. One
 * dossier scored in appraisal, then revised in deliberation (the tests follow the campaign's order).
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScorecardRulesTests {

    private static String campaign;
    private static long dossier;
    private static List<String> jurors;

    private static synchronized void prepare() {
        if (campaign != null) {
            return;
        }
        String code = Fixtures.newCampaign("scorecard-rules");
        dossier = Fixtures.submit(code, "nominator.hanoi",
                Fixtures.unitDossier(Fixtures.STATE, "Sở Tài chính Hà Nội", "01", "0100800100"));
        Stages.accept(dossier);
        jurors = Stages.assignJurors(code).get(dossier);
        Stages.advance(code, "APPRAISAL");
        campaign = code;
    }

    private static String mine() {
        return "/api/dossiers/" + dossier + "/scorecards/mine";
    }

    private static Map<String, Object> card(Map<String, Integer> scores, Map<String, String> criterionComments) {
        Map<String, Object> card = new HashMap<>(Stages.scorecard(7));
        card.put("scores", scores);
        card.put("criterionComments", criterionComments);
        return card;
    }

    @Test
    @Order(1)
    void aZeroOrATenIsSubmittedOnlyWithACommentOnThatCriterion() {
        prepare();
        String juror = jurors.get(0);
        Map<String, Integer> extreme = Map.of("C1", 10, "C2", 0, "C3", 7, "C4", 7);
        Api.as(juror).body(card(extreme, Map.of("C1", "Chiến lược được phê duyệt, có lộ trình và chỉ số đo."))).put(mine())
                .then().statusCode(200);
        Unchanged before = Unchanged.scorecards(dossier, juror).and(Unchanged.dossier(dossier, juror));

        refused(Api.as(juror).post(mine() + "/submit"), 422, "scorecard.extreme_comment_required")
                .body("message", equalTo("Điểm 0 hoặc 10 cần có nhận xét riêng cho tiêu chí đó: C2."));
        refused(Api.as(juror).header("Accept-Language", "en").post(mine() + "/submit"), 422,
                "scorecard.extreme_comment_required")
                .body("message", equalTo("A score of 0 or 10 needs a comment on that criterion: C2."));

        before.verify();
        Api.as(juror).body(card(extreme, Map.of("C1", "Chiến lược được phê duyệt, có lộ trình và chỉ số đo.",
                "C2", "Chưa có mô hình nào nhân rộng được."))).put(mine()).then().statusCode(200);
        Api.as(juror).post(mine() + "/submit").then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("criterionComments.C2", equalTo("Chưa có mô hình nào nhân rộng được."))
                .body("total", equalTo(65.0f));
    }

    @Test
    @Order(2)
    void proposalsNameTheirTypeOnceAndOtherSaysWhat() {
        prepare();
        String juror = jurors.get(1);
        Api.as(juror).body(Stages.scorecard(6)).put(mine()).then().statusCode(200);
        Unchanged before = Unchanged.scorecards(dossier, juror);

        Map<String, Object> other = new HashMap<>(Stages.scorecard(6));
        other.put("proposals", List.of(Map.of("type", "OTHER", "text", " ")));
        refused(Api.as(juror).body(other).put(mine()), 422, "scorecard.proposal_text_required")
                .body("message", equalTo("Đề xuất hỗ trợ loại \"Khác\" cần ghi rõ nội dung."));
        Map<String, Object> twice = new HashMap<>(Stages.scorecard(6));
        twice.put("proposals", List.of(Map.of("type", "TRAINING", "text", "Kỹ năng số"), "TRAINING"));
        refused(Api.as(juror).header("Accept-Language", "en").body(twice).put(mine()), 422,
                "scorecard.proposal_duplicate")
                .body("message", equalTo("Each type of support proposal is given once (TRAINING)."));
        refused(Api.as(juror).body(card(Map.of("C1", 6), Map.of("C9", "?"))).put(mine()), 422,
                "score.unknown_criterion");

        before.verify();
        Map<String, Object> structured = new HashMap<>(Stages.scorecard(6));
        structured.put("proposals", List.of(Map.of("type", "PLATFORM", "text", "Nền tảng dữ liệu dùng chung"),
                Map.of("type", "OTHER", "text", "Kết nối với doanh nghiệp công nghệ")));
        Api.as(juror).body(structured).put(mine()).then().statusCode(200)
                .body("proposals.type", contains("PLATFORM", "OTHER"))
                .body("proposals[1].text", equalTo("Kết nối với doanh nghiệp công nghệ"));
        Api.as(juror).post(mine() + "/submit").then().statusCode(200);
    }

    @Test
    @Order(3)
    void aRevisionInDeliberationKeepsEveryEarlierVersionWithItsReason() {
        prepare();
        Stages.score(jurors.get(2), dossier, 8);
        Stages.advance(campaign, "DELIBERATION");
        String juror = jurors.get(1);
        Map<String, Object> unexplained = card(Map.of("C1", 10, "C2", 6, "C3", 6, "C4", 6), Map.of());
        unexplained.put("reason", "Sau thảo luận, chiến lược là hình mẫu.");
        Unchanged before = Unchanged.scorecards(dossier, juror).and(Unchanged.ranking(campaign));

        refused(Api.as(juror).body(unexplained).post(mine() + "/revisions"), 422,
                "scorecard.extreme_comment_required");

        before.verify();
        Map<String, Object> revised = card(Map.of("C1", 10, "C2", 6, "C3", 6, "C4", 6),
                Map.of("C1", "Chiến lược được Bộ chọn làm mẫu."));
        revised.put("reason", "Sau thảo luận, chiến lược là hình mẫu.");
        Api.as(juror).body(revised).post(mine() + "/revisions").then().statusCode(200)
                .body("revision", equalTo(2)).body("total", equalTo(72.0f))
                .body("history.size()", equalTo(1))
                .body("history[0].revision", equalTo(1))
                .body("history[0].scores", equalTo("C1=6;C2=6;C3=6;C4=6"))
                .body("history[0].total", equalTo(60.0f))
                .body("history[0].recommendation", equalTo("AWARD"))
                .body("history[0].criterionComments", nullValue())
                .body("history[0].reason", equalTo("Sau thảo luận, chiến lược là hình mẫu."));
        Map<String, Object> again = new HashMap<>(Map.of("scores", Map.of("C1", 9, "C2", 6, "C3", 6, "C4", 6),
                "reason", "Điều chỉnh lại cho cân đối với các hồ sơ khác."));
        Api.as(juror).body(again).post(mine() + "/revisions").then().statusCode(200)
                .body("revision", equalTo(3)).body("total", equalTo(69.0f))
                .body("history.revision", contains(1, 2))
                .body("history[1].criterionComments", equalTo("C1=Chiến lược được Bộ chọn làm mẫu."));

        // The council reads the history too, and the ranking counts the current version.
        Api.as(jurors.get(0)).get("/api/dossiers/" + dossier + "/scorecards").then().statusCode(200)
                .body("find { it.juror == '" + juror + "' }.history.reason",
                        contains("Sau thảo luận, chiến lược là hình mẫu.",
                                "Điều chỉnh lại cho cân đối với các hồ sơ khác."));
        Api.as("secretary1").get("/api/campaigns/" + campaign + "/ranking").then().statusCode(200)
                .body("[0].rawScore", equalTo(71.333f)); // (65 + 69 + 80) / 3
    }
}

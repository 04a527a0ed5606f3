package vn.dxawards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.dxawards.rules.Refusals.refused;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;

/**
 * A category's rubric is the administrator's to change while nominations are open: the whole
 * rubric at once, weights adding up to 100; jurors then score against it. Wrong rubrics, other
 * people and later phases are refused and change nothing.
 */
@QuarkusTest
class RubricTests {

    private static List<Map<String, Object>> rubric(Object... rows) {
        java.util.ArrayList<Map<String, Object>> list = new java.util.ArrayList<>();
        for (int i = 0; i < rows.length; i += 3) {
            list.add(Map.of("code", rows[i], "name", Map.of("vi", rows[i + 1], "en", rows[i + 1] + " (en)"),
                    "weight", rows[i + 2]));
        }
        return list;
    }

    private static String path(String campaign, String category) {
        return "/api/campaigns/" + campaign + "/categories/" + category + "/rubric";
    }

    @Test
    void theAdministratorReplacesARubricAndJurorsScoreAgainstIt() {
        String campaign = Fixtures.newCampaign("rubric");
        String health = path(campaign, Fixtures.SECTOR_A);
        Api.as("admin").body(rubric("H1", "Nền tảng số y tế", 40, "H2", "Hồ sơ sức khỏe điện tử", 35,
                "H3", "Khám chữa bệnh từ xa", 25)).put(health).then().statusCode(200)
                .body("code", equalTo(List.of("H1", "H2", "H3"))).body("weight", equalTo(List.of(40, 35, 25)));
        Api.as("admin").get(health).then().statusCode(200).body("name.vi", hasItem("Hồ sơ sức khỏe điện tử"));
        // the other categories keep theirs
        Api.as("admin").get(path(campaign, Fixtures.SECTOR_B)).then().body("code", equalTo(List.of("C1", "C2", "C3", "C4")));

        long dossier = Fixtures.submit(campaign, "nominator.danang",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Đà Nẵng", "N48", "0400800100"));
        Stages.accept(dossier);
        Map<Long, List<String>> jurors = Stages.assignJurors(campaign);
        Stages.advance(campaign, "APPRAISAL");
        String juror = jurors.get(dossier).get(0);
        String mine = "/api/dossiers/" + dossier + "/scorecards/mine";
        refused(Api.as(juror).body(Map.of("scores", Map.of("C1", 8))).put(mine), 422, "score.unknown_criterion");
        Api.as(juror).body(Map.of("scores", Map.of("H1", 10, "H2", 5, "H3", 6), "comment", "Tốt."))
                .put(mine).then().statusCode(200);
        Api.as(juror).get(mine).then().body("total", equalTo(72.5f));

        // from the appraisal on, the rubric is fixed
        refused(Api.as("admin").body(rubric("H1", "Một tiêu chí", 100)).put(health), 409, "rubric.locked")
                .body("message", equalTo("Bộ tiêu chí chỉ được sửa khi đợt bình chọn đang nhận đề cử, trước khi Hội đồng chấm điểm."));
        Api.as("admin").get(health).then().body("code", equalTo(List.of("H1", "H2", "H3")));
    }

    @Test
    void aWrongRubricIsRefusedWithEveryProblemAndChangesNothing() {
        String campaign = Fixtures.newCampaign("rubric-bad");
        String health = path(campaign, Fixtures.SECTOR_A);
        Object before = Api.as("admin").get(health).then().extract().jsonPath().get("$");

        refused(Api.as("admin").body(rubric("H1", "Một", 50, "H2", "Hai", 40)).put(health), 422, "rubric.invalid")
                .body("details", equalTo(List.of("Tổng trọng số phải bằng 100 (hiện là 90).")));
        refused(Api.as("admin").header("Accept-Language", "en")
                .body(rubric("H1", "Một", 50, "h1", "Hai", 50, "có dấu", "", 0)).put(health), 422, "rubric.invalid")
                .body("details", equalTo(List.of("Criterion 2: code h1 is used by another criterion.",
                        "Criterion 3: the code has 1–20 letters without diacritics, digits, hyphens or underscores.",
                        "Criterion 3: the criterion needs a Vietnamese name.",
                        "Criterion 3: the weight must be between 1 and 100.")));
        refused(Api.as("admin").body(List.of()).put(health), 422, "rubric.invalid")
                .body("details", equalTo(List.of("Bộ tiêu chí cần ít nhất một tiêu chí.")));
        refused(Api.as("admin").body(rubric("H1", "Một", 100)).put(path(campaign, "khong-co")), 404,
                "not_found.category");
        refused(Api.as("admin").body(rubric("H1", "Một", 100)).put(path("khong-co-dot", Fixtures.SECTOR_A)), 404,
                "not_found.campaign");

        assertThat(Api.as("admin").get(health).then().extract().jsonPath().<Object>get("$")).isEqualTo(before);
    }

    @Test
    void onlyTheAdministratorChangesOrReadsRubricsHere() {
        String campaign = Fixtures.newCampaign("rubric-who");
        String health = path(campaign, Fixtures.SECTOR_A);
        Object before = Api.as("admin").get(health).then().extract().jsonPath().get("$");
        for (String person : List.of("secretary1", "chair", "juror1", "nominator.hanoi")) {
            refused(Api.as(person).body(rubric("H1", "Một", 100)).put(health), 403, "forbidden");
            refused(Api.as(person).get(health), 403, "forbidden");
        }
        refused(Api.anonymous().body(rubric("H1", "Một", 100)).put(health), 401, "unauthenticated");
        assertThat(Api.as("admin").get(health).then().extract().jsonPath().<Object>get("$")).isEqualTo(before);
    }
}

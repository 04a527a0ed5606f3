package vn.dxawards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.dxawards.rules.Refusals.refused;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;

/**
 * The calibrated ranking through the API, with the engine and PostgreSQL: the campaign's ranking
 * settings are validated and returned; the ranking shows raw and normalised scores, the divergence
 * flag, the award cut with the reason a dossier is outside it, and the stability of each place.
 */
@QuarkusTest
class RankingTests {

    private static final String QUOTA_CATEGORY = "state-agencies";
    private static final String OPEN_CATEGORY = "units";

    /** A campaign definition with two unit categories, the first with a quota of one award. */
    private static Map<String, Object> definition(String code, int awardCount, Map<String, Object> ranking) {
        Map<String, Object> definition = new HashMap<>();
        definition.put("code", code);
        definition.put("name", Map.of("vi", "Đợt xếp hạng " + code, "en", "Ranking campaign " + code));
        definition.put("awardCount", awardCount);
        definition.put("windows", Map.of(
                "nomination", Fixtures.window(Fixtures.today().minusDays(1), Fixtures.today().plusDays(30)),
                "appraisal", Fixtures.window(Fixtures.today().plusDays(31), Fixtures.today().plusDays(60))));
        definition.put("settings", Map.of("ranking", ranking));
        definition.put("categories", List.of(
                Map.of("code", QUOTA_CATEGORY, "name", Map.of("vi", "Đơn vị - Cơ quan nhà nước", "en", "State agencies"),
                        "kind", "UNIT", "awardQuota", 1),
                Map.of("code", OPEN_CATEGORY, "name", Map.of("vi", "Doanh nghiệp", "en", "Enterprises"),
                        "kind", "UNIT")));
        return definition;
    }

    private static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void rankingSettingsAreCheckedAtCreationAndNothingIsCreatedOnARefusal() {
        String code = code("ranking-settings");
        Map<String, Object> crossed = definition(code, 2, Map.of("divergenceWarn", 40, "divergenceHigh", 30));

        refused(Api.as("admin").body(crossed).post("/api/campaigns"), 422, "campaign.divergence_thresholds")
                .body("message", equalTo("Ngưỡng chênh lệch cảnh báo (40 điểm) không được lớn hơn ngưỡng chênh lệch"
                        + " lớn (30 điểm)."));
        refused(Api.as("admin").header("Accept-Language", "en").body(crossed).post("/api/campaigns"), 422,
                "campaign.divergence_thresholds")
                .body("message", equalTo("The divergence warning threshold (40 points) must not exceed the strong"
                        + " divergence threshold (30 points)."));
        refused(Api.as("admin").body(definition(code, 2, Map.of("bootstrapSamples", 10))).post("/api/campaigns"),
                422, "invalid_input").body("details", hasItem("bootstrapSamples: phải từ 100 trở lên"));
        refused(Api.as("admin").header("Accept-Language", "en")
                .body(definition(code, 2, Map.of("divergenceHigh", 0))).post("/api/campaigns"), 422, "invalid_input")
                .body("details", hasItem("divergenceHigh: must be positive"));
        refused(Api.as("admin").body(definition(code, 2, Map.of("normalisation", "MEDIAN"))).post("/api/campaigns"),
                400, "invalid_value");
        refused(Api.as("admin").get("/api/campaigns/" + code), 404, "not_found.campaign");

        Api.as("admin").body(definition(code, 2, Map.of("normalisation", "Z_SCORE", "divergenceWarn", 15)))
                .post("/api/campaigns").then().statusCode(201);
        Api.as("secretary1").get("/api/campaigns/" + code).then().statusCode(200)
                .body("settings.ranking.normalisation", equalTo("Z_SCORE"))
                .body("settings.ranking.divergenceWarn", equalTo(15))
                .body("settings.ranking.divergenceHigh", equalTo(30))
                .body("settings.ranking.bootstrapSamples", equalTo(1000));
        String defaults = Fixtures.newCampaign("ranking-defaults");
        Api.as("juror1").get("/api/campaigns/" + defaults).then().statusCode(200)
                .body("settings.ranking.normalisation", equalTo("NONE"))
                .body("settings.ranking.divergenceWarn", equalTo(20));
    }

    @Test
    void theRankingShowsTheCutItsReasonsTheDivergenceAndTheStability() {
        String code = code("ranking-cut");
        Api.as("admin").body(definition(code, 2, Map.of("divergenceWarn", 10, "divergenceHigh", 25,
                "bootstrapSamples", 400))).post("/api/campaigns").then().statusCode(201);
        long first = Fixtures.submit(code, "nominator.hanoi",
                Fixtures.unitDossier(QUOTA_CATEGORY, "Sở Xây dựng Hà Nội", "01", "0100900101"));
        long second = Fixtures.submit(code, "nominator.hanoi",
                Fixtures.unitDossier(QUOTA_CATEGORY, "Sở Công Thương Hà Nội", "01", "0100900102"));
        long open = Fixtures.submit(code, "nominator.hanoi",
                Fixtures.unitDossier(OPEN_CATEGORY, "Công ty Cấp nước Hà Nội", "01", "0100900103"));
        List.of(first, second, open).forEach(Stages::accept);
        Map<Long, List<String>> jurors = Stages.assignJurors(code);
        Stages.advance(code, "APPRAISAL");
        jurors.get(first).forEach(juror -> Stages.score(juror, first, 9));
        jurors.get(second).forEach(juror -> Stages.score(juror, second, 8));
        List<String> openJurors = jurors.get(open);
        for (int i = 0; i < openJurors.size(); i++) {
            Stages.score(openJurors.get(i), open, i == 0 ? 4 : 7);
        }
        Stages.advance(code, "DELIBERATION");

        JsonPath ranking = Api.as("secretary1").get("/api/campaigns/" + code + "/ranking").then().statusCode(200)
                .extract().jsonPath();

        // 90 > 80 > 60, but the second is in the category whose single award the first has taken:
        // the cut of two places goes on to the dossier of the other category.
        assertThat(ranking.getList("dossierId", Long.class)).containsExactly(first, second, open);
        assertThat(ranking.getList("insideCut", Boolean.class)).containsExactly(true, false, true);
        assertThat(ranking.getString("[1].outside.reason")).isEqualTo("CATEGORY_QUOTA");
        assertThat(ranking.getString("[1].outside.subject")).isEqualTo(QUOTA_CATEGORY);
        assertThat(ranking.getString("[1].outside.subjectName")).isEqualTo("Đơn vị - Cơ quan nhà nước");
        assertThat(ranking.getFloat("[0].score")).isEqualTo(90.0f);
        assertThat(ranking.getFloat("[0].rawScore")).isEqualTo(90.0f);
        assertThat(ranking.getString("[0].normalisedScore")).isNull();
        // the spread of 70, 70, 40 is 30 points: above both thresholds
        assertThat(ranking.getFloat("[2].score")).isEqualTo(60.0f);
        assertThat(ranking.getFloat("[2].spread")).isEqualTo(30.0f);
        assertThat(ranking.getString("[2].divergence")).isEqualTo("HIGH");
        assertThat(ranking.getBoolean("[2].divergent")).isTrue();
        assertThat(ranking.getString("[0].divergence")).isEqualTo("NONE");
        // no resample of these jurors changes who is in: every place is certain
        assertThat(ranking.getList("stability", Float.class)).containsExactly(1.0f, 0.0f, 1.0f);
        assertThat(ranking.getList("contested", Boolean.class)).containsOnly(false);
        assertThat(ranking.getList("awardRecommendations", Integer.class)).containsOnly(3);

        // The English names follow the caller's language.
        Api.as("secretary1").header("Accept-Language", "en").get("/api/campaigns/" + code + "/ranking").then()
                .statusCode(200).body("[1].outside.subjectName", equalTo("State agencies"));
    }

    @Test
    void normalisationOnTheSameScorecardsIsShownBesideTheRawMean() {
        String code = code("ranking-z");
        Api.as("admin").body(definition(code, 1, Map.of("normalisation", "Z_SCORE"))).post("/api/campaigns").then()
                .statusCode(201);
        long first = Fixtures.submit(code, "nominator.hanoi",
                Fixtures.unitDossier(OPEN_CATEGORY, "Công ty Điện lực Hà Nội", "01", "0100900104"));
        long second = Fixtures.submit(code, "nominator.hanoi",
                Fixtures.unitDossier(OPEN_CATEGORY, "Công ty Thoát nước Hà Nội", "01", "0100900105"));
        List.of(first, second).forEach(Stages::accept);
        Map<Long, List<String>> jurors = Stages.assignJurors(code);
        Stages.advance(code, "APPRAISAL");
        jurors.get(first).forEach(juror -> Stages.score(juror, first, 9));
        jurors.get(second).forEach(juror -> Stages.score(juror, second, 6));
        Stages.advance(code, "DELIBERATION");

        JsonPath ranking = Api.as("chair").get("/api/campaigns/" + code + "/ranking").then().statusCode(200)
                .extract().jsonPath();

        assertThat(ranking.getList("dossierId", Long.class)).containsExactly(first, second);
        assertThat(ranking.getFloat("[0].rawScore")).isEqualTo(90.0f);
        assertThat(ranking.getFloat("[1].rawScore")).isEqualTo(60.0f);
        // every juror who scored both: z = ±1 around the pooled mean 75 with the pooled sd 15;
        // a juror with one dossier keeps 90 or 60 — either way the means stay 90 and 60
        assertThat(ranking.getFloat("[0].normalisedScore")).isEqualTo(ranking.getFloat("[0].score"));
        assertThat(ranking.getFloat("[0].score")).isEqualTo(90.0f);
        assertThat(ranking.getFloat("[1].score")).isEqualTo(60.0f);
        assertThat(ranking.getBoolean("[0].insideCut")).isTrue();
        assertThat(ranking.getString("[1].outside.reason")).isEqualTo("BELOW_CUT");
    }

    @Test
    void aTieNoteNeverNamesADossierTheViewerIsRecusedFrom() {
        String code = code("ranking-tie");
        Api.as("admin").body(definition(code, 1, Map.of())).post("/api/campaigns").then().statusCode(201);
        long hanoi = Fixtures.submit(code, "nominator.hanoi",
                Fixtures.unitDossier(OPEN_CATEGORY, "Công ty Môi trường Hà Nội", "01", "0100900106"));
        long danang = Fixtures.submit(code, "nominator.danang",
                Fixtures.unitDossier(OPEN_CATEGORY, "Công ty Môi trường Đà Nẵng", "N48", "0400900107"));
        List.of(hanoi, danang).forEach(Stages::accept);
        Map<Long, List<String>> jurors = Stages.assignJurors(code);
        Stages.advance(code, "APPRAISAL");
        jurors.forEach((dossier, members) -> members.forEach(juror -> Stages.score(juror, dossier, 7)));
        Stages.advance(code, "DELIBERATION");

        // same scores, recommendations and spread: the earlier submission (Hà Nội) goes first
        JsonPath all = Api.as("secretary1").get("/api/campaigns/" + code + "/ranking").then().statusCode(200)
                .extract().jsonPath();
        assertThat(all.getList("dossierId", Long.class)).containsExactly(hanoi, danang);
        String hanoiReference = all.getString("[0].reference");
        assertThat(all.getString("[1].tie.after")).isEqualTo(hanoiReference);
        assertThat(all.getString("[1].tie.decidedBy")).isEqualTo("SUBMISSION");
        // a tie for the single place: each is inside in about half the resamples
        assertThat(all.getFloat("[0].stability") + all.getFloat("[1].stability")).isEqualTo(1.0f);
        assertThat(all.getList("contested", Boolean.class)).containsOnly(true);

        // juror3 (Hà Nội) is recused from the Hà Nội dossier: its row and its reference stay hidden
        String seen = Api.as("juror3").get("/api/campaigns/" + code + "/ranking").then().statusCode(200)
                .extract().asString();
        assertThat(seen).doesNotContain(hanoiReference);
        JsonPath recused = JsonPath.from(seen);
        assertThat(recused.getList("dossierId", Long.class)).containsExactly(danang);
        assertThat(recused.getString("[0].tie.decidedBy")).isEqualTo("SUBMISSION");
        assertThat(recused.getString("[0].tie.after")).isNull();
    }
}

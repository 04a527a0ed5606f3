package vn.dxawards.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;
import vn.dxawards.support.RealmExpertise;

/**
 * The optimiser inside the application, on PostgreSQL with the engine and the demo realm's
 * council (expertise from Keycloak): experts first, every assignment with its reason, dossiers
 * left short explained, load bounds kept, started work never moved, the secretariat's
 * adjustments refused when they would break a constraint.
 *
 * <p>The demo council: chair (leaders; last among equals), juror1 VINASA (finance,
 * manufacturing), juror2 UBND-HN/Hà Nội (state agencies, education), juror3 Hà Nội (health,
 * environment), juror4 TP HCM (transport, energy), juror5 (agriculture, environment), juror6
 * (education, health), juror7 (finance, state agencies), juror8 Đà Nẵng (manufacturing, energy, leaders).
 */
@QuarkusTest
class AssignmentFlowTests {

    @BeforeAll
    static void realmHasTheJurorsExpertise() {
        RealmExpertise.ensure();
    }

    @Test
    void theExpertIsChosenAndEveryAssignmentSaysWhy() {
        String campaign = Fixtures.newCampaign("assign-expert");
        long hanoi = accepted(campaign, "nominator.hanoi", Fixtures.SECTOR_A, "Bệnh viện Thanh Nhàn", "01", "0100900101");
        long danang = accepted(campaign, "nominator.danang", Fixtures.SECTOR_B, "Trường Đại học Đà Nẵng", "N48",
                "0400900102");

        Api.as("secretary1").post("/api/campaigns/" + campaign + "/assignments/auto").then().statusCode(200)
                .body("created", equalTo(6)).body("unfilled.size()", equalTo(0))
                .body("belowMinimum.size()", equalTo(0));

        JsonPath overview = overview(campaign, "vi");
        assertThat(overview.getList("jurors.find { it.username == 'juror6' }.expertise", String.class))
                .containsExactly("education", "health");
        // health: juror3 knows it but is local to Hà Nội; juror6 is the expert left
        assertThat(jurorsOf(overview, hanoi)).hasSize(3).contains("juror6").doesNotContain("juror2", "juror3", "chair");
        assertThat(line(overview, hanoi, "juror6").getString("reason")).isEqualTo("EXPERTISE");
        assertThat(line(overview, hanoi, "juror6").getDouble("affinity")).isEqualTo(1.0);
        assertThat(line(overview, hanoi, "juror6").getString("explanation")).isEqualTo("chuyên môn: Y tế (affinity 1,0)");
        assertThat(overview(campaign, "en").getString("assignments.find { it.dossierId == " + hanoi
                + " && it.juror == 'juror6' }.explanation")).isEqualTo("expertise: Health (affinity 1.0)");
        jurorsOf(overview, hanoi).stream().filter(j -> !j.equals("juror6"))
                .forEach(j -> assertThat(line(overview, hanoi, j).getString("reason")).isEqualTo("LOAD"));
        // education: juror2 and juror6 are experts and neither is conflicted with Đà Nẵng; juror8 is local
        assertThat(jurorsOf(overview, danang)).hasSize(3).contains("juror2", "juror6").doesNotContain("juror8", "chair");
        assertThat(overview.getInt("jurors.find { it.username == 'juror6' }.load")).isEqualTo(2);
    }

    @Test
    void aDossierThatCannotGetItsJurorsIsExplainedInBothLanguages() {
        String campaign = Fixtures.newCampaign("assign-short", window(-1, 30), window(31, 60),
                Map.of("jurorsPerDossier", 8));
        long hanoi = accepted(campaign, "nominator.hanoi", Fixtures.SECTOR_A, "Bệnh viện Đống Đa", "01", "0100900201");
        String reference = Api.as("secretary1").get("/api/dossiers/" + hanoi).then().extract().path("reference");

        JsonPath result = Api.as("secretary1").post("/api/campaigns/" + campaign + "/assignments/auto").then()
                .statusCode(200).body("created", equalTo(7)).extract().jsonPath();
        assertThat(result.getList("unfilled.dossierId", Long.class)).containsExactly(hanoi);
        assertThat(result.getInt("unfilled[0].missing")).isEqualTo(1);
        assertThat(result.getString("unfilled[0].reason")).isEqualTo("not_enough_eligible_jurors");
        assertThat(result.getMap("unfilled[0].conflicts")).isEqualTo(Map.of("NOMINATING_BODY", 1, "LOCALITY", 1));
        assertThat(result.getString("unfilled[0].message")).isEqualTo("Hồ sơ " + reference
                + " còn thiếu 1 thành viên: chỉ 7 trong 8 thành viên cần có thể chấm; 2 thành viên có xung đột lợi ích "
                + "(cùng cơ quan đề cử ×1, cùng địa phương ×1).");

        // asked again in English: nothing new to do, the same dossier, the same reason in English
        Api.as("secretary1").header("Accept-Language", "en").post("/api/campaigns/" + campaign + "/assignments/auto")
                .then().statusCode(200).body("created", equalTo(0))
                .body("unfilled[0].message", equalTo("Dossier " + reference + " lacks 1 juror(s): only 7 of the 8 "
                        + "needed can score it; 2 member(s) have a conflict of interest (same organisation as the "
                        + "nominating body ×1, local to the locality of the dossier ×1)."));
    }

    @Test
    void theMaximumLoadIsAHardLimitAndAFullCouncilIsSaidToBeFull() {
        String campaign = Fixtures.newCampaign("assign-full", window(-1, 30), window(31, 60),
                Map.of("minLoad", 1, "maxLoad", 1));
        List<Long> dossiers = List.of(
                accepted(campaign, "nominator.hanoi", Fixtures.SECTOR_A, "Bệnh viện Hà Đông", "01", "0100900301"),
                accepted(campaign, "nominator.danang", Fixtures.SECTOR_A, "Bệnh viện Hòa Vang", "N48", "0400900302"),
                accepted(campaign, "nominator.hcm", Fixtures.SECTOR_A, "Bệnh viện Quận 1", "N79", "0300900303"),
                accepted(campaign, "nominator.haiphong", Fixtures.SECTOR_A, "Bệnh viện Kiến An", "N31", "0200900304"));

        // 4 dossiers × 3 places, 9 members who may take 1 each: 9 filled, 3 places left, every member at 1
        JsonPath result = Api.as("secretary1").post("/api/campaigns/" + campaign + "/assignments/auto").then()
                .statusCode(200).body("created", equalTo(9)).body("belowMinimum.size()", equalTo(0)).extract()
                .jsonPath();
        assertThat(result.getList("unfilled.missing", Integer.class).stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(3);
        assertThat(result.getList("unfilled.reason", String.class)).containsOnly("load_limit_reached");
        assertThat(result.getString("unfilled[0].message")).contains("đã đạt số hồ sơ tối đa (1)");
        JsonPath overview = overview(campaign, "vi");
        assertThat(overview.getList("jurors.load", Integer.class)).hasSize(9).containsOnly(1);

        long shortOne = result.getLong("unfilled[0].dossierId");
        String free = List.of("juror1", "juror5", "juror6", "juror7").stream()
                .filter(j -> !jurorsOf(overview, shortOne).contains(j)).findFirst().orElseThrow();
        Api.as("secretary1").body(Map.of("juror", free)).post("/api/dossiers/" + shortOne + "/assignments").then()
                .statusCode(409).body("code", equalTo("assignment.max_load"))
                .body("message", equalTo(free + " đã có 1 hồ sơ, bằng số tối đa (1); không thể phân công thêm."));
        assertThat(overview(campaign, "vi").getList("assignments").size()).isEqualTo(9);
        assertThat(dossiers).contains(shortOne);
    }

    @Test
    void membersBelowTheMinimumLoadAreReportedNotRefused() {
        String campaign = Fixtures.newCampaign("assign-min", window(-1, 30), window(31, 60),
                Map.of("minLoad", 1, "maxLoad", 5));
        accepted(campaign, "nominator.haiphong", Fixtures.SECTOR_B, "Trường THPT Trần Phú", "N31", "0200900401");

        JsonPath result = Api.as("secretary1").post("/api/campaigns/" + campaign + "/assignments/auto").then()
                .statusCode(200).body("created", equalTo(3)).body("unfilled.size()", equalTo(0)).extract().jsonPath();
        assertThat(result.getList("belowMinimum")).hasSize(6);
        assertThat(result.getList("belowMinimum.load", Integer.class)).containsOnly(0);
        assertThat(result.getList("belowMinimum.eligibleDossiers", Integer.class)).containsOnly(1);
        assertThat(result.getString("belowMinimum[0].message")).endsWith(" có 0 hồ sơ, dưới mức tối thiểu 1: không còn "
                + "chỗ phù hợp (thành viên này không xung đột với 1 hồ sơ đã tiếp nhận, các chỗ đều đã có người).");
    }

    @Test
    void startedWorkStaysAndTheSecretariatAdjustsOnlyWithinTheConstraints() {
        String campaign = Fixtures.newCampaign("assign-manual");
        long hanoi = accepted(campaign, "nominator.hanoi", Fixtures.SECTOR_A, "Bệnh viện Saint Paul", "01", "0100900501");
        String reference = Api.as("secretary1").get("/api/dossiers/" + hanoi).then().extract().path("reference");
        Api.as("secretary1").post("/api/campaigns/" + campaign + "/assignments/auto").then().statusCode(200)
                .body("created", equalTo(3));
        Api.as("secretary1").post("/api/campaigns/" + campaign + "/advance").then().statusCode(200)
                .body("phase", equalTo("APPRAISAL"));
        List<String> first = jurorsOf(overview(campaign, "vi"), hanoi);
        String started = first.get(0);
        String idle = first.get(1);
        Api.as(started).body(Map.of("scores", Map.of("C1", 7), "comment", "Đang chấm."))
                .put("/api/dossiers/" + hanoi + "/scorecards/mine").then().statusCode(200);

        // a juror who has started cannot be taken off; the dossier is full
        Api.as("secretary1").delete("/api/dossiers/" + hanoi + "/assignments/" + started).then().statusCode(409)
                .body("code", equalTo("assignment.started"));
        Api.as("secretary1").body(Map.of("juror", "juror7")).post("/api/dossiers/" + hanoi + "/assignments").then()
                .statusCode(409).body("code", equalTo("assignment.dossier_full"));
        // only the secretariat adjusts
        Api.as(started).delete("/api/dossiers/" + hanoi + "/assignments/" + idle).then().statusCode(403);
        Api.as("nominator.danang").delete("/api/dossiers/" + hanoi + "/assignments/" + idle).then().statusCode(404);

        Api.as("secretary1").delete("/api/dossiers/" + hanoi + "/assignments/" + idle).then().statusCode(204);
        Api.as(idle).get("/api/dossiers/" + hanoi).then().statusCode(404);
        // a local member is refused by the same constraint code as the optimiser's
        Api.as("secretary1").header("Accept-Language", "en").body(Map.of("juror", "juror3"))
                .post("/api/dossiers/" + hanoi + "/assignments").then().statusCode(409)
                .body("code", equalTo("assignment.conflicted.LOCALITY"))
                .body("message", equalTo("juror3 is local to the locality of dossier " + reference
                        + ": a conflict of interest, cannot be assigned."));
        Api.as("secretary1").body(Map.of("juror", "nobody")).post("/api/dossiers/" + hanoi + "/assignments").then()
                .statusCode(422).body("code", equalTo("assignment.unknown_juror"));

        // the re-run fills the gap, moves nothing, and does not put back the member taken off by hand
        Api.as("secretary1").post("/api/campaigns/" + campaign + "/assignments/auto").then().statusCode(200)
                .body("created", equalTo(1));
        List<String> second = jurorsOf(overview(campaign, "vi"), hanoi);
        assertThat(second).hasSize(3).contains(started, first.get(2)).doesNotContain(idle, "juror2", "juror3");
        Api.as(started).get("/api/dossiers/" + hanoi + "/scorecards/mine").then().statusCode(200)
                .body("status", equalTo("DRAFT"));

        // the secretariat may put the member back by hand once a place is free
        String newcomer = second.stream().filter(j -> !first.contains(j)).findFirst().orElseThrow();
        Api.as("secretary1").delete("/api/dossiers/" + hanoi + "/assignments/" + newcomer).then().statusCode(204);
        Api.as("secretary1").body(Map.of("juror", idle)).post("/api/dossiers/" + hanoi + "/assignments").then()
                .statusCode(201).body("reason", equalTo("MANUAL")).body("juror", equalTo(idle));
        assertThat(line(overview(campaign, "vi"), hanoi, idle).getString("explanation"))
                .startsWith("Ban thư ký phân công trực tiếp");
        Api.as(idle).get("/api/dossiers/" + hanoi).then().statusCode(200);

        // a declared conflict: the optimiser's replacement, said so; the declaring juror sees nothing
        String replacement = Api.as(started).body(Map.of("reason", "Tôi từng làm việc tại bệnh viện này."))
                .post("/api/dossiers/" + hanoi + "/conflict").then().statusCode(200).extract().path("replacement");
        assertThat(replacement).isNotNull().isNotIn(started, idle, first.get(2), "juror2", "juror3");
        assertThat(line(overview(campaign, "vi"), hanoi, replacement).getString("reason")).isEqualTo("REPLACEMENT");
        assertThat(line(overview(campaign, "vi"), hanoi, replacement).getString("explanation"))
                .startsWith("bổ sung thay người xung đột");
        Api.as(started).get("/api/dossiers/" + hanoi + "/scorecards/mine").then().statusCode(404);
        Api.as(started).get("/api/dossiers/" + hanoi + "/scorecards").then().statusCode(404);
        Api.as("secretary1").body(Map.of("juror", started)).post("/api/dossiers/" + hanoi + "/assignments").then()
                .statusCode(409);
    }

    @Test
    void loadBoundsAreCampaignSettingsCheckedAtCreation() {
        String campaign = Fixtures.newCampaign("assign-bounds", window(-1, 30), window(31, 60),
                Map.of("minLoad", 2, "maxLoad", 40));
        Api.as("admin").get("/api/campaigns/" + campaign).then().statusCode(200)
                .body("settings.minLoad", equalTo(2)).body("settings.maxLoad", equalTo(40));
        Api.as("admin").get("/api/campaigns/" + Fixtures.newCampaign("assign-defaults")).then()
                .body("settings.minLoad", equalTo(0)).body("settings.maxLoad", equalTo(150));

        Map<String, Object> inverted = definition("bounds-bad-1", Map.of("minLoad", 9, "maxLoad", 3));
        Api.as("admin").body(inverted).post("/api/campaigns").then().statusCode(422)
                .body("code", equalTo("campaign.load_bounds"))
                .body("message", equalTo("Số hồ sơ tối thiểu mỗi thành viên (9) không được lớn hơn số tối đa (3)."));
        Api.as("admin").header("Accept-Language", "en").body(inverted).post("/api/campaigns").then().statusCode(422)
                .body("message", equalTo("The minimum number of dossiers per juror (9) must not exceed the maximum (3)."));
        Api.as("admin").body(definition("bounds-bad-2", Map.of("minLoad", -1))).post("/api/campaigns").then()
                .statusCode(422);
        Api.as("admin").body(definition("bounds-bad-3", Map.of("maxLoad", 0))).post("/api/campaigns").then()
                .statusCode(422);
        Api.as("admin").get("/api/campaigns/bounds-bad-1").then().statusCode(404);
    }

    private static Map<String, Object> definition(String code, Map<String, Object> settings) {
        return Map.of("code", code, "name", Map.of("vi", "Đợt lỗi", "en", "Bad campaign"),
                "windows", Map.of("nomination", window(-1, 30), "appraisal", window(31, 60)),
                "settings", settings,
                "categories", List.of(Map.of("code", Fixtures.SECTOR_A, "name", Map.of("vi", "Y tế", "en", "Health"),
                        "kind", "UNIT")));
    }

    private static Map<String, Object> window(int from, int to) {
        LocalDate today = Fixtures.today();
        return Fixtures.window(today.plusDays(from), today.plusDays(to));
    }

    private static long accepted(String campaign, String nominator, String sector, String name, String province,
            String taxCode) {
        long id = Fixtures.submit(campaign, nominator, Fixtures.unitDossier(sector, name, province, taxCode));
        Api.as("secretary1").body(Map.of("decision", "ACCEPT")).post("/api/dossiers/" + id + "/intake").then()
                .statusCode(200).body("status", equalTo("ACCEPTED"));
        return id;
    }

    private static JsonPath overview(String campaign, String language) {
        return Api.as("secretary1").header("Accept-Language", language).get("/api/campaigns/" + campaign + "/assignments")
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<String> jurorsOf(JsonPath overview, long dossier) {
        return overview.getList("assignments.findAll { it.dossierId == " + dossier + " }.juror", String.class);
    }

    private static JsonPath line(JsonPath overview, long dossier, String juror) {
        Map<String, Object> line = overview.getMap("assignments.find { it.dossierId == " + dossier + " && it.juror == '"
                + juror + "' }");
        assertThat(line).as(juror + " on " + dossier).isNotNull();
        return new JsonPath(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(line).toString());
    }
}

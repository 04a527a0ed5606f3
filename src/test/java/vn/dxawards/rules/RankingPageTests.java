package vn.dxawards.rules;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;

/**
 * The ranking page says what the API says, in words and in both languages: the cut and why a
 * dossier is outside it, the stability with its "contested" mark, the tie-break note and the
 * rules; the scoring page shows a revised scorecard's earlier versions. The campaign is prepared
 * through the API with real tokens, the pages are read as the secretariat.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RankingPageTests {

    private static String code;
    private static long first;
    private static String secondReference;
    private static String tiedAboveReference;
    private static String tiedBelowReference;

    @Test
    @Order(1)
    void prepare() {
        code = "ranking-page-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> definition = new HashMap<>();
        definition.put("code", code);
        definition.put("name", Map.of("vi", "Đợt " + code, "en", "Campaign " + code));
        definition.put("awardCount", 2);
        definition.put("windows", Map.of(
                "nomination", Fixtures.window(Fixtures.today().minusDays(1), Fixtures.today().plusDays(30)),
                "appraisal", Fixtures.window(Fixtures.today().plusDays(31), Fixtures.today().plusDays(60))));
        definition.put("categories", List.of(
                Map.of("code", "state-agencies", "name", Map.of("vi", "Đơn vị - Cơ quan nhà nước",
                        "en", "State agencies"), "kind", "UNIT", "awardQuota", 1),
                Map.of("code", "units", "name", Map.of("vi", "Doanh nghiệp", "en", "Enterprises"), "kind", "UNIT")));
        Api.as("admin").body(definition).post("/api/campaigns").then().statusCode(201);
        first = Fixtures.submit(code, "nominator.hanoi",
                Fixtures.unitDossier("state-agencies", "Sở Khoa học và Công nghệ Hà Nội", "01", "0100900111"));
        long second = Fixtures.submit(code, "nominator.hanoi",
                Fixtures.unitDossier("state-agencies", "Sở Văn hoá Hà Nội", "01", "0100900112"));
        long tiedAbove = Fixtures.submit(code, "nominator.hanoi",
                Fixtures.unitDossier("units", "Công ty Đường sắt Hà Nội", "01", "0100900113"));
        long tiedBelow = Fixtures.submit(code, "nominator.danang",
                Fixtures.unitDossier("units", "Công ty Đường sắt Đà Nẵng", "N48", "0400900114"));
        List.of(first, second, tiedAbove, tiedBelow).forEach(Stages::accept);
        Map<Long, List<String>> jurors = Stages.assignJurors(code);
        Stages.advance(code, "APPRAISAL");
        Map<Long, Integer> level = Map.of(first, 9, second, 8, tiedAbove, 7, tiedBelow, 7);
        jurors.forEach((dossier, members) -> members.forEach(juror -> Stages.score(juror, dossier, level.get(dossier))));
        Stages.advance(code, "DELIBERATION");
        // the same scores with a fuller comment: the first dossier stays far ahead of the second
        Map<String, Object> revision = new HashMap<>(Stages.scorecard(9));
        revision.put("comment", "Số liệu năm 2025 xác nhận kết quả; giữ nguyên điểm.");
        revision.put("reason", "Điều chỉnh sau khi Hội đồng thảo luận số liệu năm 2025.");
        Api.as(jurors.get(first).get(0)).body(revision).post("/api/dossiers/" + first + "/scorecards/mine/revisions")
                .then().statusCode(200);

        JsonPath ranking = Api.as("secretary1").get("/api/campaigns/" + code + "/ranking").then().statusCode(200)
                .extract().jsonPath();
        assertThat(ranking.getList("dossierId", Long.class)).containsExactly(first, second, tiedAbove, tiedBelow);
        secondReference = ranking.getString("[1].reference");
        tiedAboveReference = ranking.getString("[2].reference");
        tiedBelowReference = ranking.getString("[3].reference");
    }

    @Test
    @Order(2)
    @TestSecurity(user = "secretary1", roles = "secretary")
    @OidcSecurity(claims = @Claim(key = "org", value = "BTC"))
    void theRankingPageExplainsTheCutTheStabilityAndTheTie() {
        String page = given().get("/app/campaigns/" + code + "/ranking").then().statusCode(200).extract().asString();

        assertThat(row(page, secondReference))
                .contains("Ngoài ngưỡng: hạng mục Đơn vị - Cơ quan nhà nước đã đủ chỉ tiêu").contains("0%");
        // the two tied dossiers share the second place: about half the resamples each
        assertThat(row(page, tiedAboveReference)).contains("Trong ngưỡng").contains("đang tranh chấp");
        assertThat(row(page, tiedBelowReference)).contains("Ngoài ngưỡng: đã đủ số giải của đợt")
                .contains("đang tranh chấp")
                .contains("Bằng điểm với " + tiedAboveReference + "; xếp sau vì nộp hồ sơ muộn hơn.");
        assertThat(page).contains("Ngưỡng khen thưởng: 2 hồ sơ").contains("1.000 lần lấy mẫu lại")
                .contains("Khi bằng điểm: nhiều thành viên đề nghị khen thưởng hơn");

        String english = given().header("Accept-Language", "en").get("/app/campaigns/" + code + "/ranking").then()
                .statusCode(200).extract().asString();
        assertThat(row(english, secondReference)).contains("Outside: the quota of category State agencies is full");
        assertThat(row(english, tiedBelowReference)).contains("contested")
                .contains("Same score as " + tiedAboveReference + "; placed after it for a later submission.");
    }

    @Test
    @Order(3)
    @TestSecurity(user = "secretary1", roles = "secretary")
    @OidcSecurity(claims = @Claim(key = "org", value = "BTC"))
    void theScoringPageShowsEveryEarlierVersionWithItsReason() {
        String page = given().get("/app/scoring/" + first).then().statusCode(200).extract().asString();

        assertThat(page).contains("Lịch sử điều chỉnh").contains("Điều chỉnh sau khi Hội đồng thảo luận số liệu năm 2025.")
                .contains("C1=9;C2=9;C3=9;C4=9").contains("Phiên bản 2 (hiện tại)");
    }

    @Test
    @Order(4)
    @TestSecurity(user = "admin", roles = "admin")
    void theSetUpPageTakesTheRankingSettingsAndRefusesCrossedThresholdsBesideTheField() {
        io.restassured.response.Response form = given().get("/app/campaigns/new");
        String html = form.then().statusCode(200).extract().asString();
        assertThat(html).contains("id=\"divergenceWarn\" name=\"divergenceWarn\" value=\"20\"")
                .contains("id=\"bootstrapSamples\" name=\"bootstrapSamples\" value=\"1000\"")
                .contains("id=\"zScore\"");
        String token = html.replaceAll("(?s).*name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");
        String setUp = "page-settings-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> fields = new HashMap<>(Map.ofEntries(Map.entry("csrf-token", token),
                Map.entry("code", setUp), Map.entry("nameVi", "Đợt thử"), Map.entry("nameEn", "Trial"),
                Map.entry("year", "2026"), Map.entry("awardCount", "10"),
                Map.entry("nominationStart", Fixtures.today().toString()),
                Map.entry("nominationEnd", Fixtures.today().plusDays(30).toString()),
                Map.entry("appraisalStart", Fixtures.today().plusDays(31).toString()),
                Map.entry("appraisalEnd", Fixtures.today().plusDays(60).toString()),
                Map.entry("jurorsPerDossier", "3"), Map.entry("quorumNumerator", "2"),
                Map.entry("quorumDenominator", "3"), Map.entry("intakeDays", "10"), Map.entry("scoringDays", "14"),
                Map.entry("divergenceWarn", "40"), Map.entry("divergenceHigh", "30"),
                Map.entry("bootstrapSamples", "2000"), Map.entry("zScore", "on"), Map.entry("rows", "1"),
                Map.entry("cat-0-include", "on"), Map.entry("cat-0-code", "units"),
                Map.entry("cat-0-nameVi", "Doanh nghiệp"), Map.entry("cat-0-nameEn", "Enterprises"),
                Map.entry("cat-0-kind", "UNIT")));

        String refused = given().cookies(form.getCookies()).formParams(fields).redirects().follow(false)
                .post("/app/campaigns/new").then().statusCode(422).extract().asString();
        assertThat(refused).contains("<p class=\"field-error\" id=\"divergenceWarn-error\">Ngưỡng chênh lệch cảnh báo"
                + " (40 điểm) không được lớn hơn ngưỡng chênh lệch lớn (30 điểm).</p>");
        given().get("/api/campaigns/" + setUp).then().statusCode(404);

        fields.put("divergenceWarn", "15");
        given().cookies(form.getCookies()).formParams(fields).redirects().follow(false).post("/app/campaigns/new")
                .then().statusCode(303);
        JsonPath created = given().get("/api/campaigns/" + setUp).then().statusCode(200).extract().jsonPath();
        assertThat(created.getString("settings.ranking.normalisation")).isEqualTo("Z_SCORE");
        assertThat(created.getInt("settings.ranking.divergenceWarn")).isEqualTo(15);
        assertThat(created.getInt("settings.ranking.bootstrapSamples")).isEqualTo(2000);
    }

    /** The table row of a dossier, by its reference. */
    private static String row(String page, String reference) {
        int at = page.indexOf(">" + reference + "</a>");
        assertThat(at).as("row of " + reference).isPositive();
        int start = page.lastIndexOf("<tr", at);
        return page.substring(start, page.indexOf("</tr>", at));
    }
}

package vn.dxawards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.dxawards.rules.Refusals.refused;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;
import vn.dxawards.support.PdfTools;

/**
 * Two programmes at once (TOP 100 and the sister award of digital-transformation leaders), each
 * with its own council and its own issuer: a council sees, scores and votes only on its own
 * campaign's dossiers, reads only its own ranking, and each decision names its own issuing body,
 * symbol and signer's title.
 */
@QuarkusTest
class TwoCouncilsTests {

    private static final List<String> COUNCIL_A = List.of("chair", "juror1", "juror2", "juror3");
    private static final List<String> COUNCIL_B = List.of("chair", "juror5", "juror6", "juror7");

    @Test
    void twoCampaignsWithTheirOwnCouncilsAndIssuersRunSideBySide() {
        String a = Fixtures.newCampaign("top100");
        String b = Fixtures.newCampaign("leaders18");
        Api.as("admin").body(Map.of("council", COUNCIL_A, "issuer", Map.of(
                "issuingBody", "HỘI ĐỒNG THẨM ĐỊNH TOP 100",
                "code", "HĐTĐ",
                "signerTitle", "CHỦ TỊCH HỘI ĐỒNG THẨM ĐỊNH")))
                .put("/api/campaigns/" + a).then().statusCode(200)
                .body("council", equalTo(COUNCIL_A))
                .body("issuer.issuingBody", equalTo("HỘI ĐỒNG THẨM ĐỊNH TOP 100"));
        Api.as("admin").body(Map.of("council", COUNCIL_B, "issuer", Map.of(
                "parentBody", "BAN TỔ CHỨC CHƯƠNG TRÌNH",
                "issuingBody", "HỘI ĐỒNG XÉT CHỌN LÃNH ĐẠO",
                "code", "HĐXC",
                "authority", "CHỦ TỊCH HỘI ĐỒNG XÉT CHỌN LÃNH ĐẠO",
                "authorityInText", "Chủ tịch Hội đồng xét chọn lãnh đạo",
                "signerTitle", "TM. HỘI ĐỒNG XÉT CHỌN")))
                .put("/api/campaigns/" + b).then().statusCode(200).body("council", equalTo(COUNCIL_B));

        List<Long> dossiersA = dossiers(a, "A");
        List<Long> dossiersB = dossiers(b, "B");
        Map<Long, List<String>> jurorsA = assign(a, COUNCIL_A);
        Map<Long, List<String>> jurorsB = assign(b, COUNCIL_B);
        assertThat(jurorsA.keySet()).containsExactlyInAnyOrderElementsOf(dossiersA);
        assertThat(jurorsB.keySet()).containsExactlyInAnyOrderElementsOf(dossiersB);
        jurorsA.values().forEach(members -> assertThat(COUNCIL_A).containsAll(members));
        jurorsB.values().forEach(members -> assertThat(COUNCIL_B).containsAll(members));
        // the other programme's council does not even learn the dossiers exist
        for (String outsider : List.of("juror5", "juror6", "juror7", "juror4", "juror8")) {
            Api.as(outsider).get("/api/dossiers?campaign=" + a).then().statusCode(200).body("size()", equalTo(0));
            refused(Api.as(outsider).get("/api/dossiers/" + dossiersA.get(0)), 404, "not_found.dossier");
            refused(Api.as(outsider).body(Stages.scorecard(9)).put("/api/dossiers/" + dossiersA.get(0)
                    + "/scorecards/mine"), 404, "not_found.dossier");
        }

        Stages.toDeliberation(a, jurorsA);
        Stages.toDeliberation(b, jurorsB);
        vote(a, dossiersA, COUNCIL_A);
        vote(b, dossiersB, COUNCIL_B);
        // a member of the other council votes on nothing here, and reads neither the ranking nor the list vote
        refused(Api.as("juror5").body(Map.of("dossierId", dossiersA.get(0), "vote", "REJECT"))
                .post("/api/campaigns/" + a + "/deliberation/votes"), 404, "not_found.dossier");
        refused(Api.as("juror1").body(Map.of("approveInsideCutExcept", List.of()))
                .post("/api/campaigns/" + b + "/deliberation/votes/list"), 403, "forbidden");
        refused(Api.as("juror5").get("/api/campaigns/" + a + "/ranking"), 403, "forbidden");
        Api.as("juror1").get("/api/campaigns/" + a + "/ranking").then().statusCode(200);
        refused(Api.as("admin").body(Map.of("council", COUNCIL_B)).put("/api/campaigns/" + a), 409,
                "amend.council_locked");

        for (String campaign : List.of(a, b)) {
            Api.as("secretary1").post("/api/campaigns/" + campaign + "/proposal").then().statusCode(201)
                    .body("awarded", equalTo(2));
            Api.as("chair").body(Map.of("action", "SIGN")).post("/api/campaigns/" + campaign + "/decision").then()
                    .statusCode(200);
        }
        refused(Api.as("admin").body(Map.of("issuer", Map.of("signerTitle", "CHỦ TỊCH"))).put("/api/campaigns/" + a),
                409, "amend.issuer_locked");

        String decisionA = PdfTools.text(decision(a));
        String decisionB = PdfTools.text(decision(b));
        assertThat(decisionA).contains("HỘI ĐỒNG THẨM ĐỊNH TOP 100", "CHỦ TỊCH HỘI ĐỒNG THẨM ĐỊNH",
                "HỘI TRUYỀN THÔNG SỐ VIỆT NAM", "Nhà máy A").containsPattern("Số: \\d{2}/QĐ-HĐTĐ\\b")
                .doesNotContain("XÉT CHỌN", "Nhà máy B");
        assertThat(decisionB).contains("BAN TỔ CHỨC CHƯƠNG TRÌNH", "HỘI ĐỒNG XÉT CHỌN LÃNH ĐẠO",
                "CHỦ TỊCH HỘI ĐỒNG XÉT CHỌN LÃNH ĐẠO", "TM. HỘI ĐỒNG XÉT CHỌN", "Chủ tịch Hội đồng xét chọn lãnh đạo",
                "Nhà máy B").containsPattern("Số: 01/QĐ-HĐXC")
                .doesNotContain("HỘI ĐỒNG THẨM ĐỊNH TOP 100", "Nhà máy A");
    }

    private static List<Long> dossiers(String campaign, String mark) {
        return List.of(
                Fixtures.submit(campaign, "nominator.danang", Fixtures.unitDossier(Fixtures.SECTOR_A,
                        "Nhà máy " + mark + " Đà Nẵng", "N48", taxCode())),
                Fixtures.submit(campaign, "nominator.hcm", Fixtures.unitDossier(Fixtures.SECTOR_A,
                        "Nhà máy " + mark + " Thành phố Hồ Chí Minh", "N79", taxCode())))
                .stream().peek(Stages::accept).toList();
    }

    /** Automatic assignment; the current jurors of each dossier, as the council's own lists show them. */
    private static Map<Long, List<String>> assign(String campaign, List<String> council) {
        Api.as("secretary1").post("/api/campaigns/" + campaign + "/assignments/auto").then().statusCode(200)
                .body("unfilled.size()", equalTo(0));
        Map<Long, List<String>> jurors = new TreeMap<>();
        for (String member : council) {
            Api.as(member).get("/api/dossiers?campaign=" + campaign).then().statusCode(200).extract().jsonPath()
                    .getList("id", Long.class)
                    .forEach(id -> jurors.computeIfAbsent(id, k -> new ArrayList<>()).add(member));
        }
        return jurors;
    }

    private static void vote(String campaign, List<Long> dossiers, List<String> council) {
        for (String member : council) {
            for (long dossier : dossiers) {
                Api.as(member).body(Map.of("dossierId", dossier, "vote", "APPROVE"))
                        .post("/api/campaigns/" + campaign + "/deliberation/votes").then().statusCode(201);
            }
        }
    }

    private static byte[] decision(String campaign) {
        return Api.as("secretary1").accept("application/pdf").get("/api/campaigns/" + campaign + "/decision.pdf")
                .then().statusCode(200).extract().asByteArray();
    }

    private static String taxCode() {
        return String.valueOf(java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
    }
}

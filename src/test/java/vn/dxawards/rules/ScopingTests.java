package vn.dxawards.rules;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.dxawards.rules.Refusals.refused;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;
import vn.dxawards.support.Tokens;

/**
 * Who may know and touch what: no valid token is 401; a wrong role is 403; another body's
 * dossier, or one not assigned to a juror, does not exist for them (404, never its content) — and
 * none of these requests changes anything.
 */
@QuarkusTest
class ScopingTests {

    private static String campaign;
    private static long hanoiDraft;
    private static long hanoiAttachment;
    private static long hanoiSubmitted;
    private static long hanoiAssigned;
    private static List<String> jurorsOfAssigned;

    /** Hà Nội's draft with a letter attached, a submitted dossier, and an accepted one with its jurors. */
    private static synchronized void prepare() {
        if (campaign != null) {
            return;
        }
        String code = Fixtures.newCampaign("scope");
        hanoiDraft = Stages.draft(code, "nominator.hanoi",
                Fixtures.unitDossier(Fixtures.STATE, "Sở Y tế Hà Nội", "01", "0100500100"));
        hanoiAttachment = ((Number) Uploads.upload("nominator.hanoi", hanoiDraft, "cong-van.pdf",
                Uploads.nominationLetter()).then().statusCode(201).extract().path("id")).longValue();
        hanoiSubmitted = Fixtures.submit(code, "nominator.hanoi",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Thanh Nhàn", "01", "0100500101"));
        hanoiAssigned = Fixtures.submit(code, "nominator.hanoi",
                Fixtures.unitDossier(Fixtures.SECTOR_B, "Trường THPT Chu Văn An", "01", "0100500102"));
        Stages.accept(hanoiAssigned);
        jurorsOfAssigned = Stages.assignJurors(code).get(hanoiAssigned);
        assertThat(jurorsOfAssigned).hasSize(3);
        campaign = code;
    }

    @Test
    void withoutATokenNothingIsAnsweredOrChanged() {
        prepare();
        Unchanged before = Unchanged.dossier(hanoiDraft, "nominator.hanoi")
                .and(Unchanged.campaignDossiers(campaign, "nominator.hanoi"));

        refused(Api.anonymous().get("/api/dossiers"), 401, "unauthenticated")
                .body("message", equalTo("Vui lòng đăng nhập."));
        refused(Api.anonymous().header("Accept-Language", "en").get("/api/dossiers/" + hanoiDraft), 401,
                "unauthenticated").body("message", equalTo("Please sign in."));
        refused(Api.anonymous().body(Fixtures.unitDossier(Fixtures.STATE, "Sở Nội vụ Hà Nội", "01", "0100500103"))
                .post("/api/campaigns/" + campaign + "/dossiers"), 401, "unauthenticated");
        refused(Api.anonymous().body(Fixtures.unitDossier(Fixtures.STATE, "Sở Y tế Hà Nội", "01", "0100500100"))
                .put("/api/dossiers/" + hanoiDraft), 401, "unauthenticated");
        refused(Api.anonymous().post("/api/dossiers/" + hanoiDraft + "/submit"), 401, "unauthenticated");
        refused(Uploads.uploadAnonymously(hanoiDraft, "cong-van.pdf", Uploads.nominationLetter()), 401,
                "unauthenticated");
        refused(Api.anonymous().post("/api/campaigns/" + campaign + "/advance"), 401, "unauthenticated");

        before.verify();
        Api.as("secretary1").get("/api/campaigns/" + campaign).then().body("phase", equalTo("NOMINATION"));
    }

    @Test
    void aForgedOrTamperedTokenIsNoToken() {
        prepare();
        String real = Tokens.of("nominator.hanoi");
        String tampered = real.substring(0, real.length() - 4) + (real.endsWith("AAAA") ? "BBBB" : "AAAA");

        for (String token : List.of("khong-phai-token", tampered)) {
            refused(given().auth().oauth2(token).accept(ContentType.JSON).get("/api/dossiers/" + hanoiDraft), 401,
                    "unauthenticated");
        }
    }

    @Test
    void aJurorCannotCreateACampaign() {
        String code = "cam-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = Fixtures.today();
        Map<String, Object> definition = Map.of(
                "code", code,
                "name", Map.of("vi", "Đợt của thành viên hội đồng", "en", "A juror's campaign"),
                "windows", Map.of(
                        "nomination", Map.of("start", today.toString(), "end", today.plusDays(10).toString()),
                        "appraisal", Map.of("start", today.plusDays(11).toString(), "end", today.plusDays(20).toString())),
                "categories", List.of(Map.of("code", "health", "name", Map.of("vi", "Y tế", "en", "Health"),
                        "kind", "UNIT")));

        refused(Api.as("juror1").body(definition).post("/api/campaigns"), 403, "forbidden")
                .body("message", equalTo("Bạn không có quyền thực hiện thao tác này."));
        refused(Api.as("juror1").header("Accept-Language", "en").body(definition).post("/api/campaigns"), 403,
                "forbidden").body("message", equalTo("You are not allowed to do this."));

        refused(Api.as("admin").get("/api/campaigns/" + code), 404, "not_found.campaign");
    }

    @Test
    void aNominatorCannotDecideTheIntakeOfItsOwnDossier() {
        prepare();
        Unchanged before = Unchanged.dossier(hanoiSubmitted, "nominator.hanoi");

        refused(Api.as("nominator.hanoi").body(Map.of("decision", "ACCEPT")).post("/api/dossiers/" + hanoiSubmitted
                + "/intake"), 403, "forbidden");

        before.verify();
    }

    @Test
    void onlyTheAdminAndTheSecretariatAdvanceACampaign() {
        prepare();
        for (String user : List.of("nominator.hanoi", "juror5", "chair")) {
            refused(Api.as(user).post("/api/campaigns/" + campaign + "/advance"), 403, "forbidden");
        }
        Api.as("nominator.hanoi").get("/api/campaigns/" + campaign).then().statusCode(200)
                .body("phase", equalTo("NOMINATION"));
    }

    @Test
    void anotherBodysDossierDoesNotExistForIt() {
        prepare();
        Unchanged before = Unchanged.dossier(hanoiDraft, "nominator.hanoi")
                .and(Unchanged.dossier(hanoiSubmitted, "nominator.hanoi"));
        String hcm = "nominator.hcm";

        refused(Api.as(hcm).get("/api/dossiers/" + hanoiDraft), 404, "not_found.dossier")
                .body("message", equalTo("Không tìm thấy hồ sơ."));
        refused(Api.as(hcm).body(Fixtures.unitDossier(Fixtures.STATE, "Sở Y tế TP.HCM", "N79", "0300500104"))
                .put("/api/dossiers/" + hanoiDraft), 404, "not_found.dossier");
        refused(Api.as(hcm).post("/api/dossiers/" + hanoiDraft + "/submit"), 404, "not_found.dossier");
        refused(Uploads.upload(hcm, hanoiDraft, "cong-van.pdf", Uploads.nominationLetter()), 404, "not_found.dossier");
        refused(Api.as(hcm).accept("application/pdf")
                .get("/api/dossiers/" + hanoiDraft + "/attachments/" + hanoiAttachment), 404, "not_found.dossier");
        refused(Api.as(hcm).delete("/api/dossiers/" + hanoiDraft), 404, "not_found.dossier");
        refused(Api.as(hcm).post("/api/dossiers/" + hanoiSubmitted + "/withdraw"), 404, "not_found.dossier");
        refused(Api.as(hcm).get("/api/dossiers/" + hanoiSubmitted + "/audit"), 404, "not_found.dossier");
        assertThat(Api.as(hcm).get("/api/dossiers?campaign=" + campaign).then().statusCode(200).extract().jsonPath()
                .getList("id", Long.class)).doesNotContain(hanoiDraft, hanoiSubmitted);

        before.verify();
    }

    @Test
    void aJurorSeesOnlyTheDossiersAssignedToThem() {
        prepare();
        List<String> unassigned = new ArrayList<>(Stages.COUNCIL);
        unassigned.removeAll(jurorsOfAssigned);
        // juror2 and juror3 are local to Hà Nội: conflicted, never assigned; the others simply were not.
        assertThat(unassigned).contains("juror2", "juror3");
        Unchanged before = Unchanged.dossier(hanoiAssigned, "nominator.hanoi");

        for (String juror : unassigned) {
            refused(Api.as(juror).get("/api/dossiers/" + hanoiAssigned), 404, "not_found.dossier");
            refused(Api.as(juror).get("/api/dossiers/" + hanoiAssigned + "/scorecards"), 404, "not_found.dossier");
            refused(Api.as(juror).get("/api/dossiers/" + hanoiAssigned + "/scorecards/mine"), 404,
                    "not_found.dossier");
            refused(Api.as(juror).body(Map.of("scores", Map.of("C1", 5))).put("/api/dossiers/" + hanoiAssigned
                    + "/scorecards/mine"), 404, "not_found.dossier");
            refused(Api.as(juror).body(Map.of("reason", "Tôi quen đơn vị này."))
                    .post("/api/dossiers/" + hanoiAssigned + "/conflict"), 404, "not_found.dossier");
            assertThat(Api.as(juror).get("/api/dossiers?campaign=" + campaign).then().statusCode(200).extract()
                    .jsonPath().getList("id", Long.class)).doesNotContain(hanoiAssigned);
        }
        String reference = Api.as("secretary1").get("/api/dossiers/" + hanoiAssigned).then().extract().path("reference");
        for (String juror : jurorsOfAssigned) {
            Api.as(juror).get("/api/dossiers/" + hanoiAssigned).then().statusCode(200)
                    .body("reference", equalTo(reference));
        }

        before.verify();
    }
}

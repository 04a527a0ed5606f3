package vn.dxawards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.dxawards.rules.Refusals.refused;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;

/**
 * A nominator's bad input on a dossier: each is refused with its status and a message in the
 * caller's language, and leaves the dossier, the campaign's lists, the audit trail and the tasks
 * as they were.
 */
@QuarkusTest
class DossierInputTests {

    @jakarta.inject.Inject
    vn.dxawards.dossier.service.NominatingBodies bodies;

    private static String campaign;

    private static synchronized String campaign() {
        if (campaign == null) {
            campaign = Fixtures.newCampaign("input");
        }
        return campaign;
    }

    private static Map<String, Object> hanoiUnit(String name) {
        return Fixtures.unitDossier(Fixtures.STATE, name, "01", "0100200300");
    }

    @Test
    void malformedJsonIsRefusedAndCreatesNothing() {
        Unchanged lists = Unchanged.campaignDossiers(campaign(), "nominator.hanoi");

        refused(Api.as("nominator.hanoi").body("{\"categoryCode\": \"state-agencies\", \"nominee\": {")
                .post("/api/campaigns/" + campaign() + "/dossiers"), 400, "malformed_json")
                .body("message", equalTo("Dữ liệu gửi lên không đúng định dạng JSON."));

        lists.verify();
    }

    @Test
    void malformedJsonLeavesADraftAsItWas() {
        long draft = Stages.draft(campaign(), "nominator.hanoi", hanoiUnit("Sở Tư pháp Hà Nội"));
        Unchanged before = Unchanged.dossier(draft, "nominator.hanoi");

        refused(Api.as("nominator.hanoi").body("{\"categoryCode\": \"state-agencies\",,}")
                .put("/api/dossiers/" + draft), 400, "malformed_json");

        before.verify();
    }

    @Test
    void aValueOfTheWrongTypeNamesTheField() {
        Unchanged lists = Unchanged.campaignDossiers(campaign(), "nominator.hanoi");

        refused(Api.as("nominator.hanoi").body("{\"categoryCode\": \"state-agencies\", \"nominee\": \"Sở Y tế\"}")
                .post("/api/campaigns/" + campaign() + "/dossiers"), 400, "invalid_value")
                .body("message", equalTo("Giá trị của trường nominee không hợp lệ."));
        refused(Api.as("nominator.hanoi").header("Accept-Language", "en")
                .body("{\"categoryCode\": \"state-agencies\", \"nominee\": {\"name\": [\"Sở Y tế\"]}}")
                .post("/api/campaigns/" + campaign() + "/dossiers"), 400, "invalid_value")
                .body("message", equalTo("The value of field nominee.name is not valid."));

        lists.verify();
    }

    @Test
    void anUnknownCategoryIsRefusedInTheCallersLanguage() {
        Unchanged lists = Unchanged.campaignDossiers(campaign(), "nominator.hanoi");
        Map<String, Object> dossier = Fixtures.unitDossier("tourism", "Sở Du lịch Hà Nội", "01", "0100200301");

        refused(Api.as("nominator.hanoi").body(dossier).post("/api/campaigns/" + campaign() + "/dossiers"),
                422, "unknown_category")
                .body("message", equalTo("Hạng mục tourism không có trong đợt bình chọn."));
        refused(Api.as("nominator.hanoi").header("Accept-Language", "en").body(dossier)
                .post("/api/campaigns/" + campaign() + "/dossiers"), 422, "unknown_category")
                .body("message", equalTo("Category tourism is not part of this campaign."));

        lists.verify();
    }

    @Test
    void anUnknownLocalityIsRefused() {
        Unchanged lists = Unchanged.campaignDossiers(campaign(), "nominator.vinasa");

        refused(Api.as("nominator.vinasa").body(Fixtures.unitDossier(Fixtures.STATE, "Công ty ABC", "99", "0100200302"))
                .post("/api/campaigns/" + campaign() + "/dossiers"), 422, "unknown_locality")
                .body("message", equalTo("Mã địa phương 99 không hợp lệ cho đợt bình chọn này."));

        lists.verify();
    }

    @Test
    void aLocalityCodeValidOnlyBeforeTheReorganisationIsRefusedForACampaignOfToday() {
        // Đà Nẵng was 48 until 30 June 2025; since 1 July 2025 the merged city is N48.
        Api.as("nominator.danang").get("/api/localities?date=2025-06-30").then().statusCode(200)
                .body("code", hasItem("48"));
        Api.as("nominator.danang").get("/api/localities").then().statusCode(200)
                .body("code", not(hasItem("48"))).body("code", hasItem("N48"));
        Unchanged lists = Unchanged.campaignDossiers(campaign(), "nominator.danang");

        refused(Api.as("nominator.danang").body(Fixtures.unitDossier(Fixtures.STATE, "Sở Y tế Đà Nẵng", "48",
                "0400200303")).post("/api/campaigns/" + campaign() + "/dossiers"), 422, "unknown_locality")
                .body("message", equalTo("Mã địa phương 48 không hợp lệ cho đợt bình chọn này."));

        lists.verify();
    }

    @Test
    void aBodyWithALocalityNominatesOnlyUnitsOfThatLocality() {
        vn.dxawards.support.RealmBodies.ensure();
        bodies.refresh(); // the body's name as the identity provider gives it, whenever the scheduled refresh runs
        Unchanged lists = Unchanged.campaignDossiers(campaign(), "nominator.hanoi");
        Map<String, Object> saigonUnit = Fixtures.unitDossier(Fixtures.STATE, "Sở Y tế TP.HCM", "N79", "0300200304");

        refused(Api.as("nominator.hanoi").body(saigonUnit).post("/api/campaigns/" + campaign() + "/dossiers"),
                422, "locality_outside_body")
                .body("message", equalTo("Đơn vị được đề cử phải thuộc địa bàn của cơ quan đề cử (Ủy ban nhân dân thành phố Hà Nội); "
                        + "Hồ Chí Minh nằm ngoài địa bàn."));
        lists.verify();

        // A national body (an association) may nominate anywhere.
        Api.as("nominator.vinasa").body(saigonUnit).post("/api/campaigns/" + campaign() + "/dossiers").then()
                .statusCode(201).body("nominee.province", equalTo("N79"));
    }

    @Test
    void aDraftCannotBeMovedOutsideTheBodysLocality() {
        long draft = Stages.draft(campaign(), "nominator.hanoi", hanoiUnit("Sở Xây dựng Hà Nội"));
        Unchanged before = Unchanged.dossier(draft, "nominator.hanoi");

        refused(Api.as("nominator.hanoi").body(Fixtures.unitDossier(Fixtures.STATE, "Sở Xây dựng Hà Nội", "N79",
                "0100200300")).put("/api/dossiers/" + draft), 422, "locality_outside_body");

        before.verify();
    }

    @Test
    void invalidFieldsAreListed() {
        Unchanged lists = Unchanged.campaignDossiers(campaign(), "nominator.hanoi");
        Map<String, Object> nominee = new HashMap<>(Map.of("name", " ", "province", "01", "taxCode", "12345",
                "contactEmail", "khong-phai-email"));

        refused(Api.as("nominator.hanoi").body(Map.of("categoryCode", Fixtures.STATE, "nominee", nominee))
                .post("/api/campaigns/" + campaign() + "/dossiers"), 422, "invalid_input")
                .body("message", equalTo("Dữ liệu chưa hợp lệ, vui lòng kiểm tra các trường được nêu."))
                .body("details", contains("contactEmail: địa chỉ email không hợp lệ", "name: bắt buộc",
                        "taxCode: mã số thuế không hợp lệ (10 hoặc 13 chữ số)"));

        lists.verify();
    }

    @Test
    void anIncompleteDraftCannotBeSubmitted() {
        Map<String, Object> withoutStrategy = new HashMap<>(hanoiUnit("Sở Nội vụ Hà Nội"));
        withoutStrategy.remove("strategy");
        long draft = Stages.draft(campaign(), "nominator.hanoi", withoutStrategy);
        Unchanged before = Unchanged.dossier(draft, "nominator.hanoi");

        refused(Api.as("nominator.hanoi").post("/api/dossiers/" + draft + "/submit"), 422, "dossier.incomplete")
                .body("details", contains("chiến lược, kế hoạch chuyển đổi số"));

        before.verify();
    }

    @Test
    void aSubmittedDossierCannotBeEdited() {
        long submitted = Fixtures.submit(campaign(), "nominator.hanoi", hanoiUnit("Sở Tài chính Hà Nội"));
        Unchanged before = Unchanged.dossier(submitted, "nominator.hanoi");
        Map<String, Object> edited = new HashMap<>(hanoiUnit("Sở Tài chính Hà Nội"));
        edited.put("results", "Số liệu đã sửa sau khi nộp.");

        refused(Api.as("nominator.hanoi").body(edited).put("/api/dossiers/" + submitted), 409, "dossier.not_editable")
                .body("message", equalTo("Không thể sửa hồ sơ ở trạng thái SUBMITTED."));

        before.verify();
    }

    @Test
    void submittingTwiceIsRefusedAndLeavesOneIntakeTask() {
        long submitted = Fixtures.submit(campaign(), "nominator.hanoi", hanoiUnit("Sở Công Thương Hà Nội"));
        String reference = Api.as("nominator.hanoi").get("/api/dossiers/" + submitted).then().extract().path("reference");
        Unchanged before = Unchanged.dossier(submitted, "nominator.hanoi");

        refused(Api.as("nominator.hanoi").post("/api/dossiers/" + submitted + "/submit"), 409,
                "dossier.already_submitted")
                .body("message", equalTo("Hồ sơ " + reference + " đã được nộp."));

        before.verify();
        List<String> tasks = Api.as("secretary1").get("/api/tasks").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.dossierId == " + submitted + " }.type");
        assertThat(tasks).containsExactly("Task_Intake");
    }

    @Test
    void nothingIsCreatedOrSubmittedOutsideTheNominationPhase() {
        String closing = Fixtures.newCampaign("closed");
        long draft = Stages.draft(closing, "nominator.hanoi", hanoiUnit("Sở Giao thông Hà Nội"));
        Stages.advance(closing, "APPRAISAL");
        Unchanged before = Unchanged.dossier(draft, "nominator.hanoi")
                .and(Unchanged.campaignDossiers(closing, "nominator.hanoi"));

        refused(Api.as("nominator.hanoi").post("/api/dossiers/" + draft + "/submit"), 409, "phase.closed")
                .body("message", equalTo("Thao tác không được phép trong giai đoạn hiện tại của đợt bình chọn (APPRAISAL)."));
        refused(Api.as("nominator.hanoi").body(hanoiUnit("Sở Văn hóa Hà Nội"))
                .post("/api/campaigns/" + closing + "/dossiers"), 409, "phase.closed");
        refused(Api.as("nominator.hanoi").body(hanoiUnit("Sở Giao thông Hà Nội")).put("/api/dossiers/" + draft), 409,
                "phase.closed");

        before.verify();
    }

    @Test
    void anUnknownCampaignOrDossierIsNotFound() {
        refused(Api.as("nominator.hanoi").body(hanoiUnit("Sở Ngoại vụ Hà Nội"))
                .post("/api/campaigns/khong-co-dot-nay/dossiers"), 404, "not_found.campaign")
                .body("message", equalTo("Không tìm thấy đợt bình chọn."));
        refused(Api.as("nominator.hanoi").get("/api/dossiers/999999999"), 404, "not_found.dossier")
                .body("message", equalTo("Không tìm thấy hồ sơ."));
    }
}

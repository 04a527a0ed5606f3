package vn.dxawards.rules;

import static org.hamcrest.Matchers.equalTo;
import static vn.dxawards.rules.Refusals.refused;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;

/**
 * The secretariat's bad input at intake: an unknown decision, a supplement request without a
 * valid due date, a rejection without its reason, a dossier no longer waiting. The dossier, its
 * intake task and its audit trail stay as they were.
 */
@QuarkusTest
class IntakeInputTests {

    private static String campaign;

    private static synchronized String campaign() {
        if (campaign == null) {
            campaign = Fixtures.newCampaign("intake");
        }
        return campaign;
    }

    private static long submitted(String name) {
        return Fixtures.submit(campaign(), "nominator.hanoi",
                Fixtures.unitDossier(Fixtures.STATE, name, "01", "0100900100"));
    }

    private static String intake(long dossier) {
        return "/api/dossiers/" + dossier + "/intake";
    }

    @Test
    void anUnknownDecisionOrAMalformedDateNamesTheField() {
        long dossier = submitted("Sở Y tế Hà Nội");
        Unchanged before = Unchanged.dossier(dossier, "nominator.hanoi");

        refused(Api.as("secretary1").body("{\"decision\": \"MAYBE\"}").post(intake(dossier)), 400, "invalid_value")
                .body("message", equalTo("Giá trị của trường decision không hợp lệ."));
        refused(Api.as("secretary1").header("Accept-Language", "en")
                .body("{\"decision\": \"REQUEST_SUPPLEMENT\", \"note\": \"Bổ sung số liệu.\", \"dueDate\": \"31/12/2030\"}")
                .post(intake(dossier)), 400, "invalid_value")
                .body("message", equalTo("The value of field dueDate is not valid."));

        before.verify();
    }

    @Test
    void aSupplementRequestNeedsAFutureDueDateAndEveryRefusalAReason() {
        long dossier = submitted("Sở Giáo dục Hà Nội");
        Unchanged before = Unchanged.dossier(dossier, "nominator.hanoi");

        refused(Api.as("secretary1").body(Map.of("decision", "REQUEST_SUPPLEMENT", "note", "Bổ sung số liệu."))
                .post(intake(dossier)), 422, "intake.due_date_required");
        refused(Api.as("secretary1").body(Map.of("decision", "REQUEST_SUPPLEMENT", "note", "Bổ sung số liệu.",
                "dueDate", Fixtures.today().minusDays(1).toString())).post(intake(dossier)), 422,
                "intake.due_date_past")
                .body("message", equalTo("Hạn bổ sung không được ở trong quá khứ."));
        refused(Api.as("secretary1").body(Map.of("decision", "REJECT", "note", "  ")).post(intake(dossier)), 422,
                "intake.note_required");
        refused(Api.as("secretary1").body(Map.of("note", "Thiếu quyết định.")).post(intake(dossier)), 422,
                "invalid_input");

        before.verify();
    }

    @Test
    void aDecidedDossierIsNoLongerWaitingForIntake() {
        long dossier = submitted("Sở Tư pháp Hà Nội");
        Stages.accept(dossier);
        String reference = Api.as("secretary1").get("/api/dossiers/" + dossier).then().extract().path("reference");
        Unchanged before = Unchanged.dossier(dossier, "nominator.hanoi");

        refused(Api.as("secretary2").body(Map.of("decision", "REJECT", "note", "Đổi ý."))
                .post(intake(dossier)), 409, "intake.not_waiting")
                .body("message", equalTo("Hồ sơ " + reference + " không chờ tiếp nhận (trạng thái ACCEPTED)."));

        before.verify();
    }

    @Test
    void aTaskClaimedByAnotherSecretaryIsTheirs() {
        long dossier = submitted("Sở Nội vụ Hà Nội");
        String task = Api.as("secretary1").get("/api/tasks").then().statusCode(200).extract().jsonPath()
                .getString("find { it.dossierId == " + dossier + " }.id");
        Api.as("secretary1").post("/api/tasks/" + task + "/claim").then().statusCode(200)
                .body("assignee", equalTo("secretary1"));
        Unchanged before = Unchanged.dossier(dossier, "nominator.hanoi");

        refused(Api.as("secretary2").body(Map.of("decision", "ACCEPT")).post(intake(dossier)), 409,
                "task.claimed_by_other")
                .body("message", equalTo("Công việc đang do secretary1 xử lý."));
        refused(Api.as("secretary2").post("/api/tasks/" + task + "/claim"), 409, "task.claimed_by_other");
        refused(Api.as("secretary2").post("/api/tasks/" + task + "/unclaim"), 409, "task.not_yours");

        before.verify();
    }
}

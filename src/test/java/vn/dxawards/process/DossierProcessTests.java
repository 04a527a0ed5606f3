package vn.dxawards.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.dxawards.platform.i18n.Times;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;

/** The paths through processes/dossier.bpmn, one story each, from the submission to the dossier's end or wait. */
@QuarkusTest
class DossierProcessTests extends ProcessTests {

    private static final String NOMINATOR = "nominator.hanoi";

    @Test
    void anAcceptedDossierWaitsForTheAppraisalToOpenThenEntersIt() {
        String campaign = Fixtures.newCampaign("dossier-accepted");
        long id = submitHanoiHealth(campaign);
        ProcessInstance dossier = dossierProcess(id);
        assertThat(dossier).isWaitingAt("Task_Intake")
                .hasVariables("dossierId", "campaignCode", "nominatorGroup", "intakeDue");
        assertThat(task(dossier)).hasCandidateGroup("secretary");

        accept(id);

        assertThat(dossier).hasPassed("Task_RecordAcceptance").isWaitingAt("Event_AppraisalOpened")
                .hasNotPassed("Task_DossierInAppraisal");

        advance(campaign, "APPRAISAL");

        assertThat(dossier).hasPassed("Event_AppraisalOpened", "Task_DossierInAppraisal")
                .isWaitingAt("Event_DeliberationOpened");
        assertThat(status(id)).isEqualTo("IN_APPRAISAL");
    }

    @Test
    void aDossierAcceptedDuringTheAppraisalEntersItAtOnce() {
        String campaign = Fixtures.newCampaign("dossier-late-intake");
        long id = submitHanoiHealth(campaign);
        ProcessInstance dossier = dossierProcess(id);
        advance(campaign, "APPRAISAL");
        assertThat(dossier).isWaitingAt("Task_Intake");

        intake(id, "ACCEPT", null, null, "IN_APPRAISAL");

        assertThat(dossier).hasPassed("Task_RecordAcceptance", "Task_DossierInAppraisal")
                .hasNotPassed("Event_AppraisalOpened").isWaitingAt("Event_DeliberationOpened");
    }

    @Test
    void aSupplementAnsweredInTimeGoesBackToIntakeAndMovesTheSecretariatsDueDate() {
        String campaign = Fixtures.newCampaign("dossier-supplement");
        long id = submitHanoiHealth(campaign);
        ProcessInstance dossier = dossierProcess(id);
        Instant intakeDueBefore = intakeDue(id);
        String dueDate = Fixtures.today().plusDays(3).toString();

        Instant requested = Instant.now();
        intake(id, "REQUEST_SUPPLEMENT", "Bổ sung số liệu kết quả năm 2024.", dueDate, "SUPPLEMENT_REQUESTED");

        assertThat(dossier).hasPassed("Task_RecordSupplementRequest").isWaitingAt("Task_Supplement");
        assertThat(task(dossier)).hasCandidateGroup("body:UBND-HN")
                .hasDueDate(Times.endOfAsDate(Fixtures.today().plusDays(3)));
        assertThat(timer(dossier, "Boundary_SupplementDue").getDuedate())
                .isEqualTo(Times.endOfAsDate(Fixtures.today().plusDays(3)));
        assertThat(taskTypes(NOMINATOR, id)).containsExactly("Task_Supplement");
        assertThat(taskTypes(SECRETARY, id)).isEmpty();
        assertThat(taskTypes("nominator.danang", id)).isEmpty();

        Map<String, Object> supplemented = new HashMap<>(hanoiHealth());
        supplemented.put("results", "95% hồ sơ trực tuyến; số liệu năm 2024 đã bổ sung.");
        Api.as(NOMINATOR).body(supplemented).put("/api/dossiers/" + id).then().statusCode(200);
        Api.as(NOMINATOR).post("/api/dossiers/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        Instant answered = Instant.now();

        assertThat(dossier).hasPassed("Task_Supplement", "Task_RecordSupplementAnswer")
                .hasNotPassed("Task_MarkSupplementOverdue").isWaitingAt("Task_Intake");
        assertThat(hasTimer(dossier, "Boundary_SupplementDue")).as("the supplement timer is gone").isFalse();
        assertThat(taskTypes(NOMINATOR, id)).isEmpty();
        Api.as(SECRETARY).get("/api/dossiers/" + id).then().body("overdue", equalTo(false));
        // The secretariat's clock stood still while the nominator had the dossier.
        Instant intakeDueAfter = intakeDue(id);
        Duration moved = Duration.between(intakeDueBefore, intakeDueAfter);
        assertThat(moved).isPositive().isLessThanOrEqualTo(Duration.between(requested, answered));
        assertThat(task(dossier).getDueDate().toInstant()).isCloseTo(intakeDueAfter, within(1, ChronoUnit.MILLIS));

        accept(id);
        assertThat(dossier).isWaitingAt("Event_AppraisalOpened");
    }

    @Test
    void anUnansweredSupplementGoesBackToTheSecretariatFlaggedOverdue() {
        String campaign = Fixtures.newCampaign("dossier-overdue");
        long id = submitHanoiHealth(campaign);
        ProcessInstance dossier = dossierProcess(id);
        intake(id, "REQUEST_SUPPLEMENT", "Bổ sung công văn đề cử.", Fixtures.today().plusDays(1).toString(),
                "SUPPLEMENT_REQUESTED");
        assertThat(dossier).isWaitingAt("Task_Supplement");

        passTimer(dossier, "Boundary_SupplementDue");

        assertThat(dossier).hasPassed("Boundary_SupplementDue", "Task_MarkSupplementOverdue")
                .hasNotPassed("Task_RecordSupplementAnswer").isWaitingAt("Task_Intake");
        assertThat(task(dossier)).hasCandidateGroup("secretary");
        Api.as(NOMINATOR).get("/api/dossiers/" + id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("overdue", equalTo(true));
        assertThat(taskTypes(NOMINATOR, id)).isEmpty();
        assertThat(taskTypes(SECRETARY, id)).containsExactly("Task_Intake");
        assertThat(audited(id, "SUPPLEMENT_OVERDUE")).containsExactly("system: null");
        // Too late: the answer is no longer taken.
        Api.as(NOMINATOR).post("/api/dossiers/" + id + "/submit").then().statusCode(409);
    }

    @Test
    void aRejectedDossierEndsAtTheRejectionAndFreesItsPlace() {
        String campaign = Fixtures.newCampaign("dossier-rejected");
        long id = submitHanoiHealth(campaign);
        ProcessInstance dossier = dossierProcess(id);

        intake(id, "REJECT", "Không thuộc đối tượng của chương trình.", null, "REJECTED");

        assertThat(dossier).hasPassed("Task_RecordRejection", "EndEvent_Rejected")
                .hasNotPassed("Task_RecordAcceptance", "Task_RecordSupplementRequest").isEnded();
        assertThat(taskTypes(SECRETARY, id)).isEmpty();
        // A rejected dossier does not hold the body's place in the sector.
        Fixtures.submit(campaign, NOMINATOR,
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Thanh Nhàn", "01", "0100100109"));
    }

    @Test
    void aWithdrawnDossierEndsInTheWithdrawalSubProcess() {
        String campaign = Fixtures.newCampaign("dossier-withdrawn");
        long id = submitHanoiHealth(campaign);
        ProcessInstance dossier = dossierProcess(id);
        intake(id, "REQUEST_SUPPLEMENT", "Bổ sung công văn đề cử.", Fixtures.today().plusDays(5).toString(),
                "SUPPLEMENT_REQUESTED");
        assertThat(dossier).isWaitingAt("Task_Supplement");

        Api.as(NOMINATOR).post("/api/dossiers/" + id + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));

        assertThat(dossier).hasPassed("StartEvent_Withdrawn", "Task_RecordWithdrawal", "EndEvent_Withdrawn")
                .hasNotPassed("Task_RecordSupplementAnswer", "Task_MarkSupplementOverdue").isEnded();
        assertThat(hasTimer(dossier, "Boundary_SupplementDue")).as("the supplement timer is gone").isFalse();
        assertThat(taskTypes(NOMINATOR, id)).isEmpty();
        Api.as(NOMINATOR).post("/api/dossiers/" + id + "/withdraw").then().statusCode(409);
    }

    @Test
    void aDossierWithdrawnDuringTheAppraisalEndsItsJurorsAssignments() {
        String campaign = Fixtures.newCampaign("dossier-withdrawn-appraisal");
        long id = submitHanoiHealth(campaign);
        ProcessInstance dossier = dossierProcess(id);
        accept(id);
        assignJurors(campaign);
        advance(campaign, "APPRAISAL");
        List<ProcessInstance> scorings = scoringProcesses(id);
        List<String> jurors = scorings.stream().map(this::jurorOf).toList();
        assertThat(jurors).hasSize(3);

        Api.as(NOMINATOR).post("/api/dossiers/" + id + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));

        assertThat(dossier).hasPassed("Task_DossierInAppraisal", "Task_RecordWithdrawal", "EndEvent_Withdrawn")
                .isEnded();
        scorings.forEach(scoring -> assertThat(scoring)
                .hasPassed("Boundary_CancelAssignment", "Task_RecordCancellation", "EndEvent_Cancelled").isEnded());
        for (String juror : jurors) {
            assertThat(taskTypes(juror, id)).as("%s's tasks", juror).isEmpty();
            Api.as(juror).post("/api/dossiers/" + id + "/scorecards/mine/submit").then().statusCode(404);
        }
    }

    private static long submitHanoiHealth(String campaign) {
        return Fixtures.submit(campaign, NOMINATOR, hanoiHealth());
    }

    private static Map<String, Object> hanoiHealth() {
        return Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Bạch Mai", "01", "0100100100");
    }

    private static Instant intakeDue(long id) {
        return Instant.parse(Api.as(SECRETARY).get("/api/dossiers/" + id).then().statusCode(200).extract()
                .path("intakeDue"));
    }
}

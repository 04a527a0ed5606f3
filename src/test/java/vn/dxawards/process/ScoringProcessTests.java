package vn.dxawards.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.dxawards.platform.i18n.Times;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;

/** The paths through processes/scoring.bpmn: one juror's assignment to one dossier. */
@QuarkusTest
class ScoringProcessTests extends ProcessTests {

    @Test
    void aJurorWhoDeclaresAConflictMidAppraisalIsReplacedByAnUnconflictedJuror() {
        String campaign = Fixtures.newCampaign("scoring-conflict");
        long id = submitHanoiHealth(campaign);
        accept(id);
        assertThat(assignJurors(campaign)).isEqualTo(3);
        advance(campaign, "APPRAISAL");
        List<ProcessInstance> scorings = scoringProcesses(id);
        assertThat(scorings).hasSize(3);
        scorings.forEach(scoring -> assertThat(scoring).isWaitingAt("Task_Score"));
        List<String> assigned = scorings.stream().map(this::jurorOf).toList();
        // Neither the Hà Nội committee's juror nor the Hà Nội juror is ever assigned a Hà Nội dossier.
        assertThat(assigned).doesNotContain("juror2", "juror3");
        ProcessInstance declared = scorings.get(0);
        String declaring = jurorOf(declared);
        Api.as(declaring).body(Map.of("scores", Map.of("C1", 7, "C2", 7), "comment", "Đang chấm."))
                .put("/api/dossiers/" + id + "/scorecards/mine").then().statusCode(200);

        String replacement = Api.as(declaring).body(Map.of("reason", "Tôi từng tư vấn chuyển đổi số cho bệnh viện này."))
                .post("/api/dossiers/" + id + "/conflict").then().statusCode(200).extract().path("replacement");

        assertThat(declared).hasPassed("Boundary_CancelAssignment", "Task_RecordCancellation", "EndEvent_Cancelled")
                .hasNotPassed("Task_RecordScorecard").isEnded();
        assertThat(replacement).isNotNull().isNotIn(assigned).isNotIn("juror2", "juror3");
        ProcessInstance replacing = scoringProcessOf(id, replacement);
        assertThat(replacing).isWaitingAt("Task_Score")
                .hasVariables("assignmentId", "dossierId", "juror", "scoringDue", "reminderAt");
        assertThat(task(replacing)).isAssignedTo(replacement);
        assertThat(scoringProcesses(id).stream().map(this::jurorOf))
                .containsExactlyInAnyOrder(assigned.get(1), assigned.get(2), replacement);
        Api.as(replacement).get("/api/dossiers/" + id).then().statusCode(200);
        assertThat(taskTypes(replacement, id)).containsExactly("Task_Score");

        // The declaring juror no longer knows the dossier exists.
        Api.as(declaring).get("/api/dossiers/" + id).then().statusCode(404);
        Api.as(declaring).get("/api/dossiers/" + id + "/scorecards/mine").then().statusCode(404);
        Api.as(declaring).get("/api/dossiers/" + id + "/scorecards").then().statusCode(404);
        assertThat(taskTypes(declaring, id)).isEmpty();

        assertThat(dossierProcess(id)).isWaitingAt("Event_DeliberationOpened");
        assertThat(auditActions(id)).contains("CONFLICT_DECLARED", "ASSIGNMENT_CANCELLED");
        assertThat(audited(id, "JUROR_ASSIGNED")).contains(declaring + ": " + replacement);
    }

    @Test
    void theReminderAndTheOverdueEscalationFireWhileTheScoringTaskStaysOpen() {
        LocalDate today = Fixtures.today();
        String campaign = Fixtures.newCampaign("scoring-timers", Fixtures.window(today.minusDays(1), today.plusDays(20)),
                Fixtures.window(today.minusDays(1), today.plusDays(25)), Map.of("scoringDays", 3));
        long id = submitHanoiHealth(campaign);
        accept(id);
        assignJurors(campaign);
        advance(campaign, "APPRAISAL");
        ProcessInstance scoring = scoringProcesses(id).get(0);
        String juror = jurorOf(scoring);
        // Due three days from today; the reminder two days before.
        assertThat(timer(scoring, "Boundary_ScoringOverdue").getDuedate())
                .isEqualTo(Times.endOfAsDate(today.plusDays(3)));
        assertThat(timer(scoring, "Boundary_ReminderDue").getDuedate().toInstant())
                .isEqualTo(Times.endOf(today.plusDays(3)).minus(Duration.ofDays(2)));

        passTimer(scoring, "Boundary_ReminderDue");

        assertThat(scoring).hasPassed("Boundary_ReminderDue", "Task_SendReminder", "EndEvent_Reminded")
                .hasNotPassed("Task_EscalateOverdue").isWaitingAt("Task_Score");
        assertThat(audited(id, "SCORING_REMINDER")).contains("system: " + juror);
        assertThat(audited(id, "SCORING_OVERDUE")).isEmpty();

        passTimer(scoring, "Boundary_ScoringOverdue");

        assertThat(scoring).hasPassed("Boundary_ScoringOverdue", "Task_EscalateOverdue", "EndEvent_Escalated")
                .isWaitingAt("Task_Score");
        assertThat(audited(id, "SCORING_OVERDUE")).contains("system: " + juror);
        assertThat(taskTypes(juror, id)).containsExactly("Task_Score");

        // Late, but still taken: the assignment ends scored.
        score(juror, id, 8);
        assertThat(scoring).hasPassed("Task_RecordScorecard", "EndEvent_Scored").isEnded();
    }

    private static long submitHanoiHealth(String campaign) {
        return Fixtures.submit(campaign, "nominator.hanoi",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Bạch Mai", "01", "0100100100"));
    }
}

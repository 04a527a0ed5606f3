package vn.dxawards.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.dxawards.audit.model.AuditEntry;
import vn.dxawards.platform.i18n.Times;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;

/** The paths through processes/campaign.bpmn: the windows' timers, a blocked appraisal, the chair's decision. */
@QuarkusTest
class CampaignProcessTests extends ProcessTests {

    private static final List<String> COUNCIL = List.of("chair", "juror1", "juror2", "juror3", "juror4", "juror5",
            "juror6", "juror7", "juror8");

    @Test
    void aNominationWindowThatHasEndedOpensTheAppraisalAtOnce() {
        LocalDate today = Fixtures.today();
        String campaign = Fixtures.newCampaign("campaign-late", Fixtures.window(today.minusDays(20), today.minusDays(1)),
                Fixtures.window(today.minusDays(19), today.plusDays(30)), Map.of());

        awaitPhase(campaign, "APPRAISAL");

        ProcessInstance process = campaignProcess(campaign);
        assertThat(process).hasPassed("Task_EnterNomination", "Event_NominationEnds", "Task_EnterAppraisal")
                .hasNotPassed("Event_AdvanceFromNomination").isWaitingAt("Gateway_AwaitAppraisalEnd");
        assertThat(timer(process, "Event_AppraisalEnds").getDuedate()).isEqualTo(Times.endOfAsDate(today.plusDays(30)));
        Api.as("nominator.hanoi").body(hanoiHealth()).post("/api/campaigns/" + campaign + "/dossiers").then()
                .statusCode(409);
    }

    @Test
    void theNominationTimerOpensTheAppraisalForTheAcceptedDossiers() {
        LocalDate today = Fixtures.today();
        String campaign = Fixtures.newCampaign("campaign-timer", Fixtures.window(today.minusDays(1), today.plusDays(1)),
                Fixtures.window(today.minusDays(1), today.plusDays(20)), Map.of());
        ProcessInstance process = campaignProcess(campaign);
        assertThat(process).isWaitingAt("Gateway_AwaitNominationEnd");
        assertThat(timer(process, "Event_NominationEnds").getDuedate()).isEqualTo(Times.endOfAsDate(today.plusDays(1)));
        long id = Fixtures.submit(campaign, "nominator.hanoi", hanoiHealth());
        accept(id);
        ProcessInstance dossier = dossierProcess(id);
        assertThat(dossier).isWaitingAt("Event_AppraisalOpened");

        passTimer(process, "Event_NominationEnds");

        assertThat(phase(campaign)).isEqualTo("APPRAISAL");
        assertThat(process).hasPassed("Event_NominationEnds", "Task_EnterAppraisal")
                .hasNotPassed("Event_AdvanceFromNomination").isWaitingAt("Gateway_AwaitAppraisalEnd");
        assertThat(dossier).hasPassed("Event_AppraisalOpened", "Task_DossierInAppraisal")
                .isWaitingAt("Event_DeliberationOpened");
        assertThat(status(id)).isEqualTo("IN_APPRAISAL");
    }

    @Test
    void theAppraisalTimerOpensTheDeliberationWhenEveryScorecardIsIn() {
        LocalDate today = Fixtures.today();
        String campaign = Fixtures.newCampaign("campaign-ready", Fixtures.window(today.minusDays(1), today.plusDays(1)),
                Fixtures.window(today.minusDays(1), today.plusDays(2)), Map.of("jurorsPerDossier", 1));
        ProcessInstance process = campaignProcess(campaign);
        long id = Fixtures.submit(campaign, "nominator.hanoi", hanoiHealth());
        accept(id);
        assignJurors(campaign);
        advance(campaign, "APPRAISAL");
        score(jurorOf(scoringProcesses(id).get(0)), id, 8);

        passTimer(process, "Event_AppraisalEnds");

        assertThat(phase(campaign)).isEqualTo("DELIBERATION");
        assertThat(process).hasPassed("Event_AppraisalEnds", "Task_EnterDeliberation")
                .hasNotPassed("Event_AdvanceFromAppraisal", "Task_NotifyAppraisalIncomplete")
                .isWaitingAt("Task_Vote", "Task_Proposal");
        assertThat(dossierProcess(id)).hasPassed("Event_DeliberationOpened", "Task_DossierInDeliberation")
                .isWaitingAt("Event_OutcomeDecided");
        assertThat(status(id)).isEqualTo("IN_DELIBERATION");
    }

    @Test
    void aBlockedAppraisalTimerNotifiesTheSecretariatAndWaitsForAnAdvance() {
        LocalDate today = Fixtures.today();
        String campaign = Fixtures.newCampaign("campaign-blocked", Fixtures.window(today.minusDays(1), today.plusDays(1)),
                Fixtures.window(today.minusDays(1), today.plusDays(2)), Map.of());
        ProcessInstance process = campaignProcess(campaign);
        long id = Fixtures.submit(campaign, "nominator.hanoi", hanoiHealth());
        accept(id);
        assignJurors(campaign);
        advance(campaign, "APPRAISAL");
        // A manual advance cancels the pending window timer.
        assertThat(process).hasPassed("Event_AdvanceFromNomination").hasNotPassed("Event_NominationEnds");
        assertThat(hasTimer(process, "Event_NominationEnds")).isFalse();
        List<String> jurors = scoringProcesses(id).stream().map(this::jurorOf).toList();
        score(jurors.get(0), id, 8);

        passTimer(process, "Event_AppraisalEnds");

        assertThat(process).hasPassed("Event_AppraisalEnds", "Task_NotifyAppraisalIncomplete")
                .hasNotPassed("Task_EnterDeliberation").isWaitingAt("Event_AwaitAdvance");
        assertThat(phase(campaign)).isEqualTo("APPRAISAL");
        List<AuditEntry> notices = AuditEntry.list("campaignCode = ?1 and action = ?2", campaign, "APPRAISAL_INCOMPLETE");
        assertThat(notices).singleElement().satisfies(notice -> assertThat(notice.detail)
                .contains(jurors.get(1), jurors.get(2)).doesNotContain(jurors.get(0)));
        Api.as(SECRETARY).post("/api/campaigns/" + campaign + "/advance").then().statusCode(409)
                .body("details.size()", equalTo(2));

        score(jurors.get(1), id, 8);
        score(jurors.get(2), id, 7);
        advance(campaign, "DELIBERATION");

        assertThat(process).hasPassed("Event_AwaitAdvance", "Task_EnterDeliberation")
                .isWaitingAt("Task_Vote", "Task_Proposal");
        assertThat(dossierProcess(id)).hasPassed("Task_DossierInDeliberation").isWaitingAt("Event_OutcomeDecided");
    }

    @Test
    void theChairReturnsTheProposalOnceThenSignsAndPublicationEndsEveryDossierInItsOwnJob() {
        LocalDate today = Fixtures.today();
        String campaign = Fixtures.newCampaign("campaign-decision", Fixtures.window(today.minusDays(1), today.plusDays(30)),
                Fixtures.window(today.plusDays(31), today.plusDays(60)), Map.of("jurorsPerDossier", 1));
        ProcessInstance process = campaignProcess(campaign);
        long hanoi = Fixtures.submit(campaign, "nominator.hanoi", hanoiHealth());
        long danang = Fixtures.submit(campaign, "nominator.danang",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Đà Nẵng", "N48", "0400100102"));
        long hcm = Fixtures.submit(campaign, "nominator.hcm",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Chợ Rẫy", "N79", "0300100103"));
        ProcessInstance hanoiDossier = dossierProcess(hanoi);
        ProcessInstance danangDossier = dossierProcess(danang);
        accept(hanoi);
        accept(danang);
        intake(hcm, "REJECT", "Không thuộc đối tượng của chương trình.", null, "REJECTED");
        assertThat(assignJurors(campaign)).isEqualTo(2);
        advance(campaign, "APPRAISAL");
        score(jurorOf(scoringProcesses(hanoi).get(0)), hanoi, 9);
        score(jurorOf(scoringProcesses(danang).get(0)), danang, 6);
        advance(campaign, "DELIBERATION");

        assertThat(process).isWaitingAt("Task_Vote", "Task_Proposal");
        List<Task> firstRound = voteTasks(process);
        assertThat(firstRound).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(COUNCIL);
        voteAsEveryEligibleMember(campaign, hanoi, danang);
        assertThat(voteTasks(process)).as("every member has voted").isEmpty();
        // each member's task ends in a job after their vote (asyncAfter): the round ends through the job executor
        await("the vote round ends", () -> history.createHistoricActivityInstanceQuery()
                .processInstanceId(process.getId()).activityId("EndEvent_Voted").count() == 1);
        assertThat(process).hasPassed("EndEvent_Voted").isWaitingAt("Task_Proposal");
        sendProposal(campaign);
        assertThat(process).hasPassed("EndEvent_Proposed", "Task_EnterDecision").isWaitingAt("Task_ChairDecision");
        assertThat(task(process)).hasCandidateGroup("chair");

        Api.as("chair").body(Map.of("action", "RETURN", "comment", "Đề nghị rà soát lại điểm hồ sơ Đà Nẵng."))
                .post("/api/campaigns/" + campaign + "/decision").then().statusCode(200)
                .body("phase", equalTo("DELIBERATION"));

        assertThat(process).hasPassed("Task_ProposalReturned").isWaitingAt("Task_Vote", "Task_Proposal");
        List<Task> secondRound = voteTasks(process);
        assertThat(secondRound).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(COUNCIL);
        assertThat(secondRound).extracting(Task::getId)
                .doesNotContainAnyElementsOf(firstRound.stream().map(Task::getId).toList());
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(process.getId())
                .activityId("SubProcess_Deliberation").count()).isEqualTo(2);

        sendProposal(campaign);
        assertThat(voteTasks(process)).as("the proposal closes the open votes").isEmpty();
        Api.as("chair").body(Map.of("action", "SIGN")).post("/api/campaigns/" + campaign + "/decision").then()
                .statusCode(200).body("phase", equalTo("DECISION"));

        assertThat(process).hasPassed("Task_RecordSignedDecision").isWaitingAt("Gateway_AwaitPublication");
        Api.anonymous().get("/api/public/campaigns/" + campaign + "/results").then().statusCode(404);
        assertThat(hanoiDossier).isWaitingAt("Event_OutcomeDecided");
        assertThat(danangDossier).isWaitingAt("Event_OutcomeDecided");

        advance(campaign, "PUBLISHED");

        awaitStatus(hanoi, "AWARDED");
        awaitStatus(danang, "NOT_AWARDED");
        await("the campaign process ends", () -> runtime.createProcessInstanceQuery()
                .processInstanceId(process.getId()).count() == 0);
        assertThat(process).hasPassed("Task_EnterPublished", "Task_NotifyOutcomes", "EndEvent_Published").isEnded();
        assertThat(hanoiDossier).hasPassed("Event_OutcomeDecided", "Task_RecordAwarded", "EndEvent_Awarded")
                .hasNotPassed("Task_RecordNotAwarded").isEnded();
        assertThat(danangDossier).hasPassed("Event_OutcomeDecided", "Task_RecordNotAwarded", "EndEvent_NotAwarded")
                .hasNotPassed("Task_RecordAwarded").isEnded();
        assertThat(status(hcm)).isEqualTo("REJECTED");
        List<HistoricJobLog> outcomeJobs = history.createHistoricJobLogQuery().processInstanceId(process.getId())
                .activityIdIn("Task_NotifyOutcomes").successLog().list();
        assertThat(outcomeJobs).extracting(HistoricJobLog::getJobId).doesNotHaveDuplicates().hasSize(2);
        assertThat(Set.copyOf(history.createHistoricVariableInstanceQuery().processInstanceId(process.getId())
                .variableName("dossierId").list().stream().map(v -> v.getValue()).toList()))
                .as("one outcome job per dossier in deliberation, none for the rejected one")
                .containsExactlyInAnyOrder(hanoi, danang);
        Api.anonymous().get("/api/public/campaigns/" + campaign + "/results").then().statusCode(200)
                .body("awardees.nomineeName", equalTo(List.of("Bệnh viện Bạch Mai")));
    }

    private List<Task> voteTasks(ProcessInstance process) {
        return tasks.createTaskQuery().processInstanceId(process.getId()).taskDefinitionKey("Task_Vote").list();
    }

    /** Every council member votes on every dossier they are not recused from: Hà Nội carried, Đà Nẵng not. */
    private static void voteAsEveryEligibleMember(String campaign, long hanoi, long danang) {
        for (String member : COUNCIL) {
            if (!member.matches("juror2|juror3")) {
                vote(campaign, member, hanoi, "APPROVE");
            }
            if (!member.equals("juror8")) {
                vote(campaign, member, danang, "REJECT");
            }
        }
    }

    private static void vote(String campaign, String member, long dossier, String choice) {
        Api.as(member).body(Map.of("dossierId", dossier, "vote", choice))
                .post("/api/campaigns/" + campaign + "/deliberation/votes").then().statusCode(201);
    }

    private static void sendProposal(String campaign) {
        Api.as(SECRETARY).post("/api/campaigns/" + campaign + "/proposal").then().statusCode(201)
                .body("awarded", equalTo(1));
    }

    private static Map<String, Object> hanoiHealth() {
        return Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Bạch Mai", "01", "0100100100");
    }
}

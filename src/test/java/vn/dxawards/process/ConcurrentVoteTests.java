package vn.dxawards.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import vn.dxawards.audit.model.AuditEntry;
import vn.dxawards.deliberation.model.Vote;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;

/**
 * Council members who vote at the same instant never disturb each other (issue 11, found by the
 * 2,000-dossier benchmark): each member's last vote ends their own vote task, and the ends of the
 * tasks of one multi-instance all count on the same parent; done in each member's request they made
 * one of two simultaneous voters lose on the engine's optimistic lock (409 concurrent_change, resend).
 * Every member here acts alone on their own votes, so every one must get 2xx, every vote is saved
 * once, and the deliberation goes on (the vote round ends once, the chair gets one task).
 */
@QuarkusTest
class ConcurrentVoteTests extends ProcessTests {

    private static final List<String> COUNCIL = List.of("chair", "juror1", "juror2", "juror3", "juror4", "juror5",
            "juror6", "juror7", "juror8");

    @RepeatedTest(3)
    void theWholeCouncilsListVotesAtTheSameInstantAllSucceedAndCountOnce() throws Exception {
        String campaign = inDeliberation("vote-race-list");
        long hanoi = dossiers.get(0);
        long danang = dossiers.get(1);

        Map<String, Response> answers = together(COUNCIL, member -> Api.as(member)
                .body(Map.of("abstain", List.of(hanoi), "reject", List.of(danang)))
                .post("/api/campaigns/" + campaign + "/deliberation/votes/list"));

        Map<Long, List<String>> voters = new HashMap<>();
        answers.forEach((member, answer) -> {
            assertThat(answer.statusCode()).as("%s's list vote: %s", member, answer.asString()).isEqualTo(200);
            List<Long> voted = answer.jsonPath().getList("votes.dossierId", Long.class);
            List<Long> recused = answer.jsonPath().getList("recused", Long.class);
            List<Long> all = new ArrayList<>(voted);
            all.addAll(recused);
            assertThat(all).as("%s voted on or is recused from each dossier", member)
                    .containsExactlyInAnyOrder(hanoi, danang);
            voted.forEach(id -> voters.computeIfAbsent(id, k -> new ArrayList<>()).add(member));
        });
        assertThat(voters.get(hanoi)).as("members voting on Hà Nội").hasSizeGreaterThan(5);
        assertThat(voters.get(danang)).as("members voting on Đà Nẵng").hasSizeGreaterThan(5);
        thenEveryVoteIsSavedOnceAndTheRoundEndsOnce(campaign, voters, true);
    }

    @RepeatedTest(3)
    void lastSingleVotesAtTheSameInstantAllSucceedAndCountOnce() throws Exception {
        String campaign = inDeliberation("vote-race-single");
        long hanoi = dossiers.get(0);
        long danang = dossiers.get(1);
        Map<Long, List<String>> voters = new HashMap<>();
        // each member votes on Hà Nội first, alone, where not recused (their vote task stays open) ...
        for (String member : COUNCIL) {
            Response first = Api.as(member).body(Map.of("dossierId", hanoi, "vote", "APPROVE"))
                    .post("/api/campaigns/" + campaign + "/deliberation/votes");
            assertThat(first.statusCode()).as("%s on Hà Nội: %s", member, first.asString()).isIn(201, 403, 404);
            if (first.statusCode() == 201) {
                voters.computeIfAbsent(hanoi, k -> new ArrayList<>()).add(member);
            }
        }
        List<String> last = COUNCIL.stream().filter(member -> tasks.createTaskQuery()
                .processInstanceId(campaignProcess(campaign).getId()).taskDefinitionKey("Task_Vote")
                .taskAssignee(member).count() == 1).toList();
        assertThat(last).as("members whose vote on Đà Nẵng is their last").hasSizeGreaterThan(5);

        // ... then every one whose task is still open casts their last vote at the same instant
        Map<String, Response> answers = together(last, member -> Api.as(member)
                .body(Map.of("dossierId", danang, "vote", "REJECT"))
                .post("/api/campaigns/" + campaign + "/deliberation/votes"));

        answers.forEach((member, answer) -> assertThat(answer.statusCode())
                .as("%s's last vote: %s", member, answer.asString()).isEqualTo(201));
        voters.put(danang, last);
        // the secretariat sends the proposal at once, while the vote tasks' jobs are running
        thenEveryVoteIsSavedOnceAndTheRoundEndsOnce(campaign, voters, false);
    }

    private List<Long> dossiers;

    /** Hà Nội and Đà Nẵng accepted, scored and shortlisted; the campaign in deliberation, nobody has voted. */
    private String inDeliberation(String prefix) {
        LocalDate today = Fixtures.today();
        String campaign = Fixtures.newCampaign(prefix, Fixtures.window(today.minusDays(1), today.plusDays(30)),
                Fixtures.window(today.plusDays(31), today.plusDays(60)), Map.of("jurorsPerDossier", 1));
        long hanoi = Fixtures.submit(campaign, "nominator.hanoi",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Bạch Mai", "01", "0100100100"));
        long danang = Fixtures.submit(campaign, "nominator.danang",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Đà Nẵng", "N48", "0400100102"));
        accept(hanoi);
        accept(danang);
        assertThat(assignJurors(campaign)).isEqualTo(2);
        advance(campaign, "APPRAISAL");
        score(jurorOf(scoringProcesses(hanoi).get(0)), hanoi, 9);
        score(jurorOf(scoringProcesses(danang).get(0)), danang, 7);
        advance(campaign, "DELIBERATION");
        assertThat(campaignProcess(campaign)).isWaitingAt("Task_Vote", "Task_Proposal");
        dossiers = List.of(hanoi, danang);
        return campaign;
    }

    /**
     * One vote row and one audit line per member and dossier they voted on; no vote task left; the
     * vote round ends once (through the job executor; when {@code roundEndFirst}, before the proposal,
     * else the proposal is sent at once, racing the jobs, and must still pass); the proposal reaches
     * the chair as one task, and no job is left failing.
     */
    private void thenEveryVoteIsSavedOnceAndTheRoundEndsOnce(String campaign, Map<Long, List<String>> voters,
            boolean roundEndFirst) {
        ProcessInstance process = campaignProcess(campaign);
        voters.forEach((dossier, members) -> {
            for (String member : members) {
                assertThat(Vote.count("dossier.id = ?1 and juror = ?2", dossier, member))
                        .as("%s's vote rows on %s", member, dossier).isEqualTo(1);
            }
            assertThat(Vote.count("dossier.id", dossier)).as("vote rows on %s", dossier).isEqualTo(members.size());
            assertThat(AuditEntry.count("dossierId = ?1 and action = 'VOTE_CAST'", dossier))
                    .as("VOTE_CAST lines on %s", dossier).isEqualTo(members.size());
        });
        assertThat(tasks.createTaskQuery().processInstanceId(process.getId()).taskDefinitionKey("Task_Vote").count())
                .as("open vote tasks").isZero();
        if (roundEndFirst) {
            await("the vote round ends", () -> history.createHistoricActivityInstanceQuery()
                    .processInstanceId(process.getId()).activityId("EndEvent_Voted").count() == 1);
            assertThat(process).isWaitingAt("Task_Proposal");
        }

        Response proposal = Api.as(SECRETARY).post("/api/campaigns/" + campaign + "/proposal");
        assertThat(proposal.statusCode()).as("the proposal: %s", proposal.asString()).isEqualTo(201);
        assertThat(tasks.createTaskQuery().processInstanceId(process.getId()).taskDefinitionKey("Task_ChairDecision")
                .count()).as("the chair's tasks").isEqualTo(1);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(process.getId())
                .activityId("EndEvent_Voted").count()).as("vote rounds ended").isLessThanOrEqualTo(1);
        Api.as(SECRETARY).get("/api/campaigns/" + campaign).then().statusCode(200).body("phase", equalTo("DECISION"));
        await("no vote job left", () -> management.createJobQuery().processInstanceId(process.getId())
                .activityId("Task_Vote").count() == 0);
        assertThat(runtime.createIncidentQuery().processInstanceId(process.getId()).count()).as("incidents").isZero();
    }

    /** Each member's request, all released at the same instant by a barrier; their answers by member. */
    private static Map<String, Response> together(List<String> members, Function<String, Response> request)
            throws Exception {
        CyclicBarrier start = new CyclicBarrier(members.size());
        ExecutorService pool = Executors.newFixedThreadPool(members.size());
        try {
            Map<String, Future<Response>> pending = new HashMap<>();
            for (String member : members) {
                pending.put(member, pool.submit(() -> {
                    start.await(60, TimeUnit.SECONDS);
                    return request.apply(member);
                }));
            }
            Map<String, Response> answers = new HashMap<>();
            for (Map.Entry<String, Future<Response>> e : pending.entrySet()) {
                answers.put(e.getKey(), e.getValue().get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}

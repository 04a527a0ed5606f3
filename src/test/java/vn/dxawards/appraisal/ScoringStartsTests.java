package vn.dxawards.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import vn.dxawards.appraisal.model.Assignment;
import vn.dxawards.appraisal.service.AssignmentService;
import vn.dxawards.appraisal.service.ScoringStarts;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;

/**
 * The scoring processes of a large automatic assignment start in chunks after the plan is recorded
 * (issue 11): workers that take the same waiting rows at once start each process exactly once, the
 * background drain and the resuming sweep finish what is left, and the progress says how far it is.
 */
@QuarkusTest
class ScoringStartsTests {

    static final List<String> JURORS = List.of("juror1", "juror5", "juror6");

    @Inject
    ScoringStarts starts;

    @Inject
    RuntimeService runtime;

    @Test
    void twoWorkersAtOnceStartEachWaitingProcessOnce() throws Exception {
        String code = Fixtures.newCampaign("starts-race");
        List<Long> dossiers = List.of(Fixtures.acceptedUnit(code, "nominator.hanoi", "0100910101"),
                Fixtures.acceptedUnit(code, "nominator.danang", "0400910102"), Fixtures.acceptedUnit(code, "nominator.hcm", "0300910103"));
        Long campaignId = plan(code, dossiers);
        progress(code).then().body("assignments", equalTo(9)).body("started", equalTo(0)).body("waiting", equalTo(9))
                .body("done", equalTo(false));

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> started = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            started.add(pool.submit(() -> {
                go.await();
                return QuarkusTransaction.requiringNew().call(() -> starts.startWaiting(campaignId, 100));
            }));
        }
        go.countDown();
        int total = 0;
        for (Future<Integer> f : started) {
            total += f.get();
        }
        pool.shutdown();

        assertThat(total).isEqualTo(9);
        assertEveryAssignmentHasItsOneProcess(code);
        progress(code).then().body("started", equalTo(9)).body("waiting", equalTo(0)).body("done", equalTo(true));
    }

    @Test
    void theBackgroundDrainAndTheSweepFinishWhatIsLeft() throws Exception {
        String code = Fixtures.newCampaign("starts-drain");
        List<Long> dossiers = List.of(Fixtures.acceptedUnit(code, "nominator.hanoi", "0100910201"),
                Fixtures.acceptedUnit(code, "nominator.danang", "0400910202"));
        Long campaignId = plan(code, dossiers);
        // as after a crash: rows planned, no worker running; the sweep resumes them
        QuarkusTransaction.requiringNew().run(() -> starts.startWaiting(campaignId, 1));
        progress(code).then().body("started", equalTo(1)).body("waiting", equalTo(5));
        starts.resumeNow();
        awaitDone(code);
        assertEveryAssignmentHasItsOneProcess(code);
    }

    private Long plan(String code, List<Long> dossierIds) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Campaign campaign = Campaign.byCode(code).orElseThrow();
            for (Long id : dossierIds) {
                Dossier dossier = Dossier.findById(id);
                for (String juror : JURORS) {
                    starts.plan(dossier, juror, AssignmentService.Reason.LOAD, 0, "secretary1");
                }
            }
            return campaign.id;
        });
    }

    private void assertEveryAssignmentHasItsOneProcess(String code) {
        List<String[]> rows = QuarkusTransaction.requiringNew().call(() -> Assignment.<Assignment>list(
                "dossier.campaign.code", code).stream().map(a -> new String[] { String.valueOf(a.id), a.processInstanceId })
                .toList());
        assertThat(rows).isNotEmpty();
        for (String[] row : rows) {
            assertThat(row[1]).as("assignment %s has a process", row[0]).isNotNull();
            assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(AssignmentService.PROCESS)
                    .processInstanceBusinessKey(row[0]).count()).as("scoring processes of assignment %s", row[0])
                    .isEqualTo(1);
        }
    }

    private static void awaitDone(String code) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!progress(code).then().extract().jsonPath().getBoolean("done")) {
            assertThat(System.nanoTime()).as("all scoring processes started in time").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static io.restassured.response.Response progress(String code) {
        return Api.as("secretary1").get("/api/campaigns/" + code + "/assignments/progress");
    }
}

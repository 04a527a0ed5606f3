package vn.dxawards.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.inject.Inject;
import vn.dxawards.audit.model.AuditEntry;

/**
 * The gate of the engine integration: what must hold for the engine to live inside Quarkus. Run
 * on PostgreSQL and on H2; a Quarkus or engine upgrade is safe when these pass.
 */
abstract class EngineGateTests {

    @Inject
    RepositoryService repository;

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    @Inject
    HistoryService history;

    @Inject
    GateProbe probe;

    @Inject
    GateWork work;

    @BeforeEach
    void deployGateProcesses() {
        repository.createDeployment().name("gate").enableDuplicateFiltering(true)
                .addClasspathResource("gate/gate-timer.bpmn")
                .addClasspathResource("gate/gate-expression.bpmn")
                .addClasspathResource("gate/gate-task.bpmn")
                .deploy();
    }

    @Inject
    ProcessEngineLifecycle lifecycle;

    @Test
    void aRestartDoesNotRedeployUnchangedProcesses() {
        long deployments = repository.createDeploymentQuery().deploymentName(ProcessEngineLifecycle.DEPLOYMENT_NAME)
                .count();
        long definitions = repository.createProcessDefinitionQuery().processDefinitionKey("dossier").count();

        lifecycle.deployProcesses();

        assertThat(repository.createDeploymentQuery().deploymentName(ProcessEngineLifecycle.DEPLOYMENT_NAME).count())
                .isEqualTo(deployments);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("dossier").count())
                .isEqualTo(definitions).isOne();
    }

    @Test
    void panacheAndEngineWritesRollBackTogether() {
        String marker = "rollback-" + UUID.randomUUID().toString().substring(0, 8);

        assertThatThrownBy(() -> work.writeBothThenFail(marker)).isInstanceOf(IllegalStateException.class);

        assertThat(AuditEntry.count("campaignCode", marker)).isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(marker).count()).isZero();
    }

    @Test
    void panacheAndEngineWritesCommitTogether() {
        String marker = "commit-" + UUID.randomUUID().toString().substring(0, 8);

        work.writeBoth(marker);

        assertThat(AuditEntry.count("campaignCode", marker)).isOne();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(marker).count()).isOne();
    }

    @Test
    void aMethodExpressionCallsTheNamedBean() {
        ProcessInstance instance = runtime.startProcessInstanceByKey("gateExpression",
                java.util.Map.of("place", "Đà Nẵng"));

        assertThat(runtime.getVariable(instance.getId(), "greeting")).isEqualTo("Xin chào Đà Nẵng");
    }

    @Test
    void aTimerFiresThroughTheJobExecutor() throws InterruptedException {
        int before = probe.firedCount();
        ProcessInstance instance = runtime.startProcessInstanceByKey("gateTimer");

        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count())
                .as("the timer fired and the process ended").isZero();
        assertThat(probe.firedCount()).isEqualTo(before + 1);
        assertThat(probe.configOnJobThread()).as("the application's configuration, read on the job thread")
                .isEqualTo("dx-awards");
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).finished().count())
                .isOne();
    }

    @Test
    void twoCompletionsOfOneTaskHaveExactlyOneWinner() throws Exception {
        ProcessInstance instance = runtime.startProcessInstanceByKey("gateTask");
        Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        probe.raceWith(new CyclicBarrier(2));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> attempts = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                attempts.add(pool.submit(() -> work.complete(task.getId())));
            }
            int won = 0;
            int lost = 0;
            for (Future<?> attempt : attempts) {
                try {
                    attempt.get();
                    won++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(RuntimeException.class);
                    lost++;
                }
            }
            assertThat(won).isOne();
            assertThat(lost).isOne();
        } finally {
            probe.raceWith(null);
            pool.shutdownNow();
        }
        // The loser may have run the next step in memory; only the winner's run is committed.
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId("After").count()).as("the step after the task committed once").isOne();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).count()).isOne();
    }
}

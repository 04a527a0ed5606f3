package vn.dxawards.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * A process starts on the latest version its node saw at its first start, looked up once: a version
 * deployed later (by a newer node rolling out) is not asked for at every start, and not started by
 * a node whose code predates it. Started by key, the engine would start the newer one.
 */
@QuarkusTest
class ProcessStartsTests {

    @Inject
    ProcessStarts starts;

    @Inject
    RepositoryService repository;

    @Inject
    RuntimeService runtime;

    @Test
    void theLatestVersionIsLookedUpOnceAndKept() {
        String first = deploy();
        String started = QuarkusTransaction.requiringNew()
                .call(() -> starts.start("startsProbe", "probe-1", Map.of()).getProcessDefinitionId());
        assertThat(started).as("the first start takes the latest version").isEqualTo(first);

        String newer = deploy();
        String again = QuarkusTransaction.requiringNew()
                .call(() -> starts.start("startsProbe", "probe-2", Map.of()).getProcessDefinitionId());
        String byKey = QuarkusTransaction.requiringNew()
                .call(() -> runtime.startProcessInstanceByKey("startsProbe", "probe-3").getProcessDefinitionId());

        assertThat(newer).isNotEqualTo(first);
        assertThat(byKey).as("the engine's start by key").isEqualTo(newer);
        assertThat(again).as("the node's start, after a newer version was deployed").isEqualTo(first);
    }

    /** A new version of the probe process (no duplicate filtering); answers its definition's id. */
    private String deploy() {
        return repository.createDeployment().name("starts-probe").addClasspathResource("gate/starts-probe.bpmn")
                .deployWithResult().getDeployedProcessDefinitions().get(0).getId();
    }
}

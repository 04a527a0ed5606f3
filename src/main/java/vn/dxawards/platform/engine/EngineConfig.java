package vn.dxawards.platform.engine;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the embedded BPMN engine ({@code dx.engine.*}). */
@ConfigMapping(prefix = "dx.engine")
public interface EngineConfig {

    /** Camunda history level: none, activity, audit or full. */
    @WithDefault("full")
    String history();

    /**
     * This node's name in the engine's job log and job locks (the pod's name on Kubernetes); left
     * out, the host's name (job log) and a random id (locks).
     */
    Optional<String> nodeName();

    /** BPMN files deployed at start, as classpath resources. */
    @WithDefault("processes/dossier.bpmn,processes/scoring.bpmn,processes/campaign.bpmn,processes/survey.bpmn")
    List<String> deployments();

    JobExecutor jobExecutor();

    interface JobExecutor {
        @WithDefault("true")
        boolean enabled();

        /** The longest pause between two acquisitions when there is nothing to do. */
        @WithDefault("5000")
        int waitTimeMillis();

        @WithDefault("60000")
        long maxWaitMillis();

        /** How long a node holds a job before another node may take it over. */
        @WithDefault("300000")
        int lockTimeMillis();

        @WithDefault("3")
        int maxJobsPerAcquisition();
    }
}

package vn.dxawards.ops;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Ready only when the BPMN engine answers and the processes are deployed: serving needs both. */
@Readiness
@ApplicationScoped
public class EngineHealthCheck implements HealthCheck {

    @Inject
    RepositoryService repository;

    @Inject
    ManagementService management;

    @Override
    public HealthCheckResponse call() {
        try {
            long processes = repository.createProcessDefinitionQuery().latestVersion().count();
            long failedJobs = management.createJobQuery().withException().count();
            return HealthCheckResponse.named("BPMN engine").status(processes > 0)
                    .withData("processes", processes).withData("failedJobs", failedJobs).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("BPMN engine").down().withData("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}

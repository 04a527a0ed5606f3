package vn.dxawards.ops;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import vn.dxawards.appraisal.model.Scorecard;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.model.DossierStatus;
import vn.dxawards.tasks.model.OpenTask;

/**
 * The programme's figures on /q/metrics: dossiers by status, open and overdue tasks by type,
 * scorecards submitted, the job executor's backlog and open incidents. Read at most every 15 s,
 * however often Prometheus scrapes.
 */
@Singleton
public class BusinessMetrics implements MeterBinder {

    static final List<String> TASK_TYPES = List.of("Task_Intake", "Task_Supplement", "Task_Score", "Task_Vote",
            "Task_Proposal", "Task_ChairDecision", "Task_Survey");
    private static final long MAX_AGE_MILLIS = 15_000;

    @Inject
    ManagementService management;

    @Inject
    RuntimeService runtime;

    private record Snapshot(Map<DossierStatus, Long> dossiers, Map<String, Long> openTasks,
            Map<String, Long> overdueTasks, long scorecards, long jobBacklog, long incidents, long takenAt) {
    }

    private volatile Snapshot snapshot;

    @Override
    public void bindTo(MeterRegistry registry) {
        for (DossierStatus status : DossierStatus.values()) {
            Gauge.builder("dx.dossiers", this, m -> m.current().dossiers().getOrDefault(status, 0L))
                    .description("Dossiers by status").tag("status", status.name()).register(registry);
        }
        for (String type : TASK_TYPES) {
            Gauge.builder("dx.tasks.open", this, m -> m.current().openTasks().getOrDefault(type, 0L))
                    .description("Open user tasks by type").tag("type", type).register(registry);
            Gauge.builder("dx.tasks.overdue", this, m -> m.current().overdueTasks().getOrDefault(type, 0L))
                    .description("Open user tasks past their due date, by type").tag("type", type).register(registry);
        }
        Gauge.builder("dx.scorecards.submitted", this, m -> m.current().scorecards())
                .description("Submitted scorecards").register(registry);
        Gauge.builder("dx.engine.jobs.due", this, m -> m.current().jobBacklog())
                .description("Engine jobs due and waiting for the job executor").register(registry);
        Gauge.builder("dx.engine.incidents", this, m -> m.current().incidents())
                .description("Open engine incidents (jobs that failed all their retries)").register(registry);
    }

    private Snapshot current() {
        Snapshot last = snapshot;
        if (last == null || System.currentTimeMillis() - last.takenAt() > MAX_AGE_MILLIS) {
            last = QuarkusTransaction.requiringNew().call(this::take);
            snapshot = last;
        }
        return last;
    }

    private Snapshot take() {
        Map<DossierStatus, Long> dossiers = Dossier.countByStatus();
        Map<String, Long> open = OpenTask.countByType();
        Map<String, Long> overdue = OpenTask.countOverdueByType(Instant.now());
        long scorecards = Scorecard.countSubmitted();
        long backlog = management.createJobQuery().executable().count();
        long incidents = runtime.createIncidentQuery().count();
        return new Snapshot(dossiers, open, overdue, scorecards, backlog, incidents, System.currentTimeMillis());
    }
}

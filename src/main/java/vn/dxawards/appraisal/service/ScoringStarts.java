package vn.dxawards.appraisal.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

import org.camunda.bpm.engine.RuntimeService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.dxawards.platform.engine.ProcessStarts;
import vn.dxawards.appraisal.model.Assignment;
import vn.dxawards.audit.service.AuditLog;
import vn.dxawards.notification.service.CouncilNotices;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.platform.i18n.Times;

/**
 * Starts the scoring processes of assignments, a chunk per transaction. An automatic assignment of a
 * national campaign makes thousands of assignments at once: they are recorded together (the plan,
 * all or nothing), the first chunk's processes start in the request, and the rest start here in the
 * background, each chunk its own transaction. An assignment waiting for its process is {@code ACTIVE}
 * without a process instance; workers take such rows with {@code for update skip locked}, so workers
 * of several replicas share the work and none starts a process twice; a sweep resumes what a crash
 * left waiting. The assignment page and {@code GET …/assignments/progress} show how far it is.
 */
@ApplicationScoped
public class ScoringStarts {

    private static final Logger LOG = Logger.getLogger(ScoringStarts.class);

    @Inject
    RuntimeService runtime;

    @Inject
    ProcessStarts starts;

    @Inject
    AuditLog audit;

    @Inject
    CouncilNotices councilNotices;

    @ConfigProperty(name = "dx.assignment.chunk-size", defaultValue = "100")
    int chunkSize;

    @ConfigProperty(name = "dx.assignment.workers", defaultValue = "2")
    int workers;

    private volatile ExecutorService executor;
    private final Set<Long> draining = ConcurrentHashMap.newKeySet();

    /** The assignments of a campaign planned and waiting for their scoring processes (after the planning transaction). */
    public record Planned(Long campaignId) {
    }

    /** How far the scoring processes of a campaign's current assignments have started. */
    public record Progress(long assignments, long started, long waiting, boolean done) {
    }

    /** Records an assignment; its scoring process starts with {@link #begin} (now or in a later chunk). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Assignment plan(Dossier dossier, String juror, AssignmentService.Reason reason, double affinity,
            String assignedBy) {
        Assignment assignment = new Assignment();
        assignment.dossier = dossier;
        assignment.juror = juror;
        assignment.status = Assignment.Status.ACTIVE;
        assignment.reason = reason.name();
        assignment.affinity = affinity;
        assignment.createdAt = Instant.now();
        assignment.dueDate = dueDate(dossier.campaign);
        assignment.persist();
        audit.record(assignedBy, "JUROR_ASSIGNED", dossier.campaign.code, dossier.id, dossier.status.name(),
                dossier.status.name(), juror);
        return assignment;
    }

    /** Starts the assignment's scoring process (the juror's task appears). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void begin(Assignment assignment) {
        Campaign campaign = assignment.dossier.campaign;
        Map<String, Object> variables = new HashMap<>();
        variables.put("assignmentId", assignment.id);
        variables.put("dossierId", assignment.dossier.id);
        variables.put("juror", assignment.juror);
        variables.put("scoringDue", Times.endOfAsDate(assignment.dueDate));
        variables.put("reminderAt", Date.from(Times.endOf(assignment.dueDate)
                .minus(java.time.Duration.ofDays(campaign.reminderDaysBefore))));
        assignment.processInstanceId = starts
                .start(AssignmentService.PROCESS, String.valueOf(assignment.id), variables).getId();
        councilNotices.assigned(campaign, assignment.juror);
    }

    /** The chunk size: how many scoring processes start in one transaction. */
    public int chunkSize() {
        return Math.max(1, chunkSize);
    }

    /** Once the plan is committed, the waiting assignments start in the background. */
    void onPlanned(@Observes(during = TransactionPhase.AFTER_SUCCESS) Planned planned) {
        drainInBackground(planned.campaignId());
    }

    /** Resumes assignments left waiting (a crash, a replica stopped mid-way); also soon after start. */
    @Scheduled(identity = "scoring-starts-resume", every = "${dx.assignment.resume-every:30s}",
            delayed = "${dx.assignment.resume-delay:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void resume() {
        resumeNow();
    }

    /** The sweep's work: every campaign with assignments waiting for their scoring process is drained. */
    public void resumeNow() {
        List<Long> campaigns = QuarkusTransaction.requiringNew().call(ScoringStarts::campaignsWaiting);
        campaigns.forEach(this::drainInBackground);
    }

    /** Starts, chunk after chunk, the campaign's waiting scoring processes until none is left. */
    void drainInBackground(Long campaignId) {
        if (!draining.add(campaignId)) {
            return;
        }
        ExecutorService pool = executor();
        int threads = Math.max(1, workers);
        java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger(threads);
        for (int i = 0; i < threads; i++) {
            pool.execute(() -> {
                try {
                    while (QuarkusTransaction.requiringNew().call(() -> startWaiting(campaignId, chunkSize())) > 0) {
                        // next chunk
                    }
                } catch (RuntimeException e) {
                    LOG.warnf(e, "Starting scoring processes of campaign %d stopped; the sweep resumes them", campaignId);
                } finally {
                    if (running.decrementAndGet() == 0) {
                        draining.remove(campaignId);
                    }
                }
            });
        }
    }

    /**
     * Starts up to {@code limit} waiting scoring processes of the campaign in the caller's transaction;
     * rows another worker holds are skipped. Answers how many started.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int startWaiting(Long campaignId, int limit) {
        List<Assignment> chunk = Assignment.find("status = ?1 and processInstanceId is null and dossier.id in "
                + "(select d.id from Dossier d where d.campaign.id = ?2) order by id", Assignment.Status.ACTIVE, campaignId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2) // skip locked
                .page(0, limit).list();
        chunk.forEach(this::begin);
        return chunk.size();
    }

    /** How far the campaign's scoring processes have started. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Progress progress(Campaign campaign) {
        Object[] row = Assignment.getEntityManager().createQuery("select count(a), count(a.processInstanceId) "
                + "from Assignment a where a.dossier.campaign = :campaign and a.status <> :cancelled", Object[].class)
                .setParameter("campaign", campaign).setParameter("cancelled", Assignment.Status.CANCELLED)
                .getSingleResult();
        long all = (Long) row[0];
        long started = (Long) row[1];
        return new Progress(all, started, all - started, all == started);
    }

    private static List<Long> campaignsWaiting() {
        return Assignment.getEntityManager().createQuery("select distinct a.dossier.campaign.id from Assignment a "
                + "where a.status = :active and a.processInstanceId is null", Long.class)
                .setParameter("active", Assignment.Status.ACTIVE).getResultList();
    }

    private static LocalDate dueDate(Campaign campaign) {
        LocalDate base = campaign.appraisalStart.isAfter(Times.today()) ? campaign.appraisalStart : Times.today();
        LocalDate due = base.plusDays(campaign.scoringDays);
        if (due.isAfter(campaign.appraisalEnd)) {
            due = campaign.appraisalEnd.isBefore(Times.today()) ? Times.today() : campaign.appraisalEnd;
        }
        return due;
    }

    private synchronized ExecutorService executor() {
        if (executor == null) {
            executor = vn.dxawards.platform.engine.BackgroundThreads.pool("scoring-starts", workers);
        }
        return executor;
    }

    void onStop(@Observes ShutdownEvent event) {
        ExecutorService pool = executor;
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}

package vn.dxawards.dossier.service;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.model.Phase;
import vn.dxawards.campaign.service.PhaseExit;
import vn.dxawards.campaign.service.PhaseOpening;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.model.DossierStatus;
import vn.dxawards.platform.errors.DomainException;

/**
 * Tells a campaign's dossiers that their phase has opened, a chunk per transaction. The phase
 * changes in its own short transaction ({@code CampaignSteps}); the dossier processes waiting for
 * its message ({@code AppraisalOpened} for accepted dossiers, {@code DeliberationOpened} for those
 * in appraisal) are then moved here: by the request that advanced the campaign, which waits for
 * them, and in the background (a timer's phase change, a crash half-way: a sweep resumes). Workers
 * take dossier rows with {@code for update skip locked}, so replicas share the work and no process
 * is told twice. While dossiers still wait, the campaign cannot leave the phase.
 */
@ApplicationScoped
public class PhaseOpenings implements PhaseOpening, PhaseExit {

    private static final Logger LOG = Logger.getLogger(PhaseOpenings.class);

    static final String APPRAISAL_OPENED = "AppraisalOpened";
    static final String DELIBERATION_OPENED = "DeliberationOpened";

    @Inject
    RuntimeService runtime;

    @ConfigProperty(name = "dx.phase-opening.chunk-size", defaultValue = "100")
    int chunkSize;

    private volatile ExecutorService executor;
    private final Set<Long> draining = ConcurrentHashMap.newKeySet();

    /** A campaign's phase has opened; its dossiers follow once the phase's transaction has committed. */
    public record Opened(Long campaignId) {
    }

    /** A waiting dossier's status and the message that moves it, by the phase that must have opened. */
    private enum Waiting {
        APPRAISAL(Phase.APPRAISAL, DossierStatus.ACCEPTED, APPRAISAL_OPENED),
        DELIBERATION(Phase.DELIBERATION, DossierStatus.IN_APPRAISAL, DELIBERATION_OPENED);

        final Phase opened;
        final DossierStatus status;
        final String message;

        Waiting(Phase opened, DossierStatus status, String message) {
            this.opened = opened;
            this.status = status;
            this.message = message;
        }

        boolean applies(Campaign campaign) {
            return campaign.phase != null && campaign.phase.compareTo(opened) >= 0;
        }
    }

    @Override
    public long finish(String campaignCode, Duration atMost) {
        long until = System.nanoTime() + atMost.toNanos();
        Long campaignId = QuarkusTransaction.requiringNew()
                .call(() -> Campaign.byCode(campaignCode).map(c -> c.id).orElse(null));
        if (campaignId == null) {
            return 0;
        }
        while (true) {
            int told;
            try {
                told = QuarkusTransaction.requiringNew().call(() -> tellWaiting(campaignId, chunkSize()));
            } catch (RuntimeException e) {
                // The phase has changed (its own transaction committed) and this chunk rolled back
                // whole: its dossiers still wait, and the background (then the sweep) moves them. The
                // advance happened, so it is not answered as a failure (before, a 500 or a 409 told
                // the secretariat that a phase change it had made had failed).
                LOG.warnf(e, "Moving a chunk of campaign %s's dossiers into its phase failed; the background goes on",
                        campaignCode);
                drainInBackground(campaignId);
                return -1;
            }
            if (told > 0 && System.nanoTime() - until < 0) {
                continue;
            }
            long left = QuarkusTransaction.requiringNew().call(() -> waiting(Campaign.findById(campaignId)));
            if (left == 0 || System.nanoTime() - until >= 0) {
                return left;
            }
            // the rest is held by another worker (the background, another replica): wait for it
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return left;
            }
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long waiting(Campaign campaign) {
        long waiting = 0;
        for (Waiting w : Waiting.values()) {
            if (w.applies(campaign)) {
                waiting += Dossier.countInStatus(campaign, w.status);
            }
        }
        return waiting;
    }

    /** The campaign may not leave a phase while dossiers still wait for the opening of this one or an earlier. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DomainException> blocker(Campaign campaign, Locale locale) {
        long waiting = waiting(campaign);
        return waiting == 0 ? Optional.empty() : Optional.of(DomainException.conflict("phase.opening", waiting));
    }

    /**
     * Tells up to {@code limit} waiting dossiers of the campaign, in the caller's transaction; rows
     * another worker holds are skipped. Answers how many were told.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int tellWaiting(Long campaignId, int limit) {
        Campaign campaign = Campaign.findById(campaignId);
        int told = 0;
        for (Waiting w : Waiting.values()) {
            if (told >= limit || !w.applies(campaign)) {
                continue;
            }
            List<Dossier> chunk = Dossier.<Dossier>find("campaign = ?1 and status = ?2 order by id", campaign, w.status)
                    .withLock(LockModeType.PESSIMISTIC_WRITE)
                    .withHint("jakarta.persistence.lock.timeout", -2) // skip locked
                    .page(0, limit - told).list();
            for (Dossier dossier : chunk) {
                if (runtime.createMessageCorrelation(w.message).processInstanceId(dossier.processInstanceId)
                        .correlateAllWithResult().isEmpty()) {
                    // not waiting for it (should not happen): left as it is, and said once per sweep
                    LOG.warnf("Dossier %s (%s) of campaign %s does not wait for %s", dossier.reference, dossier.status,
                            campaign.code, w.message);
                    return told;
                }
                told++;
            }
        }
        return told;
    }

    /** Once the phase's transaction has committed, its dossiers start moving in the background. */
    void onOpened(@Observes(during = TransactionPhase.AFTER_SUCCESS) Opened opened) {
        drainInBackground(opened.campaignId());
    }

    /** Resumes openings left half-way (a crash, a replica stopped), and moves the dossiers of a phase opened by a timer. */
    @Scheduled(identity = "phase-openings-resume", every = "${dx.phase-opening.resume-every:30s}",
            delayed = "${dx.phase-opening.resume-delay:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void resume() {
        resumeNow();
    }

    /** The sweep's work: every campaign with dossiers waiting for their phase is drained in the background. */
    public void resumeNow() {
        // one query for every campaign: a dossier still in the status its campaign's phase has left behind
        List<Long> campaigns = QuarkusTransaction.requiringNew().call(() -> Dossier.getEntityManager().createQuery(
                "select distinct d.campaign.id from Dossier d where (d.status = :accepted and d.campaign.phase in :appraisal) "
                        + "or (d.status = :inAppraisal and d.campaign.phase in :deliberation)", Long.class)
                .setParameter("accepted", Waiting.APPRAISAL.status).setParameter("appraisal", Phase.from(Waiting.APPRAISAL.opened))
                .setParameter("inAppraisal", Waiting.DELIBERATION.status)
                .setParameter("deliberation", Phase.from(Waiting.DELIBERATION.opened)).getResultList());
        campaigns.forEach(this::drainInBackground);
    }

    private void drainInBackground(Long campaignId) {
        if (!draining.add(campaignId)) {
            return;
        }
        executor().execute(() -> {
            try {
                while (QuarkusTransaction.requiringNew().call(() -> tellWaiting(campaignId, chunkSize())) > 0) {
                    // next chunk
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "Moving the dossiers of campaign %d into its phase stopped; the sweep resumes it", campaignId);
            } finally {
                draining.remove(campaignId);
            }
        });
    }

    private int chunkSize() {
        return Math.max(1, chunkSize);
    }

    private synchronized ExecutorService executor() {
        if (executor == null) {
            executor = vn.dxawards.platform.engine.BackgroundThreads.pool("phase-openings", 1);
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

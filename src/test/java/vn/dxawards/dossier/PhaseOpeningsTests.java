package vn.dxawards.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import vn.dxawards.audit.model.AuditEntry;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.service.CampaignService;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.model.DossierStatus;
import vn.dxawards.dossier.service.PhaseOpenings;
import vn.dxawards.identity.User;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;

/**
 * Opening a phase moves the campaign's dossiers a chunk per transaction (issue 11: at 2,000 dossiers
 * one transaction telling every process passed the transaction timeout on a busy machine and the
 * advance answered 500). The test profile's chunk is 2 dossiers, so every advance of the suite
 * goes through several transactions.
 */
@QuarkusTest
class PhaseOpeningsTests {

    private static final User SECRETARY = new User("secretary1", Set.of("secretary"), null, null, null, null);

    @Inject
    CampaignService campaigns;

    @Inject
    PhaseOpenings openings;

    @Test
    void anAdvanceAnswersOnceEveryDossierHasEnteredThePhaseEachOnce() {
        String code = Fixtures.newCampaign("opening-all");
        List<Long> ids = List.of(Fixtures.acceptedUnit(code, "nominator.hanoi", "0100920101"), Fixtures.acceptedUnit(code, "nominator.danang", "0400920102"),
                Fixtures.acceptedUnit(code, "nominator.hcm", "0300920103"));

        Api.as("secretary1").post("/api/campaigns/" + code + "/advance").then().statusCode(200)
                .body("phase", equalTo("APPRAISAL"));

        for (Long id : ids) {
            assertThat(status(id)).isEqualTo(DossierStatus.IN_APPRAISAL);
            assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                    "dossierId = ?1 and action = ?2", id, "DOSSIER_IN_APPRAISAL"))).as("dossier %d entered once", id)
                    .isEqualTo(1);
        }
        assertThat(waiting(code)).isZero();
    }

    @Test
    void dossiersLeftWaitingBlockTheNextPhaseUntilTheyAreMoved() throws Exception {
        String code = Fixtures.newCampaign("opening-held");
        List<Long> ids = List.of(Fixtures.acceptedUnit(code, "nominator.hanoi", "0100920201"), Fixtures.acceptedUnit(code, "nominator.danang", "0400920202"),
                Fixtures.acceptedUnit(code, "nominator.hcm", "0300920203"));

        // two dossier rows held by another transaction, as by a worker of another replica that then dies
        ExecutorService other = Executors.newSingleThreadExecutor();
        try (Held held = holdInAnotherTransaction(other,
                () -> Dossier.<Dossier>find("id in ?1", ids.subList(0, 2)).withLock(LockModeType.PESSIMISTIC_WRITE).list())) {
            // the phase changes in its own transaction; the one free dossier moves, the held ones are skipped
            campaigns.advance(code, SECRETARY, Locale.forLanguageTag("vi"));
            assertThat(openings.finish(code, Duration.ofSeconds(2))).isEqualTo(2);
            assertThat(status(ids.get(2))).isEqualTo(DossierStatus.IN_APPRAISAL);

            assertThat(QuarkusTransaction.requiringNew().call(() -> openings.blocker(Campaign.byCode(code).orElseThrow(),
                    Locale.forLanguageTag("vi")))).hasValueSatisfying(refusal -> assertThat(refusal.code()).isEqualTo("phase.opening"));
            Api.as("secretary1").post("/api/campaigns/" + code + "/advance").then().statusCode(409);
        } finally {
            other.shutdown();
        }

        // what was left is moved by the sweep, each dossier once
        sweptIntoAppraisalEachOnce(code, ids);
    }

    /**
     * A chunk that fails once the phase has changed (here: its statement cancelled while it waits for a
     * row another transaction holds) rolls back whole; the advance it followed stands, so the request
     * is answered 200 and the dossiers of that chunk are moved afterwards, each once. (Before, the
     * advance answered 500 — seen once at 2,000 dossiers — though the campaign had changed phase.)
     */
    @Test
    void aChunkThatFailsAfterThePhaseChangedLeavesTheAdvanceDone() throws Exception {
        String code = Fixtures.newCampaign("opening-failed");
        List<Long> ids = List.of(Fixtures.acceptedUnit(code, "nominator.hanoi", "0100920301"), Fixtures.acceptedUnit(code, "nominator.danang", "0400920302"),
                Fixtures.acceptedUnit(code, "nominator.hcm", "0300920303"));
        String process = QuarkusTransaction.requiringNew().call(() -> Dossier.<Dossier>findById(ids.get(0)).processInstanceId);

        // the first dossier's process held by another transaction: whoever tells it waits
        java.util.concurrent.atomic.AtomicInteger holderBackend = new java.util.concurrent.atomic.AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        int cancelled = 0;
        try (Held held = holdInAnotherTransaction(threads, () -> {
            Dossier.getEntityManager().createNativeQuery("select ID_ from ACT_RU_EXECUTION where PROC_INST_ID_ = ?1 for update")
                    .setParameter(1, process).getResultList();
            holderBackend.set(((Number) Dossier.getEntityManager().createNativeQuery("select pg_backend_pid()")
                    .getSingleResult()).intValue());
        })) {
            Future<io.restassured.response.Response> advance = threads.submit(
                    () -> Api.as("secretary1").post("/api/campaigns/" + code + "/advance"));
            // every chunk that waits for that process fails: the request's and the background's
            long deadline = System.nanoTime() + Duration.ofSeconds(50).toNanos();
            while (!advance.isDone()) {
                assertThat(System.nanoTime()).as("the advance answered in time").isLessThan(deadline);
                cancelled += QuarkusTransaction.requiringNew().call(() -> Dossier.getEntityManager().createNativeQuery(
                        "select pg_cancel_backend(pid) from pg_stat_activity where datname = current_database() "
                                + "and cast(?1 as integer) = any(pg_blocking_pids(pid))")
                        .setParameter(1, holderBackend.get()).getResultList().size());
                Thread.sleep(50);
            }
            advance.get().then().statusCode(200).body("phase", equalTo("APPRAISAL"));
            assertThat(cancelled).as("a chunk failed").isPositive();
        } finally {
            threads.shutdown();
        }

        // the failed chunk's dossiers are moved by the background or the sweep, each once
        sweptIntoAppraisalEachOnce(code, ids);
    }

    /**
     * Runs {@code lock} in a transaction on the given thread and keeps that transaction open, its
     * locks held, until the answer is closed (then waits for it to end).
     */
    private static Held holdInAnotherTransaction(ExecutorService thread, Runnable lock) throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = thread.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
            try {
                lock.run();
            } finally {
                held.countDown();
            }
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        held.await();
        if (holder.isDone()) {
            holder.get(); // the locking failed: say why
        }
        return new Held(release, holder);
    }

    /** A transaction of another thread holding its locks until closed. */
    private record Held(CountDownLatch release, Future<?> holder) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            release.countDown();
            holder.get();
        }
    }

    /** After a sweep, every dossier has entered appraisal (within 60 s), each once by the audit trail. */
    private void sweptIntoAppraisalEachOnce(String code, List<Long> ids) throws InterruptedException {
        openings.resumeNow();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (waiting(code) > 0) {
            assertThat(System.nanoTime()).as("the dossiers were moved in time").isLessThan(deadline);
            Thread.sleep(100);
        }
        for (Long id : ids) {
            assertThat(status(id)).isEqualTo(DossierStatus.IN_APPRAISAL);
            assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                    "dossierId = ?1 and action = ?2", id, "DOSSIER_IN_APPRAISAL"))).isEqualTo(1);
        }
    }

    private long waiting(String code) {
        return QuarkusTransaction.requiringNew().call(() -> openings.waiting(Campaign.byCode(code).orElseThrow()));
    }

    private static DossierStatus status(Long id) {
        return QuarkusTransaction.requiringNew().call(() -> Dossier.<Dossier>findById(id).status);
    }
}

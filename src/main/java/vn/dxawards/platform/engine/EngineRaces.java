package vn.dxawards.platform.engine;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import vn.dxawards.platform.persistence.DatabaseRefusals;

/**
 * A person's action that touches a process instance where the engine's own jobs also run (the end of
 * a council member's vote task continues in a job, see campaign.bpmn): when the action loses the
 * engine's optimistic lock against such a job running at that instant, nobody else acted — the action
 * is run again from the start, in a fresh transaction, where it sees the job's result and decides
 * anew (a real race with another person then ends in the action's own refusal, e.g. the task is gone).
 * The lost attempt was rolled back whole, so nothing is written twice. Only where no transaction is
 * active (a transaction already under way cannot be retried): otherwise the action runs once, as is.
 */
@ApplicationScoped
public class EngineRaces {

    private static final Logger LOG = Logger.getLogger(EngineRaces.class);

    /**
     * How long an action keeps being run again while it loses to the engine's jobs. One job runs in a
     * few milliseconds, but the jobs of a council voting at the same instant run one after another and
     * lose to each other too (on a busy machine that took longer than three quick attempts, so a
     * proposal sent at once was refused as a concurrent change): attempts go on, each pause twice the
     * last up to {@link #LONGEST_PAUSE_MS}, until this much time has passed.
     */
    static final Duration BUDGET = Duration.ofSeconds(5);

    static final long LONGEST_PAUSE_MS = 400;

    public <T> T retryingLostLocks(String what, Supplier<T> action) {
        if (QuarkusTransaction.isActive()) {
            return action.get();
        }
        return untilWon(what, () -> QuarkusTransaction.requiringNew().call(action::get), BUDGET);
    }

    /** Runs the attempt until it does not lose a race, or a lost race comes after the budget is spent. */
    static <T> T untilWon(String what, Supplier<T> attempt, Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        for (int n = 1;; n++) {
            try {
                return attempt.get();
            } catch (RuntimeException e) {
                if (!lostLock(e) || System.nanoTime() - deadline >= 0) {
                    throw e;
                }
                LOG.debugf("%s lost a race with an engine job (attempt %d), run again: %s", what, n, e.getMessage());
                pause(n);
            }
        }
    }

    /**
     * An optimistic lock lost, the execution tree changed under the engine's feet, or a database
     * refusal that means a concurrent transaction ({@link DatabaseRefusals#concurrentChange}): a
     * deadlock with the job (a task the job updates while the action claims it), or the job's child
     * execution still referencing the one the action deletes (23503) — both seen on a busy CI machine
     * as a proposal answered 409 while the council's vote jobs ran. The database rolled the action
     * back whole: the same lost race.
     */
    static boolean lostLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockingException || t instanceof OptimisticLockException
                    || t instanceof org.hibernate.StaleStateException || treeChangedUnderfoot(t)) {
                return true;
            }
        }
        return DatabaseRefusals.concurrentChange(e);
    }

    /**
     * The other face of the same race: the job ended the vote branch and compacted the process
     * instance's execution tree while the action's command read it, so the engine's own entity code
     * met an execution whose process instance was already gone (seen as a NullPointerException in
     * {@code ExecutionEntity.getRootProcessInstanceId} while claiming the proposal task). Only a
     * NullPointerException raised inside the engine's persistence entities counts; any other is a bug.
     */
    static boolean treeChangedUnderfoot(Throwable t) {
        StackTraceElement[] stack = t.getStackTrace();
        return t instanceof NullPointerException && stack.length > 0
                && stack[0].getClassName().startsWith("org.camunda.bpm.engine.impl.persistence.entity.");
    }

    private static void pause(int attempt) {
        long doubling = 20L << Math.min(attempt - 1, 10);
        try {
            Thread.sleep(Math.min(doubling, LONGEST_PAUSE_MS) + ThreadLocalRandom.current().nextLong(20));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

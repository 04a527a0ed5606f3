package vn.dxawards.platform.engine;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;

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

    /** Attempts in all; the race window is one job's run, a few milliseconds. */
    static final int ATTEMPTS = 3;

    public <T> T retryingLostLocks(String what, Supplier<T> action) {
        if (QuarkusTransaction.isActive()) {
            return action.get();
        }
        for (int attempt = 1;; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(action::get);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !lostLock(e)) {
                    throw e;
                }
                LOG.debugf("%s lost a race with an engine job (attempt %d), run again: %s", what, attempt, e.getMessage());
                pause(attempt);
            }
        }
    }

    static boolean lostLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockingException || t instanceof OptimisticLockException
                    || t instanceof org.hibernate.StaleStateException || treeChangedUnderfoot(t)) {
                return true;
            }
        }
        return false;
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
        try {
            Thread.sleep(20L * attempt + ThreadLocalRandom.current().nextLong(20));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

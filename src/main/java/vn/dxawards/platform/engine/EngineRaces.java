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
                LOG.debugf("%s lost an optimistic lock (attempt %d), run again: %s", what, attempt, e.getMessage());
                pause(attempt);
            }
        }
    }

    static boolean lostLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockingException || t instanceof OptimisticLockException
                    || t instanceof org.hibernate.StaleStateException) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(20L * attempt + ThreadLocalRandom.current().nextLong(20));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

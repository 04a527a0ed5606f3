package vn.dxawards.platform.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;

/** Which failures count as a race lost to an engine job (run again) and which do not (answered as they are). */
class EngineRacesTests {

    @Test
    void aLostLockOrAnExecutionTreeChangedUnderTheEngineIsALostRaceAnyOtherFailureIsNot() {
        assertTrue(EngineRaces.lostLock(new RuntimeException("wrapped", new OptimisticLockingException("lost"))));
        assertTrue(EngineRaces.lostLock(thrownAt("org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity")));
        assertFalse(EngineRaces.lostLock(thrownAt("vn.dxawards.deliberation.service.ProposalService")),
                "a NullPointerException of ours is a bug, not a race");
        assertFalse(EngineRaces.lostLock(new IllegalStateException("state_changed")));
        assertTrue(EngineRaces.lostLock(new RuntimeException("flush", new java.sql.BatchUpdateException("batch",
                new int[0], new java.sql.SQLException("ERROR: deadlock detected", "40P01")))),
                "a deadlock with the job: rolled back whole, the same lost race");
        assertTrue(EngineRaces.lostLock(new RuntimeException("flush", new java.sql.BatchUpdateException("batch",
                new int[0], new java.sql.SQLException("violates foreign key constraint \"act_fk_exe_parent\"", "23503")))),
                "the job's child execution still referencing the one the action deletes: the same lost race");
        for (String state : new String[] {"40001", "55P03"}) {
            assertTrue(EngineRaces.lostLock(new RuntimeException(new java.sql.SQLException("concurrent", state))), state);
        }
        assertFalse(EngineRaces.lostLock(new RuntimeException(new java.sql.SQLException("unique", "23505"))),
                "the same thing done twice is answered as already done, not run again");
        assertFalse(EngineRaces.lostLock(new RuntimeException(new java.sql.SQLException("too long", "22001"))));
    }

    @Test
    void anActionLosingToOneJobAfterAnotherIsRunAgainUntilItWins() {
        AtomicInteger attempts = new AtomicInteger();
        String sent = EngineRaces.untilWon("the proposal", () -> {
            if (attempts.incrementAndGet() <= 6) {
                throw new OptimisticLockingException("lost to the vote job of member " + attempts.get());
            }
            return "sent";
        }, EngineRaces.BUDGET);
        assertEquals("sent", sent, "six jobs in a row (a council voting at once) do not refuse the action");
        assertEquals(7, attempts.get());
    }

    @Test
    void aRaceStillLostWhenTheTimeIsSpentIsAnsweredAndAnyOtherFailureAtOnce() {
        AtomicInteger attempts = new AtomicInteger();
        long start = System.nanoTime();
        assertThrows(OptimisticLockingException.class, () -> EngineRaces.untilWon("the proposal", () -> {
            attempts.incrementAndGet();
            throw new OptimisticLockingException("lost");
        }, Duration.ofMillis(300)));
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        assertTrue(tookMs >= 300 && tookMs < 300 + EngineRaces.LONGEST_PAUSE_MS + 1_000, "took " + tookMs + " ms");
        assertTrue(attempts.get() > 1);

        attempts.set(0);
        assertThrows(IllegalStateException.class, () -> EngineRaces.untilWon("the proposal", () -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("state_changed");
        }, EngineRaces.BUDGET));
        assertEquals(1, attempts.get(), "a refusal is not a race: not run again");
    }

    private static NullPointerException thrownAt(String className) {
        NullPointerException e = new NullPointerException("processInstance is null");
        e.setStackTrace(new StackTraceElement[] {new StackTraceElement(className, "getRootProcessInstanceId", null, 1)});
        return e;
    }
}

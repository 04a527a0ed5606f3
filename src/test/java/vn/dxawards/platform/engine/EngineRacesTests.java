package vn.dxawards.platform.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    }

    private static NullPointerException thrownAt(String className) {
        NullPointerException e = new NullPointerException("processInstance is null");
        e.setStackTrace(new StackTraceElement[] {new StackTraceElement(className, "getRootProcessInstanceId", null, 1)});
        return e;
    }
}

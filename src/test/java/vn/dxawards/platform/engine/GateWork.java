package vn.dxawards.platform.engine;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.dxawards.audit.service.AuditLog;

/** Transactions the gate tests run: Panache and the engine writing together. */
@ApplicationScoped
public class GateWork {

    @Inject
    AuditLog audit;

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    @Transactional
    public void writeBothThenFail(String marker) {
        audit.record("gate", "GATE", marker, null, null, null, null);
        runtime.startProcessInstanceByKey("gateExpression", marker, java.util.Map.of("place", "Huế"));
        throw new IllegalStateException("fail after both writes");
    }

    @Transactional
    public void writeBoth(String marker) {
        audit.record("gate", "GATE", marker, null, null, null, null);
        runtime.startProcessInstanceByKey("gateExpression", marker, java.util.Map.of("place", "Huế"));
    }

    @Transactional
    public void complete(String taskId) {
        tasks.complete(taskId);
    }
}

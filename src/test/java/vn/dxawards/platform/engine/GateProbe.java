package vn.dxawards.platform.engine;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.eclipse.microprofile.config.ConfigProvider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** A bean the gate processes call by name, counting what happened. */
@Named("gateProbe")
@ApplicationScoped
public class GateProbe {

    // read through methods: a test holds a client proxy, whose own fields are not the bean's
    private final AtomicInteger fired = new AtomicInteger();
    private volatile CyclicBarrier barrier;
    private volatile String configOnJobThread;

    public int firedCount() {
        return fired.get();
    }

    public void raceWith(CyclicBarrier barrier) {
        this.barrier = barrier;
    }

    public void fired(DelegateExecution execution) {
        // a bean first created on a job thread reads its configuration through the thread's class loader
        configOnJobThread = ConfigProvider.getConfig().getOptionalValue("quarkus.application.name", String.class)
                .orElse(null);
        fired.incrementAndGet();
    }

    public String configOnJobThread() {
        return configOnJobThread;
    }

    public String greet(String place) {
        return "Xin chào " + place;
    }

    /** Holds each completing thread until both have read the task, so they really race. */
    public void meet(DelegateTask task) throws InterruptedException {
        CyclicBarrier current = barrier;
        if (current == null) {
            return;
        }
        try {
            current.await(5, TimeUnit.SECONDS);
        } catch (BrokenBarrierException | TimeoutException e) {
            // the other thread lost before reaching here: nothing to wait for
        }
    }

    public void after(DelegateExecution execution) {
        execution.setVariable("after", true);
    }
}

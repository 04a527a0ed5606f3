package vn.dxawards.platform.engine;

import java.util.List;

import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.ExecuteJobsRunnable;

/**
 * The engine's job executor, running jobs with the application's class loader as the thread's
 * context class loader. The engine switches it to its own jar's loader while a job runs; where that
 * is not the application's (Quarkus' test class loading), a bean first created on a job thread
 * would find no configuration.
 */
class AppJobExecutor extends DefaultJobExecutor {

    private final ClassLoader application;

    AppJobExecutor(ClassLoader application) {
        this.application = application;
    }

    @Override
    public Runnable getExecuteJobsRunnable(List<String> jobIds, ProcessEngineImpl processEngine) {
        return new ExecuteJobsRunnable(jobIds, processEngine) {
            @Override
            protected ClassLoader switchClassLoader() {
                ClassLoader before = Thread.currentThread().getContextClassLoader();
                Thread.currentThread().setContextClassLoader(application);
                return before;
            }
        };
    }
}

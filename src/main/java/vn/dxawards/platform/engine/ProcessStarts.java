package vn.dxawards.platform.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Starts the application's processes on the latest version of their definition, whose id is looked
 * up once per node: the engine's start by key asks the database for the latest version at every
 * start (a query per submission at the deadline rush, per scoring process at the assignment). The
 * processes are deployed only when the node starts, before it takes requests
 * ({@link ProcessEngineLifecycle}); so a node keeps starting the version its own files were deployed
 * as, even while a newer node rolls out a changed file (started by key, it would start the newer
 * version with its older code).
 */
@ApplicationScoped
public class ProcessStarts {

    @Inject
    RepositoryService repository;

    @Inject
    RuntimeService runtime;

    private final Map<String, String> latest = new ConcurrentHashMap<>();

    /** Starts the latest version of the process {@code key} (as {@link RuntimeService#startProcessInstanceByKey}). */
    public ProcessInstance start(String key, String businessKey, Map<String, Object> variables) {
        return runtime.startProcessInstanceById(latestDefinitionId(key), businessKey, variables);
    }

    String latestDefinitionId(String key) {
        return latest.computeIfAbsent(key, k -> {
            ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(k)
                    .latestVersion().singleResult();
            if (definition == null) {
                throw new IllegalStateException("No process definition deployed for the key " + k);
            }
            return definition.getId();
        });
    }
}

package vn.dxawards.platform.engine;

import java.io.InputStream;

import javax.sql.DataSource;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.transaction.TransactionManager;

/**
 * Runs the one BPMN engine of this application: built on first use on Quarkus' datasource and
 * transaction manager, so engine and Panache writes share a transaction; the processes in
 * {@code processes/} are deployed at start, and only a changed file makes a new version.
 */
@Singleton
public class ProcessEngineLifecycle {

    static final String DEPLOYMENT_NAME = "dx-awards";

    private static final Logger LOG = Logger.getLogger(ProcessEngineLifecycle.class);

    private final DataSource dataSource;
    private final TransactionManager transactionManager;
    private final EngineConfig config;
    private final Instance<BpmnParseListener> parseListeners;
    private volatile ProcessEngine engine;

    ProcessEngineLifecycle(DataSource dataSource, TransactionManager transactionManager, EngineConfig config,
            @Any Instance<BpmnParseListener> parseListeners) {
        this.dataSource = dataSource;
        this.transactionManager = transactionManager;
        this.config = config;
        this.parseListeners = parseListeners;
    }

    /** The engine's SQL mappings are parsed from the moment the container is up (see {@link SqlMappings}). */
    static void parseSqlMappingsAhead(@Observes @Initialized(ApplicationScoped.class) Object started) {
        SqlMappings.startParsing(SqlMappings.databaseType(
                ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.db-kind", String.class).orElse(null)));
    }

    void start(@Observes @Priority(10) StartupEvent event) {
        deployProcesses();
        if (config.jobExecutor().enabled()) {
            engineConfiguration().getJobExecutor().start();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (engine != null) {
            engineConfiguration().getJobExecutor().shutdown();
            engine.close();
            engine = null;
        }
    }

    @Produces
    @Singleton
    ProcessEngine processEngine() {
        ProcessEngine built = engine;
        if (built == null) {
            synchronized (this) {
                if (engine == null) {
                    engine = build();
                }
                built = engine;
            }
        }
        return built;
    }

    @Produces
    @Singleton
    RuntimeService runtimeService() {
        return processEngine().getRuntimeService();
    }

    @Produces
    @Singleton
    TaskService taskService() {
        return processEngine().getTaskService();
    }

    @Produces
    @Singleton
    RepositoryService repositoryService() {
        return processEngine().getRepositoryService();
    }

    @Produces
    @Singleton
    HistoryService historyService() {
        return processEngine().getHistoryService();
    }

    @Produces
    @Singleton
    ManagementService managementService() {
        return processEngine().getManagementService();
    }

    private ProcessEngineConfigurationImpl engineConfiguration() {
        return (ProcessEngineConfigurationImpl) processEngine().getProcessEngineConfiguration();
    }

    private ProcessEngine build() {
        QuarkusEngineConfiguration configuration = new QuarkusEngineConfiguration();
        configuration.setProcessEngineName("dx-awards");
        configuration.setDataSource(dataSource);
        String databaseType = SqlMappings.databaseType(ConfigProvider.getConfig()
                .getOptionalValue("quarkus.datasource.db-kind", String.class).orElse(null));
        if (databaseType != null) {
            configuration.setDatabaseType(databaseType);
            var parsed = SqlMappings.take(databaseType, dataSource);
            if (parsed != null) {
                configuration.setSqlSessionFactory(parsed);
            }
        }
        configuration.setTransactionManager(transactionManager);
        configuration.setTransactionsExternallyManaged(true);
        // Flyway alone writes the schema (db/migration/V10__Camunda_engine_schema): replicas starting
        // together never race to create or upgrade the engine's tables; the engine only checks them.
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        configuration.setHistory(config.history());
        // Ids made in memory: the default generator fetches blocks of ids in a transaction of its own,
        // which takes a second pooled connection while the request holds one (pool exhaustion under a
        // rush). Camunda documents this generator for clusters of engines on one database.
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setExpressionManager(new ArcExpressionManager());
        // Features may watch the processes as they are parsed (e.g. to project open tasks).
        configuration.setCustomPreBPMNParseListeners(new java.util.ArrayList<>(parseListeners.stream().toList()));
        // The app has its own users and tasks lists; the engine's identity and CMMN parts stay off.
        configuration.setDbIdentityUsed(false);
        configuration.setCmmnEnabled(false);
        configuration.setDmnEnabled(false);
        configuration.setMetricsEnabled(false);

        DefaultJobExecutor jobExecutor = new AppJobExecutor(Thread.currentThread().getContextClassLoader());
        EngineConfig.JobExecutor jobs = config.jobExecutor();
        jobExecutor.setWaitTimeInMillis(jobs.waitTimeMillis());
        jobExecutor.setMaxWait(jobs.maxWaitMillis());
        jobExecutor.setLockTimeInMillis(jobs.lockTimeMillis());
        jobExecutor.setMaxJobsPerAcquisition(jobs.maxJobsPerAcquisition());
        config.nodeName().ifPresent(name -> {
            configuration.setHostname(name);
            jobExecutor.setLockOwner(name);
        });
        configuration.setJobExecutor(jobExecutor);
        // Started by hand once the processes are deployed, never while the engine is being built.
        configuration.setJobExecutorActivate(false);
        configuration.setJobExecutorDeploymentAware(false);

        LOG.infof("Starting the BPMN engine (history %s, node %s)", config.history(),
                config.nodeName().orElse("unnamed"));
        return configuration.buildProcessEngine();
    }

    /** Deploys processes/ with duplicate filtering: an unchanged file makes no new version. */
    void deployProcesses() {
        DeploymentBuilder deployment = processEngine().getRepositoryService()
                .createDeployment()
                .name(DEPLOYMENT_NAME)
                .enableDuplicateFiltering(true);
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (String resource : config.deployments()) {
            InputStream content = loader.getResourceAsStream(resource);
            if (content == null) {
                throw new IllegalStateException("BPMN resource not found on the classpath: " + resource);
            }
            deployment.addInputStream(resource, content);
        }
        var deployed = deployment.deployWithResult();
        var definitions = deployed.getDeployedProcessDefinitions();
        if (definitions == null || definitions.isEmpty()) {
            LOG.info("BPMN processes unchanged: nothing new deployed");
        } else {
            LOG.infof("BPMN deployment %s: %d process definition(s) new", deployed.getId(), definitions.size());
        }
    }
}

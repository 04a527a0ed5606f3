package vn.dxawards.bench.national;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * The raw-engine baseline of issue 11: the application's own BPMN files ({@code processes/*.bpmn})
 * on the Camunda engine alone, through its Java API, on the same PostgreSQL (a fresh database of
 * its own) with the application's history level ({@code full}), no HTTP, no application code: every
 * bean the BPMN calls ({@code intakeSteps}, {@code appraisalSteps}, …) is a no-op of the same name
 * in the engine's {@code beans} map. One dossier journey as the application drives it: the dossier
 * process started at submission, intake accepted, the appraisal message, three scoring processes
 * started and completed, the deliberation message, the outcome message; and per batch of journeys
 * one campaign process (its phase messages, a vote task per council member, proposal, the chair's
 * signature, publication with one asynchronous outcome job per dossier, run here by the driving
 * thread). Figures: CPU of the driving thread (ThreadMXBean) plus the PostgreSQL backends of its
 * database, per journey, after a warm-up batch. Writes them to a properties file for
 * {@link NationalBench}'s ratio.
 */
public final class EngineBaseline {

    /** Every method the BPMN files call, doing nothing; registered under each bean name. */
    public static final class NoOpSteps {
        /** Task listeners (the council's and the chair's messages): as no-ops. */
        public void voteOpened(org.camunda.bpm.engine.delegate.DelegateTask task) {
        }

        public void proposalReceived(org.camunda.bpm.engine.delegate.DelegateTask task) {
        }

        public void rejected(DelegateExecution e) {
        }

        public void supplementRequested(DelegateExecution e) {
        }

        public void supplementAnswered(DelegateExecution e) {
        }

        public void supplementOverdue(DelegateExecution e) {
        }

        public void accepted(DelegateExecution e) {
        }

        public void withdrawn(DelegateExecution e) {
        }

        public void dossierInAppraisal(DelegateExecution e) {
        }

        public void dossierInDeliberation(DelegateExecution e) {
        }

        public void awarded(DelegateExecution e) {
        }

        public void notAwarded(DelegateExecution e) {
        }

        public void scorecardSubmitted(DelegateExecution e) {
        }

        public void remind(DelegateExecution e) {
        }

        public void escalateOverdue(DelegateExecution e) {
        }

        public void assignmentCancelled(DelegateExecution e) {
        }

        public void enterNomination(DelegateExecution e) {
        }

        public void enterAppraisal(DelegateExecution e) {
        }

        public void enterDeliberation(DelegateExecution e) {
        }

        public void enterDecision(DelegateExecution e) {
        }

        public void enterPublished(DelegateExecution e) {
        }

        public void notifyAppraisalIncomplete(DelegateExecution e) {
        }

        public void proposalReturned(DelegateExecution e) {
        }

        public void signed(DelegateExecution e) {
        }

        public void correlateOutcome(DelegateExecution e, Object dossierId) {
        }

        public boolean isNomination(DelegateExecution e) {
            return true;
        }

        public boolean readyForDeliberation(DelegateExecution e) {
            return true;
        }
    }

    static final List<String> BEANS = List.of("intakeSteps", "appraisalSteps", "deliberationSteps", "publicationSteps",
            "campaignPhases", "campaignSteps", "decisionSteps", "surveySteps");
    static final Date FAR = new Date(System.currentTimeMillis() + 400L * 24 * 3600 * 1000);

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ProcessEngine engine;
    private final int council;
    private final java.util.concurrent.atomic.AtomicLong nextId = new java.util.concurrent.atomic.AtomicLong(1);

    private EngineBaseline(ProcessEngine engine, int council) {
        this.engine = engine;
        this.runtime = engine.getRuntimeService();
        this.tasks = engine.getTaskService();
        this.council = council;
    }

    public static void main(String[] args) throws Exception {
        String server = System.getProperty("bench.db.server", "jdbc:postgresql://localhost:5432/");
        String user = System.getProperty("bench.db.user", "dxawards");
        String password = System.getProperty("bench.db.password", "dxawards");
        String database = System.getProperty("bench.engine.db", "dxawards_bench_engine");
        int journeys = NationalBench.env("DX_BENCH_BASELINE_JOURNEYS", 500);
        int warmup = NationalBench.env("DX_BENCH_BASELINE_WARMUP", 100);
        int council = NationalBench.env("DX_BENCH_COUNCIL", 30);
        Path out = Path.of(System.getProperty("bench.baseline.file", "target/bench/baseline.properties"));

        try (Connection admin = DriverManager.getConnection(server + "postgres", user, password);
                Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + database + " with (force)");
            sql.execute("create database " + database);
        }
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("dx-baseline");
        configuration.setJdbcUrl(server + database);
        configuration.setJdbcUsername(user);
        configuration.setJdbcPassword(password);
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory("full"); // the application's dx.engine.history
        configuration.setDbIdentityUsed(false);
        configuration.setCmmnEnabled(false);
        configuration.setDmnEnabled(false);
        configuration.setMetricsEnabled(false);
        configuration.setJobExecutorActivate(false);
        Map<Object, Object> beans = new HashMap<>();
        NoOpSteps steps = new NoOpSteps();
        BEANS.forEach(name -> beans.put(name, steps));
        configuration.setBeans(beans);
        ProcessEngine engine = configuration.buildProcessEngine();
        ProcCpu.DatabaseBackends pg = new ProcCpu.DatabaseBackends(server + "postgres", user, password, database);
        try {
            var deployment = engine.getRepositoryService().createDeployment().name("baseline");
            try (var files = Files.list(Path.of(System.getProperty("bench.processes", "processes")))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                    InputStream in = Files.newInputStream(file);
                    deployment.addInputStream(file.getFileName().toString(), in);
                }
            }
            deployment.deploy();
            EngineBaseline baseline = new EngineBaseline(engine, council);
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();

            int threads = Math.max(1, NationalBench.env("DX_BENCH_BASELINE_THREADS", 4));
            baseline.parallelBatches(warmup, threads, mx);
            long pg0 = pg.read();
            long proc0 = ProcCpu.selfCpuMs();
            long all0 = ProcCpu.postgresAllMs();
            long wall0 = System.nanoTime();
            long threadNanos = baseline.parallelBatches(journeys, threads, mx);
            double wall = (System.nanoTime() - wall0) / 1e9;
            double threadMs = threadNanos / 1e6 / journeys;
            double pgMs = (double) (pg.read() - pg0) / journeys;
            double procMs = (double) (ProcCpu.selfCpuMs() - proc0) / journeys;
            double allMs = (double) (ProcCpu.postgresAllMs() - all0) / journeys;
            System.out.printf("BENCH baseline %d journeys after %d warm-up, %d driving threads, council %d, history full: wall %.1f s (%.1f journeys/s)%n",
                    journeys, warmup, threads, council, wall, journeys / wall);
            System.out.printf("BENCH baseline CPU ms per journey: driving thread %.1f + pg(engine db) %.1f = %.1f; whole JVM %.1f, pg(all) %.1f%n",
                    threadMs, pgMs, threadMs + pgMs, procMs, allMs);
            Properties p = new Properties();
            p.setProperty("journey.thread.ms", String.format("%.2f", threadMs));
            p.setProperty("journey.pg.ms", String.format("%.2f", pgMs));
            p.setProperty("journey.cpu.ms", String.format("%.2f", threadMs + pgMs));
            p.setProperty("journey.jvm.ms", String.format("%.2f", procMs));
            p.setProperty("journeys", String.valueOf(journeys));
            p.setProperty("threads", String.valueOf(threads));
            Files.createDirectories(out.toAbsolutePath().getParent());
            try (var w = Files.newOutputStream(out)) {
                p.store(w, "raw-engine baseline (EngineBaseline)");
            }
        } finally {
            pg.close();
            engine.close();
            // best effort: an autovacuum worker (a superuser's session) on the fresh database cannot be
            // ended by the application's role; bench.sh drops it again as the server's administrator
            try (Connection admin = DriverManager.getConnection(server + "postgres", user, password);
                    Statement sql = admin.createStatement()) {
                sql.execute("drop database if exists " + database + " with (force)");
            } catch (java.sql.SQLException e) {
                System.out.println("BENCH baseline database " + database + " left for bench.sh to drop: " + e.getMessage());
            }
        }
    }

    /** {@code n} journeys in {@code threads} campaigns driven side by side; answers the CPU nanos of the driving threads. */
    private long parallelBatches(int n, int threads, ThreadMXBean mx) throws InterruptedException {
        java.util.concurrent.atomic.AtomicLong cpu = new java.util.concurrent.atomic.AtomicLong();
        List<Thread> workers = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < threads; t++) {
            int share = n / threads + (t < n % threads ? 1 : 0);
            Thread worker = new Thread(() -> {
                long start = mx.getCurrentThreadCpuTime();
                try {
                    batch(share);
                } catch (Throwable e) {
                    failures.add(e);
                }
                cpu.addAndGet(mx.getCurrentThreadCpuTime() - start);
            }, "baseline-" + t);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("baseline batch failed", failures.get(0));
        }
        return cpu.get();
    }

    /** {@code n} dossier journeys in one campaign. */
    private void batch(int n) {
        String campaign = "baseline-" + (nextId.getAndIncrement());
        Map<String, Object> vars = new HashMap<>();
        vars.put("campaignCode", campaign);
        vars.put("nominationEnds", FAR);
        vars.put("appraisalEnds", FAR);
        vars.put("publicationAt", FAR);
        String campaignInstance = runtime.startProcessInstanceByKey("campaign", campaign, vars).getId();

        List<String> dossiers = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long id = nextId.getAndIncrement();
            Map<String, Object> v = new HashMap<>();
            v.put("dossierId", id);
            v.put("campaignCode", campaign);
            v.put("nominatorGroup", "nominator:BODY-" + (i % 200));
            v.put("intakeDue", FAR);
            dossiers.add(runtime.startProcessInstanceByKey("dossier", String.valueOf(id), v).getId());
            ids.add(id);
        }
        for (String d : dossiers) {
            Task intake = tasks.createTaskQuery().processInstanceId(d).taskDefinitionKey("Task_Intake").singleResult();
            tasks.complete(intake.getId(), Map.of("intakeDecision", "ACCEPT"));
        }
        runtime.createMessageCorrelation("AdvanceCampaign").processInstanceBusinessKey(campaign).correlateWithResult();
        for (String d : dossiers) {
            runtime.createMessageCorrelation("AppraisalOpened").processInstanceId(d).correlateAllWithResult();
        }
        List<String> scorings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 3; k++) {
                Map<String, Object> v = new HashMap<>();
                long assignment = nextId.getAndIncrement();
                v.put("assignmentId", assignment);
                v.put("dossierId", ids.get(i));
                v.put("juror", "juror" + ((i + k) % council));
                v.put("scoringDue", FAR);
                v.put("reminderAt", FAR);
                scorings.add(runtime.startProcessInstanceByKey("scoring", String.valueOf(assignment), v).getId());
            }
        }
        for (String s : scorings) {
            Task score = tasks.createTaskQuery().processInstanceId(s).singleResult();
            tasks.complete(score.getId());
        }
        List<String> members = new ArrayList<>();
        for (int m = 0; m < council; m++) {
            members.add("juror" + m);
        }
        runtime.setVariable(campaignInstance, "council", members);
        runtime.createMessageCorrelation("AdvanceCampaign").processInstanceBusinessKey(campaign).correlateWithResult();
        for (String d : dossiers) {
            runtime.createMessageCorrelation("DeliberationOpened").processInstanceId(d).correlateAllWithResult();
        }
        for (Task vote : tasks.createTaskQuery().processInstanceId(campaignInstance).taskDefinitionKey("Task_Vote").list()) {
            tasks.complete(vote.getId());
        }
        // each member's vote task ends in a job of its own (asyncAfter), as the app's job executor runs it
        runJobs(engine.getManagementService(), campaignInstance);
        Task proposal = tasks.createTaskQuery().processInstanceId(campaignInstance).taskDefinitionKey("Task_Proposal").singleResult();
        tasks.complete(proposal.getId());
        Task chair = tasks.createTaskQuery().processInstanceId(campaignInstance).taskDefinitionKey("Task_ChairDecision").singleResult();
        tasks.complete(chair.getId(), Map.of("decisionAction", "SIGN"));
        runtime.setVariable(campaignInstance, "outcomeDossierIds", ids);
        runtime.createMessageCorrelation("AdvanceCampaign").processInstanceBusinessKey(campaign).correlateWithResult();
        runJobs(engine.getManagementService(), campaignInstance);
        for (int i = 0; i < n; i++) {
            runtime.createMessageCorrelation("OutcomeDecided").processInstanceId(dossiers.get(i))
                    .setVariable("awarded", i % 10 == 0).correlateWithResult();
        }
        long left = runtime.createProcessInstanceQuery().processInstanceBusinessKey(campaign).count()
                + runtime.createProcessInstanceQuery().processInstanceIds(new java.util.HashSet<>(dossiers)).count();
        if (left > 0) {
            System.out.println("BENCH baseline note: " + left + " process instances not ended in " + campaign);
        }
    }

    /** Runs the process instance's due jobs (and those they make) on this thread, as the job executor would. */
    private static void runJobs(org.camunda.bpm.engine.ManagementService management, String processInstanceId) {
        for (int round = 0; round < 10; round++) {
            List<Job> jobs = management.createJobQuery().processInstanceId(processInstanceId).executable().list();
            if (jobs.isEmpty()) {
                break;
            }
            for (Job job : jobs) {
                management.executeJob(job.getId());
            }
        }
    }
}

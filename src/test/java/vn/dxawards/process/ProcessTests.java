package vn.dxawards.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import jakarta.inject.Inject;
import vn.dxawards.support.Api;

/**
 * What the process tests share: the engine's services, camunda-bpm-assert bound to our engine, an
 * engine clock that is moved forward to make timers due (the job executor then runs them) and put
 * back after each test, and the API steps the stories are told with. Every process is driven through
 * the API with real tokens; the engine itself is only read.
 */
abstract class ProcessTests {

    static final String SECRETARY = "secretary1";

    @Inject
    ProcessEngine engine;

    @Inject
    RuntimeService runtime;

    @Inject
    ManagementService management;

    @Inject
    HistoryService history;

    @Inject
    TaskService tasks;

    @BeforeEach
    void bindAssertionsToTheEngine() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void resetTheEngineClock() {
        ClockUtil.reset();
    }

    // --- the processes of a dossier and of a campaign ---------------------------------------------

    ProcessInstance dossierProcess(long dossierId) {
        return running("dossier", String.valueOf(dossierId));
    }

    ProcessInstance campaignProcess(String campaignCode) {
        return running("campaign", campaignCode);
    }

    /** The scoring processes of a dossier that are still running, one per current assignment. */
    List<ProcessInstance> scoringProcesses(long dossierId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("scoring")
                .variableValueEquals("dossierId", dossierId).orderByProcessInstanceId().asc().list();
    }

    ProcessInstance scoringProcessOf(long dossierId, String juror) {
        return scoringProcesses(dossierId).stream()
                .filter(p -> juror.equals(runtime.getVariable(p.getId(), "juror"))).findFirst()
                .orElseThrow(() -> new AssertionError("no running scoring process of " + juror + " on " + dossierId));
    }

    String jurorOf(ProcessInstance scoring) {
        return (String) runtime.getVariable(scoring.getId(), "juror");
    }

    private ProcessInstance running(String key, String businessKey) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(key)
                .processInstanceBusinessKey(businessKey).singleResult();
        assertThat(instance).as("the running %s process %s", key, businessKey).isNotNull();
        return instance;
    }

    // --- timers ------------------------------------------------------------------------------------

    /** The timer job waiting at this timer event of the process. */
    Job timer(ProcessInstance instance, String timerEventId) {
        Job job = management.createJobQuery().processInstanceId(instance.getId()).activityId(timerEventId).timers()
                .singleResult();
        assertThat(job).as("the timer %s of %s", timerEventId, instance.getId()).isNotNull();
        return job;
    }

    boolean hasTimer(ProcessInstance instance, String timerEventId) {
        return management.createJobQuery().processInstanceId(instance.getId()).activityId(timerEventId).timers()
                .count() > 0;
    }

    /**
     * Moves the engine clock a minute past the timer's due date and waits for the job executor to
     * run the job, as it would in production: on its own thread, where no person is acting.
     */
    void passTimer(ProcessInstance instance, String timerEventId) {
        Job job = timer(instance, timerEventId);
        moveClockTo(job.getDuedate().toInstant().plus(Duration.ofMinutes(1)));
        if (!eventually(() -> management.createJobQuery().jobId(job.getId()).count() == 0)) {
            String trace = management.getJobExceptionStacktrace(job.getId());
            fail("the timer job " + timerEventId + " did not run" + (trace == null ? "" : ": " + trace));
        }
    }

    /** The engine's clock only: the application's own timestamps keep the real time. */
    static void moveClockTo(Instant instant) {
        if (instant.isAfter(ClockUtil.getCurrentTime().toInstant())) {
            ClockUtil.setCurrentTime(Date.from(instant));
        }
    }

    // --- waiting for the job executor ---------------------------------------------------------------

    static boolean eventually(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }

    static void await(String what, BooleanSupplier condition) {
        assertThat(eventually(condition)).as(what).isTrue();
    }

    static void awaitStatus(long dossierId, String status) {
        await("dossier " + dossierId + " reaches " + status, () -> status.equals(status(dossierId)));
    }

    static void awaitPhase(String campaign, String phase) {
        await("campaign " + campaign + " reaches " + phase, () -> phase.equals(phase(campaign)));
    }

    // --- API steps ---------------------------------------------------------------------------------

    static String status(long dossierId) {
        return Api.as(SECRETARY).get("/api/dossiers/" + dossierId).then().statusCode(200).extract().path("status");
    }

    static String phase(String campaign) {
        return Api.as(SECRETARY).get("/api/campaigns/" + campaign).then().statusCode(200).extract().path("phase");
    }

    static void intake(long dossierId, String decision, String note, String dueDate, String expectedStatus) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", decision);
        if (note != null) {
            body.put("note", note);
        }
        if (dueDate != null) {
            body.put("dueDate", dueDate);
        }
        Api.as(SECRETARY).body(body).post("/api/dossiers/" + dossierId + "/intake").then().statusCode(200)
                .body("status", equalTo(expectedStatus));
    }

    static void accept(long dossierId) {
        intake(dossierId, "ACCEPT", null, null, "ACCEPTED");
    }

    static void advance(String campaign, String expectedPhase) {
        Api.as(SECRETARY).post("/api/campaigns/" + campaign + "/advance").then().statusCode(200)
                .body("phase", equalTo(expectedPhase));
    }

    static int assignJurors(String campaign) {
        return Api.as(SECRETARY).post("/api/campaigns/" + campaign + "/assignments/auto").then().statusCode(200)
                .body("unfilled.size()", equalTo(0)).extract().path("created");
    }

    static void score(String juror, long dossierId, int level) {
        Api.as(juror).body(Map.of("scores", Map.of("C1", level, "C2", level, "C3", level, "C4", level),
                "comment", "Hồ sơ rõ ràng, số liệu đầy đủ.", "recommendation", "AWARD", "proposals", List.of("TRAINING")))
                .put("/api/dossiers/" + dossierId + "/scorecards/mine").then().statusCode(200);
        Api.as(juror).post("/api/dossiers/" + dossierId + "/scorecards/mine/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
    }

    /** The actions of the dossier's audit trail, as the secretariat reads it (refusals left out). */
    static List<String> auditActions(long dossierId) {
        return Api.as(SECRETARY).get("/api/dossiers/" + dossierId + "/audit").then().statusCode(200).extract()
                .jsonPath().getList("findAll { it.action != 'REFUSED' }.action");
    }

    /** The audit lines of one action on the dossier, as {@code actor: detail}. */
    static List<String> audited(long dossierId, String action) {
        return Api.as(SECRETARY).get("/api/dossiers/" + dossierId + "/audit").then().statusCode(200).extract()
                .jsonPath().getList("findAll { it.action == '" + action + "' }.collect { it.actor + ': ' + it.detail }");
    }

    /** The types of the open tasks the user sees for this dossier. */
    static List<String> taskTypes(String user, long dossierId) {
        return Api.as(user).get("/api/tasks").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.dossierId == " + dossierId + " }.type");
    }
}

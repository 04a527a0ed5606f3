package vn.dxawards.bench;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import vn.dxawards.tasks.model.OpenTask;

/**
 * The task list page with 10,000 open tasks in PostgreSQL: server time p50/p95 for a juror and a
 * secretary. Prints figures; asserts only that the pages answer. Run on demand:
 * {@code scripts/test.sh -Dtest=TaskListBenchmark} (or ./mvnw test -Dtest=TaskListBenchmark with the
 * test services running).
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TaskListBenchmark {

    static final int TASKS = 10_000;
    static final int REQUESTS = 200;
    static final int WARMUP = 100;

    @Inject
    RepositoryService repository;

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    @Test
    @Order(1)
    void createTenThousandOpenTasks() {
        repository.createDeployment().name("bench").enableDuplicateFiltering(true)
                .addClasspathResource("bench/bench-task.bpmn").deploy();
        long before = OpenTask.count();
        long started = System.nanoTime();
        String[] groups = {"secretary", "secretary", "chair", "body:UBND-HN"};
        int batch = 500;
        for (int from = 0; from < TASKS; from += batch) {
            int start = from;
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i = start; i < start + batch; i++) {
                    Map<String, Object> variables = new HashMap<>();
                    // half go to council members by name, half to groups; due dates spread over a month
                    variables.put("assignee", i % 2 == 0 ? "juror" + (1 + (i / 2) % 8) : null);
                    variables.put("group", groups[i % groups.length]);
                    variables.put("due", Date.from(Instant.now().plus(i % 30 - 5, ChronoUnit.DAYS)));
                    variables.put("campaignCode", "bench-" + (i % 3));
                    runtime.startProcessInstanceByKey("benchTask", variables);
                }
            });
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%nBENCH task list: created %d open tasks in %.1f s (%.0f tasks/s); projection rows %d%n",
                TASKS, seconds, TASKS / seconds, OpenTask.count() - before);
        assertThat(OpenTask.count() - before).isEqualTo(TASKS);
    }

    @Test
    @Order(2)
    @TestSecurity(user = "juror1", roles = "juror")
    @OidcSecurity(claims = @Claim(key = "org", value = "VINASA"))
    void jurorTaskListPage() {
        measure("juror1 /app/tasks", "/app/tasks");
        measure("juror1 /app/tasks?status=OVERDUE&sort=TYPE", "/app/tasks?status=OVERDUE&sort=TYPE");
    }

    @Test
    @Order(3)
    @TestSecurity(user = "secretary1", roles = "secretary")
    @OidcSecurity(claims = @Claim(key = "org", value = "BTC"))
    void secretaryTaskListPage() {
        measure("secretary1 /app/tasks", "/app/tasks");
        measure("secretary1 /app/tasks?campaign=bench-1&page=7", "/app/tasks?campaign=bench-1&page=7");
    }

    private static void measure(String label, String path) {
        for (int i = 0; i < WARMUP; i++) {
            given().get(path).then().statusCode(200);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            long start = System.nanoTime();
            given().get(path).then().statusCode(200);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf("BENCH task list: %-48s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  (%d requests)%n", label,
                millis.get(REQUESTS / 2), millis.get((int) (REQUESTS * 0.95)), millis.get(REQUESTS - 1), REQUESTS);
    }
}

package vn.dxawards.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import io.quarkus.mailer.Mail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import vn.dxawards.platform.directory.CouncilDirectory.Person;
import vn.dxawards.platform.i18n.Times;
import vn.dxawards.notification.service.FailingOutbox;
import vn.dxawards.notification.service.Mails;
import vn.dxawards.notification.model.NotificationKind;
import vn.dxawards.notification.service.Outbox;
import vn.dxawards.notification.model.OutboxMessage;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;
import vn.dxawards.support.SmtpServer;

/**
 * Reminders and escalations of processes/scoring.bpmn by e-mail, received by a real SMTP server:
 * the engine's clock is moved to make the timers due, and each notification arrives exactly once —
 * also when the timer's job fails after writing it and is retried, or runs on two nodes at once.
 * Then the secretariat gives the overdue scorecard to another member.
 */
@QuarkusTest
@WithTestResource(SmtpServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationProcessTests extends ProcessTests {

    static final String DOMAIN = "@demo.dx-awards.vn";

    /** The demo council less the chair and the two members local to Hà Nội (juror2, juror3). */
    static final List<String> COUNCIL_WITHOUT_HANOI = List.of("juror1", "juror4", "juror5", "juror6", "juror7",
            "juror8");

    @SmtpServer.Inbox
    GreenMail smtp;

    @Inject
    EntityManager em;

    @Inject
    Mails mails;

    @BeforeEach
    void emptyTheInbox() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void theJurorIsRemindedOnceAndEverySecretaryIsToldOnceWhenTheScoringIsOverdue() throws Exception {
        Scoring s = scoringInAppraisal("mail-timers", 1);
        // Due three days from today; the campaign reminds one day before.
        assertThat(timer(s.process, "Boundary_ReminderDue").getDuedate().toInstant())
                .isEqualTo(Times.endOf(Fixtures.today().plusDays(3)).minus(Duration.ofDays(1)));

        passTimer(s.process, "Boundary_ReminderDue");

        MimeMessage reminder = awaitOne(s.juror + DOMAIN, s.reference);
        assertThat(reminder.getSubject()).isEqualTo("Nhắc hạn chấm điểm hồ sơ " + s.reference);
        String body = GreenMailUtil.getBody(reminder);
        assertThat(body).contains("/app/scoring/" + s.dossier).contains(ddMMyyyy(Fixtures.today().plusDays(3)));
        assertThat(reminder.getContentType()).startsWith("multipart/");
        assertThat(reminder.getMessageID()).isEqualTo(mails.messageId("reminder:" + s.assignment + ":"
                + Fixtures.today().plusDays(3)));
        assertThat(audited(s.dossier, "SCORING_REMINDER")).hasSize(1);

        passTimer(s.process, "Boundary_ScoringOverdue");

        for (String secretary : List.of("secretary1", "secretary2")) {
            MimeMessage escalation = awaitOne(secretary + DOMAIN, s.reference);
            assertThat(escalation.getSubject()).isEqualTo("Phiếu chấm quá hạn: hồ sơ " + s.reference);
            assertThat(GreenMailUtil.getBody(escalation)).contains(s.juror).contains("/overdue-scorecards");
        }
        assertThat(s.process).hasPassed("Task_EscalateOverdue").isWaitingAt("Task_Score");

        // Some rounds of the sender later, still one of each.
        Thread.sleep(3000);
        assertThat(received(s.juror + DOMAIN, s.reference)).hasSize(1);
        assertThat(received("secretary1" + DOMAIN, s.reference)).hasSize(1);
        assertThat(received("secretary2" + DOMAIN, s.reference)).hasSize(1);
        assertThat(outboxRows("reminder:" + s.assignment + ":%")).containsExactly("SENT");
        assertThat(outboxRows("escalation:" + s.assignment + "%")).containsExactlyInAnyOrder("EXPANDED", "SENT",
                "SENT");
    }

    @Test
    void aReminderJobThatFailsAfterWritingItsEmailIsRetriedAndTheEmailArrivesOnce() throws Exception {
        Scoring s = scoringInAppraisal("mail-retry", 2);
        QuarkusMock.installMockForType(new FailingOutbox(em, "reminder:" + s.assignment + ":", 1), Outbox.class);
        Job job = timer(s.process, "Boundary_ReminderDue");

        passTimer(s.process, "Boundary_ReminderDue");

        assertThat(history.createHistoricJobLogQuery().jobId(job.getId()).failureLog().count())
                .as("the job failed once").isEqualTo(1);
        assertThat(history.createHistoricJobLogQuery().jobId(job.getId()).successLog().count()).isEqualTo(1);
        awaitOne(s.juror + DOMAIN, s.reference);
        Thread.sleep(3000);
        assertThat(received(s.juror + DOMAIN, s.reference)).hasSize(1);
        // The failed attempt's audit line went with its transaction.
        assertThat(audited(s.dossier, "SCORING_REMINDER")).hasSize(1);
    }

    @Test
    void theSameTimerJobRunOnTwoNodesAtOnceWritesOneEmail() throws Exception {
        Scoring s = scoringInAppraisal("mail-twice", 2);
        Job job = timer(s.process, "Boundary_ReminderDue");

        // Two nodes whose locks overlapped: both run the job; one commits, the other's work is undone.
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        List<Future<Boolean>> runs = new ArrayList<>();
        try {
            Callable<Boolean> run = () -> {
                try {
                    management.executeJob(job.getId());
                    return true;
                } catch (RuntimeException lost) {
                    return false;
                }
            };
            runs.add(nodes.submit(run));
            runs.add(nodes.submit(run));
            List<Boolean> outcomes = new ArrayList<>();
            for (Future<Boolean> r : runs) {
                outcomes.add(r.get());
            }
            assertThat(outcomes).contains(true);
        } finally {
            nodes.shutdownNow();
        }

        assertThat(s.process).hasPassed("Task_SendReminder").isWaitingAt("Task_Score");
        awaitOne(s.juror + DOMAIN, s.reference);
        Thread.sleep(3000);
        assertThat(received(s.juror + DOMAIN, s.reference)).hasSize(1);
        assertThat(outboxRows("reminder:" + s.assignment + ":%")).containsExactly("SENT");
    }

    @Test
    void theSecretariatGivesAnOverdueScorecardToAnotherMemberWhoIsToldByEmail() throws Exception {
        Scoring s = scoringInAppraisal("mail-reassign", 2);
        Api.as(s.juror).body(Map.of("scores", Map.of("C1", 6), "comment", "Đang chấm."))
                .put("/api/dossiers/" + s.dossier + "/scorecards/mine").then().statusCode(200);
        // Not overdue yet: nothing to give away.
        List<String> current = scoringProcesses(s.dossier).stream().map(this::jurorOf).toList();
        String free = COUNCIL_WITHOUT_HANOI.stream().filter(m -> !current.contains(m)).findFirst().orElseThrow();
        Api.as(SECRETARY).body(Map.of("juror", free)).post("/api/assignments/" + s.assignment + "/reassign").then()
                .statusCode(409).body("code", equalTo("reassign.not_overdue"));
        Api.as(SECRETARY).get("/api/campaigns/" + s.campaign + "/overdue-scorecards").then().statusCode(200)
                .body("size()", equalTo(0));

        passTimer(s.process, "Boundary_ScoringOverdue");

        var overdue = Api.as(SECRETARY).get("/api/campaigns/" + s.campaign + "/overdue-scorecards").then()
                .statusCode(200).body("size()", equalTo(1)).extract().jsonPath();
        assertThat(overdue.getLong("[0].assignmentId")).isEqualTo(s.assignment);
        assertThat(overdue.getString("[0].juror")).isEqualTo(s.juror);
        assertThat(overdue.getString("[0].dueDate")).isEqualTo(Fixtures.today().plusDays(3).toString());
        assertThat(overdue.getBoolean("[0].draftSaved")).isTrue();
        List<String> candidates = overdue.getList("[0].candidates.username");
        assertThat(candidates).contains(free).doesNotContainAnyElementsOf(current)
                .doesNotContain("juror2", "juror3");
        Api.as("admin").get("/api/campaigns/" + s.campaign + "/overdue-scorecards").then().statusCode(200);

        // A member local to Hà Nội is never given a Hà Nội dossier; jurors and the chair may not reassign.
        Api.as(SECRETARY).body(Map.of("juror", "juror3")).post("/api/assignments/" + s.assignment + "/reassign").then()
                .statusCode(422).body("code", equalTo("reassign.not_eligible"));
        Api.as(SECRETARY).body(Map.of("juror", s.juror)).post("/api/assignments/" + s.assignment + "/reassign")
                .then().statusCode(422).body("code", equalTo("reassign.not_eligible"));
        Api.as(s.juror).body(Map.of("juror", free)).post("/api/assignments/" + s.assignment + "/reassign").then()
                .statusCode(403);
        Api.as("chair").body(Map.of("juror", free)).post("/api/assignments/" + s.assignment + "/reassign").then()
                .statusCode(403);
        assertThat(s.process).isWaitingAt("Task_Score");

        Api.as(SECRETARY).body(Map.of("juror", free)).post("/api/assignments/" + s.assignment + "/reassign").then()
                .statusCode(200).body("juror", equalTo(free)).body("dossierId", equalTo((int) s.dossier));

        assertThat(s.process).hasPassed("Task_RecordCancellation").isEnded();
        ProcessInstance replacing = scoringProcessOf(s.dossier, free);
        assertThat(replacing).isWaitingAt("Task_Score");
        assertThat(taskTypes(free, s.dossier)).containsExactly("Task_Score");
        Api.as(s.juror).get("/api/dossiers/" + s.dossier).then().statusCode(404);
        assertThat(audited(s.dossier, "SCORING_REASSIGNED")).containsExactly(SECRETARY + ": " + s.juror + " -> " + free);
        // (The engine's clock is still days ahead, so the new assignment's own timers fire at once too.)
        Api.as(SECRETARY).get("/api/campaigns/" + s.campaign + "/overdue-scorecards").then().statusCode(200)
                .body("assignmentId", not(hasItem((int) s.assignment)));
        Api.as(SECRETARY).body(Map.of("juror", free)).post("/api/assignments/" + s.assignment + "/reassign").then()
                .statusCode(409).body("code", equalTo("reassign.not_active"));

        String subject = "Anh/chị được giao chấm điểm hồ sơ " + s.reference;
        awaitOne(free + DOMAIN, subject);
        Thread.sleep(2000);
        assertThat(received(free + DOMAIN, subject)).hasSize(1);
    }

    /** Left overdue by the first step of the page story, for the second. */
    static Scoring leftOverdue;

    @Test
    @Order(1)
    void aScorecardIsLeftOverdue() {
        leftOverdue = scoringInAppraisal("mail-page", 2);
        passTimer(leftOverdue.process, "Boundary_ScoringOverdue");
        assertThat(leftOverdue.process).hasPassed("Task_EscalateOverdue").isWaitingAt("Task_Score");
    }

    @Test
    @Order(2)
    @TestSecurity(user = "secretary1", roles = "secretary")
    @OidcSecurity(claims = @Claim(key = "org", value = "BTC"))
    void theSecretariatReassignsItOnTheOverdueScorecardsPage() {
        Scoring s = leftOverdue;
        String path = "/app/campaigns/" + s.campaign + "/overdue-scorecards";
        Response list = given().get(path);
        list.then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("data-assignment=\"" + s.assignment + "\""))
                .body(containsString(s.reference)).body(containsString(s.juror))
                .body(containsString("name=\"juror\""));
        String free = COUNCIL_WITHOUT_HANOI.stream().filter(m -> !m.equals(s.juror)).findFirst().orElseThrow();
        String token = csrfToken(list.asString());

        given().cookies(list.getCookies()).contentType(ContentType.URLENC).formParam("csrf-token", token)
                .formParam("juror", "juror3").redirects().follow(false)
                .post(path + "/" + s.assignment + "/reassign").then().statusCode(422)
                .body(containsString("id=\"reassign-error\"")).body(containsString("juror3"));
        String next = given().cookies(list.getCookies()).contentType(ContentType.URLENC).formParam("csrf-token", token)
                .formParam("juror", free).redirects().follow(false)
                .post(path + "/" + s.assignment + "/reassign").then().statusCode(303).extract().header("Location");

        given().get(next.substring(next.indexOf("/app/"))).then().statusCode(200)
                .body(containsString("Đã giao lại phiếu chấm hồ sơ " + s.reference + " cho " + free))
                .body(not(containsString("data-assignment=\"" + s.assignment + "\"")));
        assertThat(s.process).isEnded();
    }

    @Test
    void thoseWhoseLocaleIsEnglishGetEnglishOthersVietnameseBothAsTextAndHtml() {
        String campaign = Fixtures.newCampaign("mail-language");
        long id = Fixtures.submit(campaign, "nominator.hanoi",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Bạch Mai", "01", "0100100100"));
        String reference = Api.as(SECRETARY).get("/api/dossiers/" + id).then().extract().path("reference");
        OutboxMessage message = new OutboxMessage();
        message.idempotencyKey = "reminder:0:" + Fixtures.today().plusDays(3);
        message.kind = NotificationKind.SCORING_REMINDER;
        message.dossierId = id;
        message.dueDate = Fixtures.today().plusDays(3);

        Mail english = QuarkusTransaction.requiringNew().call(() -> mails.render(message,
                new Person("juror1", "Đỗ Quang Huy", "juror1" + DOMAIN, "en")));
        Mail vietnamese = QuarkusTransaction.requiringNew().call(() -> mails.render(message,
                new Person("juror1", "Đỗ Quang Huy", "juror1" + DOMAIN, null)));

        assertThat(english.getSubject()).isEqualTo("Reminder: score dossier " + reference);
        assertThat(english.getText()).startsWith("Dear Đỗ Quang Huy,")
                .contains("before 24:00 on " + ddMMyyyy(message.dueDate))
                .contains("Open the task: http://localhost:8080/app/scoring/" + id);
        assertThat(english.getHtml()).contains("<html lang=\"en\">")
                .contains("<a href=\"http://localhost:8080/app/scoring/" + id + "\">Open the task</a>");
        assertThat(vietnamese.getSubject()).isEqualTo("Nhắc hạn chấm điểm hồ sơ " + reference);
        assertThat(vietnamese.getText()).startsWith("Kính gửi Đỗ Quang Huy,").contains("Mở trang công việc");
        assertThat(english.getHeaders().get("Message-ID")).containsExactly(mails.messageId(message.idempotencyKey));
        assertThat(mails.messageId("reminder:1:2026-01-01")).isNotEqualTo(mails.messageId("reminder:2:2026-01-01"))
                .matches("<[0-9a-f]{40}@localhost>");
    }

    // --- the story's pieces ------------------------------------------------------------------------

    /** A Hà Nội dossier in appraisal with one juror, whose scoring is due in three days. */
    record Scoring(String campaign, long dossier, String reference, ProcessInstance process, String juror,
            long assignment) {
    }

    private Scoring scoringInAppraisal(String prefix, int reminderDaysBefore) {
        LocalDate today = Fixtures.today();
        String campaign = Fixtures.newCampaign(prefix, Fixtures.window(today.minusDays(1), today.plusDays(20)),
                Fixtures.window(today.minusDays(1), today.plusDays(25)),
                Map.of("scoringDays", 3, "reminderDaysBefore", reminderDaysBefore, "jurorsPerDossier", 1));
        long id = Fixtures.submit(campaign, "nominator.hanoi",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Bạch Mai", "01", "0100100100"));
        accept(id);
        assignJurors(campaign);
        advance(campaign, "APPRAISAL");
        ProcessInstance scoring = scoringProcesses(id).get(0);
        String reference = Api.as(SECRETARY).get("/api/dossiers/" + id).then().statusCode(200).extract()
                .path("reference");
        long assignment = ((Number) runtime.getVariable(scoring.getId(), "assignmentId")).longValue();
        return new Scoring(campaign, id, reference, scoring, jurorOf(scoring), assignment);
    }

    /** The messages to this address whose subject contains {@code subject} (e.g. the dossier's reference). */
    private List<MimeMessage> received(String address, String subject) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            boolean to = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
            if (to && message.getSubject().contains(subject)) {
                found.add(message);
            }
        }
        return found;
    }

    private MimeMessage awaitOne(String address, String reference) {
        await("an e-mail to " + address + " about " + reference, () -> {
            try {
                return !received(address, reference).isEmpty();
            } catch (Exception e) {
                return false;
            }
        });
        try {
            List<MimeMessage> found = received(address, reference);
            assertThat(found).as("e-mails to " + address).hasSize(1);
            return found.get(0);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private List<String> outboxRows(String keyPattern) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>list(
                "idempotencyKey like ?1", keyPattern).stream().map(m -> m.status.name()).toList());
    }

    private static String csrfToken(String html) {
        Matcher m = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("the form's CSRF token").isTrue();
        return m.group(1);
    }

    private static String ddMMyyyy(LocalDate day) {
        return String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }
}

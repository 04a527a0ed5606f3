package vn.dxawards.process;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;
import vn.dxawards.support.Pdfs;
import vn.dxawards.support.SmtpServer;

/**
 * A field survey (processes/survey.bpmn): the secretariat asks a council member without a conflict
 * to survey a dossier in appraisal; the member is told by e-mail, finds the task in their list,
 * attaches a PDF and records the findings; the council reads them on the dossier, the nominating
 * body does not. The pages are read over HTTP as the signed-in person.
 */
@QuarkusTest
@WithTestResource(SmtpServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SurveyProcessTests extends ProcessTests {

    /** From Đà Nẵng, affiliated with 6TS: no conflict with a Hà Nội dossier. */
    static final String SURVEYOR = "juror8";

    static String campaign;
    static long dossier;
    static String reference;
    static long survey;

    @SmtpServer.Inbox
    GreenMail smtp;

    @Test
    @Order(1)
    void theSecretariatAsksAMemberWithoutAConflictToSurveyADossierInAppraisal() throws Exception {
        campaign = Fixtures.newCampaign("survey");
        dossier = Fixtures.submit(campaign, "nominator.hanoi",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Bạch Mai", "01", "0100100100"));
        reference = Api.as(SECRETARY).get("/api/dossiers/" + dossier).then().extract().path("reference");
        String due = Fixtures.today().plusDays(10).toString();
        // Not before the dossier is accepted.
        Api.as(SECRETARY).body(Map.of("surveyor", SURVEYOR, "dueDate", due)).post("/api/dossiers/" + dossier + "/surveys")
                .then().statusCode(409).body("code", equalTo("survey.phase"));
        accept(dossier);
        assignJurors(campaign);
        advance(campaign, "APPRAISAL");

        // Bad requests change nothing.
        Api.as(SECRETARY).body(Map.of("surveyor", "juror3", "dueDate", due)).post("/api/dossiers/" + dossier + "/surveys")
                .then().statusCode(422).body("code", equalTo("survey.surveyor_not_eligible"));
        Api.as(SECRETARY).body(Map.of("dueDate", due)).post("/api/dossiers/" + dossier + "/surveys").then()
                .statusCode(422).body("code", equalTo("survey.surveyor_required"));
        Api.as(SECRETARY).body(Map.of("surveyor", SURVEYOR, "dueDate", Fixtures.today().minusDays(1).toString()))
                .post("/api/dossiers/" + dossier + "/surveys").then().statusCode(422)
                .body("code", equalTo("survey.due_date_past"));
        Api.as(SECRETARY).body(Map.of("surveyor", SURVEYOR)).post("/api/dossiers/" + dossier + "/surveys").then()
                .statusCode(422).body("code", equalTo("survey.due_date_required"));
        // Neither the nominating body nor a council member who may not know the dossier asks for one.
        Api.as("nominator.hanoi").body(Map.of("surveyor", SURVEYOR, "dueDate", due))
                .post("/api/dossiers/" + dossier + "/surveys").then().statusCode(403);
        Api.as("juror2").body(Map.of("surveyor", SURVEYOR, "dueDate", due))
                .post("/api/dossiers/" + dossier + "/surveys").then().statusCode(404);
        Api.as(SECRETARY).get("/api/dossiers/" + dossier + "/surveys").then().statusCode(200).body("size()", equalTo(0));

        survey = ((Number) Api.as(SECRETARY).body(Map.of("surveyor", SURVEYOR, "dueDate", due, "purpose",
                "Kiểm tra hệ thống bệnh án điện tử tại chỗ.")).post("/api/dossiers/" + dossier + "/surveys").then()
                .statusCode(201).body("status", equalTo("REQUESTED")).body("surveyor", equalTo(SURVEYOR))
                .body("dueDate", equalTo(due)).extract().path("id")).longValue();

        ProcessInstance process = surveyProcess();
        assertThat(process).isWaitingAt("Task_Survey").hasPassed("Task_NotifySurveyor");
        assertThat(taskTypes(SURVEYOR, dossier)).contains("Task_Survey");
        assertThat(audited(dossier, "SURVEY_REQUESTED")).containsExactly(SECRETARY + ": " + SURVEYOR);

        // The surveyor is told by e-mail, once.
        await("the survey e-mail", () -> received(SURVEYOR + "@demo.dx-awards.vn").size() == 1);
        MimeMessage mail = received(SURVEYOR + "@demo.dx-awards.vn").get(0);
        assertThat(mail.getSubject()).isEqualTo("Đề nghị khảo sát hồ sơ " + reference);
        assertThat(GreenMailUtil.getBody(mail)).contains("/app/surveys/" + survey);
        Thread.sleep(2000);
        assertThat(received(SURVEYOR + "@demo.dx-awards.vn")).hasSize(1);
    }

    @Test
    @Order(2)
    @TestSecurity(user = SURVEYOR, roles = "juror")
    @OidcSecurity(claims = @Claim(key = "org", value = "6TS"))
    void theSurveyorOpensTheSurveyFromTheTaskList() {
        String tasks = given().get("/app/tasks").then().statusCode(200)
                .body(containsString("Khảo sát thực tế hồ sơ")).extract().asString();
        Matcher open = Pattern.compile("href=\"(/app/tasks/[^/\"]+/open)\"[^>]*>[^<]*<span class=\"visually-hidden\"> "
                + "Khảo sát thực tế hồ sơ " + dossier + "<").matcher(tasks);
        assertThat(open.find()).as("the survey task's link in the task list").isTrue();
        String byTask = given().redirects().follow(false).get(open.group(1)).then().statusCode(303).extract()
                .header("Location");
        assertThat(byTask).endsWith("/app/surveys/task/" + open.group(1).split("/")[3]);
        given().redirects().follow(false).get(byTask).then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/app/surveys/" + survey));
        given().get("/app/surveys/" + survey).then().statusCode(200)
                .body(containsString("id=\"survey-findings\"")).body(containsString("id=\"survey-upload\""))
                .body(containsString("Kiểm tra hệ thống bệnh án điện tử tại chỗ."));
    }

    @Test
    @Order(3)
    void theSurveyorAttachesAPdfAndRecordsTheFindingsWhichTheCouncilReads() {
        // The surveyor now sees the dossier; the nominating body and conflicted members do not see surveys.
        Api.as(SURVEYOR).get("/api/dossiers/" + dossier).then().statusCode(200);
        Api.as("nominator.hanoi").get("/api/dossiers/" + dossier + "/surveys").then().statusCode(403);
        Api.as("nominator.hanoi").get("/api/surveys/" + survey).then().statusCode(403);
        Api.as("juror2").get("/api/surveys/" + survey).then().statusCode(404);
        Api.as("nominator.vinasa").get("/api/dossiers/" + dossier + "/surveys").then().statusCode(404);

        byte[] report = Pdfs.onePage();
        Response pdf = upload(SURVEYOR, "bien-ban-khao-sat.pdf", report);
        // the fingerprint of the bytes as stored, answered and kept (not the row's first, empty one)
        String sha256 = vn.dxawards.platform.documents.Hashes.sha256(report);
        pdf.then().statusCode(201).body("sha256", equalTo(sha256));
        long file = ((Number) pdf.path("id")).longValue();
        assertThat(vn.dxawards.survey.model.SurveyFile.<vn.dxawards.survey.model.SurveyFile>findById(file).sha256)
                .isEqualTo(sha256);
        upload(SURVEYOR, "anh.pdf", "không phải PDF".getBytes()).then().statusCode(415);
        upload(SECRETARY, "bien-ban.pdf", Pdfs.onePage()).then().statusCode(403);

        Api.as(SURVEYOR).body(Map.of("findings", "Đơn vị vận hành bệnh án điện tử ở 20 khoa.")).post("/api/surveys/"
                + survey + "/findings").then().statusCode(422).body("code", equalTo("survey.visited_on_required"));
        Api.as(SURVEYOR).body(Map.of("findings", "x", "visitedOn", Fixtures.today().plusDays(1).toString()))
                .post("/api/surveys/" + survey + "/findings").then().statusCode(422)
                .body("code", equalTo("survey.visited_on_future"));
        Api.as(SECRETARY).body(Map.of("findings", "x", "visitedOn", Fixtures.today().toString()))
                .post("/api/surveys/" + survey + "/findings").then().statusCode(403);
        assertThat(surveyProcess()).isWaitingAt("Task_Survey");

        Api.as(SURVEYOR).body(Map.of("findings", "Đơn vị vận hành bệnh án điện tử ở 20 khoa.", "visitedOn",
                Fixtures.today().toString())).post("/api/surveys/" + survey + "/findings").then().statusCode(200)
                .body("status", equalTo("DONE")).body("visitedOn", equalTo(Fixtures.today().toString()));

        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("survey")
                .processInstanceBusinessKey(String.valueOf(survey)).finished().count()).isEqualTo(1);
        assertThat(taskTypes(SURVEYOR, dossier)).doesNotContain("Task_Survey");
        assertThat(audited(dossier, "SURVEY_RECORDED")).hasSize(1);
        Api.as(SURVEYOR).body(Map.of("findings", "y", "visitedOn", Fixtures.today().toString()))
                .post("/api/surveys/" + survey + "/findings").then().statusCode(409).body("code", equalTo("survey.done"));
        upload(SURVEYOR, "muon.pdf", Pdfs.onePage()).then().statusCode(409);

        Api.as("chair").get("/api/dossiers/" + dossier + "/surveys").then().statusCode(404);
        Api.as(SECRETARY).get("/api/dossiers/" + dossier + "/surveys").then().statusCode(200)
                .body("[0].findings", equalTo("Đơn vị vận hành bệnh án điện tử ở 20 khoa."))
                .body("[0].files[0].fileName", equalTo("bien-ban-khao-sat.pdf"));
        String juror = scoringProcesses(dossier).stream().map(this::jurorOf).findFirst().orElseThrow();
        Api.as(juror).get("/api/dossiers/" + dossier + "/surveys").then().statusCode(200).body("size()", equalTo(1));
        Api.as(juror).accept("application/pdf").get("/api/surveys/" + survey + "/attachments/" + file).then()
                .statusCode(200).contentType("application/pdf");
    }

    @Test
    @Order(4)
    @TestSecurity(user = "secretary1", roles = "secretary")
    @OidcSecurity(claims = @Claim(key = "org", value = "BTC"))
    void theDossierPageShowsTheSurveyAndTheRequestFormRefusesAConflictedMember() {
        given().get("/app/dossiers/" + dossier).then().statusCode(200)
                .body(containsString("Khảo sát thực tế"))
                .body(containsString("Đơn vị vận hành bệnh án điện tử ở 20 khoa."))
                .body(containsString("bien-ban-khao-sat.pdf"))
                .body(containsString("/app/dossiers/" + dossier + "/surveys/new"));
        Response form = given().get("/app/dossiers/" + dossier + "/surveys/new");
        form.then().statusCode(200).body(containsString("value=\"" + SURVEYOR + "\""))
                .body(not(containsString("value=\"juror3\"")));
        given().cookies(form.getCookies()).contentType(ContentType.URLENC)
                .formParam("csrf-token", csrfToken(form.asString()))
                .formParam("surveyor", "juror3").formParam("dueDate", Fixtures.today().plusDays(5).toString())
                .redirects().follow(false)
                .post("/app/dossiers/" + dossier + "/surveys/new").then().statusCode(422)
                .body(containsString("juror3")).body(containsString("role=\"alert\""));
        given().get("/app/campaigns/" + campaign + "/overdue-scorecards").then().statusCode(200)
                .body(containsString("Không có phiếu chấm nào quá hạn."));
    }

    @Test
    @Order(5)
    @TestSecurity(user = SURVEYOR, roles = "juror")
    @OidcSecurity(claims = @Claim(key = "org", value = "6TS"))
    void theRecordedSurveyIsReadOnly() {
        given().get("/app/surveys/" + survey).then().statusCode(200)
                .body(containsString("Đã có kết quả"))
                .body(not(containsString("id=\"survey-findings\"")));
        given().get("/app/campaigns/" + campaign + "/overdue-scorecards").then().statusCode(403);
        given().get("/app/tasks").then().statusCode(200);
    }

    @Test
    @Order(6)
    void aWithdrawnDossiersOpenSurveyEnds() {
        String other = Fixtures.newCampaign("survey-withdrawn");
        long id = Fixtures.submit(other, "nominator.hanoi",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Bạch Mai", "01", "0100100100"));
        accept(id);
        long open = ((Number) Api.as(SECRETARY).body(Map.of("surveyor", SURVEYOR, "dueDate",
                Fixtures.today().plusDays(7).toString())).post("/api/dossiers/" + id + "/surveys").then()
                .statusCode(201).extract().path("id")).longValue();
        ProcessInstance process = runtime.createProcessInstanceQuery().processDefinitionKey("survey")
                .processInstanceBusinessKey(String.valueOf(open)).singleResult();
        assertThat(process).isWaitingAt("Task_Survey");

        Api.as("nominator.hanoi").post("/api/dossiers/" + id + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));

        assertThat(process).hasPassed("Boundary_SurveyCancelled", "Task_RecordSurveyCancellation",
                "EndEvent_SurveyCancelled").hasNotPassed("Task_RecordFindings").isEnded();
        Api.as(SECRETARY).get("/api/surveys/" + open).then().statusCode(200).body("status", equalTo("CANCELLED"));
        assertThat(taskTypes(SURVEYOR, id)).isEmpty();
        Api.as(SURVEYOR).body(Map.of("findings", "x", "visitedOn", Fixtures.today().toString()))
                .post("/api/surveys/" + open + "/findings").then().statusCode(409)
                .body("code", equalTo("survey.cancelled"));
        assertThat(audited(id, "SURVEY_CANCELLED")).containsExactly(SECRETARY + ": " + SURVEYOR);
    }

    private ProcessInstance surveyProcess() {
        return runtime.createProcessInstanceQuery().processDefinitionKey("survey")
                .processInstanceBusinessKey(String.valueOf(survey)).singleResult();
    }

    private static Response upload(String user, String name, byte[] content) {
        return given().auth().oauth2(vn.dxawards.support.Tokens.of(user)).contentType("multipart/form-data")
                .multiPart("file", name, content, "application/pdf").accept(ContentType.JSON)
                .post("/api/surveys/" + survey + "/attachments");
    }

    private List<MimeMessage> received(String address) {
        try {
            return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
                try {
                    return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                            .anyMatch(a -> a.toString().equalsIgnoreCase(address)) && m.getSubject().contains(reference);
                } catch (Exception e) {
                    return false;
                }
            }).toList();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String csrfToken(String html) {
        Matcher m = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("the form's CSRF token").isTrue();
        return m.group(1);
    }
}

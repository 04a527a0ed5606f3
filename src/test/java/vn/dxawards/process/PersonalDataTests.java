package vn.dxawards.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.icegreen.greenmail.util.GreenMail;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.platform.i18n.Times;
import vn.dxawards.privacy.service.DataSubjectRequests;
import vn.dxawards.privacy.service.RetentionJob;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;
import vn.dxawards.support.SmtpServer;

/**
 * A data subject's rights and the retention of personal data, on PostgreSQL: two leaders go
 * through a campaign to publication with their own consent (the link e-mailed to a real SMTP
 * server), one awarded and one not. Programme staff export what is held on a person (and nothing on
 * anyone else), erase it (the awarded leader's name stays, by law, in the signed decision; a leader
 * still being decided on cannot be erased; a running nomination is withdrawn first), and the
 * retention job anonymises the nominee not awarded when the campaign's period ends. No personal
 * value of an erased person is left in the database, and the audit trail names them only by a
 * pseudonym.
 */
@QuarkusTest
@WithTestResource(SmtpServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PersonalDataTests extends ProcessTests {

    static final String AWARDED_EMAIL = "lanh.dao.pd.award@example.vn";
    static final String AWARDED_NAME = "Phạm Thị Thu Hiền";
    static final String NOT_AWARDED_EMAIL = "lanh.dao.pd.other@example.vn";
    static final String NOT_AWARDED_NAME = "Đỗ Quang Vinh";
    static final String CONTACT_EMAIL = "lien.he.pd@example.vn";
    static final String CONTACT_NAME = "Lê Thị Mai Phương";

    @SmtpServer.Inbox
    GreenMail smtp;

    @Inject
    RetentionJob retention;

    @Inject
    EntityManager em;

    static String campaign;
    static long awarded;
    static long notAwarded;
    static long unit;

    @Test
    @Order(1)
    void aLeaderBeingDecidedOnCannotBeErasedThenTheExportHoldsThePersonsDataAndNothingOfOthers() throws Exception {
        LocalCampaign c = publishedCampaignWithTwoLeaders();
        campaign = c.code;
        Api.as("admin").get("/api/campaigns/" + campaign).then().body("settings.personalDataRetentionMonths",
                equalTo(1));

        JsonPath export = Api.as("admin").queryParam("email", NOT_AWARDED_EMAIL.toUpperCase())
                .get("/api/people/data").then().statusCode(200).extract().jsonPath();
        assertThat(export.getString("email")).isEqualTo(NOT_AWARDED_EMAIL);
        assertThat(export.getList("dossiers")).hasSize(1);
        assertThat(export.getString("dossiers[0].role")).isEqualTo("NOMINEE");
        assertThat(export.getString("dossiers[0].name")).isEqualTo(NOT_AWARDED_NAME);
        assertThat(export.getString("dossiers[0].position")).isEqualTo("Giám đốc Sở");
        assertThat(export.getString("dossiers[0].contactPhone")).isEqualTo("0987654321");
        assertThat(export.getString("dossiers[0].status")).isEqualTo("NOT_AWARDED");
        assertThat(export.getString("dossiers[0].consentState")).isEqualTo("GIVEN");
        assertThat(export.getList("dossiers[0].consentLinks.decision")).containsExactly("GIVE");
        assertThat(export.getString("dossiers[0].keptUntil")).as("retention ends a month after publication, as the campaign states")
                .isNotNull();
        assertThat(export.getList("messages.kind")).contains("CONSENT_REQUEST");
        assertThat(export.getList("trail.action")).contains("CONSENT_GIVEN");
        String whole = export.prettify();
        assertThat(whole).doesNotContain(AWARDED_NAME, AWARDED_EMAIL, CONTACT_NAME, CONTACT_EMAIL);
        assertThat(DataSubjectRequests.pseudonym(NOT_AWARDED_EMAIL.toUpperCase()))
                .isEqualTo(DataSubjectRequests.pseudonym(NOT_AWARDED_EMAIL));

        JsonPath contact = Api.as("admin").queryParam("email", CONTACT_EMAIL).get("/api/people/data").then()
                .statusCode(200).extract().jsonPath();
        assertThat(contact.getString("dossiers[0].role")).isEqualTo("CONTACT");
        assertThat(contact.getString("dossiers[0].contactName")).isEqualTo(CONTACT_NAME);
        assertThat(contact.getString("dossiers[0].name")).isNull();
        assertThat(contact.prettify()).doesNotContain(AWARDED_NAME, NOT_AWARDED_NAME, "Giám đốc Sở");

        assertThat(audited(notAwarded, "PERSONAL_DATA_ACCESS")).singleElement().asString()
                .startsWith("admin: subject ds-").doesNotContain(NOT_AWARDED_EMAIL);
        Api.as("secretary1").queryParam("email", NOT_AWARDED_EMAIL).get("/api/people/data").then().statusCode(403);
        Api.as("admin").queryParam("email", "not an address").get("/api/people/data").then().statusCode(422)
                .body("code", equalTo("people.email_invalid"));
        Api.as("admin").header("Accept-Language", "en").queryParam("email", "not an address")
                .get("/api/people/data").then().statusCode(422)
                .body("message", equalTo("Enter a valid e-mail address of the person making the request."));
    }

    @Test
    @Order(2)
    void anErasureAnonymisesWhatIsNotKeptByLawAndWithdrawsARunningNomination() {
        // the awarded leader: the name stays in the signed decision, the contacts go
        JsonPath erasure = Api.as("admin").body(Map.of("email", AWARDED_EMAIL, "reason",
                "Đơn đề nghị xóa dữ liệu ngày 01/12/2026")).post("/api/people/erasure").then().statusCode(200)
                .extract().jsonPath();
        assertThat(erasure.getList("keptByLaw.fields").toString()).contains("nomineeName");
        assertThat(erasure.getList("anonymised")).isEmpty();
        JsonPath dossier = Api.as(SECRETARY).get("/api/dossiers/" + awarded).then().extract().jsonPath();
        assertThat(dossier.getString("nominee.name")).isEqualTo(AWARDED_NAME);
        assertThat(dossier.getString("nominee.contactEmail")).isNull();
        assertThat(dossier.getString("nominee.contactPhone")).isNull();
        assertThat(dossier.getString("status")).isEqualTo("AWARDED");
        assertThat(audited(awarded, "PERSONAL_DATA_ERASED")).singleElement().asString()
                .contains("kept by law: nomineeName").doesNotContain(AWARDED_EMAIL);
        assertThat(rowsMentioning(AWARDED_EMAIL)).isEmpty();

        // a leader whose nomination is still a draft: withdrawn, then nothing of the leader is left
        String draftCampaign = Fixtures.newCampaign("pd-draft");
        String email = "lanh.dao.pd.draft@example.vn";
        long draft = ConsentTests.leaderDraft(draftCampaign, "Vũ Hoàng Long", email);
        Api.as(ConsentTests.NOMINATOR).post("/api/dossiers/" + draft + "/consent-request").then().statusCode(202);
        await("the consent e-mail is sent", () -> !received(email).isEmpty());
        Api.as("admin").body(Map.of("email", email)).post("/api/people/erasure").then().statusCode(422)
                .body("code", equalTo("people.reason_required"));
        Api.as("admin").body(Map.of("email", email, "reason", "Thư của người được đề cử")).post("/api/people/erasure")
                .then().statusCode(200).body("withdrawn", equalTo(List.of(reference(draft))))
                .body("anonymised", equalTo(List.of(reference(draft))));
        assertThat(status(draft)).isEqualTo("WITHDRAWN");
        assertThat(rowsMentioning(email)).isEmpty();
        assertThat(rowsMentioning("Vũ Hoàng Long")).isEmpty();
        assertThat(auditActions(draft)).containsSubsequence("DOSSIER_WITHDRAWN", "PERSONAL_DATA_ERASED");
        assertThat(Api.as("admin").queryParam("email", email).get("/api/people/data").then().statusCode(200)
                .extract().jsonPath().getList("dossiers")).isEmpty();
    }

    @Test
    @Order(3)
    void theRetentionJobAnonymisesTheNomineeNotAwardedWhenTheCampaignsPeriodEnds() {
        Instant published = QuarkusTransaction.requiringNew()
                .call(() -> Campaign.byCode(campaign).orElseThrow().publishedAt);
        Instant end = ZonedDateTime.ofInstant(published, Times.ICT).plusMonths(1).toInstant();

        retention.run(end.minusSeconds(3600));
        assertThat(rowsMentioning(NOT_AWARDED_EMAIL)).as("within the period nothing goes").isNotEmpty();

        assertThat(retention.run(end.plusSeconds(60))).isGreaterThanOrEqualTo(2);
        JsonPath dossier = Api.as(SECRETARY).get("/api/dossiers/" + notAwarded).then().extract().jsonPath();
        assertThat(dossier.getString("nominee.name")).doesNotContain("Vinh").startsWith("Đã xóa");
        assertThat(dossier.getString("status")).as("the statistics stay right").isEqualTo("NOT_AWARDED");
        assertThat(dossier.getString("categoryCode")).isEqualTo(Fixtures.LEADERS);
        assertThat(dossier.getString("nominee.organization")).isEqualTo("Sở Thông tin và Truyền thông");
        assertThat(rowsMentioning(NOT_AWARDED_EMAIL)).isEmpty();
        assertThat(rowsMentioning(NOT_AWARDED_NAME)).isEmpty();
        assertThat(rowsMentioning(CONTACT_EMAIL)).as("the unit not awarded: its contact person goes too").isEmpty();
        assertThat(audited(notAwarded, "PERSONAL_DATA_RETENTION_ENDED")).singleElement().asString()
                .isEqualTo("system: retention of 1 month(s) after publication ended");
        // the awarded leader is kept; a second run finds nothing more
        assertThat(Api.as(SECRETARY).get("/api/dossiers/" + awarded).then().extract().jsonPath()
                .getString("nominee.name")).isEqualTo(AWARDED_NAME);
        assertThat(retention.run(end.plusSeconds(120))).isZero();
    }

    // --- the campaign ---------------------------------------------------------------------------------

    record LocalCampaign(String code) {
    }

    private LocalCampaign publishedCampaignWithTwoLeaders() throws Exception {
        LocalCampaign c = new LocalCampaign(Fixtures.newCampaign("pd", Fixtures.window(Fixtures.today().minusDays(1),
                Fixtures.today().plusDays(30)), Fixtures.window(Fixtures.today().plusDays(31),
                        Fixtures.today().plusDays(60)), Map.of("jurorsPerDossier", 1, "personalDataRetentionMonths", 1)));
        awarded = consentedLeader(c.code, "nominator.hanoi", AWARDED_NAME, AWARDED_EMAIL, "01");
        notAwarded = consentedLeader(c.code, "nominator.danang", NOT_AWARDED_NAME, NOT_AWARDED_EMAIL, "N48");
        Map<String, Object> unitBody = new HashMap<>(Fixtures.unitDossier(Fixtures.SECTOR_A,
                "Trung tâm Y tế huyện Sóc Sơn", "01", "0100900777"));
        @SuppressWarnings("unchecked")
        Map<String, Object> nominee = new HashMap<>((Map<String, Object>) unitBody.get("nominee"));
        nominee.put("contactName", CONTACT_NAME);
        nominee.put("contactEmail", CONTACT_EMAIL);
        unitBody.put("nominee", nominee);
        unit = Fixtures.submit(c.code, "nominator.hanoi", unitBody);
        for (long id : List.of(awarded, notAwarded, unit)) {
            accept(id);
        }
        assignJurors(c.code);
        advance(c.code, "APPRAISAL");
        for (long id : List.of(awarded, notAwarded, unit)) {
            String juror = jurorOf(id);
            if (id == unit) {
                score(juror, id, 5);
            } else {
                scoreLeader(juror, id, id == awarded ? 9 : 6);
            }
        }
        advance(c.code, "DELIBERATION");

        // the council is deciding: the leader's data cannot be erased now, and nothing is
        Api.as("admin").body(Map.of("email", NOT_AWARDED_EMAIL, "reason", "Đơn của người được đề cử"))
                .post("/api/people/erasure").then().statusCode(409).body("code", equalTo("people.erasure_while_deciding"))
                .body("message", org.hamcrest.Matchers.containsString(reference(notAwarded)));
        assertThat(rowsMentioning(NOT_AWARDED_EMAIL)).isNotEmpty();
        assertThat(audited(notAwarded, "PERSONAL_DATA_ERASED")).isEmpty();

        for (String member : List.of("chair", "juror1", "juror2", "juror3", "juror4", "juror5", "juror6", "juror7",
                "juror8")) {
            for (long id : List.of(awarded, notAwarded, unit)) {
                int answer = Api.as(member).body(Map.of("dossierId", id, "vote", id == awarded ? "APPROVE" : "REJECT"))
                        .post("/api/campaigns/" + c.code + "/deliberation/votes").then().extract().statusCode();
                assertThat(answer).as(member + " votes on " + id).isIn(201, 403);
            }
        }
        Api.as(SECRETARY).post("/api/campaigns/" + c.code + "/proposal").then().statusCode(201)
                .body("awarded", equalTo(1));
        Api.as("chair").body(Map.of("action", "SIGN")).post("/api/campaigns/" + c.code + "/decision").then()
                .statusCode(200).body("phase", equalTo("DECISION"));
        advance(c.code, "PUBLISHED");
        awaitStatus(awarded, "AWARDED");
        awaitStatus(notAwarded, "NOT_AWARDED");
        awaitStatus(unit, "NOT_AWARDED");
        return c;
    }

    private long consentedLeader(String campaignCode, String nominator, String name, String email, String province)
            throws Exception {
        Map<String, Object> nominee = new HashMap<>();
        nominee.put("name", name);
        nominee.put("province", province);
        nominee.put("position", "Giám đốc Sở");
        nominee.put("organization", "Sở Thông tin và Truyền thông");
        nominee.put("contactEmail", email);
        nominee.put("contactPhone", "0987654321");
        Map<String, Object> body = new HashMap<>();
        body.put("categoryCode", Fixtures.LEADERS);
        body.put("nominee", nominee);
        body.put("strategy", "Chỉ đạo chuyển đổi số toàn ngành.");
        long id = ((Number) Api.as(nominator).body(body).post("/api/campaigns/" + campaignCode + "/dossiers").then()
                .statusCode(201).extract().path("id")).longValue();
        Api.as(nominator).post("/api/dossiers/" + id + "/consent-request").then().statusCode(202);
        await("the consent e-mail to " + email, () -> !received(email).isEmpty());
        String token = tokenFrom(received(email).get(0));
        Api.anonymous().body(Map.of("decision", "GIVE")).post("/api/public/consent/" + token).then().statusCode(200);
        Api.as(nominator).post("/api/dossiers/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        return id;
    }

    private static void scoreLeader(String juror, long dossierId, int level) {
        Api.as(juror).body(Map.of("scores", Map.of("L1", level, "L2", level, "L3", level, "L4", level),
                "comment", "Người đứng đầu có tầm nhìn rõ.", "recommendation", "AWARD", "proposals",
                List.of("TRAINING"))).put("/api/dossiers/" + dossierId + "/scorecards/mine").then().statusCode(200);
        Api.as(juror).post("/api/dossiers/" + dossierId + "/scorecards/mine/submit").then().statusCode(200);
    }

    private String jurorOf(long dossierId) {
        for (String member : List.of("chair", "juror1", "juror2", "juror3", "juror4", "juror5", "juror6", "juror7",
                "juror8")) {
            if (Api.as(member).get("/api/dossiers/" + dossierId + "/scorecards/mine").then().extract()
                    .statusCode() == 200) {
                return member;
            }
        }
        throw new AssertionError("no juror on dossier " + dossierId);
    }

    private static String reference(long id) {
        return Api.as(SECRETARY).get("/api/dossiers/" + id).then().extract().path("reference");
    }

    /**
     * Every row of the tables that hold people's data in which the value appears, as {@code table:id}:
     * the dossiers, the outbox, the demo's mailbox, the audit trail and the consent links.
     */
    private List<String> rowsMentioning(String value) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<String> rows = new ArrayList<>();
            for (String table : List.of("dossier", "outbox", "demo_mail", "audit_log", "consent_request",
                    "attachment")) {
                @SuppressWarnings("unchecked")
                List<Object> ids = em.createNativeQuery("select t.id from " + table
                        + " t where lower(cast(row_to_json(t) as text)) like ?1")
                        .setParameter(1, "%" + value.toLowerCase() + "%").getResultList();
                ids.forEach(id -> rows.add(table + ":" + id));
            }
            return rows;
        });
    }

    private List<MimeMessage> received(String address) {
        return SmtpServer.to(smtp, address);
    }

    private static String tokenFrom(MimeMessage message) throws Exception {
        Object content = message.getContent();
        String text = content instanceof Multipart parts ? (String) parts.getBodyPart(0).getContent() : (String) content;
        Matcher m = Pattern.compile("/dong-y/([A-Za-z0-9_-]{20,})").matcher(text);
        assertThat(m.find()).as("the consent link in " + text).isTrue();
        return m.group(1);
    }
}

package vn.dxawards.process;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import vn.dxawards.dossier.model.ConsentRequest;
import vn.dxawards.notification.model.OutboxMessage;
import vn.dxawards.platform.documents.Hashes;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;
import vn.dxawards.support.SmtpServer;

/**
 * A leader is nominated with their own consent: the nominator has a one-time link e-mailed to the
 * leader (a real SMTP server), the leader reads the notice without signing in and consents, then the
 * dossier can be submitted; a refusal keeps it from submission; a withdrawal withdraws it and erases
 * the leader's personal data. Only a hash of the token is stored.
 */
@QuarkusTest
@WithTestResource(SmtpServer.class)
class ConsentTests extends ProcessTests {

    static final String NOMINATOR = "nominator.hanoi";

    @SmtpServer.Inbox
    GreenMail smtp;

    @Test
    void theLeaderConsentsThroughTheLinkThenTheDossierIsSubmittedAndAWithdrawalErasesTheirData() throws Exception {
        String campaign = Fixtures.newCampaign("consent-give");
        String leader = "lanh.dao.h13a@example.vn";
        long id = leaderDraft(campaign, "Nguyễn Thị Hồng Nhung", leader);
        Api.as(NOMINATOR).post("/api/dossiers/" + id + "/submit").then().statusCode(422)
                .body("code", equalTo("consent.required"));
        Api.as(NOMINATOR).get("/api/dossiers/" + id).then().body("nominee.consentState", equalTo("NOT_REQUESTED"));
        Api.as("nominator.danang").post("/api/dossiers/" + id + "/consent-request").then().statusCode(404);

        Api.as(NOMINATOR).post("/api/dossiers/" + id + "/consent-request").then().statusCode(202)
                .body("consentState", equalTo("REQUESTED"));
        String first = tokenFrom(awaitMail(leader, 1).get(0));
        // sent again: the first link stops working, the second one is the leader's
        Api.as(NOMINATOR).post("/api/dossiers/" + id + "/consent-request").then().statusCode(202);
        List<MimeMessage> mails = awaitMail(leader, 2);
        String token = mails.stream().map(ConsentTests::tokenFrom).filter(t -> !t.equals(first)).findFirst()
                .orElseThrow();
        assertThat(token).isNotEqualTo(first);
        Api.anonymous().get("/api/public/consent/" + first).then().statusCode(410)
                .body("code", equalTo("consent.link_expired"));

        // only the hash is stored; the outbox forgets the link once sent
        assertThat(QuarkusTransaction.requiringNew().call(() -> ConsentRequest.byTokenHash(
                Hashes.sha256(token.getBytes(StandardCharsets.UTF_8))))).isNotNull();
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>list(
                "dossierId = ?1 and link like ?2", id, "%" + token + "%"))).isEmpty();

        Api.anonymous().get("/api/public/consent/" + token).then().statusCode(200)
                .body("nominee", equalTo("Nguyễn Thị Hồng Nhung")).body("position", equalTo("Giám đốc Sở"))
                .body("noticeVersion", equalTo("2026-12-v1")).body("consentState", equalTo("REQUESTED"));
        given().accept(ContentType.HTML).get("/dong-y/" + token).then().statusCode(200)
                .body(containsString("Tôi đồng ý")).body(containsString("Thời hạn lưu trữ"));
        Api.anonymous().get("/api/public/consent/nothing-like-a-token").then().statusCode(404);

        Api.anonymous().body(Map.of("decision", "GIVE")).post("/api/public/consent/" + token).then().statusCode(200)
                .body("consentState", equalTo("GIVEN"));
        Api.anonymous().body(Map.of("decision", "REFUSE")).post("/api/public/consent/" + token).then()
                .statusCode(409).body("code", equalTo("consent.already_answered"));
        assertThat(audited(id, "CONSENT_GIVEN")).hasSize(1);
        assertThat(auditDetail(id, "CONSENT_GIVEN")).isEqualTo("data-subject: notice 2026-12-v1");

        Api.as(NOMINATOR).post("/api/dossiers/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        await("the body hears of the consent", () -> Api.as(NOMINATOR).get("/api/notifications").then().extract()
                .jsonPath().getList("findAll { it.dossierId == " + id + " }.kind").contains("CONSENT_GIVEN"));

        // the leader changes their mind: the dossier is withdrawn and their data erased
        Api.anonymous().body(Map.of("decision", "WITHDRAW")).post("/api/public/consent/" + token).then()
                .statusCode(200).body("consentState", equalTo("WITHDRAWN"));
        awaitStatus(id, "WITHDRAWN");
        var nominee = Api.as(SECRETARY).get("/api/dossiers/" + id).then().extract().jsonPath();
        assertThat(nominee.getString("nominee.name")).doesNotContain("Nhung");
        assertThat(nominee.getString("nominee.contactEmail")).isNull();
        assertThat(nominee.getString("nominee.position")).isNull();
        assertThat(audited(id, "CONSENT_WITHDRAWN")).hasSize(1);
    }

    @Test
    void aLeaderWhoRefusesKeepsTheDossierFromSubmission() throws Exception {
        String campaign = Fixtures.newCampaign("consent-refuse");
        String leader = "lanh.dao.h13b@example.vn";
        long id = leaderDraft(campaign, "Trần Văn Đức", leader);
        Api.as(NOMINATOR).post("/api/dossiers/" + id + "/consent-request").then().statusCode(202);
        String token = tokenFrom(awaitMail(leader, 1).get(0));
        Api.anonymous().body(Map.of("decision", "REFUSE")).post("/api/public/consent/" + token).then().statusCode(200)
                .body("consentState", equalTo("REFUSED"));
        assertThat(auditDetail(id, "CONSENT_REFUSED")).isEqualTo("data-subject: notice 2026-12-v1");
        Api.as(NOMINATOR).post("/api/dossiers/" + id + "/submit").then().statusCode(422)
                .body("code", equalTo("consent.required"));
        // a unit's dossier needs no consent link
        long unit = ((Number) Api.as(NOMINATOR).body(Fixtures.unitDossier(Fixtures.SECTOR_B, "Trường THPT Chu Văn An",
                "01", "0100900401")).post("/api/campaigns/" + campaign + "/dossiers").then().statusCode(201).extract()
                .path("id")).longValue();
        Api.as(NOMINATOR).post("/api/dossiers/" + unit + "/consent-request").then().statusCode(422)
                .body("code", equalTo("consent.not_leader"));
    }

    @Test
    void theNoticeSwitchesToEnglishAndStatesTheCampaignsOwnRetentionPeriod() throws Exception {
        LocalDate today = Fixtures.today();
        String campaign = Fixtures.newCampaign("consent-en", Fixtures.window(today.minusDays(1), today.plusDays(30)),
                Fixtures.window(today.plusDays(31), today.plusDays(60)), Map.of("personalDataRetentionMonths", 18));
        String leader = "lanh.dao.h13c@example.vn";
        long id = leaderDraft(campaign, "Hoàng Thị Minh Thư", leader);
        Api.as(NOMINATOR).post("/api/dossiers/" + id + "/consent-request").then().statusCode(202);
        String token = tokenFrom(awaitMail(leader, 1).get(0));
        String path = "/dong-y/" + token;

        // Vietnamese first, with the campaign's own period and a link to English
        String vietnamese = given().accept(ContentType.HTML).get(path).then().statusCode(200).extract().asString();
        assertThat(vietnamese).contains("Tôi đồng ý", "Thời hạn lưu trữ",
                "dữ liệu cá nhân được xóa (ẩn danh hóa) 18 tháng sau khi công bố kết quả", "Hoàng Thị Minh Thư")
                .contains("href=\"/lang/en?back=" + java.net.URLEncoder.encode(path, StandardCharsets.UTF_8) + "\"");
        Api.anonymous().get("/api/public/consent/" + token).then().body("retentionMonths", equalTo(18));

        // the switch sets the language and comes back to the notice
        var switched = given().redirects().follow(false).get("/lang/en?back=" + path).then().statusCode(303)
                .extract();
        assertThat(switched.header("Location")).endsWith(path);
        String english = given().accept(ContentType.HTML).cookie(switched.detailedCookie("dx-lang")).get(path).then()
                .statusCode(200).extract().asString();
        assertThat(english).contains("Consent to the processing of personal data", "Purpose", "Data processed",
                "Who sees it", "How long it is kept", "Your rights", "I consent", "I do not consent",
                "your personal data is erased (anonymised) 18 months after the results are published",
                "Notice version: 2026-12-v1", "Hoàng Thị Minh Thư").doesNotContain("Tôi đồng ý", "Thời hạn lưu trữ");
        assertThat(english).contains("lang=\"vi\"").contains("Tiếng Việt");
        // a refusal of the answer speaks English too
        Api.anonymous().header("Accept-Language", "en").body(Map.of()).post("/api/public/consent/" + token).then()
                .statusCode(422).body("message", equalTo("Choose to consent or not."));
    }

    static long leaderDraft(String campaign, String name, String email) {
        Map<String, Object> nominee = new HashMap<>();
        nominee.put("name", name);
        nominee.put("province", "01");
        nominee.put("position", "Giám đốc Sở");
        nominee.put("organization", "Sở Khoa học và Công nghệ Hà Nội");
        nominee.put("contactEmail", email);
        nominee.put("contactPhone", "0912345678");
        Map<String, Object> body = new HashMap<>();
        body.put("categoryCode", Fixtures.LEADERS);
        body.put("nominee", nominee);
        body.put("strategy", "Chỉ đạo chuyển đổi số toàn ngành khoa học và công nghệ của thành phố.");
        return ((Number) Api.as(NOMINATOR).body(body).post("/api/campaigns/" + campaign + "/dossiers").then()
                .statusCode(201).extract().path("id")).longValue();
    }

    private List<MimeMessage> awaitMail(String address, int count) {
        await(count + " e-mails to " + address, () -> received(address).size() >= count);
        return received(address);
    }

    private List<MimeMessage> received(String address) {
        return SmtpServer.to(smtp, address);
    }

    private static String tokenFrom(MimeMessage message) {
        try {
            Object content = message.getContent();
            String text = content instanceof Multipart parts ? (String) parts.getBodyPart(0).getContent()
                    : (String) content;
            assertThat(message.getSubject()).startsWith("Đề nghị đồng ý xử lý dữ liệu cá nhân");
            Matcher m = Pattern.compile("/dong-y/([A-Za-z0-9_-]{20,})").matcher(text);
            assertThat(m.find()).as("the consent link in " + text).isTrue();
            return m.group(1);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String auditDetail(long dossierId, String action) {
        return Api.as(SECRETARY).get("/api/dossiers/" + dossierId + "/audit").then().statusCode(200).extract()
                .jsonPath().getString("find { it.action == '" + action + "' }.actor") + ": "
                + Api.as(SECRETARY).get("/api/dossiers/" + dossierId + "/audit").then().extract().jsonPath()
                        .getString("find { it.action == '" + action + "' }.detail");
    }
}

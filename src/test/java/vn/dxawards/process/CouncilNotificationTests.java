package vn.dxawards.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;

import io.quarkus.mailer.Mail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import vn.dxawards.notification.model.OutboxMessage;
import vn.dxawards.notification.service.Mails;
import vn.dxawards.platform.directory.CouncilDirectory.Person;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;
import vn.dxawards.support.SmtpServer;

/**
 * The council hears when its work begins, by e-mail (a real SMTP server) and on its notifications
 * page: a member the first time they are given dossiers to score in the campaign (once, however many
 * dossiers), every member when the deliberation opens (and again when the chair's return reopens it),
 * the chair when the proposal arrives (each time). At publication each nominating body hears its
 * dossier's outcome once: the awardee with its certificate's link, the other with the way to the
 * council's recommendations, in Vietnamese and, for an English reader, in English.
 */
@QuarkusTest
@WithTestResource(SmtpServer.class)
class CouncilNotificationTests extends ProcessTests {

    static final List<String> COUNCIL = List.of("chair", "juror1", "juror2", "juror3", "juror4", "juror5", "juror6",
            "juror7", "juror8");

    @SmtpServer.Inbox
    GreenMail smtp;

    @Inject
    Mails mails;

    @Test
    void theCouncilIsToldWhenItsWorkBeginsAndEachBodyHearsItsOutcomeOnce() throws Exception {
        String campaign = Fixtures.newCampaign("council-notify", Fixtures.window(Fixtures.today().minusDays(1),
                Fixtures.today().plusDays(30)), Fixtures.window(Fixtures.today().plusDays(31),
                        Fixtures.today().plusDays(60)), Map.of("jurorsPerDossier", 3));
        String campaignName = "Đợt thử nghiệm " + campaign;
        Map<Long, String> bodies = new LinkedHashMap<>();
        bodies.put(Fixtures.submit(campaign, "nominator.hanoi", Fixtures.unitDossier(Fixtures.SECTOR_A,
                "Bệnh viện Bạch Mai", "01", "0100900881")), "nominator.hanoi");
        bodies.put(Fixtures.submit(campaign, "nominator.hanoi", Fixtures.unitDossier(Fixtures.SECTOR_B,
                "Trường Đại học Bách khoa Hà Nội", "01", "0100900882")), "nominator.hanoi");
        bodies.put(Fixtures.submit(campaign, "nominator.danang", Fixtures.unitDossier(Fixtures.SECTOR_A,
                "Bệnh viện Đà Nẵng", "N48", "0400900883")), "nominator.danang");
        bodies.put(Fixtures.submit(campaign, "nominator.hcm", Fixtures.unitDossier(Fixtures.SECTOR_A,
                "Bệnh viện Chợ Rẫy", "N79", "0300900884")), "nominator.hcm");
        List<Long> dossiers = new ArrayList<>(bodies.keySet());
        long rejectedByCouncil = dossiers.get(3);
        dossiers.forEach(ProcessTests::accept);
        assertThat(assignJurors(campaign)).isEqualTo(12);

        // twelve scorecards over at most nine members: someone has several, each hears once
        Map<String, List<Long>> work = new HashMap<>();
        for (String member : COUNCIL) {
            for (long id : dossiers) {
                if (Api.as(member).get("/api/dossiers/" + id + "/scorecards/mine").then().extract()
                        .statusCode() == 200) {
                    work.computeIfAbsent(member, k -> new ArrayList<>()).add(id);
                }
            }
        }
        assertThat(work.values().stream().mapToInt(List::size).sum()).isEqualTo(12);
        assertThat(work.values()).anyMatch(list -> list.size() > 1);
        String assigned = "Anh/chị được phân công chấm điểm hồ sơ trong " + campaignName;
        for (String member : work.keySet()) {
            MimeMessage mail = awaitOne(member, assigned);
            assertThat(SmtpServer.plainText(mail)).contains("Kính gửi").contains("xung đột lợi ích").contains("/app/tasks");
            assertThat(Api.as(member).get("/api/notifications").then().statusCode(200).extract().jsonPath()
                    .getList("findAll { it.kind == 'COUNCIL_ASSIGNED' && it.title == '" + assigned + "' }.link"))
                    .containsExactly("/app/tasks");
        }
        for (String member : COUNCIL) {
            if (!work.containsKey(member)) {
                assertThat(received(member, assigned)).as(member + " was given nothing to score").isEmpty();
            }
        }

        advance(campaign, "APPRAISAL");
        work.forEach((member, ids) -> ids.forEach(id -> score(member, id, id == rejectedByCouncil ? 5 : 8)));
        advance(campaign, "DELIBERATION");
        String opened = "Hội đồng thẩm định bắt đầu thảo luận và biểu quyết: " + campaignName;
        for (String member : COUNCIL) {
            assertThat(SmtpServer.plainText(awaitOne(member, opened))).contains("/app/campaigns/" + campaign + "/deliberation");
        }
        for (String member : COUNCIL) {
            for (long id : dossiers) {
                int status = Api.as(member).body(Map.of("dossierId", id, "vote", id == rejectedByCouncil ? "REJECT"
                        : "APPROVE")).post("/api/campaigns/" + campaign + "/deliberation/votes").then().extract()
                        .statusCode();
                assertThat(status).as(member + " votes on " + id).isIn(201, 403);
            }
        }
        Api.as(SECRETARY).post("/api/campaigns/" + campaign + "/proposal").then().statusCode(201);
        String proposal = "Tờ trình của Hội đồng thẩm định đã được gửi Chủ tịch: " + campaignName;
        assertThat(SmtpServer.plainText(awaitOne("chair", proposal))).contains("/app/campaigns/" + campaign + "/decision");
        for (String member : COUNCIL.subList(1, COUNCIL.size())) {
            assertThat(received(member, proposal)).as(member + " is not the chair").isEmpty();
        }

        // the chair returns it: the deliberation opens again for everyone, the new proposal reaches the chair again
        Api.as("chair").body(Map.of("action", "RETURN", "comment", "Đề nghị rà soát lại hồ sơ cuối danh sách."))
                .post("/api/campaigns/" + campaign + "/decision").then().statusCode(200)
                .body("phase", equalTo("DELIBERATION"));
        for (String member : COUNCIL) {
            awaitCount(member, opened, 2);
        }
        Api.as(SECRETARY).post("/api/campaigns/" + campaign + "/proposal").then().statusCode(201);
        awaitCount("chair", proposal, 2);
        assertThat(Api.as("chair").get("/api/notifications").then().extract().jsonPath()
                .getList("findAll { it.kind == 'PROPOSAL_RECEIVED' && it.title == '" + proposal + "' }"))
                .hasSize(2);

        Api.as("chair").body(Map.of("action", "SIGN")).post("/api/campaigns/" + campaign + "/decision").then()
                .statusCode(200).body("phase", equalTo("DECISION"));
        advance(campaign, "PUBLISHED");
        for (long id : dossiers) {
            awaitStatus(id, id == rejectedByCouncil ? "NOT_AWARDED" : "AWARDED");
        }

        // the outcome: once per dossier, to its body
        for (long id : dossiers) {
            String reference = Api.as(SECRETARY).get("/api/dossiers/" + id).then().extract().path("reference");
            String body = bodies.get(id);
            if (id == rejectedByCouncil) {
                String text = SmtpServer.plainText(awaitOne(body, "Kết quả bình chọn: hồ sơ " + reference));
                assertThat(text).contains("không nằm trong danh sách được khen thưởng").contains("/app/dossiers/" + id);
            } else {
                String text = SmtpServer.plainText(awaitOne(body, "Kết quả bình chọn: hồ sơ " + reference + " được khen thưởng"));
                assertThat(text).contains("Chúc mừng").contains("/api/public/certificates/")
                        .contains("/app/dossiers/" + id);
                String certificate = text.replaceAll("(?s).*(/api/public/certificates/[^\\s]+\\.pdf).*", "$1");
                io.restassured.RestAssured.given().accept("application/pdf").get(certificate).then().statusCode(200)
                        .contentType("application/pdf");
            }
            assertThat(Api.as(body).get("/api/notifications").then().extract().jsonPath()
                    .getList("findAll { it.dossierId == " + id + " && it.kind.startsWith('OUTCOME_') }"))
                    .hasSize(1);
        }
        OutboxMessage awarded = QuarkusTransaction.requiringNew().call(() -> OutboxMessage
                .<OutboxMessage>find("idempotencyKey", "outcome:" + dossiers.get(0)).firstResult());
        Mail english = QuarkusTransaction.requiringNew().call(() -> mails.render(awarded,
                new Person("nominator.hanoi", "Nguyen Van Khanh", "nominator.hanoi@demo.dx-awards.vn", "en")));
        assertThat(english.getSubject()).contains("awarded");
        assertThat(english.getText()).contains("Dear Nguyen Van Khanh,").contains("Congratulations")
                .contains("/api/public/certificates/");
        OutboxMessage notAwarded = QuarkusTransaction.requiringNew().call(() -> OutboxMessage
                .<OutboxMessage>find("idempotencyKey", "outcome:" + rejectedByCouncil).firstResult());
        assertThat(QuarkusTransaction.requiringNew().call(() -> mails.render(notAwarded, new Person("nominator.hcm",
                "Vo Hoang Long", "nominator.hcm@demo.dx-awards.vn", "en"))).getText())
                .contains("is not among the awardees");
        Mail councilInEnglish = QuarkusTransaction.requiringNew().call(() -> mails.render(OutboxMessage
                .<OutboxMessage>find("kind = ?1 and campaignCode = ?2",
                        vn.dxawards.notification.model.NotificationKind.DELIBERATION_OPENED, campaign).firstResult(),
                new Person("juror1", "Do Quang Huy", "juror1@demo.dx-awards.vn", "en")));
        assertThat(councilInEnglish.getSubject())
                .isEqualTo("The appraisal council's deliberation opens: Test campaign " + campaign);
    }

    private static String address(String username) {
        return username + "@demo.dx-awards.vn";
    }

    private List<MimeMessage> received(String username, String subject) {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                if (subject.equals(message.getSubject()) && Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equalsIgnoreCase(address(username)))) {
                    found.add(message);
                }
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        return found;
    }

    private MimeMessage awaitOne(String username, String subject) throws Exception {
        await("an e-mail to " + username + ": " + subject, () -> !received(username, subject).isEmpty());
        Thread.sleep(1500); // a duplicate would come with the next sending rounds
        List<MimeMessage> found = received(username, subject);
        assertThat(found).as(username + ": " + subject).hasSize(1);
        return found.get(0);
    }

    private void awaitCount(String username, String subject, int count) throws Exception {
        await(count + " e-mails to " + username + ": " + subject, () -> received(username, subject).size() >= count);
        assertThat(received(username, subject)).hasSize(count);
    }
}

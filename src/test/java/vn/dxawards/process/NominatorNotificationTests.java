package vn.dxawards.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;

import io.quarkus.mailer.Mail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import vn.dxawards.intake.service.SupplementReminders;
import vn.dxawards.notification.model.OutboxMessage;
import vn.dxawards.notification.service.Mails;
import vn.dxawards.platform.directory.CouncilDirectory.Person;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;
import vn.dxawards.support.PdfTools;
import vn.dxawards.support.Pdfs;
import vn.dxawards.support.SmtpServer;
import vn.dxawards.support.Tokens;

/**
 * The nominating body hears of every step of its dossier, by e-mail (a real SMTP server) and on
 * its notifications page: the receipt with its PDF on submission, the supplement request with the
 * secretariat's note and due date, a reminder before that date, the rejection with its reason, the
 * acceptance — each exactly once, to the person of the body who made the dossier, with a link to
 * the dossier's page.
 */
@QuarkusTest
@WithTestResource(SmtpServer.class)
class NominatorNotificationTests extends ProcessTests {

    static final String NOMINATOR = "nominator.hanoi";
    static final String ADDRESS = NOMINATOR + "@demo.dx-awards.vn";

    @SmtpServer.Inbox
    GreenMail smtp;

    @Inject
    Mails mails;

    @Inject
    SupplementReminders reminders;

    @BeforeEach
    void emptyTheInbox() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void theBodyGetsAReceiptWithItsAttachmentsFingerprintsThenTheSupplementRequestAReminderAndTheRejection()
            throws Exception {
        String campaign = Fixtures.newCampaign("notify-body");
        long id = draft(campaign, "Sở Y tế Hà Nội – Bệnh viện Đức Giang", "0100900201");
        byte[] letter = Pdfs.onePage();
        String sha256 = io.restassured.RestAssured.given().auth().oauth2(Tokens.of(NOMINATOR)).accept(ContentType.JSON)
                .multiPart("file", "cong-van-de-cu.pdf", letter, "application/pdf")
                .post("/api/dossiers/" + id + "/attachments").then().statusCode(201).extract().path("sha256");
        Api.as(NOMINATOR).post("/api/dossiers/" + id + "/submit").then().statusCode(200);
        String reference = reference(id);

        // The receipt: one e-mail, with the receipt PDF attached.
        MimeMessage receipt = awaitOne("Phiếu tiếp nhận hồ sơ " + reference);
        assertThat(SmtpServer.plainText(receipt)).contains("/app/dossiers/" + id);
        byte[] attached = pdfAttachment(receipt);
        String text = PdfTools.text(attached);
        assertThat(text).contains("PHIẾU TIẾP NHẬN HỒ SƠ ĐỀ CỬ").contains("Mã hồ sơ: " + reference)
                .contains("Sở Y tế Hà Nội – Bệnh viện Đức Giang").contains("Thời điểm tiếp nhận:")
                .contains("Ngày dự kiến có kết quả xem xét hồ sơ:").contains("cong-van-de-cu.pdf");
        assertThat(text.replace(" ", "")).contains("SHA-256:" + sha256);
        List<Path> pages = PdfTools.pngs(attached, 60);
        assertThat(pages).isNotEmpty();
        assertThat(PdfTools.inked(pages.get(0))).isGreaterThan(0.01);
        java.nio.file.Files.createDirectories(vn.dxawards.support.Browser.SCREENSHOTS);
        java.nio.file.Files.copy(pages.get(0), vn.dxawards.support.Browser.SCREENSHOTS.resolve("receipt.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        // outside the demo profile there is no demo mailbox
        Api.as("admin").get("/api/demo/mailbox").then().statusCode(404);
        // The same receipt from the API, for the body and the secretariat; not for another body.
        byte[] downloaded = Api.as(NOMINATOR).accept("application/pdf").get("/api/dossiers/" + id + "/receipt.pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(PdfTools.text(downloaded).replace(" ", "")).contains(sha256);
        Api.as(SECRETARY).accept("application/pdf").get("/api/dossiers/" + id + "/receipt.pdf").then().statusCode(200);
        Api.as("nominator.danang").accept("application/pdf").get("/api/dossiers/" + id + "/receipt.pdf").then().statusCode(404);

        // In the app: unread, newest first, with the link.
        JsonPath inbox = Api.as(NOMINATOR).get("/api/notifications").then().statusCode(200).extract().jsonPath();
        int at = indexOf(inbox, id, "SUBMISSION_RECEIVED");
        assertThat(inbox.getBoolean("[" + at + "].unread")).isTrue();
        assertThat(inbox.getString("[" + at + "].link")).isEqualTo("/app/dossiers/" + id);
        assertThat(inbox.getString("[" + at + "].title")).isEqualTo("Phiếu tiếp nhận hồ sơ " + reference);
        long notification = inbox.getLong("[" + at + "].id");
        Api.as("nominator.danang").post("/api/notifications/" + notification + "/read").then().statusCode(404);
        Api.as(NOMINATOR).post("/api/notifications/" + notification + "/read").then().statusCode(204);
        Api.as(NOMINATOR).get("/api/notifications").then().body("find { it.id == " + notification + " }.unread",
                equalTo(false));

        // The supplement request: the note, the due date, the link.
        LocalDate due = Fixtures.today().plusDays(1);
        intake(id, "REQUEST_SUPPLEMENT", "Đề nghị bổ sung số liệu kết quả năm 2024.", due.toString(),
                "SUPPLEMENT_REQUESTED");
        MimeMessage supplement = awaitOne("Yêu cầu bổ sung hồ sơ " + reference);
        assertThat(SmtpServer.plainText(supplement)).contains("Đề nghị bổ sung số liệu kết quả năm 2024.")
                .contains(ddMMyyyy(due)).contains("/app/dossiers/" + id);

        // The reminder, due (the campaign reminds two days before); the job run twice writes one.
        reminders.remindDue(Instant.now());
        reminders.remindDue(Instant.now());
        MimeMessage reminder = awaitOne("Nhắc hạn bổ sung hồ sơ " + reference);
        assertThat(SmtpServer.plainText(reminder)).contains(ddMMyyyy(due));

        // The answer, then the rejection with its reason.
        Api.as(NOMINATOR).post("/api/dossiers/" + id + "/submit").then().statusCode(200);
        intake(id, "REJECT", "Đơn vị không thuộc đối tượng của chương trình.", null, "REJECTED");
        MimeMessage rejection = awaitOne("Hồ sơ " + reference + " không được chấp nhận");
        assertThat(SmtpServer.plainText(rejection)).contains("Lý do: Đơn vị không thuộc đối tượng của chương trình.");

        // Some rounds of the sender later, still one of each, and only to the body's person.
        Thread.sleep(3000);
        for (String subject : List.of("Phiếu tiếp nhận hồ sơ " + reference, "Yêu cầu bổ sung hồ sơ " + reference,
                "Nhắc hạn bổ sung hồ sơ " + reference, "Hồ sơ " + reference + " không được chấp nhận")) {
            assertThat(received(ADDRESS, subject)).as(subject).hasSize(1);
        }
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> subjectOf(m).contains(reference)))
                .as("nobody else hears of the dossier").allMatch(m -> to(m, ADDRESS));
        assertThat(Api.as(NOMINATOR).get("/api/notifications").then().extract().jsonPath()
                .getList("findAll { it.dossierId == " + id + " }.kind")).containsExactly("DOSSIER_REJECTED",
                        "SUPPLEMENT_REMINDER", "SUPPLEMENT_REQUESTED", "SUBMISSION_RECEIVED");
    }

    @Test
    void anAcceptedDossiersBodyIsToldOnceAndTheMessageSpeaksEnglishToAnEnglishReader() throws Exception {
        String campaign = Fixtures.newCampaign("notify-accept");
        long id = draft(campaign, "Bệnh viện Thanh Nhàn", "0100900202");
        Api.as(NOMINATOR).post("/api/dossiers/" + id + "/submit").then().statusCode(200);
        String reference = reference(id);
        awaitOne("Phiếu tiếp nhận hồ sơ " + reference);
        accept(id);
        MimeMessage accepted = awaitOne("Hồ sơ " + reference + " đã được chấp nhận");
        assertThat(SmtpServer.plainText(accepted)).contains("chuyển sang thẩm định").contains("/app/dossiers/" + id);

        // The same row rendered for a person whose identity-provider locale is English.
        OutboxMessage row = QuarkusTransaction.requiringNew().call(() -> OutboxMessage
                .<OutboxMessage>find("idempotencyKey", "accepted:" + id).firstResult());
        Mail english = QuarkusTransaction.requiringNew().call(() -> mails.render(row,
                new Person(NOMINATOR, "Nguyen Van Khanh", ADDRESS, "en")));
        assertThat(english.getSubject()).isEqualTo("Dossier " + reference + " accepted");
        assertThat(english.getText()).contains("Dear Nguyen Van Khanh,").contains("goes on to appraisal");
        Mail receiptInEnglish = QuarkusTransaction.requiringNew().call(() -> mails.render(OutboxMessage
                .<OutboxMessage>find("idempotencyKey", "received:" + id).firstResult(),
                new Person(NOMINATOR, "Nguyen Van Khanh", ADDRESS, "en")));
        assertThat(receiptInEnglish.getSubject()).isEqualTo("Receipt of dossier " + reference);
        assertThat(receiptInEnglish.getAttachments()).hasSize(1);
    }

    private static long draft(String campaign, String name, String taxCode) {
        Map<String, Object> body = new HashMap<>(Fixtures.unitDossier(Fixtures.SECTOR_A, name, "01", taxCode));
        return ((Number) Api.as(NOMINATOR).body(body).post("/api/campaigns/" + campaign + "/dossiers").then()
                .statusCode(201).extract().path("id")).longValue();
    }

    private static String reference(long id) {
        return Api.as(NOMINATOR).get("/api/dossiers/" + id).then().extract().path("reference");
    }

    private static int indexOf(JsonPath inbox, long dossier, String kind) {
        List<Map<String, Object>> items = inbox.getList("$");
        for (int i = 0; i < items.size(); i++) {
            if (kind.equals(items.get(i).get("kind")) && ((Number) items.get(i).get("dossierId")).longValue() == dossier) {
                return i;
            }
        }
        throw new AssertionError("no " + kind + " about " + dossier + " in " + items);
    }

    private static byte[] pdfAttachment(MimeMessage message) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.isMimeType("application/pdf")) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                part.getInputStream().transferTo(out);
                return out.toByteArray();
            }
        }
        throw new AssertionError("no PDF attached");
    }

    private List<MimeMessage> received(String address, String subject) {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (to(message, address) && subject.equals(subjectOf(message))) {
                found.add(message);
            }
        }
        return found;
    }

    private MimeMessage awaitOne(String subject) {
        await("an e-mail to " + ADDRESS + ": " + subject, () -> !received(ADDRESS, subject).isEmpty());
        List<MimeMessage> found = received(ADDRESS, subject);
        assertThat(found).as(subject).hasSize(1);
        return found.get(0);
    }

    private static boolean to(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (Exception e) {
            return false;
        }
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            return "";
        }
    }

    private static String ddMMyyyy(LocalDate day) {
        return String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }
}

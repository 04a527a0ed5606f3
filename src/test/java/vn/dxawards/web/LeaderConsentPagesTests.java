package vn.dxawards.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import com.icegreen.greenmail.util.GreenMail;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import vn.dxawards.support.Api;
import vn.dxawards.support.BrowserTests;
import vn.dxawards.support.Fixtures;
import vn.dxawards.support.SmtpServer;

/**
 * A leader's nomination in the browser, end to end: the nominator fills in position, organisation and
 * the leader's own e-mail and sends the consent request; the leader opens the link from the e-mail
 * (GreenMail), reads the notice without signing in and consents; the nominator submits. And a leader
 * who refuses.
 */
@QuarkusTest
@WithTestResource(SmtpServer.class)
class LeaderConsentPagesTests extends BrowserTests {

    @SmtpServer.Inbox
    GreenMail smtp;

    @Test
    void theNominatorAsksTheLeaderConsentsThroughTheEmailedLinkAndTheDossierIsSubmitted() {
        String campaign = Fixtures.newCampaign("web-consent");
        String leader = "lanh.dao.h13c@example.vn";
        browser.signIn("nominator.hanoi");
        browser.open("/app/dossiers/new?campaign=" + campaign);
        browser.select("#categoryCode", Fixtures.LEADERS);
        browser.type("#name", "Lê Minh Châu");
        browser.select("#province", "01");
        browser.type("#position", "Giám đốc Sở Khoa học và Công nghệ");
        browser.type("#organization", "Sở Khoa học và Công nghệ Hà Nội");
        browser.type("#contactEmail", leader);
        browser.type("#strategy", "Chỉ đạo chuyển đổi số toàn ngành khoa học và công nghệ của thành phố.");
        browser.clickAndLoad("#save");
        assertThat(browser.text("#consent-state")).isEqualTo("Chưa gửi đề nghị đồng ý");
        String dossierPage = browser.driver().getCurrentUrl().replaceFirst("\\?.*$", "");

        browser.clickAndLoad("#consent-request");
        assertThat(browser.text("#consent-state")).isEqualTo("Đã gửi đề nghị, đang chờ người được đề cử trả lời");

        String link = linkTo(leader);
        // the leader, in a browser of their own: nobody signed in
        browser.signOut();
        // the e-mail gives the public address (dx.public-base-url); the test app listens on the test port
        browser.open(java.net.URI.create(link).getPath());
        assertThat(browser.pageText()).contains("Lê Minh Châu").contains("Mục đích").contains("Thời hạn lưu trữ")
                .contains("Quyền của anh/chị");
        assertAccessible("consent-page");
        browser.clickAndLoad("#consent-give");
        assertThat(browser.text("#consent-state")).isEqualTo("Người được đề cử đã đồng ý");

        browser.signIn("nominator.hanoi");
        browser.open(dossierPage);
        assertThat(browser.text("#consent-state")).isEqualTo("Người được đề cử đã đồng ý");
        ((JavascriptExecutor) browser.driver()).executeScript("window.confirm = () => true;");
        browser.clickAndLoad("#submit");
        assertThat(browser.text("#status")).isEqualTo("Đã nộp");
    }

    @Test
    void aLeaderWhoRefusesIsShownTheRefusalAndTheNominatorSeesIt() {
        String campaign = Fixtures.newCampaign("web-refuse");
        String leader = "lanh.dao.h13d@example.vn";
        Map<String, Object> nominee = new HashMap<>(Map.of("name", "Phạm Quốc Bảo", "province", "01", "position",
                "Chủ tịch UBND phường", "organization", "UBND phường Hoàn Kiếm", "contactEmail", leader));
        long id = ((Number) Api.as("nominator.hanoi").body(Map.of("categoryCode", Fixtures.LEADERS, "nominee", nominee,
                "strategy", "Chính quyền số cấp phường.")).post("/api/campaigns/" + campaign + "/dossiers").then()
                .statusCode(201).extract().path("id")).longValue();
        Api.as("nominator.hanoi").post("/api/dossiers/" + id + "/consent-request").then().statusCode(202);

        browser.open(java.net.URI.create(linkTo(leader)).getPath());
        browser.clickAndLoad("#consent-refuse");
        assertThat(browser.text("#consent-state")).isEqualTo("Người được đề cử đã từ chối");
        assertThat(browser.pageText()).doesNotContain("Tôi đồng ý");

        browser.signIn("nominator.hanoi");
        browser.open("/app/dossiers/" + id);
        assertThat(browser.text("#consent-state")).isEqualTo("Người được đề cử đã từ chối");
    }

    /** The consent link of the e-mail to the leader, waiting for it. */
    private String linkTo(String address) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                try {
                    if (Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                            .anyMatch(a -> a.toString().equalsIgnoreCase(address))) {
                        Object content = m.getContent();
                        String text = content instanceof Multipart parts ? (String) parts.getBodyPart(0).getContent()
                                : (String) content;
                        Matcher link = Pattern.compile("(http://\\S+/dong-y/[A-Za-z0-9_-]+)").matcher(text);
                        if (link.find()) {
                            return link.group(1);
                        }
                    }
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("no consent e-mail to " + address + " in " + List.of(smtp.getReceivedMessages()));
    }
}

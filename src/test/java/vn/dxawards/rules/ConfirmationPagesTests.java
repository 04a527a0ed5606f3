package vn.dxawards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import vn.dxawards.decision.service.DecisionService;
import vn.dxawards.decision.signature.PadesSigner;
import vn.dxawards.decision.signature.Pki;
import vn.dxawards.identity.User;
import vn.dxawards.platform.documents.Hashes;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.platform.i18n.Times;
import vn.dxawards.support.Api;
import vn.dxawards.support.BrowserTests;
import vn.dxawards.support.Fixtures;
import vn.dxawards.support.TestPki;

/**
 * The irreversible steps of a campaign in the browser (closing nomination early, sending the
 * proposal, signing, returning it, issuing a decision signed outside, publishing) name their consequence and ask for confirmation on a page of their own,
 * without script; going back changes nothing, confirming does the step. Checked with axe-core at
 * 1366 px and 390 px.
 */
@QuarkusTest
class ConfirmationPagesTests extends BrowserTests {

    private static final User CHAIR = new User("chair", Set.of("chair", "juror"), null, null, null, null);

    @Inject
    DecisionService decisions;

    @Test
    void closingNominationEarlyShowsTheDaysLeftAndTheDraftsAndWaitsForConfirmation() {
        String campaign = Fixtures.newCampaign("confirm-close");
        Api.as("nominator.hanoi").body(Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Bạch Mai", "01",
                "0100100100")).post("/api/campaigns/" + campaign + "/dossiers").then().statusCode(201);
        browser.driver().manage().window().setSize(new Dimension(1366, 1000));
        browser.signIn("admin");

        browser.open("/app/campaigns/" + campaign);
        browser.clickAndLoad("#advance");
        assertThat(browser.text("h1")).isEqualTo("Xác nhận chuyển sang giai đoạn Thẩm định");
        assertThat(browser.text("#advance-consequence")).contains("Giai đoạn đề cử sẽ đóng ngay bây giờ",
                "sớm 30 ngày so với hạn " + Times.date(Fixtures.today().plusDays(30)),
                "1 hồ sơ nháp chưa nộp sẽ không được xét", "Không thể hoàn tác");
        assertAccessible("61-admin-close-nomination-confirm");
        assertThat(phase(campaign)).isEqualTo("NOMINATION");
        browser.clickAndLoad("#cancel-advance");
        assertThat(browser.text("#phase")).isEqualTo("Đề cử");
        assertThat(phase(campaign)).isEqualTo("NOMINATION");

        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.clickAndLoad("#advance");
        assertAccessible("62-admin-close-nomination-confirm-390");
        browser.clickAndLoad("#confirm-advance");
        assertThat(browser.text("#phase")).isEqualTo("Thẩm định");
        assertThat(phase(campaign)).isEqualTo("APPRAISAL");
    }

    @Test
    void returningSigningAndPublishingAreEachConfirmedAndGoingBackChangesNothing() {
        String campaign = Decisions.campaignAwaitingDecision("confirm-decide", "Bệnh viện C Đà Nẵng",
                "Bệnh viện Chợ Rẫy");
        browser.driver().manage().window().setSize(new Dimension(1366, 1000));
        browser.signIn("chair");

        // returning: the comment and the consequence first; going back returns nothing
        browser.open("/app/campaigns/" + campaign + "/decision");
        browser.type("#comment", "Đề nghị rà soát lại thứ tự xếp hạng.");
        browser.clickAndLoad("#return");
        assertThat(browser.text("h1")).isEqualTo("Xác nhận trả lại tờ trình");
        assertThat(browser.text("#decision-consequence")).contains("quay lại giai đoạn thảo luận",
                "Không thể hoàn tác");
        assertThat(browser.text("#return-comment")).isEqualTo("Đề nghị rà soát lại thứ tự xếp hạng.");
        assertAccessible("63-chair-return-confirm");
        browser.clickAndLoad("#cancel-decision");
        assertThat(phase(campaign)).isEqualTo("DECISION");

        // signing: named, and not done until confirmed
        browser.clickAndLoad("#sign");
        assertThat(browser.text("h1")).isEqualTo("Xác nhận ký quyết định khen thưởng");
        assertThat(browser.text("#decision-consequence")).contains("2 đơn vị, cá nhân",
                "không thể sửa, huỷ hay ký lại");
        assertAccessible("64-chair-sign-confirm");
        browser.clickAndLoad("#cancel-decision");
        assertThat(browser.find("#sign").isDisplayed()).isTrue();
        assertThat(Api.as("secretary1").accept("application/pdf").get("/api/campaigns/" + campaign
                + "/decision.pdf").statusCode()).isNotEqualTo(200);

        // confirmed: the return is recorded, and after the proposal comes again, the signature
        browser.type("#comment", "Đề nghị rà soát lại thứ tự xếp hạng.");
        browser.clickAndLoad("#return");
        browser.clickAndLoad("#confirm-decision");
        assertThat(phase(campaign)).isEqualTo("DELIBERATION");
        browser.signOut();

        // sending the proposal again: named (the awardees, the vote closing), not sent until confirmed
        browser.signIn("secretary1");
        browser.open("/app/campaigns/" + campaign + "/ranking");
        browser.clickAndLoad("#send-proposal");
        assertThat(browser.text("h1")).isEqualTo("Xác nhận gửi tờ trình lên Chủ tịch Hội đồng");
        assertThat(browser.text("#proposal-consequence")).contains("khen thưởng 2 đơn vị, cá nhân",
                "trong 2 hồ sơ được xếp hạng", "việc biểu quyết kết thúc", "giai đoạn Quyết định",
                "Không thể hoàn tác");
        assertAccessible("69-secretary-proposal-confirm");
        browser.clickAndLoad("#cancel-proposal");
        assertThat(browser.find("#send-proposal").isDisplayed()).isTrue();
        assertThat(phase(campaign)).isEqualTo("DELIBERATION");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.clickAndLoad("#send-proposal");
        assertAccessible("70-secretary-proposal-confirm-390");
        browser.clickAndLoad("#confirm-proposal");
        assertThat(browser.pageText()).contains("Đã gửi tờ trình lên Chủ tịch Hội đồng.");
        assertThat(phase(campaign)).isEqualTo("DECISION");
        browser.signOut();

        browser.signIn("chair");
        browser.open("/app/campaigns/" + campaign + "/decision");
        browser.clickAndLoad("#sign");
        assertAccessible("65-chair-sign-confirm-390");
        browser.clickAndLoad("#confirm-decision");
        assertThat(browser.text("#signed")).contains("/QĐ-");
        browser.signOut();

        // publishing before the publication time: named, and not done until confirmed
        browser.driver().manage().window().setSize(new Dimension(1366, 1000));
        browser.signIn("admin");
        browser.open("/app/campaigns/" + campaign);
        browser.clickAndLoad("#advance");
        assertThat(browser.text("#advance-consequence")).contains("Kết quả sẽ được công bố ngay bây giờ",
                "trở nên công khai");
        assertThat(browser.text("#confirm-advance")).isEqualTo("Công bố kết quả ngay");
        assertAccessible("66-admin-publish-confirm");
        browser.clickAndLoad("#cancel-advance");
        assertThat(phase(campaign)).isEqualTo("DECISION");
        browser.clickAndLoad("#advance");
        browser.clickAndLoad("#confirm-advance");
        assertThat(browser.text("#phase")).isEqualTo("Đã công bố");
        Api.anonymous().get("/api/public/campaigns/" + campaign + "/results").then().statusCode(200);
    }

    @Test
    void aDecisionSignedOutsideIsCheckedThenIssuedOnlyOnceConfirmed() throws Exception {
        String campaign = Decisions.campaignAwaitingDecision("confirm-upload", "Bệnh viện Phổi Đà Nẵng",
                "Bệnh viện Nhân dân 115");
        byte[] draft = Api.as("chair").accept("application/pdf")
                .get("/api/campaigns/" + campaign + "/decision/draft.pdf").then().statusCode(200).extract()
                .asByteArray();
        byte[] signed = sign(draft, TestPki.trustedSigner());
        Path signedFile = file("quyet-dinh-da-ky.pdf", signed);
        Path strangerFile = file("quyet-dinh-ky-la.pdf", sign(draft, TestPki.untrustedSigner()));
        browser.driver().manage().window().setSize(new Dimension(1366, 1000));
        browser.signIn("chair");

        // an untrusted signature is refused at once, before any question
        browser.open("/app/campaigns/" + campaign + "/decision");
        browser.find("#signed-file").sendKeys(strangerFile.toAbsolutePath().toString());
        browser.clickAndLoad("#upload-signed");
        assertThat(browser.text("p.error")).contains("không thuộc danh sách");
        assertThat(browser.driver().findElements(By.id("confirm-decision"))).isEmpty();

        // a valid one: the page names the decision, its awardees and the signer; going back issues nothing
        browser.find("#signed-file").sendKeys(signedFile.toAbsolutePath().toString());
        browser.clickAndLoad("#upload-signed");
        assertThat(browser.text("h1")).isEqualTo("Xác nhận ban hành quyết định đã ký");
        assertThat(browser.text("#decision-consequence")).containsPattern("Quyết định \\d{2}/QĐ-")
                .contains("khen thưởng 2 đơn vị, cá nhân", "không thể sửa, huỷ, ký lại hay thay bằng tệp khác");
        assertThat(browser.text("#signed-facts")).contains("CN=Nguyễn Văn Chủ Tịch", Hashes.sha256(signed));
        assertAccessible("71-chair-upload-signed-confirm");
        browser.clickAndLoad("#cancel-decision");
        assertThat(browser.find("#upload-signed").isDisplayed()).isTrue();
        assertThat(Api.as("secretary1").accept("application/pdf").get("/api/campaigns/" + campaign
                + "/decision.pdf").statusCode()).isEqualTo(404);
        // a confirmation for another file than the one kept is refused, and issues nothing
        assertThatThrownBy(() -> decisions.confirmSigned(campaign, Hashes.sha256(draft), CHAIR))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(
                        "decision.upload_changed"));

        // confirmed at phone width: issued with exactly the uploaded bytes
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.find("#signed-file").sendKeys(signedFile.toAbsolutePath().toString());
        browser.clickAndLoad("#upload-signed");
        assertAccessible("72-chair-upload-signed-confirm-390");
        browser.clickAndLoad("#confirm-decision");
        assertThat(browser.text("#signed")).contains("/QĐ-");
        assertThat(browser.text("#signature-kind")).contains(Hashes.sha256(signed));
        assertThat(Api.as("secretary1").accept("application/pdf").get("/api/campaigns/" + campaign
                + "/decision.pdf").then().statusCode(200).extract().asByteArray()).isEqualTo(signed);
        assertThatThrownBy(() -> decisions.confirmSigned(campaign, Hashes.sha256(signed), CHAIR))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(
                        "decision.already_signed"));
    }

    private static byte[] sign(byte[] pdf, Pki.KeyAndChain key) {
        return PadesSigner.sign(pdf, key, new PadesSigner.Details("Nguyen Van Chu Tich", "Approved by the chair",
                "Da Nang", Instant.now()));
    }

    private static Path file(String name, byte[] content) throws Exception {
        Path directory = Files.createDirectories(Path.of("target/test-uploads"));
        return Files.write(directory.resolve(name), content);
    }

    private static String phase(String campaign) {
        return Api.as("secretary1").get("/api/campaigns/" + campaign).then().statusCode(200).extract().path("phase");
    }
}

package vn.dxawards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

import io.quarkus.test.junit.QuarkusTest;
import vn.dxawards.platform.i18n.Times;
import vn.dxawards.support.Api;
import vn.dxawards.support.BrowserTests;
import vn.dxawards.support.Fixtures;

/**
 * The irreversible steps of a campaign in the browser (closing nomination early, signing, returning
 * the proposal, publishing) name their consequence and ask for confirmation on a page of their own,
 * without script; going back changes nothing, confirming does the step. Checked with axe-core at
 * 1366 px and 390 px.
 */
@QuarkusTest
class ConfirmationPagesTests extends BrowserTests {

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
        Api.as("secretary1").post("/api/campaigns/" + campaign + "/proposal").then().statusCode(201);
        browser.driver().manage().window().setSize(new Dimension(390, 844));
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

    private static String phase(String campaign) {
        return Api.as("secretary1").get("/api/campaigns/" + campaign).then().statusCode(200).extract().path("phase");
    }
}

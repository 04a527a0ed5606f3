package vn.dxawards.register;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import io.quarkus.test.junit.QuarkusTest;
import vn.dxawards.support.Api;
import vn.dxawards.support.BrowserTests;
import vn.dxawards.support.Fixtures;
import vn.dxawards.support.Pdfs;
import vn.dxawards.support.Tokens;

/**
 * A nominating body, from the browser: removes a wrong file, deletes a draft, withdraws a submitted
 * dossier — each only after a confirmation that names the consequence (cancelled, nothing happens),
 * each an audit line; a removal the rules no longer allow is refused in plain Vietnamese. With
 * script the page's dialog asks; without, a page of its own. At 1366 px and 390 px, checked with
 * axe-core.
 */
@QuarkusTest
class DossierActionsPagesTests extends BrowserTests {

    @Test
    void aBodyRemovesAWrongFileDeletesADraftAndWithdrawsADossierAfterConfirming() {
        String campaign = Fixtures.newCampaign("body-actions");
        long draft = RegisterApiTests.draft(campaign, "nominator.hanoi",
                Fixtures.unitDossier(Fixtures.SECTOR_B, "Trường Đại học Bách khoa Hà Nội", "01", "0100200911"));
        long right = attach(draft, "cong-van-de-cu.pdf");
        long wrong = attach(draft, "nham-tep.pdf");
        long submitted = Fixtures.submit(campaign, "nominator.hanoi",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Bạch Mai", "01", "0100100911"));

        browser.driver().manage().window().setSize(new Dimension(1366, 1000));
        browser.signIn("nominator.hanoi");
        browser.open("/app/dossiers/" + draft);
        assertAccessible("64-body-draft-actions");

        // cancelled: the file stays
        confirmAnswers(false);
        browser.click("#remove-" + wrong);
        assertThat(browser.driver().findElements(By.cssSelector("li[data-attachment='" + wrong + "']"))).hasSize(1);
        assertThat(lastConfirmation()).contains("nham-tep.pdf");

        // confirmed: gone, named in the flash and in the audit trail
        confirmAnswers(true);
        browser.clickAndLoad("#remove-" + wrong);
        assertThat(browser.pageText()).contains("Đã gỡ tệp «nham-tep.pdf».");
        assertThat(browser.driver().findElements(By.cssSelector("li[data-attachment='" + wrong + "']"))).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("li[data-attachment='" + right + "']"))).hasSize(1);
        assertThat(Api.as("secretary1").get("/api/dossiers/" + draft + "/audit").then().statusCode(200).extract()
                .jsonPath().getList("action", String.class)).contains("ATTACHMENT_REMOVED");

        // a file of a dossier submitted in the meantime: refused in words, the file kept
        long second = attach(draft, "them.pdf");
        browser.open("/app/dossiers/" + draft);
        Api.as("nominator.hanoi").post("/api/dossiers/" + draft + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        confirmAnswers(true);
        browser.clickAndLoad("#remove-" + second);
        assertThat(browser.text("p.error")).isEqualTo("Không thể gỡ tệp them.pdf: hồ sơ đã nộp; chỉ gỡ được tệp "
                + "khi hồ sơ là bản nháp hoặc đang được yêu cầu bổ sung.");
        assertThat(browser.driver().findElements(By.cssSelector("li[data-attachment='" + second + "']"))).hasSize(1);

        // a draft deleted for good after confirming
        long another = RegisterApiTests.draft(campaign, "nominator.hanoi",
                Fixtures.unitDossier(Fixtures.STATE, "Sở Y tế Hà Nội", "01", "0100800911"));
        String reference = Api.as("nominator.hanoi").get("/api/dossiers/" + another).then().extract().path("reference");
        browser.open("/app/dossiers/" + another);
        assertThat(browser.driver().findElements(By.id("withdraw"))).isEmpty();
        confirmAnswers(false);
        browser.click("#delete-draft");
        assertThat(lastConfirmation()).contains(reference, "Không thể hoàn tác");
        Api.as("nominator.hanoi").get("/api/dossiers/" + another).then().statusCode(200);
        confirmAnswers(true);
        browser.clickAndLoad("#delete-draft");
        assertThat(browser.driver().getCurrentUrl()).contains("/app/dossiers?deleted=");
        assertThat(browser.pageText()).contains("Đã xoá bản nháp " + reference + ".");
        Api.as("nominator.hanoi").get("/api/dossiers/" + another).then().statusCode(404);

        // a submitted dossier withdrawn after confirming; at phone width, nothing sideways
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open("/app/dossiers/" + submitted);
        assertThat(browser.driver().findElements(By.id("delete-draft"))).isEmpty();
        assertThat(((Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).intValue())
                .as("sideways scroll in px").isLessThanOrEqualTo(0);
        assertAccessible("65-body-withdraw-390", "#irreversible");
        confirmAnswers(true);
        browser.clickAndLoad("#withdraw");
        assertThat(lastConfirmation()).contains("không thể nộp lại");
        assertThat(browser.pageText()).contains("Đã rút hồ sơ.");
        assertThat(browser.text("#status")).isEqualTo("Đã rút");
        assertThat(browser.driver().findElements(By.id("withdraw"))).isEmpty();
        assertThat(RegisterApiTests.status(submitted)).isEqualTo("WITHDRAWN");
        List<String> actions = Api.as("secretary1").get("/api/dossiers/" + submitted + "/audit").then().extract()
                .jsonPath().getList("action", String.class);
        assertThat(actions).contains("DOSSIER_WITHDRAWN");
    }

    @Test
    void withoutScriptEachStepIsAskedOnAPageOfItsOwnThatNamesTheConsequence() {
        String campaign = Fixtures.newCampaign("body-noscript");
        long draft = RegisterApiTests.draft(campaign, "nominator.hanoi",
                Fixtures.unitDossier(Fixtures.SECTOR_B, "Trường Đại học Thủy lợi", "01", "0100200912"));
        attach(draft, "cong-van-de-cu.pdf");
        long wrong = attach(draft, "nham-tep.pdf");
        String reference = Api.as("nominator.hanoi").get("/api/dossiers/" + draft).then().extract().path("reference");
        long submitted = Fixtures.submit(campaign, "nominator.hanoi",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Thanh Nhàn", "01", "0100100912"));
        String submittedReference = Api.as("nominator.hanoi").get("/api/dossiers/" + submitted).then().extract()
                .path("reference");

        browser.driver().manage().window().setSize(new Dimension(1366, 1000));
        browser.signIn("nominator.hanoi");

        // removing a file: the page names the file and the dossier; going back keeps it
        browser.open("/app/dossiers/" + draft);
        withoutScript();
        browser.clickAndLoad("#remove-" + wrong);
        assertThat(browser.text("h1")).isEqualTo("Xác nhận gỡ tệp «nham-tep.pdf»");
        assertThat(browser.text("#action-consequence")).contains("«nham-tep.pdf»", reference,
                "Trường Đại học Thủy lợi", "bị xoá");
        assertAccessible("73-body-remove-file-confirm");
        browser.clickAndLoad("#cancel-action");
        assertThat(browser.driver().findElements(By.cssSelector("li[data-attachment='" + wrong + "']"))).hasSize(1);
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        withoutScript();
        browser.clickAndLoad("#remove-" + wrong);
        assertAccessible("74-body-remove-file-confirm-390");
        browser.clickAndLoad("#confirm-action");
        assertThat(browser.pageText()).contains("Đã gỡ tệp «nham-tep.pdf».");
        assertThat(browser.driver().findElements(By.cssSelector("li[data-attachment='" + wrong + "']"))).isEmpty();

        // deleting the draft: named with its remaining file; going back keeps it, confirming deletes it
        withoutScript();
        browser.clickAndLoad("#delete-draft");
        assertThat(browser.text("h1")).isEqualTo("Xác nhận xoá bản nháp " + reference);
        assertThat(browser.text("#action-consequence")).contains(reference, "cùng 1 tệp đính kèm sẽ bị xoá hẳn",
                "Không thể hoàn tác");
        assertAccessible("75-body-delete-draft-confirm-390");
        browser.clickAndLoad("#cancel-action");
        Api.as("nominator.hanoi").get("/api/dossiers/" + draft).then().statusCode(200);
        withoutScript();
        browser.clickAndLoad("#delete-draft");
        browser.clickAndLoad("#confirm-action");
        assertThat(browser.pageText()).contains("Đã xoá bản nháp " + reference + ".");
        Api.as("nominator.hanoi").get("/api/dossiers/" + draft).then().statusCode(404);

        // withdrawing: named with the consequence for the quota; going back changes nothing
        browser.driver().manage().window().setSize(new Dimension(1366, 1000));
        browser.open("/app/dossiers/" + submitted);
        withoutScript();
        browser.clickAndLoad("#withdraw");
        assertThat(browser.text("h1")).isEqualTo("Xác nhận rút hồ sơ " + submittedReference);
        assertThat(browser.text("#action-consequence")).contains("Bệnh viện Thanh Nhàn", "không thể nộp lại",
                "chỉ tiêu của hạng mục", "Không thể hoàn tác");
        assertAccessible("76-body-withdraw-confirm");
        browser.clickAndLoad("#cancel-action");
        assertThat(RegisterApiTests.status(submitted)).isEqualTo("SUBMITTED");
        withoutScript();
        browser.clickAndLoad("#withdraw");
        browser.clickAndLoad("#confirm-action");
        assertThat(browser.pageText()).contains("Đã rút hồ sơ.");
        assertThat(RegisterApiTests.status(submitted)).isEqualTo("WITHDRAWN");
    }

    /** The forms as a browser without script sends them: the page's dialog never asks. */
    private void withoutScript() {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelectorAll('[data-confirm]').forEach(e => e.removeAttribute('data-confirm'));");
    }

    private static long attach(long dossier, String name) {
        return ((Number) given().auth().oauth2(Tokens.of("nominator.hanoi"))
                .multiPart("file", Pdfs.onePageFile(name).toFile(), "application/pdf")
                .post("/api/dossiers/" + dossier + "/attachments").then().statusCode(201).extract().path("id"))
                .longValue();
    }

    /** The page's confirmation dialog answers {@code yes}; the question asked is kept (it survives no reload). */
    private void confirmAnswers(boolean yes) {
        ((JavascriptExecutor) browser.driver()).executeScript("window.confirm = function (q) {"
                + " sessionStorage.setItem('dxConfirm', q); return " + yes + "; };");
    }

    private String lastConfirmation() {
        return String.valueOf(((JavascriptExecutor) browser.driver())
                .executeScript("return sessionStorage.getItem('dxConfirm');"));
    }
}

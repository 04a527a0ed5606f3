package vn.dxawards.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.dxawards.support.Api;
import vn.dxawards.support.BrowserTests;
import vn.dxawards.support.Fixtures;

/**
 * A council member votes from the deliberation page: one vote without a page reload, then the list
 * vote in one press with a dossier ticked out of it; the home page shows the votes still to cast.
 * At 1366 px and 390 px, checked with axe-core.
 */
@QuarkusTest
class VotingPagesTests extends BrowserTests {

    @Test
    void aMemberVotesWithoutReloadingAndCastsTheListInOnePress() {
        String campaign = Fixtures.newCampaign("vote-web");
        long[] ids = ListVoteApiTests.scoredInAppraisal(campaign);
        long choRay = ids[0];
        long daNang = ids[1];
        Api.as("secretary1").post("/api/campaigns/" + campaign + "/advance").then().statusCode(200)
                .body("phase", equalTo("DELIBERATION"));

        browser.driver().manage().window().setSize(new Dimension(1366, 1000));
        browser.signIn("juror1");
        assertThat(browser.text("#own li[data-campaign='" + campaign + "']")).contains("Còn 2/2 hồ sơ cần biểu quyết");
        assertAccessible("46-member-home");

        // the task list names the campaign, not its code
        browser.open("/app/tasks?campaign=" + campaign);
        assertThat(browser.text("#task-table")).contains("Đợt thử nghiệm " + campaign);
        assertThat(Api.as("juror1").get("/api/tasks?campaign=" + campaign).then().statusCode(200).extract().jsonPath()
                .getList("campaignName")).contains("Đợt thử nghiệm " + campaign);

        browser.open("/app/campaigns/" + campaign + "/deliberation");
        assertThat(browser.text("#list-vote")).contains("2 hồ sơ");
        assertAccessible("47-member-deliberation");

        // one vote, no reload: the page keeps its mark, the row shows the vote and the tally
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript("window.dxSamePage = true;");
        browser.click("#vote-" + choRay + "-REJECT");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> "REJECT".equals(browser.find("#d" + choRay).getAttribute("data-voted")));
        assertThat(js.executeScript("return window.dxSamePage === true;")).isEqualTo(true);
        assertThat(browser.text("#d" + choRay + " .my-vote")).isEqualTo("Không tán thành");
        assertThat(ListVoteApiTests.votes(campaign, choRay).getInt("reject")).isEqualTo(1);

        // the list vote: Đà Nẵng ticked out of it, Chợ Rẫy approved (replacing the rejection)
        browser.click("#except-" + daNang);
        browser.clickAndLoad("#list-vote-submit");
        assertThat(browser.pageText()).contains("Đã ghi nhận phiếu biểu quyết theo danh sách.");
        JsonPath choRayVotes = ListVoteApiTests.votes(campaign, choRay);
        assertThat(choRayVotes.getInt("approve")).isEqualTo(1);
        assertThat(choRayVotes.getInt("reject")).isZero();
        assertThat(ListVoteApiTests.votes(campaign, daNang).getInt("approve")).isZero();
        assertThat(browser.text("#d" + choRay + " .my-vote")).isEqualTo("Tán thành");

        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open("/app/campaigns/" + campaign + "/deliberation");
        assertAccessible("48-member-deliberation-390");
        assertThat(browser.driver().findElements(By.cssSelector("#list-vote-submit"))).hasSize(1);
    }
}

package vn.dxawards.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import vn.dxawards.platform.web.HttpGuard;
import vn.dxawards.support.Api;
import vn.dxawards.support.BrowserTests;
import vn.dxawards.support.Fixtures;
import vn.dxawards.support.HeldRequest;
import vn.dxawards.support.Pdfs;

/**
 * At a rush the server receives only so many uploads at once and asks the next to come back
 * (503, Retry-After): the dossier page says the system is busy, sends the file again by itself and
 * shows it attached once there is room — the nominator only pressed "Tải lên" once.
 */
@QuarkusTest
class UploadAtRushPagesTests extends BrowserTests {

    private static final int SIXTY_MIB = 60 * 1024 * 1024;

    @Inject
    HttpGuard guard;

    @Test
    void anUploadAskedToComeBackIsSentAgainByThePageAndArrivesOnce() throws Exception {
        String campaign = Fixtures.newCampaign("rush-page");
        long id = Fixtures.draft(campaign, "nominator.hanoi",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Sở Y tế Hà Nội", "01", "0100100777"));
        browser.signIn("nominator.hanoi");
        browser.open("/app/dossiers/" + id);
        browser.find("#file").sendKeys(Pdfs.ofAboutFile("ho-so-day-du.pdf", 5 * 1024 * 1024).toAbsolutePath().toString());

        // another body's 60 MiB upload under way: the budget (64 MiB) has no room for 5 MiB more
        try (HeldRequest other = HeldRequest.post("/api/dossiers/" + id + "/attachments", "nominator.danang",
                "multipart/form-data; boundary=b", SIXTY_MIB, "--b\r\n")) {
            HeldRequest.waitUntil(30, () -> guard.bodiesInFlight() == SIXTY_MIB);

            browser.click("#upload");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                    .until(d -> browser.text("#upload-status").contains("Hệ thống đang bận"));
            assertAccessible("upload-busy");
        }
        // the page goes on to the dossier with the file once the upload went through
        new WebDriverWait(browser.driver(), Duration.ofSeconds(90)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> browser.pageText().contains("ho-so-day-du.pdf ("));
        Api.as("nominator.hanoi").get("/api/dossiers/" + id).then().statusCode(200)
                .body("attachments.size()", org.hamcrest.Matchers.equalTo(1))
                .body("attachments[0].fileName", org.hamcrest.Matchers.equalTo("ho-so-day-du.pdf"));
    }
}

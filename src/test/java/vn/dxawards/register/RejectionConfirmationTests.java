package vn.dxawards.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

import io.quarkus.test.junit.QuarkusTest;
import vn.dxawards.support.BrowserTests;
import vn.dxawards.support.Fixtures;

/**
 * A rejection at intake names its consequence and asks for confirmation before it is recorded;
 * going back records nothing. Works without script; checked with axe-core at 1366 px and 390 px.
 */
@QuarkusTest
class RejectionConfirmationTests extends BrowserTests {

    @Test
    void aRejectionIsConfirmedBeforeItIsRecorded() {
        String campaign = Fixtures.newCampaign("reject-web");
        long id = Fixtures.submit(campaign, "nominator.hcm",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Công ty Không Đủ Điều Kiện", "N79", "0300900900"));
        browser.driver().manage().window().setSize(new Dimension(1366, 1000));
        browser.signIn("secretary1");

        browser.open("/app/intake/" + id);
        browser.click("#decision-reject");
        browser.type("#note", "Đơn vị không thuộc đối tượng của giải thưởng.");
        browser.clickAndLoad("#decide-submit");
        assertThat(browser.text("h1")).startsWith("Xác nhận từ chối hồ sơ HS-");
        assertThat(browser.text("#reject-consequence")).contains("Công ty Không Đủ Điều Kiện",
                "không thể hoàn tác");
        assertThat(browser.text("#reject-reason")).isEqualTo("Đơn vị không thuộc đối tượng của giải thưởng.");
        assertAccessible("51-secretary-reject-confirm");
        // nothing is recorded until confirmed
        assertThat(RegisterApiTests.status(id)).isEqualTo("SUBMITTED");
        browser.clickAndLoad("#cancel-reject");
        assertThat(RegisterApiTests.status(id)).isEqualTo("SUBMITTED");

        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.click("#decision-reject");
        browser.type("#note", "Đơn vị không thuộc đối tượng của giải thưởng.");
        browser.clickAndLoad("#decide-submit");
        assertAccessible("52-secretary-reject-confirm-390");
        browser.clickAndLoad("#confirm-reject");
        assertThat(RegisterApiTests.status(id)).isEqualTo("REJECTED");
        assertThat(browser.text("#status")).isEqualTo("Không tiếp nhận");
    }
}

package vn.dxawards.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.dxawards.support.Api;
import vn.dxawards.support.BrowserTests;
import vn.dxawards.support.Fixtures;

/**
 * The nominating body's side of a supplement request in the browser: the unread count in the header,
 * the notifications page, the request's note, due date and days left on the dossier page and its task,
 * and, once answered, what changed.
 */
@QuarkusTest
class NotificationPagesTests extends BrowserTests {

    static final String NOMINATOR = "nominator.hanoi";

    @Test
    void theBodySeesTheSupplementRequestInItsNotificationsOnItsDossierAndTaskThenWhatItsAnswerChanged() {
        String campaign = Fixtures.newCampaign("web-notify");
        Map<String, Object> dossier = new HashMap<>(Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Xanh Pôn",
                "01", "0100900301"));
        long id = Fixtures.submit(campaign, NOMINATOR, dossier);
        String due = Fixtures.today().plusDays(3).toString();
        Api.as("secretary1").body(Map.of("decision", "REQUEST_SUPPLEMENT", "note",
                "Bổ sung số liệu dịch vụ công trực tuyến năm 2024.", "dueDate", due))
                .post("/api/dossiers/" + id + "/intake").then().statusCode(200);

        browser.signIn(NOMINATOR);
        assertThat(browser.text("#notifications-link .badge")).matches("[0-9]+");
        browser.open("/app/notifications");
        assertThat(browser.text("#notifications")).contains("Yêu cầu bổ sung hồ sơ HS-")
                .contains("Bổ sung số liệu dịch vụ công trực tuyến năm 2024.").contains("Phiếu tiếp nhận hồ sơ HS-");
        assertAccessible("notifications");

        browser.open("/app/dossiers/" + id);
        assertThat(browser.text("#supplement-rounds")).contains("Bổ sung số liệu dịch vụ công trực tuyến năm 2024.")
                .contains(Fixtures.today().plusDays(3).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(browser.text("#days-left")).isEqualTo("Còn 3 ngày");
        assertAccessible("dossier-supplement-requested");

        browser.open("/app/tasks");
        assertThat(browser.pageText()).contains("Bổ sung số liệu dịch vụ công trực tuyến năm 2024.");

        dossier.put("results", "97% dịch vụ công trực tuyến toàn trình năm 2024.");
        Api.as(NOMINATOR).body(dossier).put("/api/dossiers/" + id).then().statusCode(200);
        Api.as(NOMINATOR).post("/api/dossiers/" + id + "/submit").then().statusCode(200);
        browser.open("/app/dossiers/" + id);
        assertThat(browser.text("#supplement-rounds")).contains("Đơn vị đã bổ sung lúc").contains("Kết quả")
                .doesNotContain("Chiến lược");
    }
}

package vn.dxawards.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;

/**
 * The demo's mailbox (on as in the demo profile): every e-mail sent is readable by programme staff at
 * {@code GET /api/demo/mailbox}, newest first, with its links; nobody else reads it.
 */
@QuarkusTest
@TestProfile(DemoMailboxTests.MailboxOn.class)
class DemoMailboxTests {

    public static class MailboxOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dx.demo.mailbox", "true", "dx.mail.poll-interval", "1s");
        }
    }

    @Test
    void programmeStaffReadTheReceiptSentToTheBodyWithItsLink() throws Exception {
        String campaign = Fixtures.newCampaign("mailbox");
        long id = Fixtures.submit(campaign, "nominator.hanoi",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Bạch Mai", "01", "0100900501"));
        JsonPath mailbox = null;
        for (int i = 0; i < 120; i++) {
            mailbox = Api.as("admin").get("/api/demo/mailbox").then().statusCode(200).extract().jsonPath();
            if (mailbox.getList("findAll { it.links.any { l -> l.endsWith('/app/dossiers/" + id + "') } }").size() > 0) {
                break;
            }
            Thread.sleep(500);
        }
        List<Map<String, Object>> about = mailbox.getList("findAll { it.links.any { l -> l.endsWith('/app/dossiers/"
                + id + "') } }");
        assertThat(about).hasSize(1);
        assertThat((String) about.get(0).get("to")).isEqualTo("nominator.hanoi@demo.dx-awards.vn");
        assertThat((String) about.get(0).get("subject")).startsWith("Phiếu tiếp nhận hồ sơ");
        assertThat((String) about.get(0).get("text")).contains("Kính gửi");
        Api.as("nominator.hanoi").get("/api/demo/mailbox").then().statusCode(403);
        Api.anonymous().get("/api/demo/mailbox").then().statusCode(401);
    }
}

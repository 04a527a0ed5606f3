package vn.dxawards.rules;

import static org.hamcrest.Matchers.equalTo;
import static vn.dxawards.rules.Refusals.refused;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;

/** The vote's majority rule is a campaign setting beside the quorum; simple majority by default. */
@QuarkusTest
class CampaignSettingsTests {

    @Test
    void theMajorityRuleIsKeptWithTheQuorumAndDefaultsToSimple() {
        String simple = Fixtures.newCampaign("majority-default");
        Api.as("secretary1").get("/api/campaigns/" + simple).then().statusCode(200)
                .body("settings.majority", equalTo("SIMPLE")).body("settings.quorumNumerator", equalTo(2));

        String twoThirds = Fixtures.newCampaign("majority", Fixtures.window(Fixtures.today(), Fixtures.today().plusDays(30)),
                Fixtures.window(Fixtures.today().plusDays(31), Fixtures.today().plusDays(60)),
                Map.of("quorum", Map.of("numerator", 1, "denominator", 2, "majority", "TWO_THIRDS")));
        Api.as("secretary1").get("/api/campaigns/" + twoThirds).then().statusCode(200)
                .body("settings.majority", equalTo("TWO_THIRDS")).body("settings.quorumDenominator", equalTo(2));
    }

    @Test
    void anUnknownMajorityRuleIsRefused() {
        String code = "majority-bad-" + System.nanoTime();
        refused(Api.as("admin").body("""
                {"code": "%s", "name": {"vi": "Đợt thử", "en": "Test"}, "awardCount": 10,
                 "windows": {"nomination": {"start": "2030-01-01", "end": "2030-01-31"},
                             "appraisal": {"start": "2030-02-01", "end": "2030-02-28"}},
                 "settings": {"quorum": {"numerator": 2, "denominator": 3, "majority": "UNANIMOUS"}},
                 "categories": [{"code": "health", "name": {"vi": "Y tế", "en": "Health"}, "kind": "UNIT"}]}
                """.formatted(code)).post("/api/campaigns"), 400, "invalid_value");
        refused(Api.as("admin").get("/api/campaigns/" + code), 404, "not_found.campaign");
    }
}

package vn.dxawards.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;

/**
 * The council's list vote (DESIGN.md §5): one action approves every shortlisted dossier inside the
 * cut except those marked, still one vote per dossier; a recused member's list leaves out the
 * dossier they are recused from, and the quorum per dossier counts as before.
 */
@QuarkusTest
class ListVoteApiTests {

    private static final List<String> COUNCIL = List.of("chair", "juror1", "juror2", "juror3", "juror4", "juror5",
            "juror6", "juror7", "juror8");

    @Test
    void aMemberApprovesTheListInOneActionAndARecusedMemberSkipsTheirDossier() {
        String campaign = Fixtures.newCampaign("list-vote");
        long[] ids = scoredInAppraisal(campaign);
        long choRay = ids[0];
        long daNang = ids[1];
        // before deliberation: refused, nothing cast
        Api.as("juror1").body(Map.of()).post("/api/campaigns/" + campaign + "/deliberation/votes/list").then()
                .statusCode(409).body("code", equalTo("phase.closed"));
        Api.as("secretary1").post("/api/campaigns/" + campaign + "/advance").then().statusCode(200)
                .body("phase", equalTo("DELIBERATION"));

        // bad lists change nothing
        Api.as("juror1").body(Map.of("reject", List.of(choRay), "abstain", List.of(choRay)))
                .post("/api/campaigns/" + campaign + "/deliberation/votes/list").then().statusCode(422)
                .body("code", equalTo("vote.list_twice"));
        Api.as("juror1").body(Map.of("reject", List.of(123456789L)))
                .post("/api/campaigns/" + campaign + "/deliberation/votes/list").then().statusCode(422)
                .body("code", equalTo("vote.list_not_shortlisted"));
        Api.as("secretary1").body(Map.of()).post("/api/campaigns/" + campaign + "/deliberation/votes/list").then()
                .statusCode(403);
        assertThat(votes(campaign, choRay).getInt("approve") + votes(campaign, daNang).getInt("approve")).isZero();

        // one action: both inside the cut are approved, one vote each
        JsonPath juror1 = Api.as("juror1").body(Map.of("approveInsideCutExcept", List.of()))
                .post("/api/campaigns/" + campaign + "/deliberation/votes/list").then().statusCode(200).extract()
                .jsonPath();
        assertThat(juror1.getList("votes.dossierId", Long.class)).containsExactlyInAnyOrder(choRay, daNang);
        assertThat(juror1.getList("votes.vote")).containsOnly("APPROVE");
        assertThat(juror1.getList("recused")).isEmpty();

        // juror4 (Hồ Chí Minh) is recused from Chợ Rẫy: their list leaves it out, even when they name it
        JsonPath juror4 = Api.as("juror4").body(Map.of("reject", List.of(choRay)))
                .post("/api/campaigns/" + campaign + "/deliberation/votes/list").then().statusCode(200).extract()
                .jsonPath();
        assertThat(juror4.getList("votes.dossierId", Long.class)).containsExactly(daNang);
        assertThat(juror4.getList("recused", Long.class)).containsExactly(choRay);

        // a member marks one out of the list and abstains on it
        JsonPath juror5 = Api.as("juror5").body(Map.of("approveInsideCutExcept", List.of(daNang),
                "abstain", List.of(daNang))).post("/api/campaigns/" + campaign + "/deliberation/votes/list").then()
                .statusCode(200).extract().jsonPath();
        assertThat(juror5.getString("votes.find { it.dossierId == " + daNang + " }.vote")).isEqualTo("ABSTAIN");
        assertThat(juror5.getString("votes.find { it.dossierId == " + choRay + " }.vote")).isEqualTo("APPROVE");

        // voting again replaces the member's vote: still one per dossier
        Api.as("juror1").body(Map.of("approveInsideCutExcept", List.of(choRay), "reject", List.of(choRay)))
                .post("/api/campaigns/" + campaign + "/deliberation/votes/list").then().statusCode(200);
        JsonPath choRayVotes = votes(campaign, choRay);
        assertThat(choRayVotes.getInt("approve")).isEqualTo(1);
        assertThat(choRayVotes.getInt("reject")).isEqualTo(1);
        assertThat(choRayVotes.getInt("eligible")).isEqualTo(8);
        JsonPath daNangVotes = votes(campaign, daNang);
        assertThat(daNangVotes.getInt("approve")).isEqualTo(2);
        assertThat(daNangVotes.getInt("abstain")).isEqualTo(1);
        assertThat(daNangVotes.getInt("eligible")).isEqualTo(8);
        assertThat(daNangVotes.getBoolean("quorumMet")).isFalse();
        // the audit: one line per vote that changed something (juror1's identical APPROVE again adds none)
        long lines = Api.as("secretary1").get("/api/dossiers/" + daNang + "/audit").then().extract().jsonPath()
                .getList("action").stream().filter("VOTE_CAST"::equals).count();
        assertThat(lines).isEqualTo(3);
    }

    /** Chợ Rẫy (Hồ Chí Minh) and Đà Nẵng accepted, assigned and scored 80 by everyone; the campaign still in appraisal. */
    static long[] scoredInAppraisal(String campaign) {
        long choRay = Fixtures.submit(campaign, "nominator.hcm",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Chợ Rẫy", "N79", "0300100103"));
        long daNang = Fixtures.submit(campaign, "nominator.danang",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Đà Nẵng", "N48", "0400100102"));
        Api.as("secretary1").body(Map.of("dossierIds", List.of(choRay, daNang), "decision", "ACCEPT"))
                .post("/api/campaigns/" + campaign + "/intake/bulk").then().statusCode(200);
        Api.as("secretary1").post("/api/campaigns/" + campaign + "/assignments/auto").then().statusCode(200);
        Api.as("secretary1").post("/api/campaigns/" + campaign + "/advance").then().statusCode(200);
        for (Map.Entry<Long, List<String>> e : jurorsOf(campaign).entrySet()) {
            for (String juror : e.getValue()) {
                Api.as(juror).body(Map.of("scores", Map.of("C1", 8, "C2", 8, "C3", 8, "C4", 8),
                        "comment", "Hồ sơ rõ ràng.", "recommendation", "AWARD"))
                        .put("/api/dossiers/" + e.getKey() + "/scorecards/mine").then().statusCode(200);
                Api.as(juror).post("/api/dossiers/" + e.getKey() + "/scorecards/mine/submit").then().statusCode(200);
            }
        }
        return new long[] {choRay, daNang};
    }

    static JsonPath votes(String campaign, long dossier) {
        JsonPath ranking = Api.as("secretary1").get("/api/campaigns/" + campaign + "/ranking").then().statusCode(200)
                .extract().jsonPath();
        return new JsonPath(ranking.prettify()).setRootPath("find { it.dossierId == " + dossier + " }.votes");
    }

    static Map<Long, List<String>> jurorsOf(String campaign) {
        Map<Long, List<String>> jurors = new HashMap<>();
        for (String member : COUNCIL) {
            Api.as(member).get("/api/dossiers?campaign=" + campaign).then().statusCode(200).extract().jsonPath()
                    .getList("id", Long.class)
                    .forEach(id -> jurors.computeIfAbsent(id, k -> new ArrayList<>()).add(member));
        }
        return jurors;
    }
}

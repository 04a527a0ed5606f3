package vn.dxawards.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;

/**
 * A campaign's progress through the API (DESIGN.md §5): statuses by locality and category, the
 * intake backlog, scoring overall and per council member, what blocks the next phase; a council
 * member gets their own figures only, a nominating body nothing.
 */
@QuarkusTest
class ProgressApiTests {

    @Test
    void theSecretariatSeesTheCampaignsProgressAndAMemberTheirOwn() {
        String campaign = Fixtures.newCampaign("progress");
        long bachMai = Fixtures.submit(campaign, "nominator.hanoi",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Bạch Mai", "01", "0100100100"));
        long choRay = Fixtures.submit(campaign, "nominator.hcm",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Chợ Rẫy", "N79", "0300100103"));
        Fixtures.submit(campaign, "nominator.vinasa",
                Fixtures.unitDossier(Fixtures.SECTOR_B, "Trường Đại học FPT", "01", "0100500500"));
        RegisterApiTests.draft(campaign, "nominator.danang",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Đà Nẵng", "N48", "0400100102"));

        JsonPath nomination = progress("secretary1", campaign);
        assertThat(nomination.getString("campaign.phase")).isEqualTo("NOMINATION");
        assertThat(nomination.getLong("campaign.daysLeft")).isEqualTo(30L);
        assertThat(nomination.getLong("dossiers.total")).isEqualTo(4L);
        assertThat(nomination.getLong("dossiers.byStatus.SUBMITTED")).isEqualTo(3L);
        assertThat(nomination.getLong("dossiers.byStatus.DRAFT")).isEqualTo(1L);
        // drafts are left out of the localities and categories
        assertThat(nomination.getLong("dossiers.byLocality.find { it.code == '01' }.total")).isEqualTo(2L);
        assertThat(nomination.getString("dossiers.byLocality.find { it.code == '01' }.name")).isEqualTo("Hà Nội");
        assertThat(nomination.getList("dossiers.byLocality.code")).doesNotContain("N48");
        assertThat(nomination.getLong("dossiers.byCategory.find { it.code == 'health' }.byStatus.SUBMITTED"))
                .isEqualTo(2L);
        assertThat(nomination.getString("dossiers.byCategory.find { it.code == 'health' }.name")).isEqualTo("Y tế");
        assertThat(nomination.getLong("intake.waiting")).isEqualTo(3L);
        assertThat(nomination.getLong("intake.ages[0].count")).isEqualTo(3L);
        assertThat(nomination.getLong("intake.oldestAgeDays")).isEqualTo(0L);
        assertThat(nomination.getString("blockers[0].code")).isEqualTo("progress.drafts_open");
        assertThat(nomination.getString("blockers[0].message")).startsWith("1 hồ sơ nháp");

        Api.as("secretary1").body(Map.of("dossierIds", List.of(bachMai, choRay), "decision", "ACCEPT"))
                .post("/api/campaigns/" + campaign + "/intake/bulk").then().statusCode(200);
        Api.as("secretary1").post("/api/campaigns/" + campaign + "/assignments/auto").then().statusCode(200)
                .body("created", equalTo(6));
        Api.as("secretary1").post("/api/campaigns/" + campaign + "/advance").then().statusCode(200)
                .body("phase", equalTo("APPRAISAL"));

        JsonPath appraisal = progress("chair", campaign);
        assertThat(appraisal.getLong("scoring.assigned")).isEqualTo(6L);
        assertThat(appraisal.getLong("scoring.submitted")).isZero();
        assertThat(appraisal.getList("scoring.members")).hasSizeGreaterThanOrEqualTo(3);
        String member = appraisal.getString("scoring.members[0].username");
        long memberAssigned = appraisal.getLong("scoring.members[0].assigned");
        assertThat(appraisal.getString("scoring.members[0].name")).isNotEqualTo(member);
        assertThat(appraisal.getString("scoring.members[0].nextDue")).isNotBlank();
        assertThat(appraisal.getList("blockers.code")).containsExactly("progress.undecided",
                "progress.scorecards_missing");
        assertThat(appraisal.getLong("blockers.find { it.code == 'progress.scorecards_missing' }.count"))
                .isEqualTo(6L);

        // a council member: their own figures only
        JsonPath own = progress(member, campaign);
        assertThat(own.getLong("own.assigned")).isEqualTo(memberAssigned);
        assertThat(own.getLong("own.open")).isEqualTo(memberAssigned);
        assertThat(own.getString("own.nextDue")).isNotBlank();
        assertThat(own.getMap("$")).doesNotContainKeys("dossiers", "scoring", "intake");
        // a nominating body: none of it
        Api.as("nominator.hanoi").get("/api/campaigns/" + campaign + "/progress").then().statusCode(403)
                .body("code", equalTo("forbidden"));
        Api.as("secretary1").get("/api/campaigns/no-such-campaign/progress").then().statusCode(404);
    }

    static JsonPath progress(String user, String campaign) {
        return Api.as(user).get("/api/campaigns/" + campaign + "/progress").then().statusCode(200).extract().jsonPath();
    }
}

package vn.dxawards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.dxawards.rules.Refusals.refused;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import vn.dxawards.audit.model.AuditEntry;
import vn.dxawards.platform.i18n.Times;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;

/**
 * A campaign changes after its creation (PUT /api/campaigns/{code}) as far as its phase allows:
 * windows move and the engine's timers follow; what the phase forbids (criteria once scoring has
 * begun, nomination once closed, a council member with scoring still to do, a category's quota below
 * what the council awarded) is refused in the caller's language with nothing saved; every change is audited. Two campaigns with their own
 * councils and issuers run side by side.
 */
@QuarkusTest
class CampaignAmendmentTests {

    @Inject
    RuntimeService runtime;

    @Inject
    ManagementService management;

    @Test
    void windowsMoveTheTimersFollowAndEveryChangeIsAudited() {
        String campaign = Fixtures.newCampaign("amend-windows");
        LocalDate today = Fixtures.today();
        LocalDate nominationEnd = today.plusDays(45);
        LocalDate appraisalEnd = today.plusDays(75);
        OffsetDateTime publication = today.plusDays(120).atTime(20, 0).atOffset(ZoneOffset.ofHours(7));

        Api.as("admin").body(Map.of(
                "windows", Map.of("nomination", Map.of("end", nominationEnd.toString()),
                        "appraisal", Map.of("end", appraisalEnd.toString()),
                        "ceremony", today.plusDays(120).toString()),
                "publicationAt", publication.toString()))
                .put("/api/campaigns/" + campaign).then().statusCode(200)
                .body("windows.nomination.end", equalTo(nominationEnd.toString()))
                .body("windows.appraisal.end", equalTo(appraisalEnd.toString()))
                .body("publicationAt", equalTo(publication.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME)));

        // the nomination timer waits already: it moved; the later ones read the new variables when reached
        assertThat(timer(campaign, "Event_NominationEnds").getDuedate()).isEqualTo(Times.endOfAsDate(nominationEnd));
        String instance = instance(campaign);
        assertThat(runtime.getVariable(instance, "appraisalEnds")).isEqualTo(Times.endOfAsDate(appraisalEnd));
        assertThat(runtime.getVariable(instance, "publicationAt")).isEqualTo(Date.from(publication.toInstant()));

        List<AuditEntry> lines = amendments(campaign);
        assertThat(lines).extracting(e -> e.detail.substring(0, e.detail.indexOf(':')))
                .contains("Hạn đề cử", "Hạn thẩm định", "Thời điểm công bố");
        assertThat(lines).filteredOn(e -> e.detail.startsWith("Hạn đề cử:")).singleElement()
                .satisfies(e -> assertThat(e.detail).isEqualTo("Hạn đề cử: " + Times.date(Fixtures.today().plusDays(30))
                        + " → " + Times.date(nominationEnd)))
                .satisfies(e -> assertThat(e.actor).isEqualTo("admin"));

        // a category added while nominations are open takes nominations at once
        Api.as("admin").body(Map.of("categories", List.of(Map.of("code", "tourism",
                "name", Map.of("vi", "Du lịch", "en", "Tourism"), "kind", "UNIT", "maxPerBody", 1))))
                .put("/api/campaigns/" + campaign).then().statusCode(200)
                .body("categories.code", org.hamcrest.Matchers.hasItem("tourism"));
        Fixtures.submit(campaign, "nominator.hcm",
                Fixtures.unitDossier("tourism", "Sở Du lịch Thành phố Hồ Chí Minh", "N79", "0301230001"));
    }

    @Test
    void whatThePhaseForbidsIsRefusedWholeInTheCallersLanguageAndNothingIsSaved() {
        String campaign = Fixtures.newCampaign("amend-refused");
        long dossier = Fixtures.submit(campaign, "nominator.danang",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Đà Nẵng", "N48", "0401230001"));
        Stages.accept(dossier);
        Map<Long, List<String>> jurors = Stages.assignJurors(campaign);
        String juror = jurors.get(dossier).get(0);
        String moved = Fixtures.today().plusDays(50).toString();
        refused(Api.as("admin").body(Map.of("windows", Map.of("nomination",
                Map.of("end", Fixtures.today().minusDays(1).toString())))).put("/api/campaigns/" + campaign), 422,
                "amend.end_in_past").body("message", containsString("Chuyển giai đoạn"));

        Stages.advance(campaign, "APPRAISAL");
        // a juror begins the scorecard: the category's criteria are now what their scores mean
        Api.as(juror).body(Stages.scorecard(7)).put("/api/dossiers/" + dossier + "/scorecards/mine").then()
                .statusCode(200);
        Date appraisalTimer = timer(campaign, "Event_AppraisalEnds").getDuedate();
        List<Map<String, Object>> rubric = List.of(
                Map.of("code", "C1", "name", Map.of("vi", "Chiến lược", "en", "Strategy"), "weight", 50),
                Map.of("code", "C2", "name", Map.of("vi", "Kết quả", "en", "Results"), "weight", 50));
        Map<String, Object> criteria = Map.of("code", Fixtures.SECTOR_A, "name", Map.of("vi", "Y tế", "en", "Health"),
                "kind", "UNIT", "rubric", rubric);

        // the window part is allowed, the criteria are not: the whole request is refused
        refused(Api.as("admin").body(Map.of("windows", Map.of("appraisal", Map.of("end", moved)),
                "categories", List.of(criteria))).put("/api/campaigns/" + campaign), 409, "rubric.locked")
                .body("message", containsString("trước khi Hội đồng chấm điểm"));
        Api.as("admin").get("/api/campaigns/" + campaign).then().statusCode(200)
                .body("windows.appraisal.end", equalTo(Fixtures.today().plusDays(60).toString()))
                .body("categories.find { it.code == 'health' }.rubric.size()", equalTo(4));
        assertThat(timer(campaign, "Event_AppraisalEnds").getDuedate()).isEqualTo(appraisalTimer);
        assertThat(amendments(campaign)).isEmpty();
        refused(Api.as("admin").header("Accept-Language", "en").body(Map.of("categories", List.of(criteria)))
                .put("/api/campaigns/" + campaign), 409, "rubric.locked")
                .body("message", containsString("before the council scores"));

        // a member with a dossier still to score does not leave the council; only jurors join it
        List<String> others = Stages.COUNCIL.stream().filter(m -> !m.equals(juror)).toList();
        refused(Api.as("admin").body(Map.of("council", others)).put("/api/campaigns/" + campaign), 409,
                "amend.council_member_busy").body("message", containsString(juror));
        refused(Api.as("admin").body(Map.of("council", List.of("juror1", "secretary1", "nobody")))
                .put("/api/campaigns/" + campaign), 422, "amend.council_unknown")
                .body("message", containsString("secretary1, nobody"));
        refused(Api.as("admin").body(Map.of("windows", Map.of("nomination", Map.of("end", moved))))
                .put("/api/campaigns/" + campaign), 409, "amend.nomination_closed");
        refused(Api.as("admin").body(Map.of("categories", List.of(Map.of("code", "tourism",
                "name", Map.of("vi", "Du lịch", "en", "Tourism"), "kind", "UNIT"))))
                .put("/api/campaigns/" + campaign), 409, "amend.category_nomination_only");
        refused(Api.as("admin").body(Map.of()).put("/api/campaigns/" + campaign), 422, "amend.nothing");
        refused(Api.as("secretary1").body(Map.of("awardCount", 90)).put("/api/campaigns/" + campaign), 403,
                "forbidden");
        refused(Api.as("admin").body(Map.of("awardCount", 90)).put("/api/campaigns/no-such-campaign"), 404,
                "not_found.campaign");
        assertThat(amendments(campaign)).isEmpty();

        // the appraisal window still moves, and its timer (now waiting) with it
        Api.as("admin").body(Map.of("windows", Map.of("appraisal", Map.of("end", moved))))
                .put("/api/campaigns/" + campaign).then().statusCode(200);
        assertThat(timer(campaign, "Event_AppraisalEnds").getDuedate())
                .isEqualTo(Times.endOfAsDate(LocalDate.parse(moved)));
        assertThat(amendments(campaign)).singleElement()
                .satisfies(e -> assertThat(e.detail).startsWith("Hạn thẩm định: ").endsWith(Times.date(LocalDate.parse(moved))));
    }

    @Test
    void aCategorysNameAndQuotaAreAmendedUntilTheChairHasTheProposalNeverBelowWhatTheCouncilAwarded() {
        // during nomination: renamed and given a quota, each an audit line
        String open = Fixtures.newCampaign("amend-category");
        Api.as("admin").body(Map.of("categories", List.of(health("Y tế và chăm sóc sức khoẻ", "Health care", 5))))
                .put("/api/campaigns/" + open).then().statusCode(200)
                .body("categories.find { it.code == 'health' }.name", equalTo("Y tế và chăm sóc sức khoẻ"))
                .body("categories.find { it.code == 'health' }.awardQuota", equalTo(5));
        Api.as("admin").header("Accept-Language", "en").get("/api/campaigns/" + open).then()
                .body("categories.find { it.code == 'health' }.name", equalTo("Health care"));
        assertThat(amendments(open)).extracting(e -> e.detail).containsExactly(
                "Chỉ tiêu khen thưởng của hạng mục Y tế: không giới hạn → 5",
                "Tên hạng mục health: Y tế / Health → Y tế và chăm sóc sức khoẻ / Health care");
        // its kind stays; a blank name or a negative quota is refused; nothing saved
        refused(Api.as("admin").body(Map.of("categories", List.of(Map.of("code", "health",
                "name", Map.of("vi", "Y tế", "en", "Health"), "kind", "LEADER")))).put("/api/campaigns/" + open),
                422, "amend.category_fixed").body("message", containsString("chỉ sửa được tên, chỉ tiêu"));
        refused(Api.as("admin").body(Map.of("awardCount", 90, "categories", List.of(health(" ", "Health", 5))))
                .put("/api/campaigns/" + open), 422, "amend.category_name_required");
        Api.as("admin").body(Map.of("categories", List.of(health("Y tế", "Health", -1))))
                .put("/api/campaigns/" + open).then().statusCode(org.hamcrest.Matchers.either(equalTo(400))
                        .or(equalTo(422)));
        Api.as("admin").get("/api/campaigns/" + open).then().body("awardCount", equalTo(100))
                .body("categories.find { it.code == 'health' }.awardQuota", equalTo(5));
        assertThat(amendments(open)).hasSize(2);

        // while the council votes: not below the two dossiers it has awarded, the whole request refused
        String voting = Decisions.campaignVotedOn("amend-quota", "Bệnh viện Hoàn Mỹ Đà Nẵng", "Bệnh viện Từ Dũ");
        refused(Api.as("admin").body(Map.of("categories", List.of(health("Y tế cộng đồng", "Community health", 1))))
                .put("/api/campaigns/" + voting), 409, "amend.quota_below_awarded")
                .body("message", equalTo("Hội đồng đã biểu quyết khen thưởng 2 hồ sơ của hạng mục Y tế: chỉ tiêu không "
                        + "thể thấp hơn số này."));
        refused(Api.as("admin").header("Accept-Language", "en").body(Map.of("categories",
                List.of(health("Y tế", "Health", 0)))).put("/api/campaigns/" + voting), 409, "amend.quota_below_awarded")
                .body("message", containsString("The council has voted to award 2 dossiers of category Y tế"));
        Api.as("admin").get("/api/campaigns/" + voting).then()
                .body("categories.find { it.code == 'health' }.name", equalTo("Y tế"))
                .body("categories.find { it.code == 'health' }.awardQuota", equalTo(null));
        assertThat(amendments(voting)).isEmpty();
        Api.as("admin").body(Map.of("categories", List.of(health("Y tế", "Health", 2))))
                .put("/api/campaigns/" + voting).then().statusCode(200)
                .body("categories.find { it.code == 'health' }.awardQuota", equalTo(2));

        // once the chair has the proposal, names and quotas stay
        Api.as("secretary1").post("/api/campaigns/" + voting + "/proposal").then().statusCode(201)
                .body("awarded", equalTo(2));
        refused(Api.as("admin").body(Map.of("categories", List.of(health("Y tế", "Health", 3))))
                .put("/api/campaigns/" + voting), 409, "amend.category_locked");
        refused(Api.as("admin").body(Map.of("categories", List.of(health("Y tế cộng đồng", "Health", 2))))
                .put("/api/campaigns/" + voting), 409, "amend.category_locked")
                .body("message", containsString("khi tờ trình đã gửi Chủ tịch Hội đồng"));
        assertThat(amendments(voting)).singleElement().satisfies(e -> assertThat(e.detail)
                .isEqualTo("Chỉ tiêu khen thưởng của hạng mục Y tế: không giới hạn → 2"));
    }

    private static Map<String, Object> health(String vi, String en, int quota) {
        return Map.of("code", Fixtures.SECTOR_A, "name", Map.of("vi", vi, "en", en), "kind", "UNIT",
                "awardQuota", quota);
    }

    private Job timer(String campaign, String event) {
        return management.createJobQuery().processInstanceId(instance(campaign)).activityId(event).timers()
                .singleResult();
    }

    private String instance(String campaign) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(campaign).processDefinitionKey("campaign")
                .singleResult().getId();
    }

    static List<AuditEntry> amendments(String campaign) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>list(
                "campaignCode = ?1 and action = 'CAMPAIGN_AMENDED' order by id", campaign));
    }
}

package vn.dxawards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static vn.dxawards.rules.Refusals.refused;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;

/**
 * The council in deliberation: a member with a conflict of interest — detected from affiliation
 * and locality, or declared — neither sees the dossier nor votes on it; the others read the
 * whole shortlist. Votes and revisions are checked like any other input.
 */
@QuarkusTest
class DeliberationTests {

    private static String campaign;
    private static long hanoi;
    private static long danang;
    private static String declaredConflict;
    private static Map<Long, List<String>> jurors;

    /**
     * A Hà Nội and a Đà Nẵng dossier scored and shortlisted. juror2 (UBND-HN) and juror3 (Hà Nội)
     * are conflicted with the first, juror8 (Đà Nẵng) with the second; one juror of the Đà Nẵng
     * dossier declares a conflict during appraisal and is replaced.
     */
    private static synchronized void prepare() {
        if (campaign != null) {
            return;
        }
        String code = Fixtures.newCampaign("deliberation");
        hanoi = Fixtures.submit(code, "nominator.hanoi",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Xanh Pôn", "01", "0100700100"));
        danang = Fixtures.submit(code, "nominator.danang",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện C Đà Nẵng", "N48", "0400700101"));
        Stages.accept(hanoi);
        Stages.accept(danang);
        Stages.assignJurors(code);
        Stages.advance(code, "APPRAISAL");
        String leaving = Stages.assignJurors(code).get(danang).stream()
                .filter(juror -> !List.of("juror2", "juror3").contains(juror)).findFirst().orElseThrow();
        Api.as(leaving).body(Map.of("reason", "Tôi là thành viên hội đồng quản trị của bệnh viện."))
                .post("/api/dossiers/" + danang + "/conflict").then().statusCode(200)
                .body("replacement", notNullValue());
        declaredConflict = leaving;
        jurors = Stages.assignJurors(code);
        assertThat(jurors.get(danang)).hasSize(3).doesNotContain(leaving);
        jurors.forEach((dossier, members) -> members.forEach(juror -> Stages.score(juror, dossier, 8)));
        Stages.advance(code, "DELIBERATION");
        campaign = code;
    }

    private static String votes() {
        return "/api/campaigns/" + campaign + "/deliberation/votes";
    }

    @Test
    void aMemberWithADetectedConflictCannotVote() {
        prepare();
        Unchanged before = Unchanged.ranking(campaign).and(Unchanged.dossier(hanoi, "secretary1"));

        refused(Api.as("juror2").body(Map.of("dossierId", hanoi, "vote", "APPROVE")).post(votes()), 403,
                "vote.recused")
                .body("message", equalTo("Thành viên có xung đột lợi ích không được biểu quyết hồ sơ này."));
        refused(Api.as("juror3").header("Accept-Language", "en").body(Map.of("dossierId", hanoi, "vote", "REJECT"))
                .post(votes()), 403, "vote.recused")
                .body("message", equalTo("A council member with a conflict of interest cannot vote on this dossier."));
        refused(Api.as("juror8").body(Map.of("dossierId", danang, "vote", "APPROVE")).post(votes()), 403,
                "vote.recused");

        before.verify();
    }

    @Test
    void aMemberWhoDeclaredAConflictCannotVote() {
        prepare();
        Unchanged before = Unchanged.ranking(campaign);

        refused(Api.as(declaredConflict).body(Map.of("dossierId", danang, "vote", "APPROVE")).post(votes()), 403,
                "vote.recused");

        before.verify();
    }

    @Test
    void aConflictedMemberSeesNothingOfTheDossier() {
        prepare();
        for (String member : List.of("juror2", "juror3")) {
            refused(Api.as(member).get("/api/dossiers/" + hanoi), 404, "not_found.dossier");
            refused(Api.as(member).get("/api/dossiers/" + hanoi + "/scorecards"), 404, "not_found.dossier");
            assertThat(ids(member, "/api/dossiers?campaign=" + campaign, "id")).containsExactly(danang);
            assertThat(ids(member, "/api/campaigns/" + campaign + "/ranking", "dossierId")).containsExactly(danang);
        }
        refused(Api.as(declaredConflict).get("/api/dossiers/" + danang), 404, "not_found.dossier");
        refused(Api.as(declaredConflict).get("/api/dossiers/" + danang + "/scorecards"), 404, "not_found.dossier");
        assertThat(ids(declaredConflict, "/api/campaigns/" + campaign + "/ranking", "dossierId"))
                .doesNotContain(danang);
    }

    @Test
    void everyOtherMemberReadsTheShortlistAndItsScores() {
        prepare();
        List<String> readers = new ArrayList<>(Stages.COUNCIL);
        readers.removeAll(List.of("juror2", "juror3", declaredConflict));
        readers.removeAll(jurors.get(hanoi));
        assertThat(readers).isNotEmpty();

        for (String member : readers) {
            Api.as(member).get("/api/dossiers/" + hanoi).then().statusCode(200).body("status",
                    equalTo("IN_DELIBERATION"));
            Api.as(member).get("/api/dossiers/" + hanoi + "/scorecards").then().statusCode(200)
                    .body("size()", equalTo(3));
        }
    }

    @Test
    void aVoteMustNameADossierOfTheShortlistAndAChoice() {
        prepare();
        String member = "juror5";
        Unchanged before = Unchanged.ranking(campaign);

        refused(Api.as(member).body(Map.of("dossierId", hanoi)).post(votes()), 422, "vote.incomplete");
        refused(Api.as(member).body("{\"dossierId\": " + hanoi + ", \"vote\": \"MAYBE\"}").post(votes()), 400,
                "invalid_value")
                .body("message", equalTo("Giá trị của trường vote không hợp lệ."));
        refused(Api.as(member).body(Map.of("dossierId", 999999999, "vote", "APPROVE")).post(votes()), 404,
                "not_found.dossier");
        refused(Api.as(member).body(Map.of("dossierId", hanoi, "vote", "APPROVE"))
                .post("/api/campaigns/khong-co-dot-nay/deliberation/votes"), 404, "not_found.campaign");
        refused(Api.as("nominator.hanoi").body(Map.of("dossierId", hanoi, "vote", "APPROVE")).post(votes()), 403,
                "forbidden");
        refused(Api.as("nominator.hcm").body(Map.of("dossierId", hanoi, "vote", "APPROVE")).post(votes()), 404,
                "not_found.dossier");
        refused(Api.as("secretary1").body(Map.of("dossierId", hanoi, "vote", "APPROVE")).post(votes()), 403,
                "forbidden");

        before.verify();
    }

    @Test
    void scorecardsChangeOnlyByRevisionWithAReasonInRange() {
        prepare();
        String juror = jurors.get(hanoi).get(0);
        String mine = "/api/dossiers/" + hanoi + "/scorecards/mine";
        Unchanged before = Unchanged.scorecards(hanoi, juror).and(Unchanged.ranking(campaign));

        refused(Api.as(juror).body(Stages.scorecard(9)).put(mine), 409, "phase.closed");
        refused(Api.as(juror).body(Stages.scorecard(9)).post(mine + "/revisions"), 422, "scorecard.reason_required");
        Map<String, Object> outOfRange = new HashMap<>(Stages.scorecard(9));
        outOfRange.put("scores", Map.of("C1", 11, "C2", 9, "C3", 9, "C4", 9));
        outOfRange.put("reason", "Điều chỉnh sau thảo luận.");
        refused(Api.as(juror).body(outOfRange).post(mine + "/revisions"), 422, "score.range");

        before.verify();
        Api.as(juror).get(mine).then().body("revision", equalTo(1)).body("history.size()", equalTo(0));
    }

    private static List<Long> ids(String user, String path, String field) {
        return Api.as(user).get(path).then().statusCode(200).extract().jsonPath().getList(field, Long.class);
    }
}

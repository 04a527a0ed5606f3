package vn.dxawards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import vn.dxawards.audit.model.AuditEntry;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;

/**
 * Every race through the HTTP API has exactly one winner; the losers get a 409 with a message in
 * their language, never a 500; one row and one audit line per effect (issue 14). The requests of a
 * race are released together by a barrier.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RaceTests {

    private static final int RACERS = 10;
    private static String campaign;
    private static long hanoi;
    private static long danang;
    private static Map<Long, List<String>> jurors;

    /** The statuses of {@code n} identical requests released at the same instant; bodies of 5xx printed. */
    static List<Integer> together(int n, Supplier<Response> request) throws Exception {
        CyclicBarrier start = new CyclicBarrier(n);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                answers.add(pool.submit(() -> {
                    start.await(60, TimeUnit.SECONDS);
                    return request.get();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get(120, TimeUnit.SECONDS);
                if (response.statusCode() >= 500 || response.statusCode() == 409) {
                    System.out.println("race answer " + response.statusCode() + ": " + response.asString());
                }
                statuses.add(response.statusCode());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long lines(long dossier, String action) {
        return AuditEntry.count("dossierId = ?1 and action = ?2", dossier, action);
    }

    private static synchronized void prepare() {
        if (campaign != null) {
            return;
        }
        campaign = Fixtures.newCampaign("race");
        hanoi = Fixtures.submit(campaign, "nominator.hanoi",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Xanh Pôn", "01", "0100800100"));
        danang = Fixtures.submit(campaign, "nominator.danang",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện C Đà Nẵng", "N48", "0400800101"));
    }

    @Test
    @Order(1)
    void tenIntakeDecisionsAtOnceDecideOnce() throws Exception {
        prepare();
        List<Integer> statuses = together(RACERS, () -> Api.as("secretary1").body(Map.of("decision", "ACCEPT"))
                .post("/api/dossiers/" + hanoi + "/intake"));
        assertThat(statuses).doesNotContain(500).containsOnlyOnce(200);
        assertThat(statuses).allMatch(s -> s == 200 || s == 409);
        assertThat(lines(hanoi, "INTAKE_ACCEPT")).isEqualTo(1);
        Stages.accept(danang);
        jurors = Stages.assignJurors(campaign);
        Stages.advance(campaign, "APPRAISAL");
    }

    @Test
    @Order(2)
    void tenScorecardSubmissionsAtOnceSubmitOnce() throws Exception {
        String juror = jurors.get(hanoi).get(0);
        Api.as(juror).body(Stages.scorecard(8)).put("/api/dossiers/" + hanoi + "/scorecards/mine").then()
                .statusCode(200);
        List<Integer> statuses = together(RACERS,
                () -> Api.as(juror).post("/api/dossiers/" + hanoi + "/scorecards/mine/submit"));
        assertThat(statuses).doesNotContain(500).containsOnlyOnce(200);
        assertThat(statuses).allMatch(s -> s == 200 || s == 409);
        assertThat(lines(hanoi, "SCORECARD_SUBMITTED")).isEqualTo(1);
        // and the saves with submission of the pages' form, racing, as well
        String other = jurors.get(hanoi).get(1);
        List<Integer> saves = together(RACERS, () -> Api.as(other).body(Stages.scorecard(7))
                .put("/api/dossiers/" + hanoi + "/scorecards/mine"));
        assertThat(saves).doesNotContain(500).allMatch(s -> s == 200 || s == 409);
    }

    @Test
    @Order(3)
    void conflictDeclarationsAtOnceReplaceTheJurorOnce() throws Exception {
        String leaving = jurors.get(danang).stream().filter(j -> !List.of("juror2", "juror3").contains(j))
                .findFirst().orElseThrow();
        List<Integer> statuses = together(5, () -> Api.as(leaving)
                .body(Map.of("reason", "Tôi là thành viên hội đồng quản trị của bệnh viện."))
                .post("/api/dossiers/" + danang + "/conflict"));
        assertThat(statuses).doesNotContain(500).containsOnlyOnce(200);
        assertThat(statuses).allMatch(s -> s == 200 || s == 409 || s == 403 || s == 404);
        assertThat(lines(danang, "CONFLICT_DECLARED")).isEqualTo(1);
    }

    @Test
    @Order(4)
    void identicalVotesAtOnceCountOnce() throws Exception {
        jurors = Stages.assignJurors(campaign);
        jurors.forEach((dossier, members) -> members.forEach(juror -> {
            Response mine = Api.as(juror).get("/api/dossiers/" + dossier + "/scorecards/mine");
            if (mine.statusCode() != 200 || !"SUBMITTED".equals(mine.path("status"))) {
                Stages.score(juror, dossier, 8);
            }
        }));
        Stages.advance(campaign, "DELIBERATION");
        String votes = "/api/campaigns/" + campaign + "/deliberation/votes";
        List<Integer> statuses = together(RACERS,
                () -> Api.as("juror5").body(Map.of("dossierId", hanoi, "vote", "APPROVE")).post(votes));
        assertThat(statuses).doesNotContain(500).contains(201).allMatch(s -> s == 201 || s == 409);
        assertThat(lines(hanoi, "VOTE_CAST")).isEqualTo(1);
    }

    @Test
    @Order(5)
    void anApprovalRacingARejectionLeavesOneVoteAndALinePerEffect() throws Exception {
        String votes = "/api/campaigns/" + campaign + "/deliberation/votes";
        long before = lines(danang, "VOTE_CAST");
        java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger();
        List<Integer> statuses = together(2, () -> Api.as("juror5")
                .body(Map.of("dossierId", danang, "vote", turn.getAndIncrement() % 2 == 0 ? "APPROVE" : "REJECT"))
                .post(votes));
        assertThat(statuses).doesNotContain(500).contains(201).allMatch(s -> s == 201 || s == 409);
        long won = statuses.stream().filter(s -> s == 201).count();
        assertThat(lines(danang, "VOTE_CAST") - before).isEqualTo(won);
    }
}

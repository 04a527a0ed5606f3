package vn.dxawards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.camunda.bpm.engine.ManagementService;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import vn.dxawards.notification.model.OutboxMessage;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.model.DossierStatus;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;

/**
 * A guard against N+1 (issue 11): the SQL statements the application sends for a vote, a ranking,
 * an intake decision and a task list must not grow with the number of dossiers. Two campaigns, one
 * with 3 dossiers and one with 9, each call measured in both (the fewest statements of three
 * tries, so that a background job's statements do not count). Counted by Hibernate's statistics:
 * every statement of the application's own tables; the engine's (MyBatis) statements are not in it,
 * and its queries in these calls are a fixed few.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementCountTests {

    static final int SMALL = 3;
    static final int LARGE = 9;

    @Inject
    ManagementService management;

    @Inject
    SessionFactory sessions;

    String small;
    String large;
    List<Long> smallDossiers;
    List<Long> largeDossiers;
    /** Statements of an intake decision, in the small and the large campaign (measured while preparing). */
    long intakeSmall;
    long intakeLarge;
    /** Statements of the check that the appraisal may end (the advance's), in the small and the large campaign. */
    long readinessSmall;
    long readinessLarge;

    @Inject
    vn.dxawards.appraisal.service.AppraisalReadiness readiness;

    /** Prepared once, by the first test (RestAssured knows the test port only inside a test). */
    void twoCampaignsInDeliberation() {
        if (small != null) {
            return;
        }
        Statistics statistics = sessions.getStatistics();
        assertThat(statistics.isStatisticsEnabled()).as("hibernate statistics on in the test profile").isTrue();
        small = Fixtures.newCampaign("count-small");
        large = Fixtures.newCampaign("count-large");
        smallDossiers = submitted(small, SMALL);
        largeDossiers = submitted(large, LARGE);

        intakeSmall = acceptAll(smallDossiers);
        intakeLarge = acceptAll(largeDossiers);
        Map<Long, List<String>> smallJurors = Stages.assignJurors(small);
        Map<Long, List<String>> largeJurors = Stages.assignJurors(large);
        readinessSmall = readinessStatements(small);
        readinessLarge = readinessStatements(large);
        Stages.toDeliberation(small, smallJurors);
        Stages.toDeliberation(large, largeJurors);
    }

    /** The statements of the appraisal's exit check in a campaign in appraisal (every scorecard still missing). */
    private long readinessStatements(String campaign) {
        quiet();
        Statistics statistics = sessions.getStatistics();
        statistics.clear();
        List<String> missing = QuarkusTransaction.requiringNew().call(() -> readiness.missing(
                vn.dxawards.campaign.model.Campaign.byCode(campaign).orElseThrow(), java.util.Locale.forLanguageTag("vi")));
        long statements = statistics.getPrepareStatementCount();
        assertThat(missing).as("scorecards missing in %s", campaign).isNotEmpty();
        return statements;
    }

    @Test
    void anIntakeDecisionDoesNotGrowWithTheCampaign() {
        twoCampaignsInDeliberation();
        assertThat(intakeLarge).as("statements of an acceptance with %d dossiers waiting, against %d", LARGE, SMALL)
                .isLessThanOrEqualTo(intakeSmall);
    }

    @Test
    void theAppraisalsExitCheckDoesNotGrowWithTheCampaign() {
        twoCampaignsInDeliberation();
        assertThat(readinessLarge).as("statements of the advance's check with %d dossiers in appraisal, against %d",
                LARGE, SMALL).isLessThanOrEqualTo(readinessSmall);
    }

    @Test
    void aVoteDoesNotGrowWithTheShortlist() {
        twoCampaignsInDeliberation();
        long inSmall = fewest(() -> vote(small, smallDossiers.get(0)));
        long inLarge = fewest(() -> vote(large, largeDossiers.get(0)));
        assertThat(inLarge).as("statements of a vote on a shortlist of %d, against %d", LARGE, SMALL)
                .isLessThanOrEqualTo(inSmall);
    }

    @Test
    void aRankingDoesNotGrowWithTheCampaign() {
        twoCampaignsInDeliberation();
        for (String reader : List.of("secretary1", "juror1")) {
            long inSmall = fewest(() -> Api.as(reader).get("/api/campaigns/" + small + "/ranking"));
            long inLarge = fewest(() -> Api.as(reader).get("/api/campaigns/" + large + "/ranking"));
            assertThat(inLarge).as("statements of %s's ranking of %d dossiers, against %d", reader, LARGE, SMALL)
                    .isLessThanOrEqualTo(inSmall);
        }
    }

    @Test
    void theExportsDoNotGrowWithTheCampaign() {
        twoCampaignsInDeliberation();
        Map<String, String> types = Map.of("results.csv", "text/csv",
                "results.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "scores.csv", "text/csv", "scores.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        for (String file : types.keySet()) {
            long inSmall = fewest(() -> Api.as("secretary1").accept(types.get(file))
                    .get("/api/campaigns/" + small + "/exports/" + file));
            long inLarge = fewest(() -> Api.as("secretary1").accept(types.get(file))
                    .get("/api/campaigns/" + large + "/exports/" + file));
            assertThat(inLarge).as("statements of %s of %d dossiers, against %d", file, LARGE, SMALL)
                    .isLessThanOrEqualTo(inSmall);
        }
    }

    /**
     * The quota's look-up at each creation and submission is translated to SQL once: with its
     * statuses as a list parameter, Hibernate translated it again at every call (57 KB allocated and
     * about 0.5 ms of CPU a call, against 8 KB and 0.1 ms; at the deadline rush a large part of the
     * dossier's creation). Measured as the bytes the thread allocates a call, which do not depend on
     * the machine's load; the same query with a list parameter allocates about 25 KB.
     */
    @Test
    void theQuotaLookUpIsNotTranslatedAgainAtEachCall() {
        String campaign = Fixtures.newCampaign("count-quota");
        long id = submitted(campaign, 1).get(0);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long perCall = QuarkusTransaction.requiringNew().call(() -> {
            Dossier dossier = Dossier.findById(id);
            for (int i = 0; i < 50; i++) {
                Dossier.otherReferencesOfBodyInCategory(dossier, DossierStatus::countsForQuota);
            }
            long before = threads.getThreadAllocatedBytes(thread);
            for (int i = 0; i < 100; i++) {
                Dossier.otherReferencesOfBodyInCategory(dossier, DossierStatus::countsForQuota);
            }
            return (threads.getThreadAllocatedBytes(thread) - before) / 100;
        });
        assertThat(perCall).as("bytes allocated by one quota look-up").isLessThan(16 * 1024);
    }

    /**
     * The deadline rush's sequence (create, attach, submit: issue 11) sends no statement it can do
     * without: the new dossier's answer looks for no attachment; its locality and its body come from
     * the second-level cache once read; the open-task row of the intake task is inserted once, whole
     * (no look-up of a row that cannot exist yet, no update after the insert).
     */
    @Test
    void theDeadlineSequenceSendsNoStatementItCanDoWithout() {
        String campaign = Fixtures.newCampaign("count-rush");
        submitted(campaign, 1); // the body, its locality and the statements' plans are known from here on
        Statistics statistics = sessions.getStatistics();
        Map<String, Object> dossier = Fixtures.unitDossier(Fixtures.STATE, "Sở ban ngành " + campaign + " số 2", "N79",
                "03%08d".formatted(Math.abs((campaign + "rush").hashCode()) % 100_000_000));

        quiet();
        statistics.clear();
        long id = Fixtures.draft(campaign, "nominator.hcm", dossier);
        assertThat(java.util.Arrays.stream(statistics.getQueries()).filter(q -> q.contains("Attachment")))
                .as("queries of the creation").isEmpty();
        assertThat(cacheMisses(statistics)).as("localities and bodies read from the database at the creation")
                .isZero();

        Uploads.upload("nominator.hcm", id, "cong-van.pdf", Uploads.nominationLetter()).then().statusCode(201);

        quiet();
        statistics.clear();
        Api.as("nominator.hcm").post("/api/dossiers/" + id + "/submit").then().statusCode(200);
        var openTasks = statistics.getEntityStatistics(vn.dxawards.tasks.model.OpenTask.class.getName());
        assertThat(openTasks.getInsertCount()).as("open-task rows inserted at the submission").isEqualTo(1);
        assertThat(openTasks.getFetchCount() + openTasks.getLoadCount()).as("open-task rows looked up").isZero();
        assertThat(openTasks.getUpdateCount()).as("open-task rows updated after their insert").isZero();
        assertThat(cacheMisses(statistics)).as("localities and bodies read from the database at the submission")
                .isZero();
    }

    /** Localities and bodies loaded from the database rather than from the second-level cache. */
    private static long cacheMisses(Statistics statistics) {
        return java.util.stream.Stream.of(vn.dxawards.locality.model.Locality.class,
                vn.dxawards.dossier.model.NominatingBody.class)
                .mapToLong(type -> statistics.getEntityStatistics(type.getName()).getLoadCount()).sum();
    }

    /** The register through the API (every match, no page): its rows' attachments are not looked up one by one. */
    @Test
    void theRegisterDoesNotGrowWithTheCampaign() {
        twoCampaignsInDeliberation();
        long inSmall = fewest(() -> Api.as("secretary1").get("/api/dossiers?campaign=" + small));
        long inLarge = fewest(() -> Api.as("secretary1").get("/api/dossiers?campaign=" + large));
        assertThat(inLarge).as("statements of the register of %d dossiers, against %d", LARGE, SMALL)
                .isLessThanOrEqualTo(inSmall);
    }

    @Test
    void aTaskListDoesNotGrowWithTheCampaign() {
        twoCampaignsInDeliberation();
        for (String reader : List.of("secretary1", "juror1", "chair")) {
            long inSmall = fewest(() -> Api.as(reader).get("/api/tasks?campaign=" + small));
            long inLarge = fewest(() -> Api.as(reader).get("/api/tasks?campaign=" + large));
            assertThat(inLarge).as("statements of %s's task list", reader).isLessThanOrEqualTo(inSmall);
        }
    }

    private static Response vote(String campaign, long dossier) {
        return Api.as("juror1").body(Map.of("dossierId", dossier, "vote", "APPROVE"))
                .post("/api/campaigns/" + campaign + "/deliberation/votes");
    }

    /** The fewest statements the call took in three tries; each try must succeed. */
    private long fewest(Supplier<Response> call) {
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            fewest = Math.min(fewest, counted(call));
        }
        return fewest;
    }

    private long counted(Supplier<Response> call) {
        quiet();
        Statistics statistics = sessions.getStatistics();
        statistics.clear();
        Response response = call.get();
        long statements = statistics.getPrepareStatementCount();
        assertThat(response.statusCode()).as(response.asString()).isBetween(200, 299);
        return statements;
    }

    /**
     * Waits (up to 30 s) until the engine has no job due and the outbox no message waiting: the vote
     * tasks' jobs and the mails of the set-up run in the background, and their statements are not the
     * measured call's.
     */
    private void quiet() {
        long until = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < until && (management.createJobQuery().executable().count() > 0
                || OutboxMessage.count("status", OutboxMessage.Status.PENDING) > 0)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Accepts each dossier; answers the fewest statements an acceptance took. */
    private long acceptAll(List<Long> dossiers) {
        long fewest = Long.MAX_VALUE;
        for (long id : dossiers) {
            fewest = Math.min(fewest, counted(() -> Api.as("secretary1").body(Map.of("decision", "ACCEPT"))
                    .post("/api/dossiers/" + id + "/intake")));
        }
        return fewest;
    }

    private static List<Long> submitted(String campaign, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String taxCode = "03%08d".formatted(Math.abs((campaign + i).hashCode()) % 100_000_000);
            ids.add(Fixtures.submit(campaign, "nominator.hcm",
                    Fixtures.unitDossier(Fixtures.STATE, "Sở ban ngành " + campaign + " số " + i, "N79", taxCode)));
        }
        return ids;
    }
}

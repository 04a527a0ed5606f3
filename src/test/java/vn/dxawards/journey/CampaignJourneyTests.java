package vn.dxawards.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;

/**
 * One campaign from the first nomination to the published results, through the API only, with
 * real Keycloak tokens for every role: three nominators submit five dossiers in two sectors; one
 * supplement loop; one rejection; automatic assignment of three jurors each; every scorecard;
 * the ranking; votes with a recusal; the proposal, returned once, then signed; publication.
 */
@QuarkusTest
class CampaignJourneyTests {

    private static final List<String> COUNCIL = List.of("chair", "juror1", "juror2", "juror3", "juror4", "juror5",
            "juror6", "juror7", "juror8");

    @Test
    void aCampaignRunsFromNominationToPublishedResults() throws InterruptedException {
        String campaign = Fixtures.newCampaign("journey");

        // Nomination: five dossiers from three bodies, in two key sectors.
        long hanoiHealth = Fixtures.submit(campaign, "nominator.hanoi",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Bạch Mai", "01", "0100100100"));
        long hanoiEducation = Fixtures.submit(campaign, "nominator.hanoi",
                Fixtures.unitDossier(Fixtures.SECTOR_B, "Trường Đại học Bách khoa Hà Nội", "01", "0100100101"));
        long danangHealth = Fixtures.submit(campaign, "nominator.danang",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Đà Nẵng", "N48", "0400100102"));
        long hcmHealth = Fixtures.submit(campaign, "nominator.hcm",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Chợ Rẫy", "N79", "0300100103"));
        long hcmEducation = Fixtures.submit(campaign, "nominator.hcm",
                Fixtures.unitDossier(Fixtures.SECTOR_B, "Trường THPT thử nghiệm", "N79", "0300100104"));

        // The secretariat sees the intake tasks.
        List<Long> intakeDossiers = Api.as("secretary1").get("/api/tasks").then().statusCode(200).extract()
                .jsonPath().getList("findAll { it.type == 'Task_Intake' }.dossierId", Long.class);
        assertThat(intakeDossiers).contains(hanoiHealth, hanoiEducation, danangHealth, hcmHealth, hcmEducation);

        // Intake: one supplement loop, one rejection, the rest accepted.
        intake(hanoiEducation, "REQUEST_SUPPLEMENT", "Bổ sung số liệu kết quả năm 2024.",
                Fixtures.today().plusDays(7).toString(), "SUPPLEMENT_REQUESTED");
        List<String> nominatorTasks = Api.as("nominator.hanoi").get("/api/tasks").then().statusCode(200).extract()
                .jsonPath().getList("type");
        assertThat(nominatorTasks).contains("Task_Supplement");
        Map<String, Object> supplemented = new HashMap<>(Fixtures.unitDossier(Fixtures.SECTOR_B,
                "Trường Đại học Bách khoa Hà Nội", "01", "0100100101"));
        supplemented.put("results", "95% hồ sơ trực tuyến; số liệu năm 2024 đã bổ sung.");
        Api.as("nominator.hanoi").body(supplemented).put("/api/dossiers/" + hanoiEducation).then().statusCode(200);
        Api.as("nominator.hanoi").post("/api/dossiers/" + hanoiEducation + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        intake(hcmEducation, "REJECT", "Không thuộc đối tượng của chương trình.", null, "REJECTED");
        for (long id : List.of(hanoiHealth, hanoiEducation, danangHealth, hcmHealth)) {
            intake(id, "ACCEPT", null, null, "ACCEPTED");
        }

        // Assignment: three jurors each, never a conflicted one.
        Api.as("secretary1").post("/api/campaigns/" + campaign + "/assignments/auto").then().statusCode(200)
                .body("created", equalTo(12)).body("unfilled.size()", equalTo(0));
        Map<Long, List<String>> jurors = new HashMap<>();
        for (String member : COUNCIL) {
            List<Long> assigned = Api.as(member).get("/api/dossiers?campaign=" + campaign).then().statusCode(200)
                    .extract().jsonPath().getList("id", Long.class);
            assigned.forEach(id -> jurors.computeIfAbsent(id, k -> new java.util.ArrayList<>()).add(member));
        }
        assertThat(jurors.keySet()).containsExactlyInAnyOrder(hanoiHealth, hanoiEducation, danangHealth, hcmHealth);
        jurors.values().forEach(list -> assertThat(list).hasSize(3));
        assertThat(jurors.get(hanoiHealth)).doesNotContain("juror2", "juror3");
        assertThat(jurors.get(danangHealth)).doesNotContain("juror8");
        assertThat(jurors.get(hcmHealth)).doesNotContain("juror4");

        // Appraisal.
        Api.as("secretary1").post("/api/campaigns/" + campaign + "/advance").then().statusCode(200)
                .body("phase", equalTo("APPRAISAL"));
        Api.as("secretary1").post("/api/campaigns/" + campaign + "/advance").then().statusCode(409)
                .body("details.size()", equalTo(12));
        Map<Long, Integer> level = Map.of(hanoiHealth, 9, hanoiEducation, 8, danangHealth, 6, hcmHealth, 7);
        for (Map.Entry<Long, List<String>> entry : jurors.entrySet()) {
            for (String juror : entry.getValue()) {
                int s = level.get(entry.getKey());
                Api.as(juror).body(Map.of("scores", Map.of("C1", s, "C2", s, "C3", s, "C4", s),
                        "comment", "Hồ sơ rõ ràng.", "recommendation", "AWARD", "proposals", List.of("TRAINING")))
                        .put("/api/dossiers/" + entry.getKey() + "/scorecards/mine").then().statusCode(200)
                        .body("total", equalTo(s * 10.0f));
                Api.as(juror).post("/api/dossiers/" + entry.getKey() + "/scorecards/mine/submit").then()
                        .statusCode(200).body("status", equalTo("SUBMITTED"));
            }
        }

        // Deliberation.
        Api.as("secretary1").post("/api/campaigns/" + campaign + "/advance").then().statusCode(200)
                .body("phase", equalTo("DELIBERATION"));
        JsonPath ranking = Api.as("secretary1").get("/api/campaigns/" + campaign + "/ranking").then().statusCode(200)
                .extract().jsonPath();
        assertThat(ranking.getList("dossierId", Long.class))
                .containsExactly(hanoiHealth, hanoiEducation, hcmHealth, danangHealth);
        assertThat(ranking.getList("rank", Integer.class)).containsExactly(1, 2, 3, 4);
        assertThat(ranking.getList("jurorCount", Integer.class)).containsOnly(3);

        // A recused member (juror2 works for the Hà Nội committee) cannot vote on its dossier.
        vote(campaign, "juror2", hanoiHealth, "APPROVE", 403);
        Api.as("secretary1").post("/api/campaigns/" + campaign + "/proposal").then().statusCode(409);
        for (String member : COUNCIL) {
            for (long id : List.of(hanoiHealth, hanoiEducation, danangHealth, hcmHealth)) {
                boolean recused = (id == hanoiHealth || id == hanoiEducation) && member.matches("juror2|juror3")
                        || id == danangHealth && member.equals("juror8")
                        || id == hcmHealth && member.equals("juror4");
                if (!recused) {
                    vote(campaign, member, id, id == danangHealth ? "REJECT" : "APPROVE", 201);
                }
            }
        }
        JsonPath tally = Api.as("chair").get("/api/campaigns/" + campaign + "/ranking").then().statusCode(200)
                .extract().jsonPath();
        assertThat(tally.getInt("find { it.dossierId == " + hanoiHealth + " }.votes.eligible")).isEqualTo(7);
        assertThat(tally.getBoolean("find { it.dossierId == " + danangHealth + " }.votes.carried")).isFalse();

        // Proposal, returned once, sent again, signed.
        Api.as("secretary1").post("/api/campaigns/" + campaign + "/proposal").then().statusCode(201)
                .body("awarded", equalTo(3));
        Api.as("chair").body(Map.of("action", "RETURN", "comment", "Đề nghị rà soát lại điểm hồ sơ giáo dục."))
                .post("/api/campaigns/" + campaign + "/decision").then().statusCode(200)
                .body("phase", equalTo("DELIBERATION"));
        Api.as("secretary1").post("/api/campaigns/" + campaign + "/proposal").then().statusCode(201);
        Api.as("chair").body(Map.of("action", "SIGN")).post("/api/campaigns/" + campaign + "/decision").then()
                .statusCode(200).body("phase", equalTo("DECISION"));

        // Signed but confidential until publication, the jury's recommendations too.
        Api.anonymous().get("/api/public/campaigns/" + campaign + "/results").then().statusCode(404);
        Api.as("nominator.hcm").get("/api/dossiers/" + hcmHealth + "/recommendations").then().statusCode(403);
        Api.as("secretary1").post("/api/campaigns/" + campaign + "/advance").then().statusCode(200)
                .body("phase", equalTo("PUBLISHED"));

        // Each dossier learns its outcome in its own job.
        awaitStatus(hcmHealth, "AWARDED");
        awaitStatus(danangHealth, "NOT_AWARDED");
        awaitStatus(hanoiHealth, "AWARDED");
        awaitStatus(hanoiEducation, "AWARDED");
        JsonPath results = Api.anonymous().get("/api/public/campaigns/" + campaign + "/results").then()
                .statusCode(200).body("awardees.nomineeName", not(hasItem("Bệnh viện Đà Nẵng"))).extract().jsonPath();
        assertThat(results.getList("awardees.reference")).hasSize(3);
        assertThat(results.getList("awardees.nomineeName")).containsExactly("Bệnh viện Bạch Mai",
                "Trường Đại học Bách khoa Hà Nội", "Bệnh viện Chợ Rẫy");
        assertThat(results.getString("awardees[0].contactEmail")).isNull();
        Api.as("nominator.hcm").get("/api/dossiers/" + hcmEducation).then().body("status", equalTo("REJECTED"));

        // After publication the nominator reads the jury's recommendations, without the jurors' names.
        JsonPath advice = Api.as("nominator.hcm").get("/api/dossiers/" + hcmHealth + "/recommendations").then()
                .statusCode(200).extract().jsonPath();
        assertThat(advice.getList("recommendation")).containsExactly("AWARD", "AWARD", "AWARD");
        assertThat(advice.getList("proposals.type.flatten()")).containsOnly("TRAINING");
        assertThat(advice.getList("juror")).containsOnlyNulls();
        Api.as("nominator.danang").get("/api/dossiers/" + hcmHealth + "/recommendations").then().statusCode(404);
    }

    private static void intake(long id, String decision, String note, String dueDate, String expectedStatus) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", decision);
        if (note != null) {
            body.put("note", note);
        }
        if (dueDate != null) {
            body.put("dueDate", dueDate);
        }
        Api.as("secretary1").body(body).post("/api/dossiers/" + id + "/intake").then().statusCode(200)
                .body("status", equalTo(expectedStatus));
    }

    private static void vote(String campaign, String member, long dossier, String choice, int expected) {
        Api.as(member).body(Map.of("dossierId", dossier, "vote", choice))
                .post("/api/campaigns/" + campaign + "/deliberation/votes").then().statusCode(expected);
    }

    private static void awaitStatus(long id, String status) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String current = null;
        while (Instant.now().isBefore(deadline)) {
            current = Api.as("secretary1").get("/api/dossiers/" + id).then().statusCode(200).extract().path("status");
            if (status.equals(current)) {
                return;
            }
            Thread.sleep(250);
        }
        assertThat(current).as("status of dossier " + id).isEqualTo(status);
    }
}

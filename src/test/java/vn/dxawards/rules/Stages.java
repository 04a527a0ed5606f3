package vn.dxawards.rules;

import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;

/** Moves dossiers and campaigns along through the API, as the secretariat and the council would. */
final class Stages {

    /** The appraisal council of the demo realm: every user with role juror, the chair included. */
    static final List<String> COUNCIL = List.of("chair", "juror1", "juror2", "juror3", "juror4", "juror5", "juror6",
            "juror7", "juror8");

    private Stages() {
    }

    /** Creates a draft; answers its id. */
    static long draft(String campaign, String nominator, Map<String, Object> dossier) {
        return Fixtures.draft(campaign, nominator, dossier);
    }

    static void accept(long dossier) {
        intake(dossier, Map.of("decision", "ACCEPT"), "ACCEPTED");
    }

    static void reject(long dossier) {
        intake(dossier, Map.of("decision", "REJECT", "note", "Không thuộc đối tượng của chương trình."), "REJECTED");
    }

    /** Automatic assignment; answers the current jurors of each dossier, as their own lists show them. */
    static Map<Long, List<String>> assignJurors(String campaign) {
        Api.as("secretary1").post("/api/campaigns/" + campaign + "/assignments/auto").then().statusCode(200)
                .body("unfilled.size()", equalTo(0));
        Map<Long, List<String>> jurors = new TreeMap<>();
        for (String member : COUNCIL) {
            Api.as(member).get("/api/dossiers?campaign=" + campaign).then().statusCode(200).extract().jsonPath()
                    .getList("id", Long.class)
                    .forEach(id -> jurors.computeIfAbsent(id, k -> new ArrayList<>()).add(member));
        }
        return jurors;
    }

    static void advance(String campaign, String to) {
        Api.as("secretary1").post("/api/campaigns/" + campaign + "/advance").then().statusCode(200)
                .body("phase", equalTo(to));
    }

    /** A complete scorecard: {@code level} on every criterion of the default unit rubric. */
    static Map<String, Object> scorecard(int level) {
        Map<String, Object> card = new HashMap<>();
        card.put("scores", Map.of("C1", level, "C2", level, "C3", level, "C4", level));
        card.put("comment", "Hồ sơ rõ ràng, số liệu đầy đủ.");
        card.put("recommendation", "AWARD");
        card.put("proposals", List.of("TRAINING"));
        return card;
    }

    static void score(String juror, long dossier, int level) {
        Api.as(juror).body(scorecard(level)).put("/api/dossiers/" + dossier + "/scorecards/mine").then()
                .statusCode(200);
        Api.as(juror).post("/api/dossiers/" + dossier + "/scorecards/mine/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
    }

    /** Scores every dossier by every current juror, then opens the deliberation. */
    static void toDeliberation(String campaign, Map<Long, List<String>> jurors) {
        advance(campaign, "APPRAISAL");
        jurors.forEach((dossier, members) -> members.forEach(juror -> score(juror, dossier, 8)));
        advance(campaign, "DELIBERATION");
    }

    private static void intake(long dossier, Map<String, Object> decision, String status) {
        Api.as("secretary1").body(decision).post("/api/dossiers/" + dossier + "/intake").then().statusCode(200)
                .body("status", equalTo(status));
    }
}

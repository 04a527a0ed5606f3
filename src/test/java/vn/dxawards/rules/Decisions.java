package vn.dxawards.rules;

import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;

/** Brings a campaign to the chair's decision: two dossiers scored, voted on by the council, proposed. */
final class Decisions {

    private Decisions() {
    }

    /** A campaign in DECISION whose proposal awards both dossiers; answers its code. */
    static String campaignAwaitingDecision(String prefix, String danangName, String hcmName) {
        String campaign = campaignVotedOn(prefix, danangName, hcmName);
        Api.as("secretary1").post("/api/campaigns/" + campaign + "/proposal").then().statusCode(201)
                .body("awarded", equalTo(2));
        return campaign;
    }

    /** A campaign in DELIBERATION where the council has approved both dossiers (health, no quota); answers its code. */
    static String campaignVotedOn(String prefix, String danangName, String hcmName) {
        String campaign = Fixtures.newCampaign(prefix);
        long danang = Fixtures.submit(campaign, "nominator.danang",
                Fixtures.unitDossier(Fixtures.SECTOR_A, danangName, "N48", taxCode()));
        long hcm = Fixtures.submit(campaign, "nominator.hcm",
                Fixtures.unitDossier(Fixtures.SECTOR_A, hcmName, "N79", taxCode()));
        Stages.accept(danang);
        Stages.accept(hcm);
        Stages.toDeliberation(campaign, Stages.assignJurors(campaign));
        for (String member : Stages.COUNCIL) {
            for (long dossier : List.of(danang, hcm)) {
                int status = Api.as(member).body(Map.of("dossierId", dossier, "vote", "APPROVE"))
                        .post("/api/campaigns/" + campaign + "/deliberation/votes").statusCode();
                if (status != 201 && status != 403) {
                    throw new IllegalStateException(member + " could not vote: " + status);
                }
            }
        }
        return campaign;
    }

    /** The chair returns the proposal and the secretariat sends it again. */
    static void returnAndSendAgain(String campaign) {
        Api.as("chair").body(Map.of("action", "RETURN", "comment", "Đề nghị rà soát lại thứ tự xếp hạng."))
                .post("/api/campaigns/" + campaign + "/decision").then().statusCode(200)
                .body("phase", equalTo("DELIBERATION"));
        Api.as("secretary1").post("/api/campaigns/" + campaign + "/proposal").then().statusCode(201);
    }

    private static String taxCode() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
    }
}

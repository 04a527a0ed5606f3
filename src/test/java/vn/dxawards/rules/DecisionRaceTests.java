package vn.dxawards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxawards.rules.RaceTests.together;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.dxawards.audit.model.AuditEntry;
import vn.dxawards.support.Api;

/**
 * The proposal, its return and the signature, each raced by its own author: one winner, 409 for
 * the others, never a 500, one audit line per effect (issue 14).
 */
@QuarkusTest
class DecisionRaceTests {

    private static long lines(String campaign, String action) {
        return AuditEntry.count("campaignCode = ?1 and action = ?2", campaign, action);
    }

    @Test
    void returnProposalAndSignatureRacedHaveOneWinnerEach() throws Exception {
        String campaign = Decisions.campaignAwaitingDecision("race-decision", "Bệnh viện Đà Nẵng số 2",
                "Bệnh viện Quận 5");
        String decision = "/api/campaigns/" + campaign + "/decision";

        List<Integer> returns = together(5, () -> Api.as("chair")
                .body(Map.of("action", "RETURN", "comment", "Đề nghị rà soát lại thứ tự xếp hạng.")).post(decision));
        assertThat(returns).doesNotContain(500).containsOnlyOnce(200).allMatch(s -> s == 200 || s == 409);
        assertThat(lines(campaign, "PROPOSAL_RETURNED")).isEqualTo(1);

        long sentBefore = lines(campaign, "PROPOSAL_SENT");
        List<Integer> proposals = together(5,
                () -> Api.as("secretary1").post("/api/campaigns/" + campaign + "/proposal"));
        assertThat(proposals).doesNotContain(500).containsOnlyOnce(201).allMatch(s -> s == 201 || s == 409);
        assertThat(lines(campaign, "PROPOSAL_SENT") - sentBefore).isEqualTo(1);

        List<Integer> signatures = together(5, () -> Api.as("chair").body(Map.of("action", "SIGN")).post(decision));
        assertThat(signatures).doesNotContain(500).containsOnlyOnce(200).allMatch(s -> s == 200 || s == 409);
        assertThat(lines(campaign, "DECISION_SIGNED")).isEqualTo(1);
    }
}

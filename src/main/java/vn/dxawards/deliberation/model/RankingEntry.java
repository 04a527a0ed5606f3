package vn.dxawards.deliberation.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.dxawards.deliberation.model.RankingCalculator.Divergence;
import vn.dxawards.deliberation.model.RankingCalculator.OutsideReason;
import vn.dxawards.deliberation.model.RankingCalculator.TieBreak;

/**
 * One dossier's place in the campaign's ranking (docs/architecture.md, "Ranking rules"):
 * {@code score} is the one ranked on — the mean of the jurors' totals, normalised when the campaign
 * normalises ({@code normalisedScore}; {@code rawScore} is the plain mean); the spread of the
 * jurors' totals and its flag; whether the dossier is inside the award cut and, if not, why; the
 * stability of that (share of bootstrap resamples inside the cut, 0–1); what broke a tie with the
 * dossier above; and the council's votes, {@code awarded} being the carried dossiers within the quotas.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RankingEntry(Long dossierId, String reference, String nomineeName, String category, String categoryName,
        String block, String province, String provinceName, String status, BigDecimal score, BigDecimal rawScore,
        BigDecimal normalisedScore, int rank, int jurorCount, int awardRecommendations, BigDecimal spread,
        boolean divergent, Divergence divergence, boolean insideCut, Outside outside, BigDecimal stability,
        boolean contested, Tie tie, Votes votes, boolean awarded) {

    public record Votes(int approve, int reject, int abstain, int eligible, int quorum, boolean quorumMet,
            boolean carried) {
    }

    /** Why a dossier is outside the cut; {@code subject} is the category's or block's code, {@code subjectName} its name. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Outside(OutsideReason reason, String subject, String subjectName) {
    }

    /**
     * Same score as the dossier ranked directly above ({@code after}, its reference, left out when the
     * viewer does not see that dossier); {@code decidedBy} the tie-break step.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Tie(String after, TieBreak decidedBy) {
    }
}

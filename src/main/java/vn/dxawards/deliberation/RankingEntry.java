package vn.dxawards.deliberation;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One dossier's place in the campaign's ranking, with its scores, flags and the council's votes. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RankingEntry(Long dossierId, String reference, String nomineeName, String category, String categoryName,
        String province, String provinceName, String status, BigDecimal score, int rank, int jurorCount,
        BigDecimal spread, boolean divergent, Votes votes, boolean awarded) {

    public record Votes(int approve, int reject, int abstain, int eligible, int quorum, boolean quorumMet,
            boolean carried) {
    }
}

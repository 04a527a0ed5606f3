package vn.dxawards.appraisal.service;

import vn.dxawards.appraisal.model.ProposalType;
import vn.dxawards.appraisal.model.Recommendation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A scorecard as the API shows it; {@code total} is the weighted total on 0–100. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScorecardView(Long dossierId, String juror, String status, Map<String, Integer> scores,
        Map<String, String> criterionComments, String comment,
        Recommendation recommendation, List<ProposalView> proposals, BigDecimal total, int revision,
        Instant submittedAt, Instant updatedAt, List<RevisionView> history) {

    public record ProposalView(ProposalType type, String text) {
    }

    /** An earlier state of the scorecard ({@code scores} as {@code C1=7;C2=8}) and why it was changed. */
    public record RevisionView(int revision, String scores, String criterionComments, String comment,
            Recommendation recommendation, BigDecimal total, String reason, Instant recordedAt) {
    }
}

package vn.dxawards.appraisal.service;

import vn.dxawards.appraisal.model.ProposalType;
import vn.dxawards.appraisal.model.Recommendation;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.validation.constraints.Size;

/**
 * A juror's scores as sent: {@code scores} by criterion code, 0–10 each; {@code criterionComments}
 * by criterion code, required where a score is 0 or 10.
 */
public record ScorecardInput(Map<String, Integer> scores,
        Map<String, @Size(max = 2000, message = "{dx.too_long}") String> criterionComments,
        @Size(max = 4000, message = "{dx.too_long}") String comment,
        Recommendation recommendation,
        List<ProposalInput> proposals,
        @Size(max = 2000, message = "{dx.too_long}") String reason) {

    /** A support proposal; a bare type string ({@code "TRAINING"}) is shorthand for one without text. */
    public record ProposalInput(ProposalType type, @Size(max = 2000, message = "{dx.too_long}") String text) {

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static ProposalInput of(String type) {
            return new ProposalInput(ProposalType.valueOf(type), null);
        }

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public static ProposalInput of(@JsonProperty("type") ProposalType type, @JsonProperty("text") String text) {
            return new ProposalInput(type, text);
        }
    }
}

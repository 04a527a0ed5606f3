package vn.dxawards.intake.service;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.dxawards.intake.model.IntakeDecision;

/** Several dossiers of one campaign, one decision (ACCEPT) and its note. */
public record BulkIntakeRequest(@NotNull(message = "{dx.required}") List<Long> dossierIds,
        @NotNull(message = "{dx.required}") IntakeDecision.Kind decision,
        @Size(max = 4000, message = "{dx.too_long}") String note) {
}

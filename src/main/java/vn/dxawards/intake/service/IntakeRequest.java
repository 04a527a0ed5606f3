package vn.dxawards.intake.service;

import vn.dxawards.intake.model.IntakeDecision;
import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The secretariat's decision on a submitted dossier. */
public record IntakeRequest(@NotNull(message = "{dx.required}") IntakeDecision.Kind decision,
        @Size(max = 4000, message = "{dx.too_long}") String note, LocalDate dueDate) {
}

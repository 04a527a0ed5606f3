package vn.dxawards.decision.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The chair's answer to the proposal. */
public record DecisionRequest(@NotNull(message = "{dx.required}") Action action,
        @Size(max = 4000, message = "{dx.too_long}") String comment) {

    public enum Action {
        SIGN, RETURN
    }
}

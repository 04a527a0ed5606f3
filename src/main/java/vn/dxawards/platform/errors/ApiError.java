package vn.dxawards.platform.errors;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The JSON body of every error answer. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(int status, String code, String message, List<String> details) {
}

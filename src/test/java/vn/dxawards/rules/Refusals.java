package vn.dxawards.rules;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.blankOrNullString;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/** What every refusal answers: its status, and the JSON body {@code {status, code, message}}. */
final class Refusals {

    private Refusals() {
    }

    static ValidatableResponse refused(Response response, int status, String code) {
        return response.then()
                .statusCode(status)
                .contentType(ContentType.JSON)
                .body("status", equalTo(status))
                .body("code", equalTo(code))
                .body("message", not(blankOrNullString()));
    }
}

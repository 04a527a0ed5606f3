package vn.dxawards.rules;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The pages and public addresses outside the JSON API, one row per operation of the OpenAPI
 * document: {@code PUBLIC} ones answer anyone (the results, the certificate check, the leader's
 * consent link, the language switch); {@code SIGNED_IN} ones send an anonymous visitor to the
 * sign-in page before anything else happens. What each signed-in person may do there the pages
 * ask {@code AccessPolicy} through the same service methods as the API rows of
 * {@link AccessMatrixTests}.
 */
final class PageAccess {

    enum Access {
        PUBLIC, SIGNED_IN
    }

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}/]+)}");

    /** The value sent for a path parameter: things that do not exist, so that nothing changes. */
    private static final Map<String, String> SAMPLES = Map.of("code", "no-such-campaign", "category", "health",
            "kind", "results", "format", "csv", "number", "TOP100-1999-999", "token", "no-such-token");

    static final Map<String, Access> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("GET /app", Access.SIGNED_IN);
        PAGES.put("GET /app/campaigns/new", Access.SIGNED_IN);
        PAGES.put("POST /app/campaigns/new", Access.SIGNED_IN);
        PAGES.put("GET /app/campaigns/{code}", Access.SIGNED_IN);
        PAGES.put("POST /app/campaigns/{code}/advance", Access.SIGNED_IN);
        PAGES.put("GET /app/campaigns/{code}/assignments", Access.SIGNED_IN);
        PAGES.put("POST /app/campaigns/{code}/assignments/auto", Access.SIGNED_IN);
        PAGES.put("POST /app/campaigns/{code}/assignments/manual", Access.SIGNED_IN);
        PAGES.put("GET /app/campaigns/{code}/council", Access.SIGNED_IN);
        PAGES.put("POST /app/campaigns/{code}/council", Access.SIGNED_IN);
        PAGES.put("GET /app/campaigns/{code}/decision", Access.SIGNED_IN);
        PAGES.put("POST /app/campaigns/{code}/decision", Access.SIGNED_IN);
        PAGES.put("GET /app/campaigns/{code}/decision/draft.pdf", Access.SIGNED_IN);
        PAGES.put("GET /app/campaigns/{code}/decision/pdf", Access.SIGNED_IN);
        PAGES.put("POST /app/campaigns/{code}/decision/signed", Access.SIGNED_IN);
        PAGES.put("POST /app/campaigns/{code}/decision/signed/confirm", Access.SIGNED_IN);
        PAGES.put("GET /app/campaigns/{code}/deliberation", Access.SIGNED_IN);
        PAGES.put("POST /app/campaigns/{code}/deliberation", Access.SIGNED_IN);
        PAGES.put("POST /app/campaigns/{code}/deliberation/list", Access.SIGNED_IN);
        PAGES.put("GET /app/campaigns/{code}/deliberation/minutes.pdf", Access.SIGNED_IN);
        PAGES.put("GET /app/campaigns/{code}/exports/{kind}.{format}", Access.SIGNED_IN);
        PAGES.put("GET /app/campaigns/{code}/overdue-scorecards", Access.SIGNED_IN);
        PAGES.put("POST /app/campaigns/{code}/overdue-scorecards/{assignmentId}/reassign", Access.SIGNED_IN);
        PAGES.put("GET /app/campaigns/{code}/ranking", Access.SIGNED_IN);
        PAGES.put("POST /app/campaigns/{code}/ranking/proposal", Access.SIGNED_IN);
        PAGES.put("GET /app/campaigns/{code}/rubrics/{category}", Access.SIGNED_IN);
        PAGES.put("POST /app/campaigns/{code}/rubrics/{category}", Access.SIGNED_IN);
        PAGES.put("GET /app/demo/mailbox", Access.SIGNED_IN);
        PAGES.put("GET /app/dossiers", Access.SIGNED_IN);
        PAGES.put("GET /app/dossiers/new", Access.SIGNED_IN);
        PAGES.put("POST /app/dossiers/new", Access.SIGNED_IN);
        PAGES.put("GET /app/dossiers/{id}", Access.SIGNED_IN);
        PAGES.put("POST /app/dossiers/{id}/attachments", Access.SIGNED_IN);
        PAGES.put("GET /app/dossiers/{id}/attachments/{attachmentId}", Access.SIGNED_IN);
        PAGES.put("GET /app/dossiers/{id}/audit", Access.SIGNED_IN);
        PAGES.put("POST /app/dossiers/{id}/consent-request", Access.SIGNED_IN);
        PAGES.put("GET /app/dossiers/{id}/discussion", Access.SIGNED_IN);
        PAGES.put("POST /app/dossiers/{id}/discussion", Access.SIGNED_IN);
        PAGES.put("GET /app/dossiers/{id}/edit", Access.SIGNED_IN);
        PAGES.put("POST /app/dossiers/{id}/edit", Access.SIGNED_IN);
        PAGES.put("POST /app/dossiers/{id}/submit", Access.SIGNED_IN);
        PAGES.put("GET /app/dossiers/{id}/surveys/new", Access.SIGNED_IN);
        PAGES.put("POST /app/dossiers/{id}/surveys/new", Access.SIGNED_IN);
        PAGES.put("GET /app/intake/{id}", Access.SIGNED_IN);
        PAGES.put("POST /app/intake/{id}", Access.SIGNED_IN);
        PAGES.put("GET /app/notifications", Access.SIGNED_IN);
        PAGES.put("POST /app/notifications/read-all", Access.SIGNED_IN);
        PAGES.put("POST /app/notifications/{id}/read", Access.SIGNED_IN);
        PAGES.put("GET /app/register", Access.SIGNED_IN);
        PAGES.put("POST /app/register/accept", Access.SIGNED_IN);
        PAGES.put("GET /app/register/export.{format}", Access.SIGNED_IN);
        PAGES.put("GET /app/scoring/{id}", Access.SIGNED_IN);
        PAGES.put("POST /app/scoring/{id}", Access.SIGNED_IN);
        PAGES.put("POST /app/scoring/{id}/conflict", Access.SIGNED_IN);
        PAGES.put("GET /app/secretariat", Access.SIGNED_IN);
        PAGES.put("GET /app/surveys/task/{taskId}", Access.SIGNED_IN);
        PAGES.put("GET /app/surveys/{id}", Access.SIGNED_IN);
        PAGES.put("POST /app/surveys/{id}/attachments", Access.SIGNED_IN);
        PAGES.put("GET /app/surveys/{id}/attachments/{fileId}", Access.SIGNED_IN);
        PAGES.put("POST /app/surveys/{id}/findings", Access.SIGNED_IN);
        PAGES.put("GET /app/tasks", Access.SIGNED_IN);
        PAGES.put("POST /app/tasks/{id}/claim", Access.SIGNED_IN);
        PAGES.put("GET /app/tasks/{id}/open", Access.SIGNED_IN);
        PAGES.put("POST /app/tasks/{id}/unclaim", Access.SIGNED_IN);
        PAGES.put("GET /app/campaigns/{code}/edit", Access.SIGNED_IN);
        PAGES.put("POST /app/campaigns/{code}/edit", Access.SIGNED_IN);
        PAGES.put("GET /app/certificates/{number}/revoke", Access.SIGNED_IN);
        PAGES.put("POST /app/certificates/{number}/revoke", Access.SIGNED_IN);
        PAGES.put("POST /app/dossiers/{id}/attachments/{attachmentId}/remove", Access.SIGNED_IN);
        PAGES.put("POST /app/dossiers/{id}/delete", Access.SIGNED_IN);
        PAGES.put("POST /app/dossiers/{id}/withdraw", Access.SIGNED_IN);
        PAGES.put("GET /app/people", Access.SIGNED_IN);
        PAGES.put("POST /app/people/access", Access.SIGNED_IN);
        PAGES.put("POST /app/people/erasure", Access.SIGNED_IN);
        PAGES.put("POST /app/scoring/{id}/draft", Access.SIGNED_IN);
        PAGES.put("GET /dong-y/{token}", Access.PUBLIC);
        PAGES.put("POST /dong-y/{token}", Access.PUBLIC);
        PAGES.put("GET /ket-qua", Access.PUBLIC);
        PAGES.put("GET /ket-qua/{code}", Access.PUBLIC);
        PAGES.put("GET /lang/{code}", Access.PUBLIC);
        PAGES.put("GET /xac-minh", Access.PUBLIC);
        PAGES.put("GET /xac-minh/{number}", Access.PUBLIC);
    }

    private PageAccess() {
    }

    /** An anonymous request to the operation: the sign-in redirect, or (public) an answer without it. */
    static void checkAnonymous(String operation, Access access) {
        String method = operation.substring(0, operation.indexOf(' '));
        String path = sample(operation.substring(operation.indexOf(' ') + 1));
        RequestSpecification request = given().redirects().follow(false).accept("text/html");
        if (method.equals("POST")) {
            request.contentType("application/x-www-form-urlencoded").formParam("decision", "GIVE");
        }
        Response response = request.request(method, path);
        String location = response.header("Location");
        String signIn = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        if (access == Access.SIGNED_IN) {
            assertThat(response.statusCode()).as("%s anonymous (%s)", operation, path).isEqualTo(302);
            assertThat(location).as("%s anonymous: to the sign-in page", operation).startsWith(signIn);
        } else {
            assertThat(response.statusCode()).as("%s anonymous (%s): answered, not refused", operation, path)
                    .isNotIn(401, 403).isLessThan(500);
            assertThat(location == null ? "" : location).as("%s anonymous: no sign-in", operation)
                    .doesNotStartWith(signIn);
        }
    }

    private static String sample(String template) {
        Matcher parameter = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            parameter.appendReplacement(path, SAMPLES.getOrDefault(parameter.group(1), "999999999"));
        }
        parameter.appendTail(path);
        return path.toString();
    }
}

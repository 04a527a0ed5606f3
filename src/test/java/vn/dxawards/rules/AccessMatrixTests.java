package vn.dxawards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.dxawards.appraisal.model.Assignment;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;

/**
 * The access policy as a table: every API action against every kind of person, with the status
 * each must get. A change in {@code AccessPolicy} shows up here as a changed cell.
 *
 * <p>Refusals are 401 (no token), 403 (may know the thing, may not do this) and 404 (may not know
 * it exists). Actions that would change the shared fixture are sent in a form the rules then
 * refuse — an incomplete draft, a decision without its note — so an allowed cell reads 409 or 422
 * and nothing changes: the policy let the request through, the business rule stopped it.
 */
@QuarkusTest
class AccessMatrixTests {

    /** The people of the table; jurors are chosen by their relation to the fixture's dossiers. */
    enum Person {
        NOMINATOR, OTHER_NOMINATOR, SECRETARY, JUROR, OTHER_JUROR, CHAIR, ADMIN, ANONYMOUS
    }

    /**
     * A row: the operation it exercises ({@code METHOD /path/{param}}, as the OpenAPI document names it),
     * what it does, the request, and the status each person gets.
     */
    private record Row(String operation, String action, BiFunction<RequestSpecification, Fixture, Response> call,
            int[] expected) {
    }

    private static Row row(String operation, String action, BiFunction<RequestSpecification, Fixture, Response> call,
            int nominator, int otherNominator, int secretary, int juror, int otherJuror, int chair, int admin,
            int anonymous) {
        return new Row(operation, action, call, new int[] {nominator, otherNominator, secretary, juror, otherJuror,
                chair, admin, anonymous});
    }

    // @formatter:off
    private static final List<Row> TABLE = List.of(
            // operation (method and path as the OpenAPI document writes them), what the row does, its request,
            // then the status for each person:
            //      nomi- other  secre- juror other chair admin anony-
            //      nator nomin. tary         juror             mous
            row("GET /api/campaigns", "list campaigns",
                    (r, f) -> r.get("/api/campaigns"),
                    200,  200,   200,   200,  200,  200,  200,  401),
            row("GET /api/campaigns/{code}", "read a campaign",
                    (r, f) -> r.get("/api/campaigns/" + f.nomination),
                    200,  200,   200,   200,  200,  200,  200,  401),
            row("GET /api/localities", "list localities",
                    (r, f) -> r.get("/api/localities"),
                    200,  200,   200,   200,  200,  200,  200,  401),
            row("POST /api/campaigns", "create a campaign",
                    (r, f) -> r.body(campaignDefinition()).post("/api/campaigns"),
                    403,  403,   403,   403,  403,  403,  201,  401),
            row("POST /api/campaigns/{code}/advance",
                    "advance a campaign in deliberation (allowed: 409, it needs the proposal)",
                    (r, f) -> r.post("/api/campaigns/" + f.deliberation + "/advance"),
                    403,  403,   409,   403,  403,  403,  409,  401),
            row("POST /api/campaigns/{code}/dossiers", "create a draft",
                    (r, f) -> r.body(hanoiUnit()).post("/api/campaigns/" + f.nomination + "/dossiers"),
                    201,  201,   403,   403,  403,  403,  403,  401),
            row("GET /api/dossiers", "list dossiers",
                    (r, f) -> r.get("/api/dossiers"),
                    200,  200,   200,   200,  200,  200,  200,  401),
            row("GET /api/dossiers/{id}", "read a draft",
                    (r, f) -> r.get("/api/dossiers/" + f.draft),
                    200,  404,   200,   404,  404,  404,  200,  401),
            row("PUT /api/dossiers/{id}", "edit a draft",
                    (r, f) -> r.body(hanoiUnit()).put("/api/dossiers/" + f.draft),
                    200,  404,   403,   404,  404,  404,  403,  401),
            row("POST /api/dossiers/{id}/attachments", "attach a PDF to a draft",
                    (r, f) -> r.contentType("multipart/form-data")
                            .multiPart("file", "cong-van.pdf", Uploads.nominationLetter(), "application/pdf")
                            .post("/api/dossiers/" + f.draft + "/attachments"),
                    201,  404,   403,   404,  404,  404,  403,  401),
            row("POST /api/dossiers/{id}/submit", "submit an incomplete draft (allowed: 422)",
                    (r, f) -> r.post("/api/dossiers/" + f.incompleteDraft + "/submit"),
                    422,  404,   403,   404,  404,  404,  403,  401),
            row("POST /api/dossiers/{id}/withdraw", "withdraw a draft (allowed: 409, only submitted ones)",
                    (r, f) -> r.post("/api/dossiers/" + f.draft + "/withdraw"),
                    409,  404,   403,   404,  404,  404,  403,  401),
            row("DELETE /api/dossiers/{id}/attachments/{attachmentId}",
                    "remove an attachment of a submitted dossier (allowed: 409, only while it may change)",
                    (r, f) -> r.delete("/api/dossiers/" + f.inAppraisal + "/attachments/" + f.attachment),
                    409,  404,   403,   403,  404,  404,  403,  401),
            row("PUT /api/campaigns/{code}", "amend a campaign with nothing to amend (allowed: 422)",
                    (r, f) -> r.body(Map.of()).put("/api/campaigns/" + f.nomination),
                    403,  403,   403,   403,  403,  403,  422,  401),
            row("DELETE /api/dossiers/{id}", "delete a submitted dossier (allowed: 409, only drafts)",
                    (r, f) -> r.delete("/api/dossiers/" + f.submitted),
                    409,  404,   403,   404,  404,  404,  403,  401),
            row("POST /api/dossiers/{id}/intake", "reject at intake without a note (allowed: 422)",
                    (r, f) -> r.body(Map.of("decision", "REJECT")).post("/api/dossiers/" + f.submitted + "/intake"),
                    403,  404,   422,   404,  404,  404,  403,  401),
            row("POST /api/tasks/{id}/claim", "claim an intake task",
                    (r, f) -> r.post("/api/tasks/" + f.intakeTask + "/claim"),
                    404,  404,   200,   404,  404,  404,  404,  401),
            row("GET /api/dossiers/{id}/audit", "read the audit trail",
                    (r, f) -> r.get("/api/dossiers/" + f.submitted + "/audit"),
                    403,  404,   200,   404,  404,  404,  200,  401),
            row("GET /api/dossiers/{id}/receipt.pdf", "read the receipt of a submitted dossier",
                    (r, f) -> r.accept("application/pdf")
                            .get("/api/dossiers/" + f.submitted + "/receipt.pdf"),
                    200,  404,   200,   404,  404,  404,  200,  401),
            row("GET /api/tasks", "list one's tasks",
                    (r, f) -> r.get("/api/tasks"),
                    200,  200,   200,   200,  200,  200,  200,  401),
            row("POST /api/campaigns/{code}/assignments/auto", "assign jurors",
                    (r, f) -> r.post("/api/campaigns/" + f.appraisal + "/assignments/auto"),
                    403,  403,   200,   403,  403,  403,  403,  401),
            row("GET /api/campaigns/{code}/assignments", "read the assignment overview",
                    (r, f) -> r.get("/api/campaigns/" + f.appraisal + "/assignments"),
                    403,  403,   200,   403,  403,  403,  403,  401),
            row("POST /api/dossiers/{id}/assignments", "add a juror by hand to a full dossier (allowed: 409)",
                    (r, f) -> r.body(Map.of("juror", "juror1"))
                            .post("/api/dossiers/" + f.inAppraisal + "/assignments"),
                    403,  404,   409,   403,  404,  404,  403,  401),
            row("DELETE /api/dossiers/{id}/assignments/{juror}",
                    "take off a juror who is not assigned (allowed: 404, no such assignment)",
                    (r, f) -> r.delete("/api/dossiers/" + f.inAppraisal + "/assignments/nobody"),
                    403,  404,   404,   403,  404,  404,  403,  401),
            row("GET /api/dossiers/{id}", "read a dossier in appraisal",
                    (r, f) -> r.get("/api/dossiers/" + f.inAppraisal),
                    200,  404,   200,   200,  404,  404,  200,  401),
            row("GET /api/dossiers/{id}/attachments/{attachmentId}", "download its attachment",
                    (r, f) -> r.accept("application/pdf")
                            .get("/api/dossiers/" + f.inAppraisal + "/attachments/" + f.attachment),
                    200,  404,   200,   200,  404,  404,  200,  401),
            row("GET /api/dossiers/{id}/scorecards/mine", "read one's scorecard",
                    (r, f) -> r.get("/api/dossiers/" + f.inAppraisal + "/scorecards/mine"),
                    403,  404,   403,   200,  404,  404,  403,  401),
            row("PUT /api/dossiers/{id}/scorecards/mine", "save one's scorecard",
                    (r, f) -> r.body(Map.of("scores", Map.of("C1", 6)))
                            .put("/api/dossiers/" + f.inAppraisal + "/scorecards/mine"),
                    403,  404,   403,   200,  404,  404,  403,  401),
            row("POST /api/dossiers/{id}/scorecards/mine/submit", "submit an incomplete scorecard (allowed: 422)",
                    (r, f) -> r.post("/api/dossiers/" + f.inAppraisal + "/scorecards/mine/submit"),
                    403,  404,   403,   422,  404,  404,  403,  401),
            row("POST /api/dossiers/{id}/conflict", "declare a conflict without a reason (allowed: 422)",
                    (r, f) -> r.body(Map.of("reason", ""))
                            .post("/api/dossiers/" + f.inAppraisal + "/conflict"),
                    403,  404,   403,   422,  404,  404,  403,  401),
            row("GET /api/dossiers/{id}/scorecards", "read all scorecards before one's own is submitted",
                    (r, f) -> r.get("/api/dossiers/" + f.inAppraisal + "/scorecards"),
                    403,  404,   200,   403,  404,  404,  403,  401),
            row("GET /api/campaigns/{code}/overdue-scorecards", "read the overdue scorecards",
                    (r, f) -> r.get("/api/campaigns/" + f.appraisal + "/overdue-scorecards"),
                    403,  403,   200,   403,  403,  403,  200,  401),
            row("POST /api/assignments/{id}/reassign", "reassign a scorecard that is not overdue (allowed: 409)",
                    (r, f) -> r.body(Map.of("juror",
                            f.otherJuror)).post("/api/assignments/" + f.assignment + "/reassign"),
                    403,  403,   409,   403,  403,  403,  403,  401),
            row("POST /api/dossiers/{id}/surveys", "request a survey without a surveyor (allowed: 422)",
                    (r, f) -> r.body(Map.of("dueDate",
                            Fixtures.today().plusDays(5).toString())).post("/api/dossiers/" + f.inAppraisal + "/surveys"),
                    403,  404,   422,   403,  404,  404,  403,  401),
            row("GET /api/dossiers/{id}/surveys", "read a dossier's surveys",
                    (r, f) -> r.get("/api/dossiers/" + f.inAppraisal + "/surveys"),
                    403,  404,   200,   200,  404,  404,  200,  401),
            row("GET /api/campaigns/{code}/ranking", "read the ranking in appraisal",
                    (r, f) -> r.get("/api/campaigns/" + f.appraisal + "/ranking"),
                    403,  403,   200,   403,  403,  200,  403,  401),
            row("GET /api/dossiers/{id}", "read a shortlisted dossier in deliberation",
                    (r, f) -> r.get("/api/dossiers/" + f.shortlisted),
                    200,  404,   200,   200,  200,  200,  200,  401),
            row("GET /api/dossiers/{id}/scorecards", "read its scorecards in deliberation",
                    (r, f) -> r.get("/api/dossiers/" + f.shortlisted + "/scorecards"),
                    403,  404,   200,   200,  200,  200,  403,  401),
            row("GET /api/campaigns/{code}/ranking", "read the ranking in deliberation",
                    (r, f) -> r.get("/api/campaigns/" + f.deliberation + "/ranking"),
                    403,  403,   200,   200,  200,  200,  403,  401),
            row("POST /api/campaigns/{code}/deliberation/votes", "vote",
                    (r, f) -> r.body(Map.of("dossierId", f.shortlisted, "vote", "APPROVE"))
                            .post("/api/campaigns/" + f.deliberation + "/deliberation/votes"),
                    403,  404,   403,   201,  201,  201,  403,  401),
            row("GET /api/dossiers/{id}/comments", "read the discussion in deliberation",
                    (r, f) -> r.get("/api/dossiers/" + f.shortlisted + "/comments"),
                    403,  404,   200,   200,  200,  200,  200,  401),
            row("POST /api/dossiers/{id}/comments", "post an empty comment (allowed: 422)",
                    (r, f) -> r.body(Map.of("body", " "))
                            .post("/api/dossiers/" + f.shortlisted + "/comments"),
                    403,  404,   422,   422,  422,  422,  403,  401),
            row("POST /api/dossiers/{id}/scorecards/mine/revisions",
                    "revise a scorecard without a reason (allowed: 422)",
                    (r, f) -> r.body(Stages.scorecard(9))
                            .post("/api/dossiers/" + f.shortlisted + "/scorecards/mine/revisions"),
                    404,  404,   404,   422,  404,  404,  404,  401),
            row("POST /api/campaigns/{code}/proposal", "send the proposal before the quorum (allowed: 409)",
                    (r, f) -> r.post("/api/campaigns/" + f.deliberation + "/proposal"),
                    403,  403,   409,   403,  403,  403,  403,  401),
            row("POST /api/campaigns/{code}/decision", "decide before a proposal (allowed: 409)",
                    (r, f) -> r.body(Map.of("action", "RETURN", "comment",
                            "Đề nghị rà soát.")).post("/api/campaigns/" + f.deliberation + "/decision"),
                    403,  403,   403,   403,  403,  409,  403,  401),
            row("GET /api/campaigns/{code}/minutes.pdf", "read the minutes in appraisal (allowed: 409, none yet)",
                    (r, f) -> r.accept("application/pdf")
                            .get("/api/campaigns/" + f.appraisal + "/minutes.pdf"),
                    403,  403,   409,   403,  403,  409,  403,  401),
            row("GET /api/campaigns/{code}/minutes.pdf", "read the minutes in deliberation",
                    (r, f) -> r.accept("application/pdf")
                            .get("/api/campaigns/" + f.deliberation + "/minutes.pdf"),
                    403,  403,   200,   200,  200,  200,  403,  401),
            row("GET /api/campaigns/{code}/decision/draft.pdf",
                    "download the draft decision before a proposal (allowed: 409)",
                    (r, f) -> r.accept("application/pdf")
                            .get("/api/campaigns/" + f.deliberation + "/decision/draft.pdf"),
                    403,  403,   403,   403,  403,  409,  403,  401),
            row("POST /api/campaigns/{code}/decision/signed",
                    "upload a signed decision before a proposal (allowed: 409)",
                    (r, f) -> r.contentType("multipart/form-data")
                            .multiPart("file", "quyet-dinh.pdf", Uploads.nominationLetter(), "application/pdf")
                            .post("/api/campaigns/" + f.deliberation + "/decision/signed"),
                    403,  403,   403,   403,  403,  409,  403,  401),
            row("GET /api/campaigns/{code}/decision.pdf", "read the decision before it is signed (allowed: 404)",
                    (r, f) -> r.accept("application/pdf")
                            .get("/api/campaigns/" + f.deliberation + "/decision.pdf"),
                    403,  403,   404,   403,  403,  404,  404,  401),
            row("GET /api/campaigns/{code}/assignments/progress", "follow the start of the scoring processes",
                    (r, f) -> r.get("/api/campaigns/" + f.appraisal + "/assignments/progress"),
                    403,  403,   200,   403,  403,  403,  403,  401),
            row("GET /api/campaigns/{code}/progress",
                    "read a campaign's progress (a council member: their own figures)",
                    (r, f) -> r.get("/api/campaigns/" + f.appraisal + "/progress"),
                    403,  403,   200,   200,  200,  200,  200,  401),
            row("GET /api/campaigns/{code}/categories/{category}/rubric",
                    "read a category's rubric (its set-up: the admin's)",
                    (r, f) -> r.get("/api/campaigns/" + f.nomination + "/categories/" + Fixtures.STATE + "/rubric"),
                    403,  403,   403,   403,  403,  403,  200,  401),
            row("PUT /api/campaigns/{code}/categories/{category}/rubric",
                    "replace a rubric by an empty one (allowed: 422)",
                    (r, f) -> r.body(List.of()).put("/api/campaigns/" + f.nomination + "/categories/" + Fixtures.STATE
                            + "/rubric"),
                    403,  403,   403,   403,  403,  403,  422,  401),
            row("POST /api/campaigns/{code}/intake/bulk", "accept nothing at once (allowed: 422)",
                    (r, f) -> r.body(Map.of("decision", "ACCEPT", "dossierIds", List.of()))
                            .post("/api/campaigns/" + f.nomination + "/intake/bulk"),
                    403,  403,   422,   403,  403,  403,  403,  401),
            row("POST /api/tasks/{id}/unclaim", "give back the claimed intake task",
                    (r, f) -> r.post("/api/tasks/" + f.intakeTask + "/unclaim"),
                    404,  404,   200,   404,  404,  404,  404,  401),
            row("POST /api/dossiers/{id}/consent-request",
                    "ask a unit for a leader's consent (allowed: 422, leaders only)",
                    (r, f) -> r.post("/api/dossiers/" + f.submitted + "/consent-request"),
                    422,  404,   403,   404,  404,  404,  403,  401),
            row("GET /api/public/consent/{token}", "open an unknown consent link",
                    (r, f) -> r.get("/api/public/consent/no-such-token"),
                    404,  404,   404,   404,  404,  404,  404,  404),
            row("POST /api/public/consent/{token}", "answer an unknown consent link",
                    (r, f) -> r.body(Map.of("decision", "GIVE")).post("/api/public/consent/no-such-token"),
                    404,  404,   404,   404,  404,  404,  404,  404),
            row("GET /api/dossiers/{id}/recommendations", "read the scorecards' recommendations in appraisal",
                    (r, f) -> r.get("/api/dossiers/" + f.inAppraisal + "/recommendations"),
                    403,  404,   200,   403,  404,  404,  200,  401),
            row("GET /api/surveys/{id}", "read a survey",
                    (r, f) -> r.get("/api/surveys/" + f.survey),
                    403,  404,   200,   200,  404,  404,  200,  401),
            row("POST /api/surveys/{id}/attachments", "attach a text file to a survey (allowed: 415)",
                    (r, f) -> r.contentType("multipart/form-data")
                            .multiPart("file", "ghi-chu.txt", "không phải PDF".getBytes(StandardCharsets.UTF_8),
                                    "text/plain")
                            .post("/api/surveys/" + f.survey + "/attachments"),
                    403,  404,   403,   415,  404,  404,  403,  401),
            row("GET /api/surveys/{id}/attachments/{fileId}",
                    "download a survey file that does not exist (allowed: 404)",
                    (r, f) -> r.accept("application/pdf").get("/api/surveys/" + f.survey + "/attachments/999999999"),
                    403,  404,   404,   404,  404,  404,  404,  401),
            row("POST /api/surveys/{id}/findings", "record empty findings (allowed: 422)",
                    (r, f) -> r.body(Map.of("findings", " ")).post("/api/surveys/" + f.survey + "/findings"),
                    403,  404,   403,   422,  404,  404,  403,  401),
            row("POST /api/campaigns/{code}/deliberation/votes/list", "vote on the list: approve all inside the cut",
                    (r, f) -> r.body(Map.of()).post("/api/campaigns/" + f.deliberation + "/deliberation/votes/list"),
                    403,  403,   403,   200,  200,  200,  403,  401),
            row("POST /api/certificates/{number}/revoke",
                    "revoke an unknown certificate (404 first: numbers are public; refusals in PublicationTests)",
                    (r, f) -> r.body(Map.of("reason", "Cấp nhầm.")).post("/api/certificates/TOP100-1999-999/revoke"),
                    404,  404,   404,   404,  404,  404,  404,  401),
            row("GET /api/public/certificates/{number}.pdf", "download an unknown certificate",
                    (r, f) -> r.accept("application/pdf").get("/api/public/certificates/TOP100-1999-999.pdf"),
                    404,  404,   404,   404,  404,  404,  404,  404),
            row("GET /api/notifications", "read one's notifications",
                    (r, f) -> r.get("/api/notifications"),
                    200,  200,   200,   200,  200,  200,  200,  401),
            row("POST /api/notifications/{id}/read", "mark an unknown notification read",
                    (r, f) -> r.post("/api/notifications/999999999/read"),
                    404,  404,   404,   404,  404,  404,  404,  401),
            row("GET /api/demo/mailbox", "read the demo mailbox (off outside the demo)",
                    (r, f) -> r.get("/api/demo/mailbox"),
                    404,  404,   404,   404,  404,  404,  404,  401),
            row("GET /api/public/campaigns/{code}/results", "read the results before publication",
                    (r, f) -> r.get("/api/public/campaigns/" + f.deliberation + "/results"),
                    404,  404,   404,   404,  404,  404,  404,  404),
            row("GET /api/campaigns/{code}/exports/{kind}.{format}", "export the results in deliberation",
                    (r, f) -> r.accept("text/csv")
                            .get("/api/campaigns/" + f.deliberation + "/exports/results.csv"),
                    403,  403,   200,   403,  403,  200,  403,  401),
            row("GET /api/campaigns/{code}/exports/{kind}.{format}", "export the scores in deliberation",
                    (r, f) -> r.accept("text/csv")
                            .get("/api/campaigns/" + f.deliberation + "/exports/scores.csv"),
                    403,  403,   200,   403,  403,  200,  403,  401),
            row("GET /api/public/campaigns/{code}/yearbook.pdf", "read the yearbook before publication",
                    (r, f) -> r.accept("application/pdf")
                            .get("/api/public/campaigns/" + f.deliberation + "/yearbook.pdf"),
                    404,  404,   404,   404,  404,  404,  404,  404),
            row("GET /api/people/data", "answer a data subject's access request",
                    (r, f) -> r.queryParam("email", "matrix-nobody@example.invalid").get("/api/people/data"),
                    403,  403,   403,   403,  403,  403,  200,  401),
            row("POST /api/people/erasure", "ask an erasure without a reason (allowed: 422)",
                    (r, f) -> r.body(Map.of("email", "matrix-nobody@example.invalid")).post("/api/people/erasure"),
                    403,  403,   403,   403,  403,  403,  422,  401),
            row("GET /api/public/certificates/{number}", "verify an unknown certificate",
                    (r, f) -> r.get("/api/public/certificates/TOP100-1999-999"),
                    404,  404,   404,   404,  404,  404,  404,  404));
    // @formatter:on

    static Stream<Arguments> cells() {
        return TABLE.stream().flatMap(row -> Stream.of(Person.values())
                .map(person -> Arguments.of(row.action(), person, row.expected()[person.ordinal()])));
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @MethodSource("cells")
    void accessFollowsThePolicy(String action, Person person, int expected) {
        Fixture fixture = Fixture.get();
        Row row = TABLE.stream().filter(r -> r.action().equals(action)).findFirst().orElseThrow();
        RequestSpecification request = person == Person.ANONYMOUS ? Api.anonymous() : Api.as(fixture.user(person));
        List<String> sent = new ArrayList<>();
        request.filter((requestSpec, responseSpec, context) -> {
            sent.add(requestSpec.getMethod() + " " + URI.create(requestSpec.getURI()).getRawPath());
            return context.next(requestSpec, responseSpec);
        });

        Response response = row.call().apply(request, fixture);

        assertThat(sent).as("the request of '%s' is the row's operation %s", action, row.operation()).singleElement()
                .matches(sentRequest -> Operations.matches(row.operation(), sentRequest));
        assertThat(response.statusCode()).as(action + " as " + person).isEqualTo(expected);
        if (expected >= 400) {
            String code = response.path("code");
            assertThat(code).as("error code").isNotBlank();
            Refusals.refused(response, expected, code);
            switch (expected) {
                case 401 -> assertThat(code).isEqualTo("unauthenticated");
                case 403 -> assertThat(code).isEqualTo("forbidden");
                case 404 -> assertThat(code).startsWith("not_found.");
                default -> { }
            }
        }
    }

    /**
     * The table covers the API the application serves: every operation of its OpenAPI document (read
     * from the management interface) has a row, and every row names an operation the document has.
     * A new endpoint without a row fails here, naming it; so does one the code declares under
     * {@code /api} but the document leaves out.
     */
    @Test
    void everyOperationOfTheOpenApiDocumentHasARow() {
        Set<String> documented = Operations.documented();
        Set<String> rows = TABLE.stream().map(Row::operation).map(Operations::normalized)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> declaredApi = Operations.declared().stream().filter(Operations::isApi)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(documented).as("operations of the OpenAPI document").hasSizeGreaterThan(50)
                .allMatch(Operations::isApi);
        assertThat(Operations.missing(documented, rows)).as("operations without a row in the access matrix").isEmpty();
        assertThat(Operations.missing(rows, documented)).as("rows naming an operation the document does not have")
                .isEmpty();
        assertThat(Operations.missing(declaredApi, documented)).as("API operations missing from the OpenAPI document")
                .isEmpty();
    }

    /**
     * The pages and public addresses outside {@code /api}, which the API document leaves out: each
     * operation the code declares has a row in {@link PageAccess#PAGES} saying whether it is public
     * or needs a signed-in person, and an anonymous request gets exactly that.
     */
    @Test
    void everyPageOperationHasARowAndAnonymousAccessFollowsIt() {
        Set<String> declared = Operations.declared().stream().filter(op -> !Operations.isApi(op))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> rows = PageAccess.PAGES.keySet().stream().map(Operations::normalized)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(declared).as("page operations the code declares").hasSizeGreaterThan(50);
        assertThat(Operations.missing(declared, rows)).as("page operations without a row in PageAccess.PAGES")
                .isEmpty();
        assertThat(Operations.missing(rows, declared)).as("page rows naming an operation the code does not declare")
                .isEmpty();
        PageAccess.PAGES.forEach(PageAccess::checkAnonymous);
    }

    private static Map<String, Object> hanoiUnit() {
        return Fixtures.unitDossier(Fixtures.STATE, "Sở Y tế Hà Nội", "01", "0100800100");
    }

    private static Map<String, Object> campaignDefinition() {
        LocalDate today = Fixtures.today();
        return Map.of(
                "code", "matrix-" + UUID.randomUUID().toString().substring(0, 8),
                "name", Map.of("vi", "Đợt kiểm tra quyền", "en", "Access check"),
                "windows", Map.of(
                        "nomination", Map.of("start", today.toString(), "end", today.plusDays(10).toString()),
                        "appraisal", Map.of("start", today.plusDays(11).toString(), "end", today.plusDays(20).toString())),
                "categories", List.of(Map.of("code", "health", "name", Map.of("vi", "Y tế", "en", "Health"),
                        "kind", "UNIT")));
    }

    /**
     * Three campaigns, each with Hà Nội dossiers: one in nomination (a draft, an incomplete draft,
     * a submitted dossier and its intake task), one in appraisal (an accepted dossier with a letter
     * attached, three jurors and a field survey by one of them), one in deliberation (a shortlisted,
     * fully scored dossier).
     */
    static final class Fixture {

        private static Fixture instance;

        String nomination;
        long draft;
        long incompleteDraft;
        long submitted;
        String intakeTask;
        String appraisal;
        long inAppraisal;
        long attachment;
        String deliberation;
        long shortlisted;
        String juror;
        String otherJuror;
        long assignment;
        long survey;

        static synchronized Fixture get() {
            if (instance == null) {
                instance = new Fixture();
            }
            return instance;
        }

        private Fixture() {
            nomination = Fixtures.newCampaign("matrix-nomination");
            draft = Stages.draft(nomination, "nominator.hanoi", hanoiUnit());
            Map<String, Object> incomplete = new HashMap<>(hanoiUnit());
            incomplete.remove("strategy");
            incompleteDraft = Stages.draft(nomination, "nominator.hanoi", incomplete);
            submitted = Fixtures.submit(nomination, "nominator.hanoi", hanoiUnit());
            intakeTask = Api.as("secretary1").get("/api/tasks").then().statusCode(200).extract().jsonPath()
                    .getString("find { it.dossierId == " + submitted + " }.id");

            appraisal = Fixtures.newCampaign("matrix-appraisal");
            inAppraisal = Stages.draft(appraisal, "nominator.hanoi", hanoiUnit());
            attachment = ((Number) Uploads.upload("nominator.hanoi", inAppraisal, "cong-van.pdf",
                    Uploads.nominationLetter()).then().statusCode(201).extract().path("id")).longValue();
            Api.as("nominator.hanoi").post("/api/dossiers/" + inAppraisal + "/submit").then().statusCode(200);
            Stages.accept(inAppraisal);
            List<String> appraisers = Stages.assignJurors(appraisal).get(inAppraisal);
            Stages.advance(appraisal, "APPRAISAL");

            deliberation = Fixtures.newCampaign("matrix-deliberation");
            shortlisted = Fixtures.submit(deliberation, "nominator.hanoi", hanoiUnit());
            Stages.accept(shortlisted);
            Map<Long, List<String>> jurors = Stages.assignJurors(deliberation);
            Stages.toDeliberation(deliberation, jurors);

            List<String> both = new ArrayList<>(appraisers);
            both.retainAll(jurors.get(shortlisted));
            assertThat(both).as("a juror of both dossiers").isNotEmpty().doesNotContain("chair");
            juror = both.get(0);
            List<String> neither = new ArrayList<>(Stages.COUNCIL);
            // The chair has a column of their own; juror2 and juror3 are local to Hà Nội, hence recused.
            neither.removeAll(List.of("chair", "juror2", "juror3"));
            neither.removeAll(appraisers);
            neither.removeAll(jurors.get(shortlisted));
            assertThat(neither).as("a juror of neither dossier").isNotEmpty();
            otherJuror = neither.get(0);
            assignment = QuarkusTransaction.requiringNew().call(() -> Assignment.<Assignment>find(
                    "dossier.id = ?1 and juror = ?2", inAppraisal, juror).firstResult().id);
            // a field survey of the dossier in appraisal, by the juror of the table
            survey = ((Number) Api.as("secretary1").body(Map.of("surveyor", juror, "dueDate",
                    Fixtures.today().plusDays(5).toString())).post("/api/dossiers/" + inAppraisal + "/surveys").then()
                    .statusCode(201).extract().path("id")).longValue();
        }

        String user(Person person) {
            return switch (person) {
                case NOMINATOR -> "nominator.hanoi";
                case OTHER_NOMINATOR -> "nominator.vinasa";
                case SECRETARY -> "secretary1";
                case JUROR -> juror;
                case OTHER_JUROR -> otherJuror;
                case CHAIR -> "chair";
                case ADMIN -> "admin";
                case ANONYMOUS -> throw new IllegalArgumentException("no user");
            };
        }
    }
}

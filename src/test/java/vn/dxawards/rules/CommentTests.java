package vn.dxawards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.dxawards.rules.Refusals.refused;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;

/**
 * The council's discussion of a shortlisted dossier: members and the secretariat comment and
 * reply in deliberation; a conflicted member sees nothing of it; nominators never; bad input and
 * the wrong phase change nothing.
 */
@QuarkusTest
class CommentTests {

    private static String campaign;
    private static long hanoi;
    private static long danang;

    /** juror2 (UBND-HN) and juror3 (Hà Nội) are conflicted with the Hà Nội dossier. */
    private static synchronized void prepare() {
        if (campaign != null) {
            return;
        }
        String code = Fixtures.newCampaign("comments");
        hanoi = Fixtures.submit(code, "nominator.hanoi",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Sở Y tế Hà Nội", "01", "0100700200"));
        danang = Fixtures.submit(code, "nominator.danang",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Sở Y tế Đà Nẵng", "N48", "0400700201"));
        Stages.accept(hanoi);
        Stages.accept(danang);
        Stages.assignJurors(code);
        Stages.advance(code, "APPRAISAL");
        // no comment before deliberation, even by an assigned juror
        String assigned = Stages.assignJurors(code).get(danang).get(0);
        refused(Api.as(assigned).body(Map.of("body", "Quá sớm")).post(comments(danang)), 409, "phase.closed");
        Stages.assignJurors(code).forEach((dossier, members) -> members.forEach(j -> Stages.score(j, dossier, 8)));
        Stages.advance(code, "DELIBERATION");
        campaign = code;
    }

    private static String comments(long dossier) {
        return "/api/dossiers/" + dossier + "/comments";
    }

    @Test
    void membersCommentAndReplyInThreads() {
        prepare();
        long first = Api.as("juror5").body(Map.of("body", "Đề nghị làm rõ số liệu về dịch vụ công trực tuyến."))
                .post(comments(hanoi)).then().statusCode(201)
                .body("authorRole", equalTo("juror")).body("parentId", equalTo(null))
                .extract().jsonPath().getLong("id");
        long reply = Api.as("secretary1").body(Map.of("body", "Hồ sơ có phụ lục 3 về số liệu.", "parentId", first))
                .post(comments(hanoi)).then().statusCode(201)
                .body("authorRole", equalTo("secretary")).body("parentId", equalTo((int) first))
                .extract().jsonPath().getLong("id");
        // a reply to a reply joins the same thread
        Api.as("chair").body(Map.of("body", "  Đã rõ, cảm ơn.  ", "parentId", reply)).post(comments(hanoi)).then()
                .statusCode(201).body("parentId", equalTo((int) first)).body("body", equalTo("Đã rõ, cảm ơn."));

        for (String reader : List.of("juror6", "secretary2", "chair", "admin")) {
            List<Map<String, Object>> threads = Api.as(reader).get(comments(hanoi)).then().statusCode(200)
                    .extract().jsonPath().getList("$");
            Map<String, Object> thread = threads.stream()
                    .filter(t -> ((Number) ((Map<?, ?>) t.get("comment")).get("id")).longValue() == first)
                    .findFirst().orElseThrow();
            assertThat((List<?>) thread.get("replies")).hasSize(2);
        }
    }

    @Test
    void aConflictedMemberSeesNothingOfTheDiscussionAndCannotJoinIt() {
        prepare();
        Api.as("juror5").body(Map.of("body", "Ý kiến về hồ sơ Hà Nội.")).post(comments(hanoi)).then().statusCode(201);
        List<Object> before = Api.as("secretary1").get(comments(hanoi)).then().extract().jsonPath().getList("$");

        for (String conflicted : List.of("juror2", "juror3")) {
            refused(Api.as(conflicted).get(comments(hanoi)), 404, "not_found.dossier");
            refused(Api.as(conflicted).body(Map.of("body", "Tôi muốn góp ý.")).post(comments(hanoi)), 404,
                    "not_found.dossier");
        }
        refused(Api.as("nominator.hanoi").get(comments(hanoi)), 403, "forbidden");
        refused(Api.as("nominator.hanoi").body(Map.of("body", "Xin bổ sung.")).post(comments(hanoi)), 403,
                "forbidden");
        refused(Api.as("nominator.hcm").get(comments(hanoi)), 404, "not_found.dossier");
        refused(Api.anonymous().get(comments(hanoi)), 401, "unauthenticated");

        assertThat(Api.as("secretary1").get(comments(hanoi)).then().extract().jsonPath().getList("$"))
                .isEqualTo(before);
    }

    @Test
    void anEmptyOrOverlongCommentOrAStrangeParentIsRefusedAndChangesNothing() {
        prepare();
        long other = Api.as("juror5").body(Map.of("body", "Ý kiến về hồ sơ Đà Nẵng.")).post(comments(danang)).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        List<Object> before = Api.as("secretary1").get(comments(hanoi)).then().extract().jsonPath().getList("$");

        refused(Api.as("juror5").body(Map.of("body", "   ")).post(comments(hanoi)), 422, "comment.required")
                .body("message", equalTo("Vui lòng nhập nội dung ý kiến."));
        refused(Api.as("juror5").header("Accept-Language", "en").body(Map.of("body", "x".repeat(4001)))
                .post(comments(hanoi)), 422, "comment.too_long")
                .body("message", equalTo("The comment is longer than 4000 characters."));
        refused(Api.as("juror5").body(Map.of("body", "Trả lời nhầm hồ sơ.", "parentId", other)).post(comments(hanoi)),
                422, "comment.parent_unknown");
        refused(Api.as("juror5").body(Map.of("body", "Không có hồ sơ này.")).post(comments(999999999)), 404,
                "not_found.dossier");

        assertThat(Api.as("secretary1").get(comments(hanoi)).then().extract().jsonPath().getList("$"))
                .isEqualTo(before);
    }
}

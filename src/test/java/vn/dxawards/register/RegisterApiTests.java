package vn.dxawards.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;

/**
 * The dossier register through the API (DESIGN.md §5): search without diacritics by nominee,
 * reference and tax code, filters, order, pages with the total in X-Total-Count, scoped as every
 * list; and the bulk intake, where each dossier is its own decision and a refused one never blocks
 * the others.
 */
@QuarkusTest
class RegisterApiTests {

    @Test
    void theRegisterFindsWithoutDiacriticsFiltersSortsAndPages() {
        String campaign = Fixtures.newCampaign("register");
        long bachMai = Fixtures.submit(campaign, "nominator.hanoi",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Bạch Mai", "01", "0100100100"));
        long daNang = Fixtures.submit(campaign, "nominator.danang",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Đà Nẵng", "N48", "0400100102"));
        long choRay = Fixtures.submit(campaign, "nominator.hcm",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Chợ Rẫy", "N79", "0300100103"));
        long draft = draft(campaign, "nominator.hanoi",
                Fixtures.unitDossier(Fixtures.SECTOR_B, "Trường Đại học Bách khoa Hà Nội", "01", "0100200200"));

        // "da nang" finds "Đà Nẵng"; a tax code and a reference's tail are found too
        assertThat(ids(search(campaign, "q=da nang"))).containsExactly(daNang);
        assertThat(ids(search(campaign, "q=BENH VIEN CHO RAY"))).containsExactly(choRay);
        assertThat(ids(search(campaign, "q=0400100102"))).containsExactly(daNang);
        String reference = Api.as("secretary1").get("/api/dossiers/" + bachMai).then().extract().path("reference");
        assertThat(ids(search(campaign, "q=" + reference.toLowerCase()))).containsExactly(bachMai);
        assertThat(ids(search(campaign, "q=100%25"))).isEmpty();

        // filters: status (repeated or with commas), category, locality, body
        assertThat(ids(search(campaign, "status=DRAFT"))).containsExactly(draft);
        assertThat(ids(search(campaign, "status=draft,submitted&sort=reference"))).containsExactly(bachMai, daNang,
                choRay, draft);
        assertThat(ids(search(campaign, "category=" + Fixtures.SECTOR_B))).containsExactly(draft);
        assertThat(ids(search(campaign, "locality=N79"))).containsExactly(choRay);
        assertThat(ids(search(campaign, "body=UBND-HN"))).containsExactly(bachMai, draft);

        // order by the nominee, reversed; names beside the codes
        Response byNominee = search(campaign, "status=SUBMITTED&sort=-nominee");
        assertThat(byNominee.jsonPath().getList("nominee.name", String.class)).containsExactly("Bệnh viện Đà Nẵng",
                "Bệnh viện Chợ Rẫy", "Bệnh viện Bạch Mai");
        assertThat(byNominee.jsonPath().getString("find { it.id == " + choRay + " }.nominee.provinceName"))
                .isEqualTo("Hồ Chí Minh");
        assertThat(byNominee.jsonPath().getString("find { it.id == " + choRay + " }.categoryName")).isEqualTo("Y tế");
        assertThat(byNominee.jsonPath().getString("find { it.id == " + choRay + " }.bodyName")).isNotBlank();

        // pages: the body stays an array, the total in the header
        Response first = search(campaign, "sort=reference&page=1&size=3");
        assertThat(ids(first)).containsExactly(bachMai, daNang, choRay);
        assertThat(first.header("X-Total-Count")).isEqualTo("4");
        Response second = search(campaign, "sort=reference&page=2&size=3");
        assertThat(ids(second)).containsExactly(draft);
        assertThat(second.header("X-Total-Count")).isEqualTo("4");
        assertThat(search(campaign, "page=3&size=3").jsonPath().getList("$")).isEmpty();

        // scoped as every list: a body sees its own, even when it asks for another's
        Response hanoi = Api.as("nominator.hanoi").get("/api/dossiers?campaign=" + campaign + "&body=UBND-DN");
        assertThat(ids(hanoi)).isEmpty();
        assertThat(hanoi.header("X-Total-Count")).isEqualTo("0");
        Response own = Api.as("nominator.hanoi").get("/api/dossiers?campaign=" + campaign + "&q=bach");
        assertThat(ids(own)).containsExactly(bachMai, draft);
        // a council member sees nothing before assignment
        assertThat(Api.as("juror1").get("/api/dossiers?campaign=" + campaign).header("X-Total-Count")).isEqualTo("0");

        // bad requests: a clear 400 naming what is accepted
        Api.as("secretary1").get("/api/dossiers?sort=price").then().statusCode(400)
                .body("code", equalTo("register.sort")).body("message", org.hamcrest.Matchers.containsString("nominee"));
        Api.as("secretary1").get("/api/dossiers?status=LOST").then().statusCode(400)
                .body("code", equalTo("register.status"));
        Api.as("secretary1").get("/api/dossiers?page=0&size=10").then().statusCode(400)
                .body("code", equalTo("register.paging"));
        Api.as("secretary1").get("/api/dossiers?size=501").then().statusCode(400)
                .body("code", equalTo("register.paging"));
    }

    @Test
    void aBulkIntakeAcceptsEachDossierOnItsOwnAndNamesTheRefusedOne() {
        String campaign = Fixtures.newCampaign("bulk");
        String other = Fixtures.newCampaign("bulk-other");
        long bachMai = Fixtures.submit(campaign, "nominator.hanoi",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Bạch Mai", "01", "0100100100"));
        long daNang = Fixtures.submit(campaign, "nominator.danang",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Đà Nẵng", "N48", "0400100102"));
        long choRay = Fixtures.submit(campaign, "nominator.hcm",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Chợ Rẫy", "N79", "0300100103"));
        long draft = draft(campaign, "nominator.hanoi",
                Fixtures.unitDossier(Fixtures.SECTOR_B, "Trường Đại học Bách khoa Hà Nội", "01", "0100200200"));
        long elsewhere = Fixtures.submit(other, "nominator.vinasa",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện FPT", "01", "0100300300"));

        // only the secretariat; only acceptances; something to accept
        Api.as("nominator.hanoi").body(Map.of("dossierIds", List.of(bachMai), "decision", "ACCEPT"))
                .post("/api/campaigns/" + campaign + "/intake/bulk").then().statusCode(403);
        Api.as("secretary1").body(Map.of("dossierIds", List.of(bachMai), "decision", "REJECT", "note", "x"))
                .post("/api/campaigns/" + campaign + "/intake/bulk").then().statusCode(422)
                .body("code", equalTo("intake.bulk_accept_only"));
        Api.as("secretary1").body(Map.of("dossierIds", List.of(), "decision", "ACCEPT"))
                .post("/api/campaigns/" + campaign + "/intake/bulk").then().statusCode(422)
                .body("code", equalTo("intake.bulk_empty"));
        assertThat(status(bachMai)).isEqualTo("SUBMITTED");

        JsonPath answer = Api.as("secretary1").header("Accept-Language", "vi")
                .body(Map.of("dossierIds", List.of(bachMai, draft, daNang, elsewhere, choRay), "decision", "ACCEPT",
                        "note", "Hồ sơ đầy đủ."))
                .post("/api/campaigns/" + campaign + "/intake/bulk").then().statusCode(200).extract().jsonPath();

        assertThat(answer.getList("id", Long.class)).containsExactly(bachMai, draft, daNang, elsewhere, choRay);
        assertThat(answer.getString("find { it.id == " + bachMai + " }.status")).isEqualTo("ACCEPTED");
        assertThat(answer.getString("find { it.id == " + daNang + " }.status")).isEqualTo("ACCEPTED");
        assertThat(answer.getString("find { it.id == " + choRay + " }.status")).isEqualTo("ACCEPTED");
        assertThat(answer.getString("find { it.id == " + draft + " }.error.code")).isEqualTo("intake.not_waiting");
        assertThat(answer.getString("find { it.id == " + draft + " }.error.message")).contains("không chờ tiếp nhận");
        assertThat(answer.getString("find { it.id == " + draft + " }.status")).isNull();
        assertThat(answer.getString("find { it.id == " + elsewhere + " }.error.code")).isEqualTo("not_found.dossier");

        // each accepted one is its own decision in its own process, with its own audit line
        for (long id : List.of(bachMai, daNang, choRay)) {
            assertThat(status(id)).isEqualTo("ACCEPTED");
            List<Map<String, Object>> audit = Api.as("secretary1").get("/api/dossiers/" + id + "/audit").then()
                    .statusCode(200).extract().jsonPath().getList("$");
            assertThat(audit).filteredOn(line -> "INTAKE_ACCEPT".equals(line.get("action"))).hasSize(1)
                    .allMatch(line -> "secretary1".equals(line.get("actor")) && "Hồ sơ đầy đủ.".equals(line.get("detail")));
        }
        // the refused ones are untouched, the refusal written down
        assertThat(status(draft)).isEqualTo("DRAFT");
        assertThat(status(elsewhere)).isEqualTo("SUBMITTED");
        List<Map<String, Object>> draftAudit = Api.as("secretary1").get("/api/dossiers/" + draft + "/audit").then()
                .extract().jsonPath().getList("$");
        assertThat(draftAudit).anyMatch(line -> "REFUSED".equals(line.get("action"))
                && String.valueOf(line.get("detail")).contains("intake.not_waiting"));

        // asked again, every one is refused and nothing changes
        JsonPath again = Api.as("secretary1").body(Map.of("dossierIds", List.of(bachMai), "decision", "ACCEPT"))
                .post("/api/campaigns/" + campaign + "/intake/bulk").then().statusCode(200).extract().jsonPath();
        assertThat(again.getString("[0].error.code")).isEqualTo("intake.not_waiting");
    }

    static Response search(String campaign, String query) {
        return Api.as("secretary1").get("/api/dossiers?campaign=" + campaign + "&" + query).then().statusCode(200)
                .extract().response();
    }

    static List<Long> ids(Response response) {
        return response.jsonPath().getList("id", Long.class);
    }

    static long draft(String campaign, String nominator, Map<String, Object> dossier) {
        return Fixtures.draft(campaign, nominator, dossier);
    }

    static String status(long id) {
        return Api.as("secretary1").get("/api/dossiers/" + id).then().statusCode(200).extract().path("status");
    }
}

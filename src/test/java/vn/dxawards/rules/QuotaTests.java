package vn.dxawards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.dxawards.rules.Refusals.refused;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;

/**
 * One unit per key sector per nominating body: a second dossier is only warned about when created,
 * refused at submission with the other dossier's reference; rejected and withdrawn dossiers free
 * the place. Each test uses its own body and sector of one campaign.
 */
@QuarkusTest
class QuotaTests {

    private static String campaign;

    private static synchronized String campaign() {
        if (campaign == null) {
            campaign = Fixtures.newCampaign("quota");
        }
        return campaign;
    }

    @Test
    void aSecondDossierInTheSameSectorIsWarnedAtCreationAndRefusedAtSubmission() {
        long first = Fixtures.submit(campaign(), "nominator.danang",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Đà Nẵng", "N48", "0400300100"));
        String firstReference = reference(first, "nominator.danang");

        long second = ((Number) Api.as("nominator.danang")
                .body(Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện C Đà Nẵng", "N48", "0400300101"))
                .post("/api/campaigns/" + campaign() + "/dossiers").then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("warnings", contains("Lưu ý: đơn vị đã có hồ sơ " + firstReference + " trong hạng mục Y tế; "
                        + "mỗi ngành trọng điểm chỉ được đề cử 01 đơn vị."))
                .extract().path("id")).longValue();
        Unchanged before = Unchanged.dossier(second, "nominator.danang");

        refused(Api.as("nominator.danang").post("/api/dossiers/" + second + "/submit"), 409, "quota.exceeded")
                .body("message", equalTo("Không thể nộp: đơn vị đã đề cử hồ sơ " + firstReference
                        + " trong hạng mục Y tế (mỗi ngành trọng điểm 01 đơn vị)."));
        refused(Api.as("nominator.danang").header("Accept-Language", "en")
                .post("/api/dossiers/" + second + "/submit"), 409, "quota.exceeded")
                .body("message", equalTo("Cannot submit: your body already nominated dossier " + firstReference
                        + " in category Health (one unit per key sector)."));

        before.verify();
        assertThat(intakeTasksOf(second)).isEmpty();
    }

    @Test
    void anotherBodyOrAnotherSectorHasItsOwnPlace() {
        Fixtures.submit(campaign(), "nominator.hcm",
                Fixtures.unitDossier(Fixtures.SECTOR_B, "Trường THPT Lê Quý Đôn", "N79", "0300300102"));

        Fixtures.submit(campaign(), "nominator.vinasa",
                Fixtures.unitDossier(Fixtures.SECTOR_B, "Trường Đại học FPT", "N79", "0300300103"));
        Api.as("nominator.hcm").body(Fixtures.unitDossier(Fixtures.STATE, "Sở Nội vụ TP.HCM", "N79", "0300300104"))
                .post("/api/campaigns/" + campaign() + "/dossiers").then().statusCode(201)
                .body("warnings", nullValue());
    }

    @Test
    void aRejectedDossierDoesNotCountForTheQuota() {
        long rejected = Fixtures.submit(campaign(), "nominator.hcm",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Chợ Rẫy", "N79", "0300300105"));
        Stages.reject(rejected);

        long next = ((Number) Api.as("nominator.hcm")
                .body(Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Nhân dân 115", "N79", "0300300106"))
                .post("/api/campaigns/" + campaign() + "/dossiers").then().statusCode(201)
                .body("warnings", nullValue()).extract().path("id")).longValue();
        Api.as("nominator.hcm").post("/api/dossiers/" + next + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
    }

    @Test
    void aWithdrawnDossierDoesNotCountForTheQuota() {
        long withdrawn = Fixtures.submit(campaign(), "nominator.haiphong",
                Fixtures.unitDossier(Fixtures.SECTOR_B, "Trường Đại học Hàng hải", "N31", "0200300107"));
        Api.as("nominator.haiphong").post("/api/dossiers/" + withdrawn + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        assertThat(intakeTasksOf(withdrawn)).isEmpty();

        Fixtures.submit(campaign(), "nominator.haiphong",
                Fixtures.unitDossier(Fixtures.SECTOR_B, "Trường THPT chuyên Trần Phú", "N31", "0200300108"));
    }

    private static String reference(long dossier, String reader) {
        return Api.as(reader).get("/api/dossiers/" + dossier).then().statusCode(200).extract().path("reference");
    }

    private static List<String> intakeTasksOf(long dossier) {
        return Api.as("secretary1").get("/api/tasks").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.dossierId == " + dossier + " }.type");
    }
}

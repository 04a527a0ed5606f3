package vn.dxawards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxawards.rules.Refusals.refused;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;
import vn.dxawards.support.PdfTools;

/**
 * The minutes of the council's deliberation (biên bản): who was present (voted) and absent, each
 * dossier's votes against the quorum and its outcome, the conclusion; readable by the secretariat,
 * the chair and the council, a council member's copy without the dossiers they were recused from.
 */
@QuarkusTest
class MinutesTests {

    @Test
    void theMinutesRecordAttendanceVotesAndTheConclusion() throws Exception {
        String campaign = Fixtures.newCampaign("minutes");
        long danang = Fixtures.submit(campaign, "nominator.danang",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Ung bướu Đà Nẵng", "N48", "0401234567"));
        long hcm = Fixtures.submit(campaign, "nominator.hcm",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Hùng Vương", "N79", "0301234567"));
        Stages.accept(danang);
        Stages.accept(hcm);
        Stages.toDeliberation(campaign, Stages.assignJurors(campaign));
        refused(Api.as("juror1").accept("application/pdf").get(minutes(Fixtures.newCampaign("minutes-early"))), 403,
                "forbidden");
        // six members vote; juror3, juror4 and juror8 do not come
        for (String member : List.of("chair", "juror1", "juror2", "juror5", "juror6", "juror7")) {
            vote(campaign, member, danang, "APPROVE");
            vote(campaign, member, hcm, "REJECT");
        }

        byte[] full = pdf(campaign, "secretary1");
        String text = PdfTools.text(full);
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BIÊN BẢN", "Họp Hội đồng thẩm định",
                "I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN", "II. KẾT QUẢ BIỂU QUYẾT", "III. KẾT LUẬN",
                "Bệnh viện Ung bướu Đà Nẵng", "Bệnh viện Hùng Vương", "Thông qua, đề nghị khen thưởng",
                "Không thông qua", "có mặt 6 thành viên", "vắng 3 thành viên", "Có mặt", "Vắng", "THƯ KÝ",
                "CHỦ TỊCH HỘI ĐỒNG", "6 / 6")
                .doesNotContain("Bản của thành viên");
        List<Path> pages = PdfTools.pngs(full, 50);
        assertThat(pages).hasSize(PdfTools.pages(full));
        pages.forEach(page -> assertThat(PdfTools.inked(page)).isBetween(0.002, 0.5));
        Files.createDirectories(Path.of("target/test-signing"));
        Files.copy(PdfTools.pngs(full, 80).get(0), Path.of("target/test-signing/minutes-page1.png"),
                StandardCopyOption.REPLACE_EXISTING);

        assertThat(PdfTools.text(pdf(campaign, "chair"))).contains("Bệnh viện Ung bướu Đà Nẵng");
        // juror8 (Đà Nẵng) was recused from the Đà Nẵng dossier: their copy leaves it out
        assertThat(PdfTools.text(pdf(campaign, "juror8"))).contains("Bản của thành viên", "Bệnh viện Hùng Vương")
                .doesNotContain("Bệnh viện Ung bướu Đà Nẵng");
        refused(Api.as("nominator.danang").accept("application/pdf").get(minutes(campaign)), 403, "forbidden");
        refused(Api.anonymous().accept("application/pdf").get(minutes(campaign)), 401, "unauthenticated");
    }

    private static String minutes(String campaign) {
        return "/api/campaigns/" + campaign + "/minutes.pdf";
    }

    private static byte[] pdf(String campaign, String user) {
        return Api.as(user).accept("application/pdf").get(minutes(campaign)).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
    }

    private static void vote(String campaign, String member, long dossier, String choice) {
        Api.as(member).body(Map.of("dossierId", dossier, "vote", choice))
                .post("/api/campaigns/" + campaign + "/deliberation/votes").then().statusCode(201);
    }
}

package vn.dxawards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;

/**
 * A campaign taken through the API to published results: three health dossiers from Hà Nội, Đà
 * Nẵng and TP Hồ Chí Minh, scored 9, 7 and 6; the council approves the first two and rejects the
 * third. The Đà Nẵng unit's name has a comma and quotes (CSV quoting), the Hà Nội unit's strategy
 * runs over more than a page (the yearbook continues it).
 */
final class Published {

    static final String HANOI_NAME = "Bệnh viện Đa khoa Đức Giang";
    static final String DANANG_NAME = "Công ty Cổ phần \"Số hóa Miền Trung\", Đà Nẵng";
    static final String HCM_NAME = "Bệnh viện Nhân dân Gia Định";

    private static Published instance;

    final String campaign;
    final long hanoi;
    final long danang;
    final long hcm;

    /** A campaign of its own, for a test that changes what it publishes (a revoked certificate). */
    static Published fresh() {
        return new Published();
    }

    static synchronized Published get() {
        if (instance == null) {
            instance = new Published();
        }
        return instance;
    }

    private Published() {
        campaign = Fixtures.newCampaign("published");
        Map<String, Object> hanoiDossier = new HashMap<>(Fixtures.unitDossier(Fixtures.SECTOR_A, HANOI_NAME, "01",
                "0100900100"));
        hanoiDossier.put("strategy", longStrategy());
        hanoi = Fixtures.submit(campaign, "nominator.hanoi", hanoiDossier);
        danang = Fixtures.submit(campaign, "nominator.danang",
                Fixtures.unitDossier(Fixtures.SECTOR_A, DANANG_NAME, "N48", "0400900101"));
        hcm = Fixtures.submit(campaign, "nominator.hcm",
                Fixtures.unitDossier(Fixtures.SECTOR_A, HCM_NAME, "N79", "0300900102"));
        for (long id : List.of(hanoi, danang, hcm)) {
            Stages.accept(id);
        }
        Map<Long, List<String>> jurors = Stages.assignJurors(campaign);
        Stages.advance(campaign, "APPRAISAL");
        Map<Long, Integer> level = Map.of(hanoi, 9, danang, 7, hcm, 6);
        jurors.forEach((dossier, members) -> members.forEach(j -> Stages.score(j, dossier, level.get(dossier))));
        Stages.advance(campaign, "DELIBERATION");
        for (String member : Stages.COUNCIL) {
            for (long id : List.of(hanoi, danang, hcm)) {
                int status = Api.as(member).body(Map.of("dossierId", id, "vote", id == hcm ? "REJECT" : "APPROVE"))
                        .post("/api/campaigns/" + campaign + "/deliberation/votes").then().extract().statusCode();
                assertThat(status).as(member + " votes on " + id).isIn(201, 403);
            }
        }
        Api.as("secretary1").post("/api/campaigns/" + campaign + "/proposal").then().statusCode(201)
                .body("awarded", equalTo(2));
        Api.as("chair").body(Map.of("action", "SIGN")).post("/api/campaigns/" + campaign + "/decision").then()
                .statusCode(200).body("phase", equalTo("DECISION"));
        Stages.advance(campaign, "PUBLISHED");
        awaitStatus(hanoi, "AWARDED");
        awaitStatus(danang, "AWARDED");
        awaitStatus(hcm, "NOT_AWARDED");
    }

    /** About 4,500 characters in paragraphs, as a real dossier's strategy section reads. */
    static String longStrategy() {
        String paragraph = "Giai đoạn %d: Bệnh viện triển khai bệnh án điện tử toàn viện, kết nối liên thông dữ liệu "
                + "với Cổng giám định bảo hiểm y tế và hệ thống hồ sơ sức khỏe điện tử của người dân; số hóa "
                + "toàn bộ quy trình khám chữa bệnh từ đặt lịch, tiếp đón, chỉ định cận lâm sàng đến thanh toán "
                + "không dùng tiền mặt; đào tạo kỹ năng số cho 100%% cán bộ, nhân viên y tế và thành lập tổ công "
                + "nghệ số cộng đồng hỗ trợ người bệnh cao tuổi sử dụng dịch vụ trực tuyến.";
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 10; i++) {
            text.append(paragraph.formatted(i)).append("\n\n");
        }
        return text.toString().trim();
    }

    private static void awaitStatus(long id, String status) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String current = null;
        while (Instant.now().isBefore(deadline)) {
            current = Api.as("secretary1").get("/api/dossiers/" + id).then().statusCode(200).extract().path("status");
            if (status.equals(current)) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertThat(current).as("status of dossier " + id).isEqualTo(status);
    }
}

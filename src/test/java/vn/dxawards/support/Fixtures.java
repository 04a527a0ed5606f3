package vn.dxawards.support;

import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Campaigns and dossiers made through the API, as a script would make them. */
public final class Fixtures {

    public static final String SECTOR_A = "health";
    public static final String SECTOR_B = "education";
    public static final String STATE = "state-agencies";
    public static final String LEADERS = "leaders";

    private Fixtures() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    /** A campaign in NOMINATION whose windows run from today; two key sectors, state units, leaders. */
    public static String newCampaign(String prefix) {
        LocalDate today = today();
        return newCampaign(prefix, window(today.minusDays(1), today.plusDays(30)),
                window(today.plusDays(31), today.plusDays(60)), Map.of());
    }

    /** An inclusive window of calendar days (ICT), as a campaign definition writes it. */
    public static Map<String, Object> window(LocalDate start, LocalDate end) {
        return Map.of("start", start.toString(), "end", end.toString());
    }

    /** A campaign with these windows and settings (those left out take their defaults); same categories. */
    public static String newCampaign(String prefix, Map<String, Object> nomination, Map<String, Object> appraisal,
            Map<String, Object> settings) {
        String code = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> definition = Map.of(
                "code", code,
                "name", Map.of("vi", "Đợt thử nghiệm " + code, "en", "Test campaign " + code),
                "awardCount", 100,
                "windows", Map.of("nomination", nomination, "appraisal", appraisal),
                "settings", settings,
                "categories", List.of(
                        Map.of("code", SECTOR_A, "name", Map.of("vi", "Y tế", "en", "Health"), "kind", "UNIT",
                                "maxPerBody", 1),
                        Map.of("code", SECTOR_B, "name", Map.of("vi", "Giáo dục", "en", "Education"), "kind", "UNIT",
                                "maxPerBody", 1),
                        Map.of("code", STATE, "name", Map.of("vi", "Đơn vị - Cơ quan nhà nước", "en", "State agencies"),
                                "kind", "UNIT"),
                        Map.of("code", LEADERS, "name", Map.of("vi", "Lãnh đạo tiêu biểu", "en", "Leaders"),
                                "kind", "LEADER")));
        Api.as("admin").body(definition).post("/api/campaigns").then().statusCode(201).body("code", equalTo(code));
        return code;
    }

    /** A complete unit dossier body for a nominee in the given locality. */
    public static Map<String, Object> unitDossier(String category, String name, String province, String taxCode) {
        return Map.of(
                "categoryCode", category,
                "nominee", Map.of(
                        "name", name,
                        "taxCode", taxCode,
                        "province", province,
                        "ownership", "STATE",
                        "website", "https://example.vn",
                        "contactName", "Nguyễn Văn An",
                        "contactEmail", "lienhe@example.vn",
                        "contactPhone", "0241234567"),
                "strategy", "Chiến lược chuyển đổi số giai đoạn 2025-2030 với lộ trình rõ ràng.",
                "scale", "500 cán bộ, phục vụ 2 triệu người dân.",
                "initiatives", "Nền tảng dữ liệu dùng chung; thanh toán không dùng tiền mặt.",
                "results", "95% hồ sơ trực tuyến toàn trình.",
                "supportWishes", "Đào tạo kỹ năng số cho cán bộ.");
    }

    /** Creates and submits a dossier; answers its id. */
    /** A unit dossier of the nominator's own locality, submitted and accepted at intake by secretary1. */
    public static long acceptedUnit(String campaign, String nominator, String taxCode) {
        String province = switch (nominator) {
            case "nominator.hanoi" -> "01";
            case "nominator.danang" -> "N48";
            case "nominator.hcm" -> "N79";
            default -> "N31";
        };
        long id = submit(campaign, nominator, unitDossier(SECTOR_A, "Đơn vị " + taxCode, province, taxCode));
        Api.as("secretary1").body(Map.of("decision", "ACCEPT")).post("/api/dossiers/" + id + "/intake").then()
                .statusCode(200).body("status", equalTo("ACCEPTED"));
        return id;
    }

    /** Creates a draft through the API as {@code nominator}; answers its id. */
    public static long draft(String campaign, String nominator, Map<String, Object> dossier) {
        return ((Number) Api.as(nominator).body(dossier).post("/api/campaigns/" + campaign + "/dossiers")
                .then().statusCode(201).extract().path("id")).longValue();
    }

    public static long submit(String campaign, String nominator, Map<String, Object> dossier) {
        long id = draft(campaign, nominator, dossier);
        Api.as(nominator).post("/api/dossiers/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        return id;
    }
}

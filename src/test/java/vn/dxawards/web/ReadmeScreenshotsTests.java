package vn.dxawards.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import vn.dxawards.support.Api;
import vn.dxawards.support.BrowserTests;
import vn.dxawards.support.Fixtures;
import vn.dxawards.support.Pdfs;
import vn.dxawards.support.Tokens;

/**
 * The README's screenshots, made from the demo campaign of the run command ({@code top100-demo},
 * seeded as {@code scripts/run.sh} seeds it, in a database of its own: this profile restarts the app
 * on a cleaned database) with fifteen nominations from the demo's nominating bodies, each with its
 * nomination letter. The walk goes through the campaign as its people would: the register and its
 * bulk intake, the nominating body's home, the campaign's amendment page, scoring with the letter
 * beside the rubric, the dashboards, the list vote, the compact ranking and the chair's home; one
 * page at phone width. Each page is checked for what it must show (and with axe-core) before its
 * picture is written, 1366 px wide, as {@code readme-*.png}: into {@code target/screenshots/} in an
 * ordinary test run, into {@code docs/screenshots/} (where the README shows them) when the environment
 * says {@code DX_README_SCREENSHOTS=1}:
 * {@code DX_README_SCREENSHOTS=1 scripts/test.sh -Dtest=ReadmeScreenshotsTests -DskipITs}.
 */
@QuarkusTest
@TestProfile(ReadmeScreenshotsTests.DemoCampaign.class)
class ReadmeScreenshotsTests extends BrowserTests {

    /** The app as {@code scripts/run.sh} starts it: the demo campaign and the demo's nominating bodies. */
    public static class DemoCampaign implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dx.demo.seed", "true");
        }
    }

    static final Path DOCS = "1".equals(System.getenv("DX_README_SCREENSHOTS")) ? Path.of("docs", "screenshots")
            : Path.of("target", "screenshots");
    private static final String CAMPAIGN = "top100-demo";
    private static final int WIDTH = 1366;
    private static final List<String> COUNCIL = List.of("chair", "juror1", "juror2", "juror3", "juror4", "juror5",
            "juror6", "juror7", "juror8");

    private record Nomination(String nominator, String category, String name, String province, String taxCode) {
    }

    /** Real units of the four cities and one national association (the demo's bodies), in six categories. */
    private static final List<Nomination> NOMINATIONS = List.of(
            new Nomination("nominator.hanoi", "health", "Bệnh viện Bạch Mai", "01", "0100109385"),
            new Nomination("nominator.hanoi", "education", "Đại học Bách khoa Hà Nội", "01", "0100110196"),
            new Nomination("nominator.hanoi", "state-agencies", "Trung tâm Phục vụ hành chính công Hà Nội", "01",
                    "0110203348"),
            new Nomination("nominator.hanoi", "state-agencies", "Sở Khoa học và Công nghệ Hà Nội", "01", "0100845612"),
            new Nomination("nominator.danang", "health", "Bệnh viện Đà Nẵng", "N48", "0400101210"),
            new Nomination("nominator.danang", "education", "Trường Đại học Bách khoa - Đại học Đà Nẵng", "N48",
                    "0400102077"),
            new Nomination("nominator.danang", "state-agencies", "Trung tâm Thông tin và Dịch vụ số Đà Nẵng", "N48",
                    "0401489731"),
            new Nomination("nominator.danang", "transport-logistics", "Cảng Đà Nẵng", "N48", "0400101556"),
            new Nomination("nominator.hcm", "health", "Bệnh viện Chợ Rẫy", "N79", "0301450208"),
            new Nomination("nominator.hcm", "transport-logistics", "Tổng công ty Tân Cảng Sài Gòn", "N79",
                    "0300514849"),
            new Nomination("nominator.hcm", "state-agencies", "Trung tâm Chuyển đổi số Thành phố Hồ Chí Minh", "N79",
                    "0316822045"),
            new Nomination("nominator.haiphong", "health", "Bệnh viện Hữu nghị Việt Tiệp", "N31", "0200283764"),
            new Nomination("nominator.haiphong", "transport-logistics", "Cảng Hải Phòng", "N31", "0200236845"),
            new Nomination("nominator.vinasa", "finance-banking", "Ngân hàng TMCP Công Thương Việt Nam", "01",
                    "0100111948"),
            new Nomination("nominator.vinasa", "education", "Trường Đại học FPT", "01", "0102100740"));

    private final Map<String, Long> ids = new LinkedHashMap<>();

    @Test
    void theReadmeScreenshotsShowTheDemoCampaignAtEveryStep() throws IOException {
        Files.createDirectories(DOCS);
        for (Nomination n : NOMINATIONS) {
            ids.put(n.name(), nominate(n));
        }
        // a draft not yet submitted, and the secretariat's first decisions taken one by one
        long draft = draft(new Nomination("nominator.haiphong", "education", "Trường Đại học Hàng hải Việt Nam", "N31",
                "0200124891"));
        for (String accepted : List.of("Bệnh viện Bạch Mai", "Bệnh viện Chợ Rẫy", "Cảng Đà Nẵng")) {
            intake(accepted, Map.of("decision", "ACCEPT"), "ACCEPTED");
        }
        intake("Sở Khoa học và Công nghệ Hà Nội", Map.of("decision", "REQUEST_SUPPLEMENT", "note",
                "Đề nghị bổ sung số liệu dịch vụ công trực tuyến toàn trình năm 2025 và văn bản xác nhận của Sở Nội vụ.",
                "dueDate", Fixtures.today().plusDays(10).toString()), "SUPPLEMENT_REQUESTED");

        // the register: a search, a filter, every waiting dossier ticked for one intake
        browser.signIn("secretary1");
        size(900);
        browser.open("/app/register?campaign=" + CAMPAIGN + "&status=SUBMITTED");
        assertThat(browser.text("h1")).isEqualTo("Sổ hồ sơ");
        assertThat(browser.text("#register-total")).startsWith("11 hồ sơ");
        browser.click("#select-all");
        assertThat(browser.text("#selected-count")).isEqualTo("Đã chọn 11 hồ sơ");
        assertThat(browser.text("#register")).contains("Bệnh viện Đà Nẵng", "Tổng công ty Tân Cảng Sài Gòn",
                "Hồ Chí Minh", "Giao thông - Logistics");
        shoot("readme-02-register-bulk-intake", 2100);
        browser.clickAndLoad("#accept-selected");
        assertThat(browser.text("h1")).isEqualTo("Xác nhận tiếp nhận 11 hồ sơ");
        shoot("readme-03-register-bulk-confirm", 1000);
        browser.clickAndLoad("#confirm-accept");
        assertThat(browser.text("h1")).isEqualTo("Đã tiếp nhận 11 hồ sơ");
        browser.signOut();

        // the nominating body: each dossier and what is expected of it next
        browser.signIn("nominator.hanoi");
        assertThat(browser.text("#mine")).contains("Sở Khoa học và Công nghệ Hà Nội", "Yêu cầu bổ sung",
                "Bệnh viện Bạch Mai", "Đã tiếp nhận");
        shoot("readme-04-nominating-body-home", 1000);
        browser.signOut();
        // the supplement sent, the dossier accepted
        Api.as("nominator.hanoi").post("/api/dossiers/" + ids.get("Sở Khoa học và Công nghệ Hà Nội") + "/submit").then()
                .statusCode(200).body("status", equalTo("SUBMITTED"));
        intake("Sở Khoa học và Công nghệ Hà Nội", Map.of("decision", "ACCEPT"), "ACCEPTED");

        // programme staff amend the campaign after its creation
        browser.signIn("admin");
        browser.open("/app/campaigns/" + CAMPAIGN + "/edit");
        assertThat(browser.text("h1")).startsWith("Sửa đổi đợt bình chọn");
        assertThat(browser.pageText()).contains("Trần Đức Thắng");
        shoot("readme-05-campaign-amendment", 1300);
        browser.signOut();

        // appraisal: the council assigned; about half of the scorecards in
        Api.as("secretary1").post("/api/campaigns/" + CAMPAIGN + "/assignments/auto").then().statusCode(200)
                .body("unfilled.size()", equalTo(0));
        Api.as("secretary1").post("/api/campaigns/" + CAMPAIGN + "/advance").then().statusCode(200)
                .body("phase", equalTo("APPRAISAL"));
        Map<String, List<Long>> assigned = assignments();
        String scorer = assigned.entrySet().stream().filter(e -> !e.getKey().equals("chair"))
                .max((a, b) -> Integer.compare(a.getValue().size(), b.getValue().size())).orElseThrow().getKey();
        Map<Long, Integer> level = levels();
        for (Map.Entry<String, List<Long>> e : assigned.entrySet()) {
            List<Long> theirs = e.getValue();
            int done = e.getKey().equals(scorer) ? 1 : theirs.size() / 2 + (e.getKey().hashCode() & 1);
            for (int i = 0; i < Math.min(done, theirs.size()); i++) {
                score(e.getKey(), theirs.get(i), level.get(theirs.get(i)));
            }
        }

        browser.signIn("secretary1");
        String dashboard = browser.text("section[data-campaign='" + CAMPAIGN + "']");
        assertThat(dashboard).contains("Hồ sơ theo trạng thái", "Y tế", "Hà Nội", "Giao thông - Logistics");
        shoot("readme-01-secretariat-home", 2000);
        browser.signOut();

        browser.signIn(scorer);
        assertThat(browser.text("#own li[data-campaign='" + CAMPAIGN + "']")).contains("1/" + assigned.get(scorer).size());
        shoot("readme-06-council-member-home", 900);
        List<Long> mine = byReference(assigned.get(scorer));
        long second = mine.get(1);
        browser.open("/app/scoring/" + second);
        assertThat(browser.text("#queue-position")).startsWith("Hồ sơ 2 / " + mine.size());
        assertThat(browser.find(".pdf-viewer iframe").getAttribute("src")).contains("/attachments/");
        size(1000);
        var letterBox = browser.find(".pdf-viewer iframe").getRect();
        var rubricBox = browser.find("#rubric-section").getRect();
        assertThat(rubricBox.getX()).as("the rubric beside the letter").isGreaterThanOrEqualTo(
                letterBox.getX() + letterBox.getWidth());
        assertThat(rubricBox.getY()).isLessThan(letterBox.getY() + letterBox.getHeight());
        browser.type("#score_C1", "9");
        browser.type("#score_C2", "8");
        browser.type("#note_C2", "Quy mô phục vụ lớn, có số liệu kiểm chứng.");
        shoot("readme-07-scoring-letter-beside-rubric", 1000);
        browser.signOut();

        // every scorecard in; the deliberation opens
        for (Map.Entry<String, List<Long>> e : assigned.entrySet()) {
            for (long dossier : e.getValue()) {
                if (!submitted(e.getKey(), dossier)) {
                    score(e.getKey(), dossier, level.get(dossier));
                }
            }
        }
        Api.as("secretary1").post("/api/campaigns/" + CAMPAIGN + "/advance").then().statusCode(200)
                .body("phase", equalTo("DELIBERATION"));
        // a few members have already voted on their list
        for (String member : List.of("juror1", "juror3", "juror6", "juror7")) {
            Api.as(member).body(Map.of("approveInsideCutExcept", List.of()))
                    .post("/api/campaigns/" + CAMPAIGN + "/deliberation/votes/list").then().statusCode(200);
        }

        browser.signIn("juror5");
        browser.open("/app/campaigns/" + CAMPAIGN + "/deliberation");
        assertThat(browser.text("#list-vote")).contains("hồ sơ");
        long doubtful = ids.get("Trung tâm Thông tin và Dịch vụ số Đà Nẵng");
        browser.click("#except-" + doubtful);
        shoot("readme-08-list-vote", 1300);
        browser.clickAndLoad("#list-vote-submit");
        assertThat(browser.pageText()).contains("Đã ghi nhận phiếu biểu quyết theo danh sách.");
        browser.driver().manage().window().setSize(new Dimension(390, 1400));
        browser.open("/app/campaigns/" + CAMPAIGN + "/deliberation");
        assertThat(sidewaysScroll()).as("sideways scroll in px at 390 px").isLessThanOrEqualTo(0);
        assertThat(browser.find("#list-vote-submit").isDisplayed()).isTrue();
        // each shortlisted dossier a card (a squeezed table wraps its words letter by letter instead)
        assertThat(browser.find("#d" + doubtful + " td").getCssValue("display")).isEqualTo("block");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView(true);",
                browser.find("#list-vote-submit"));
        shootAsIs("readme-09-list-vote-390");
        browser.signOut();

        for (String member : List.of("chair", "juror2", "juror4", "juror8")) {
            Api.as(member).body(Map.of("approveInsideCutExcept", List.of()))
                    .post("/api/campaigns/" + CAMPAIGN + "/deliberation/votes/list").then().statusCode(200);
        }
        browser.signIn("secretary1");
        browser.open("/app/campaigns/" + CAMPAIGN + "/ranking");
        assertThat(browser.find("#ranking-compact").getText()).contains("Bệnh viện Bạch Mai", "Trong ngưỡng");
        shoot("readme-10-ranking-compact", 1500);
        browser.signOut();

        Api.as("secretary1").post("/api/campaigns/" + CAMPAIGN + "/proposal").then().statusCode(201);
        browser.signIn("chair");
        assertThat(browser.text("#proposal-state")).isNotBlank();
        shoot("readme-11-chair-home", 1300);
        browser.signOut();
        assertThat(draft).isPositive();
    }

    private long nominate(Nomination n) {
        long id = draft(n);
        byte[] letter = Pdfs.letter("CÔNG VĂN ĐỀ CỬ", List.of(
                "Kính gửi: Ban Thư ký Chương trình “Thúc đẩy tiến trình Chuyển đổi số Quốc gia”",
                "",
                "Đơn vị đề cử: " + n.name(),
                "Mã số thuế: " + n.taxCode(),
                "",
                "Trong giai đoạn 2023–2025, đơn vị đã hoàn thành chiến lược chuyển đổi số với",
                "100% thủ tục hành chính trực tuyến toàn trình, dữ liệu dùng chung kết nối",
                "với Cơ sở dữ liệu quốc gia về dân cư và thanh toán không dùng tiền mặt.",
                "",
                "Kèm theo: báo cáo kết quả chuyển đổi số năm 2025 (12 trang)."));
        given().auth().oauth2(Tokens.of(n.nominator())).accept(ContentType.JSON)
                .multiPart("file", "cong-van-de-cu.pdf", letter, "application/pdf")
                .post("/api/dossiers/" + id + "/attachments").then().statusCode(201);
        Api.as(n.nominator()).post("/api/dossiers/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        return id;
    }

    private static long draft(Nomination n) {
        Map<String, Object> body = new HashMap<>(Fixtures.unitDossier(n.category(), n.name(), n.province(),
                n.taxCode()));
        return ((Number) Api.as(n.nominator()).body(body).post("/api/campaigns/" + CAMPAIGN + "/dossiers").then()
                .statusCode(201).extract().path("id")).longValue();
    }

    private void intake(String name, Map<String, Object> decision, String status) {
        Api.as("secretary1").body(decision).post("/api/dossiers/" + ids.get(name) + "/intake").then().statusCode(200)
                .body("status", equalTo(status));
    }

    /** Each member's assigned dossiers, as their own list shows them. */
    private static Map<String, List<Long>> assignments() {
        Map<String, List<Long>> assigned = new LinkedHashMap<>();
        for (String member : COUNCIL) {
            List<Long> theirs = Api.as(member).get("/api/dossiers?campaign=" + CAMPAIGN).then().statusCode(200)
                    .extract().jsonPath().getList("id", Long.class);
            if (!theirs.isEmpty()) {
                assigned.put(member, new ArrayList<>(theirs));
            }
        }
        return assigned;
    }

    /** Scores spread as a council's would be: from 6 to 9 on every criterion. */
    private Map<Long, Integer> levels() {
        Map<Long, Integer> level = new HashMap<>();
        int i = 0;
        for (long id : ids.values()) {
            level.put(id, 6 + (i * 7) % 4);
            i++;
        }
        return level;
    }

    private static void score(String juror, long dossier, int level) {
        Map<String, Object> card = new HashMap<>();
        // members differ a little, as they do: a point up or down on one criterion
        int shift = Math.floorMod((juror + dossier).hashCode(), 3) - 1;
        card.put("scores", Map.of("C1", level, "C2", Math.min(9, level + 1), "C3", Math.max(1, Math.min(9, level + shift)),
                "C4", Math.max(1, level - 1)));
        card.put("comment", "Kết quả chuyển đổi số rõ ràng, số liệu kiểm chứng được.");
        card.put("recommendation", level >= 8 ? "AWARD" : "NO_AWARD");
        Api.as(juror).body(card).put("/api/dossiers/" + dossier + "/scorecards/mine").then().statusCode(200);
        Api.as(juror).post("/api/dossiers/" + dossier + "/scorecards/mine/submit").then().statusCode(200);
    }

    private static boolean submitted(String juror, long dossier) {
        var answer = Api.as(juror).get("/api/dossiers/" + dossier + "/scorecards/mine");
        return answer.statusCode() == 200 && "SUBMITTED".equals(answer.then().extract().path("status"));
    }

    private static List<Long> byReference(List<Long> dossiers) {
        Map<Long, String> references = new HashMap<>();
        for (long id : dossiers) {
            references.put(id, Api.as("secretary1").get("/api/dossiers/" + id).then().extract().path("reference"));
        }
        return dossiers.stream().sorted((a, b) -> references.get(a).compareTo(references.get(b))).toList();
    }

    private void size(int height) {
        browser.driver().manage().window().setSize(new Dimension(WIDTH, height));
    }

    /**
     * Checks the page (no error page, no serious accessibility fault), then writes it 1366 px wide and as
     * tall as its content up to {@code maxHeight}.
     */
    private void shoot(String name, int maxHeight) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        size(maxHeight);
        int chrome = maxHeight - ((Number) js.executeScript("return window.innerHeight;")).intValue();
        int content = ((Number) js.executeScript("return document.documentElement.scrollHeight;")).intValue();
        size(Math.min(maxHeight, content + chrome));
        js.executeScript("window.scrollTo(0, 0);");
        shootAsIs(name);
    }

    private void shootAsIs(String name) {
        assertThat(browser.text("h1")).as("an error page instead of " + name).doesNotMatch("\\d{3}");
        assertThat(browser.seriousAccessibilityViolations()).as("axe-core on " + name).isEmpty();
        try {
            Files.write(DOCS.resolve(name + ".png"),
                    ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int sidewaysScroll() {
        return ((Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).intValue();
    }
}

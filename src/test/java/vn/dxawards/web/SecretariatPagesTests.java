package vn.dxawards.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import io.quarkus.test.junit.QuarkusTest;
import vn.dxawards.support.Api;
import vn.dxawards.support.BrowserTests;
import vn.dxawards.support.Fixtures;
import vn.dxawards.support.Pdfs;
import vn.dxawards.support.Tokens;

/**
 * The secretariat works from the browser, signed in through Keycloak: the intake page with its
 * checklist and a duplicate hint, a supplement request, a refused rejection that keeps what was
 * typed, an acceptance; the automatic assignment on the juror × dossier overview with its conflict
 * marks; the audit trail; the ranking with decimal commas and the proposal, refused until every
 * dossier has its quorum. Every page is checked with axe-core; one in English.
 */
@QuarkusTest
class SecretariatPagesTests extends BrowserTests {
    private static final List<String> COUNCIL = List.of("chair", "juror1", "juror2", "juror3", "juror4", "juror5",
            "juror6", "juror7", "juror8");

    @Test
    void theSecretariatTakesInDossiersAndAssignsJurors() {
        String campaign = Fixtures.newCampaign("intake-web");
        browser.signIn("secretary1");
        // Two bodies nominate the same hospital (same tax code); Đà Nẵng forgot its PDF.
        long bachMai = submitWithPdf(campaign, "nominator.hanoi",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Bạch Mai", "01", "0100100100"));
        long bachMaiAgain = submitWithPdf(campaign, "nominator.vinasa",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Bạch Mai Hà Nội", "01", "0100100100"));
        long daNang = Fixtures.submit(campaign, "nominator.danang",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Đà Nẵng", "N48", "0400100102"));
        long choRay = submitWithPdf(campaign, "nominator.hcm",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Chợ Rẫy", "N79", "0300100103"));

        browser.open("/app/secretariat");
        assertThat(browser.text("h1")).isEqualTo("Ban thư ký");
        assertThat(browser.text("section[aria-labelledby=waiting]")).contains("Bệnh viện Bạch Mai Hà Nội",
                "Bệnh viện Đà Nẵng", "Bệnh viện Chợ Rẫy");
        assertAccessible("20-secretary-overview");

        // The task list links the dossier page, which links the intake page.
        browser.open("/app/dossiers/" + bachMai);
        browser.clickAndLoad("a[href='/app/intake/" + bachMai + "']");
        assertThat(browser.text("h1")).startsWith("Tiếp nhận hồ sơ HS-");
        assertThat(browser.text("#checklist-summary")).isEqualTo("Hồ sơ có đủ các nội dung bắt buộc.");
        String duplicates = browser.text("section[aria-labelledby=duplicates]");
        assertThat(duplicates).contains("Bệnh viện Bạch Mai Hà Nội", "Cùng mã số thuế", "Tên giống 100%");
        assertThat(duplicates).doesNotContain("Bệnh viện Chợ Rẫy");
        assertThat(status(browser.find("section[aria-labelledby=files] a").getAttribute("href")))
                .isEqualTo("200 application/pdf");
        assertAccessible("21-secretary-intake-with-duplicate", "#duplicates");

        // A rejection without its reason is refused; the choice and the due date typed stay.
        browser.open("/app/intake/" + daNang);
        assertThat(browser.text("tr[data-check=pdf] td")).contains("Thiếu");
        assertThat(browser.text("#checklist-summary")).isEqualTo("Hồ sơ còn thiếu 1 nội dung bắt buộc.");
        browser.click("#decision-reject");
        setValue("#dueDate", "2099-12-31");
        browser.clickAndLoad("#decide-submit");
        assertThat(browser.text("#decide-error")).contains("Cần ghi rõ lý do hoặc nội dung cần bổ sung.");
        assertThat(browser.find("#decision-reject").isSelected()).isTrue();
        assertThat(browser.find("#dueDate").getAttribute("value")).isEqualTo("2099-12-31");
        assertThat(browser.find("#note").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.text("#status")).isEqualTo("Đã nộp");
        assertAccessible("22-secretary-intake-refused", "#decide");

        // A supplement request with a note and the default due date, a week away.
        browser.open("/app/intake/" + bachMaiAgain);
        browser.click("#decision-supplement");
        assertThat(browser.find("#dueDate").getAttribute("value"))
                .isEqualTo(Fixtures.today().plusDays(7).toString());
        browser.type("#note", "Đề nghị bổ sung công văn đề cử; hồ sơ trùng mã số thuế với hồ sơ của UBND Hà Nội.");
        browser.clickAndLoad("#decide-submit");
        assertThat(browser.text("#status")).isEqualTo("Yêu cầu bổ sung");
        assertThat(browser.pageText()).contains("Đã ghi nhận quyết định tiếp nhận.");
        assertThat(browser.text("section[aria-labelledby=history]")).contains("Yêu cầu bổ sung",
                "Đề nghị bổ sung công văn đề cử", "secretary1");
        assertThat(browser.text("#not-waiting")).contains("không chờ tiếp nhận");
        assertAccessible("23-secretary-supplement-requested", "#history");

        browser.open("/app/intake/" + bachMai);
        browser.click("#decision-accept");
        browser.clickAndLoad("#decide-submit");
        assertThat(browser.text("#status")).isEqualTo("Đã tiếp nhận");
        accept(daNang);
        accept(choRay);

        // The overview marks conflicts before anyone is assigned, then three jurors per dossier.
        browser.open("/app/campaigns/" + campaign + "/assignments");
        assertThat(cell(bachMai, "juror2").getText()).contains("Xung đột (cơ quan đề cử)");
        assertThat(cell(bachMai, "juror3").getText()).contains("Xung đột (cùng địa phương)");
        assertThat(cell(daNang, "juror8").getText()).contains("Xung đột (cùng địa phương)");
        assertThat(cell(choRay, "juror4").getText()).contains("Xung đột (cùng địa phương)");
        assertThat(browser.driver().findElements(By.cssSelector("td.assigned"))).isEmpty();
        browser.clickAndLoad("#assign-auto");
        assertThat(browser.text("#assign-result")).contains("Đã phân công thêm 9 lượt.", "Mọi hồ sơ đã đủ thành viên.");
        for (long id : List.of(bachMai, daNang, choRay)) {
            assertThat(browser.driver().findElements(By.cssSelector("tr[data-dossier='" + id + "'] td.assigned")))
                    .hasSize(3);
        }
        assertThat(cell(bachMai, "juror2").getAttribute("class")).doesNotContain("assigned");
        assertThat(cell(choRay, "juror4").getAttribute("class")).doesNotContain("assigned");
        assertThat(browser.driver().findElements(By.cssSelector("tr[data-dossier='" + bachMaiAgain + "']"))).isEmpty();
        int load = 0;
        for (WebElement total : browser.driver().findElements(By.cssSelector("td[data-load]"))) {
            load += Integer.parseInt(total.getText());
        }
        assertThat(load).isEqualTo(9);
        assertAccessible("24-secretary-assignments");

        // The audit trail as sentences: who (by name) did what, when (ICT), from which state.
        browser.open("/app/dossiers/" + bachMaiAgain + "/audit");
        String audit = browser.text("#audit");
        assertThat(audit).contains("Huỳnh Thị Ngọc đã nộp hồ sơ", "Nguyễn Thị Thu Hà đã yêu cầu bổ sung hồ sơ",
                "Đề nghị bổ sung công văn đề cử", "Đã nộp → Yêu cầu bổ sung")
                .doesNotContain("secretary1", "nominator.vinasa");
        assertThat(audit).containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        assertAccessible("25-secretary-audit");
        // a refused change reads as a sentence with its reason, not as an HTTP line
        browser.open("/app/dossiers/" + daNang + "/audit");
        assertThat(browser.text("#audit tr[data-action=REFUSED]")).contains(
                "Nguyễn Thị Thu Hà đã thực hiện một thao tác trên hồ sơ", "nhưng bị từ chối: Cần ghi rõ lý do")
                .doesNotContain("POST", "422", "/app/");

        // The same intake page in English.
        browser.open("/app/intake/" + bachMai);
        browser.clickAndLoad("a[lang=en]");
        assertThat(browser.text("h1")).startsWith("Intake of dossier HS-");
        assertThat(browser.text("#status")).isEqualTo("Accepted");
        assertThat(browser.text("#checklist-summary")).isEqualTo("The dossier has every required item.");
        assertThat(browser.text("section[aria-labelledby=duplicates]")).contains("Same tax code");
        assertAccessible("26-secretary-intake-en");
        browser.clickAndLoad("a[lang=vi]");
        assertThat(browser.text("h1")).startsWith("Tiếp nhận hồ sơ");
    }

    @Test
    void theSecretariatSendsTheProposalFromTheRankingOnceEveryDossierHasItsQuorum() {
        String campaign = Fixtures.newCampaign("ranking-web");
        long choRay = Fixtures.submit(campaign, "nominator.hcm",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Chợ Rẫy", "N79", "0300100103"));
        long daNang = Fixtures.submit(campaign, "nominator.danang",
                Fixtures.unitDossier(Fixtures.SECTOR_A, "Bệnh viện Đà Nẵng", "N48", "0400100102"));
        accept(choRay);
        accept(daNang);
        Api.as("secretary1").post("/api/campaigns/" + campaign + "/assignments/auto").then().statusCode(200)
                .body("created", equalTo(6));
        Api.as("secretary1").post("/api/campaigns/" + campaign + "/advance").then().statusCode(200)
                .body("phase", equalTo("APPRAISAL"));
        // Chợ Rẫy: 8, 8, 9, 8 from everyone = 82.5; Đà Nẵng: 90, 60, 60 = 70, a strong disagreement.
        Map<Long, List<String>> jurors = jurorsOf(campaign);
        for (String juror : jurors.get(choRay)) {
            score(juror, choRay, 8, 8, 9, 8);
        }
        List<String> daNangJurors = jurors.get(daNang);
        for (int i = 0; i < daNangJurors.size(); i++) {
            int s = i == 0 ? 9 : 6;
            score(daNangJurors.get(i), daNang, s, s, s, s);
        }
        Api.as("secretary1").post("/api/campaigns/" + campaign + "/advance").then().statusCode(200)
                .body("phase", equalTo("DELIBERATION"));

        browser.signIn("secretary1");
        browser.open("/app/campaigns/" + campaign + "/ranking");
        assertThat(browser.text("tr[data-dossier='" + choRay + "'] td.score")).isEqualTo("82,5");
        assertThat(browser.text("tr[data-dossier='" + daNang + "'] td.score")).isEqualTo("70");
        assertThat(browser.text("tr[data-dossier='" + daNang + "']")).contains("Chênh lệch lớn (30 điểm)");
        assertThat(browser.text("tr[data-dossier='" + choRay + "']")).contains("0/6 (chưa đủ)");
        // compact by default: six columns, the rest behind "Chi tiết" and the full table a link away
        assertThat(browser.driver().findElements(By.cssSelector("#ranking-compact thead th"))).hasSize(6);
        assertThat(browser.text("tr[data-dossier='" + choRay + "'] td.dossier")).contains("Bệnh viện Chợ Rẫy");
        browser.click("tr[data-dossier='" + daNang + "'] details summary");
        assertThat(browser.text("tr[data-dossier='" + daNang + "'] details")).contains("Số phiếu chấm", "30");
        assertAccessible("27-secretary-ranking");
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        browser.open("/app/campaigns/" + campaign + "/ranking");
        assertThat(((Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).intValue())
                .as("sideways scroll in px").isLessThanOrEqualTo(0);
        assertAccessible("27-secretary-ranking-390");
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1366, 1000));
        browser.clickAndLoad("#view-full");
        assertThat(browser.driver().findElements(By.cssSelector("table.ranking:not(.compact) thead th"))).hasSize(18);
        assertThat(browser.text("tr[data-dossier='" + choRay + "'] td.score")).isEqualTo("82,5");
        browser.clickAndLoad("a[lang=en]");
        assertThat(browser.text("tr[data-dossier='" + choRay + "'] td.score")).isEqualTo("82.5");
        browser.clickAndLoad("a[lang=vi]");
        browser.clickAndLoad("#view-compact");

        browser.clickAndLoad("#send-proposal");
        assertThat(browser.text("#proposal-error")).contains("Chưa đủ số phiếu biểu quyết tối thiểu");
        assertThat(browser.driver().findElements(By.cssSelector("#proposal-error li"))).hasSize(2);
        assertThat(browser.text("#phase")).isEqualTo("Thảo luận");
        assertAccessible("28-secretary-proposal-refused");

        for (String member : COUNCIL) {
            for (long id : List.of(choRay, daNang)) {
                boolean recused = id == choRay && member.equals("juror4") || id == daNang && member.equals("juror8");
                if (!recused) {
                    Api.as(member).body(Map.of("dossierId", id, "vote", "APPROVE"))
                            .post("/api/campaigns/" + campaign + "/deliberation/votes").then().statusCode(201);
                }
            }
        }
        browser.open("/app/campaigns/" + campaign + "/ranking");
        assertThat(browser.text("tr[data-dossier='" + choRay + "']")).contains("8/6 (đủ)");
        browser.clickAndLoad("#send-proposal");
        browser.clickAndLoad("#confirm-proposal");
        assertThat(browser.pageText()).contains("Đã gửi tờ trình lên Chủ tịch Hội đồng.");
        assertThat(browser.text("#phase")).isEqualTo("Quyết định");
        assertThat(browser.driver().findElements(By.id("send-proposal"))).isEmpty();
        assertAccessible("29-secretary-proposal-sent");
    }

    private long submitWithPdf(String campaign, String nominator, Map<String, Object> dossier) {
        long id = ((Number) Api.as(nominator).body(dossier).post("/api/campaigns/" + campaign + "/dossiers").then()
                .statusCode(201).extract().path("id")).longValue();
        given().auth().oauth2(Tokens.of(nominator))
                .multiPart("file", Pdfs.onePageFile("cong-van-de-cu.pdf").toFile(), "application/pdf")
                .post("/api/dossiers/" + id + "/attachments").then().log().ifValidationFails().statusCode(201);
        Api.as(nominator).post("/api/dossiers/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        return id;
    }

    private static void accept(long id) {
        Api.as("secretary1").body(Map.of("decision", "ACCEPT")).post("/api/dossiers/" + id + "/intake").then()
                .statusCode(200).body("status", equalTo("ACCEPTED"));
    }

    private static Map<Long, List<String>> jurorsOf(String campaign) {
        Map<Long, List<String>> jurors = new HashMap<>();
        for (String member : COUNCIL) {
            Api.as(member).get("/api/dossiers?campaign=" + campaign).then().statusCode(200).extract().jsonPath()
                    .getList("id", Long.class)
                    .forEach(id -> jurors.computeIfAbsent(id, k -> new ArrayList<>()).add(member));
        }
        return jurors;
    }

    private static void score(String juror, long dossier, int c1, int c2, int c3, int c4) {
        Api.as(juror).body(Map.of("scores", Map.of("C1", c1, "C2", c2, "C3", c3, "C4", c4),
                "comment", "Hồ sơ rõ ràng, số liệu đầy đủ.", "recommendation", "AWARD"))
                .put("/api/dossiers/" + dossier + "/scorecards/mine").then().statusCode(200);
        Api.as(juror).post("/api/dossiers/" + dossier + "/scorecards/mine/submit").then().statusCode(200);
    }

    private WebElement cell(long dossier, String juror) {
        return browser.find("tr[data-dossier='" + dossier + "'] td[data-juror='" + juror + "']");
    }

    private void setValue(String css, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", browser.find(css),
                value);
    }

    /** The status and content type of a GET of the link with the browser's session, without leaving the page. */
    private String status(String href) {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')))"
                        + ".catch(e => done(String(e)));", href));
    }

}

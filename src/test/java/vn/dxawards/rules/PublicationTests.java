package vn.dxawards.rules;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static vn.dxawards.rules.Refusals.refused;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import vn.dxawards.support.Api;

/**
 * The publication of a campaign: certificates rendered to images whose QR code leads to the
 * verification page that confirms them, the yearbook with its contents and profiles, the public
 * feed and page, and the exports of results and scores — who may take them and what they hold.
 */
@QuarkusTest
class PublicationTests {

    private static final Path OUT = Path.of("target", "publication");

    @Test
    void eachAwardeeHasANumberedCertificateInTheFeedInRankOrder() {
        Published p = Published.get();
        JsonPath feed = Api.anonymous().get("/api/public/campaigns/" + p.campaign + "/results").then()
                .statusCode(200).extract().jsonPath();

        assertThat(feed.getList("awardees.nomineeName")).containsExactly(Published.HANOI_NAME, Published.DANANG_NAME);
        List<String> numbers = feed.getList("awardees.certificateNumber");
        assertThat(numbers).hasSize(2).allMatch(n -> n.matches("TOP100-\\d{4}-\\d{3}"));
        int first = Integer.parseInt(numbers.get(0).substring(12));
        assertThat(numbers.get(1)).isEqualTo("%s-%03d".formatted(numbers.get(0).substring(0, 11), first + 1));
        String base = ConfigProvider.getConfig().getValue("dx.public-base-url", String.class);
        assertThat(feed.getString("awardees[0].verificationUrl")).isEqualTo(base + "/xac-minh/" + numbers.get(0));
        assertThat(feed.getString("awardees[0].certificatePdf")).isEqualTo("/api/public/certificates/" + numbers.get(0)
                + ".pdf");
        assertThat(feed.getString("yearbookPdf")).isEqualTo("/api/public/campaigns/" + p.campaign + "/yearbook.pdf");
        assertThat(feed.getString("decisionDate")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(feed.getString("awardees[0].contactEmail")).isNull();
    }

    @Test
    void theCertificateSpeaksVietnameseAndItsQrCodeLeadsToAPageThatConfirmsIt() throws Exception {
        Published p = Published.get();
        JsonPath awardee = awardee(p, Published.DANANG_NAME);
        String number = awardee.getString("certificateNumber");
        byte[] pdf = given().accept("application/pdf").get("/api/public/certificates/" + number + ".pdf").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();

        String text = text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("GIẤY CHỨNG NHẬN", "THÚC ĐẨY TIẾN TRÌNH CHUYỂN ĐỔI SỐ QUỐC GIA",
                "Công ty Cổ phần \"Số hóa Miền Trung\", Đà Nẵng", "Hạng mục: Y tế", "Địa phương: Đà Nẵng",
                "Giấy chứng nhận số: " + number, "CHỦ TỊCH HỘI ĐỒNG THẨM ĐỊNH");
        String decision = Api.anonymous().get("/api/public/campaigns/" + p.campaign + "/results").then().extract()
                .path("decision");
        assertThat(text).contains("Quyết định số " + decision);

        Path png = render(pdf, "certificate-" + number, 150).get(0);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(image.getHeight()).as("landscape");
        String url = qr(image);
        assertThat(url).isEqualTo(awardee.getString("verificationUrl"));

        String page = given().accept("text/html").get(URI.create(url).getPath()).then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertThat(page).contains("Giấy chứng nhận số " + number + " là hợp lệ", "Công ty Cổ phần &quot;Số hóa Miền Trung&quot;, Đà Nẵng",
                "Y tế", "Đà Nẵng", "Số " + decision + " ngày ");
        given().accept("text/html").header("Accept-Language", "en")
                .get(URI.create(url).getPath()).then().statusCode(200)
                .body(containsString("Certificate " + number + " is valid."));
        Api.anonymous().get("/api/public/certificates/" + number).then().statusCode(200)
                .body("number", equalTo(number)).body("holder", equalTo(Published.DANANG_NAME))
                .body("status", equalTo("VALID")).body("decision", equalTo(decision))
                .body("category", equalTo("health")).body("province", equalTo("N48"));
    }

    @Test
    void aForgedNumberIsUnknown() {
        Published p = Published.get();
        String real = awardee(p, Published.HANOI_NAME).getString("certificateNumber");
        String forged = real.substring(0, 12) + "999";

        String page = given().accept("text/html").get("/xac-minh/" + forged).then().statusCode(404)
                .contentType(containsString("text/html")).extract().asString();
        assertThat(page).contains("Không tìm thấy giấy chứng nhận số " + forged, "không phải do chương trình cấp")
                .doesNotContain(Published.HANOI_NAME);
        refused(Api.anonymous().get("/api/public/certificates/" + forged), 404, "not_found.certificate");
        refused(Api.anonymous().header("Accept-Language", "en").get("/api/public/certificates/XYZ-1"), 404,
                "not_found.certificate").body("message", containsString("No certificate bears this number"));
        refused(Api.anonymous().accept("application/pdf").get("/api/public/certificates/" + forged + ".pdf"), 404,
                "not_found.certificate");
        // a number typed in lower case is the same certificate
        given().accept("text/html").get("/xac-minh/" + real.toLowerCase()).then().statusCode(200)
                .body(containsString(Published.HANOI_NAME));
        given().accept("text/html").redirects().follow(false).get("/xac-minh?so=" + real).then().statusCode(303)
                .header("Location", containsString("/xac-minh/" + real));
    }

    @Test
    void aRevokedCertificateIsShownAsRevokedWithItsReason() throws Exception {
        Published p = Published.get();
        String number = awardee(p, Published.HANOI_NAME).getString("certificateNumber");
        String revoke = "/api/certificates/" + number + "/revoke";
        Map<String, Object> reason = Map.of("reason", "Quyết định được đính chính: đơn vị không đủ điều kiện.");

        for (String person : List.of("secretary1", "chair", "juror1", "nominator.hanoi")) {
            refused(Api.as(person).body(reason).post(revoke), 403, "forbidden");
        }
        refused(Api.anonymous().body(reason).post(revoke), 401, "unauthenticated");
        refused(Api.as("admin").body(Map.of("reason", " ")).post(revoke), 422, "certificate.reason_required");
        refused(Api.as("admin").body(reason).post("/api/certificates/TOP100-1999-999/revoke"), 404,
                "not_found.certificate");
        Api.anonymous().get("/api/public/certificates/" + number).then().body("status", equalTo("VALID"));

        Api.as("admin").body(reason).post(revoke).then().statusCode(200).body("status", equalTo("REVOKED"))
                .body("revokedReason", equalTo(reason.get("reason")));

        refused(Api.as("admin").body(reason).post(revoke), 409, "certificate.already_revoked");
        given().accept("text/html").get("/xac-minh/" + number).then().statusCode(200)
                .body(containsString("Giấy chứng nhận số " + number + " đã bị thu hồi."))
                .body(containsString("đơn vị không đủ điều kiện")).body(not(containsString("là hợp lệ")));
        byte[] pdf = given().accept("application/pdf").get("/api/public/certificates/" + number + ".pdf").then()
                .statusCode(200).extract().asByteArray();
        assertThat(text(pdf)).contains("ĐÃ THU HỒI");
        String audit = Api.as("secretary1").get("/api/dossiers/" + p.hanoi + "/audit").then().statusCode(200)
                .extract().asString();
        assertThat(audit).contains("CERTIFICATE_REVOKED", number);
    }

    @Test
    void theYearbookHasACoverContentsAndOneProfilePerAwardee() throws Exception {
        Published p = Published.get();
        byte[] pdf = given().accept("application/pdf").get("/api/public/campaigns/" + p.campaign + "/yearbook.pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String cover = text(document, 1, 1).replaceAll("\\s+", " ");
            assertThat(cover).contains("KỶ YẾU", "THÚC ĐẨY TIẾN TRÌNH CHUYỂN ĐỔI SỐ QUỐC GIA", "Năm ",
                    "2 đơn vị, cá nhân được vinh danh");
            String contents = text(document, 2, 2);
            assertThat(contents).contains("MỤC LỤC", "Y tế", "1. " + Published.HANOI_NAME + " — Hà Nội",
                    "2. " + Published.DANANG_NAME + " — Đà Nẵng").doesNotContain(Published.HCM_NAME);
            // the contents' page numbers lead to the profiles
            int hanoiPage = pageAfter(contents, Published.HANOI_NAME);
            int danangPage = pageAfter(contents, Published.DANANG_NAME);
            assertThat(text(document, hanoiPage, hanoiPage)).contains(Published.HANOI_NAME, "Chiến lược chuyển đổi số",
                    "Giai đoạn 1: Bệnh viện triển khai bệnh án điện tử toàn viện", "Xếp hạng:", "Giấy chứng nhận:");
            // the long strategy continues on the next page, before the next profile
            assertThat(danangPage).isGreaterThan(hanoiPage + 1);
            String continued = text(document, hanoiPage + 1, danangPage - 1);
            assertThat(continued).contains(Published.HANOI_NAME + " (tiếp theo)", "Giai đoạn 10:",
                    "Kết quả đạt được", "95% hồ sơ trực tuyến toàn trình.");
            assertThat(text(document, danangPage, danangPage).replaceAll("\\s+", " ")).contains(Published.DANANG_NAME,
                    "Sáng kiến, giải pháp tiêu biểu", "Nền tảng dữ liệu dùng chung; thanh toán không dùng tiền mặt.");
            assertThat(text(document, danangPage, danangPage)).contains(String.valueOf(danangPage));
            // bookmarks: the contents, the category, its awardees
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
                item.children().forEach(child -> bookmarks.add("  " + child.getTitle()));
            }
            assertThat(bookmarks).containsExactly("Mục lục", "Y tế", "  " + Published.HANOI_NAME,
                    "  " + Published.DANANG_NAME);
            assertThat(document.getPage(1).getAnnotations()).hasSize(2);
        }
        List<Path> pages = render(pdf, "yearbook", 60);
        assertThat(pages).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void theResultsPageLinksTheCertificatesAndTheYearbookAndFiltersByCategoryAndLocality() {
        Published p = Published.get();
        String number = awardee(p, Published.HANOI_NAME).getString("certificateNumber");

        String page = given().accept("text/html").get("/ket-qua/" + p.campaign).then().statusCode(200).extract()
                .asString();
        assertThat(page).contains("/api/public/certificates/" + number + ".pdf", "/xac-minh/" + number,
                "/api/public/campaigns/" + p.campaign + "/yearbook.pdf", Published.HANOI_NAME);
        given().accept("text/html").get("/ket-qua/" + p.campaign + "?locality=N48").then().statusCode(200)
                .body(not(containsString(Published.HANOI_NAME)))
                .body(containsString("Công ty Cổ phần &quot;Số hóa Miền Trung&quot;"));
        given().accept("text/html").get("/ket-qua/" + p.campaign + "?category=health&q=duc giang").then()
                .statusCode(200).body(containsString(Published.HANOI_NAME))
                .body(not(containsString("Số hóa Miền Trung")));
    }

    @Test
    void theResultsExportAsCsvWithBomAndQuotesAndAsXlsx() throws Exception {
        Published p = Published.get();
        byte[] csv = Api.as("secretary1").accept("text/csv")
                .get("/api/campaigns/" + p.campaign + "/exports/results.csv").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("ket-qua-" + p.campaign + ".csv")).extract()
                .asByteArray();

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String body = new String(csv, StandardCharsets.UTF_8).substring(1);
        assertThat(body).contains("\r\n").contains("\"Công ty Cổ phần \"\"Số hóa Miền Trung\"\", Đà Nẵng\"");
        List<List<String>> rows = parseCsv(body);
        assertThat(rows.get(0)).startsWith("Hạng", "Mã hồ sơ", "Đơn vị, cá nhân được đề cử").endsWith("Số giấy chứng nhận");
        assertThat(rows).hasSize(4).allMatch(r -> r.size() == rows.get(0).size());
        assertThat(rows.stream().skip(1).map(r -> r.get(2))).containsExactly(Published.HANOI_NAME,
                Published.DANANG_NAME, Published.HCM_NAME);
        assertThat(rows.get(1).get(8)).isEqualTo("90.000");
        assertThat(rows.get(1).get(18)).isEqualTo("Có");
        assertThat(rows.get(3).get(18)).isEqualTo("Không");
        assertThat(rows.get(1).get(19)).isEqualTo(awardee(p, Published.HANOI_NAME).getString("certificateNumber"));
        assertThat(rows.get(3).get(19)).isEmpty();

        byte[] xlsx = Api.as("chair").accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Accept-Language", "en").get("/api/campaigns/" + p.campaign + "/exports/results.xlsx").then()
                .statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Results");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Rank");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo(Published.DANANG_NAME);
            assertThat(sheet.getRow(1).getCell(8).getNumericCellValue()).isEqualTo(90.0);
            assertThat(sheet.getRow(3).getCell(18).getStringCellValue()).isEqualTo("No");
            assertThat(sheet.getColumnWidth(2)).isGreaterThan(sheet.getColumnWidth(0));
        }
    }

    @Test
    void theScoresExportHasOneRowPerDossierJurorAndCriterion() throws Exception {
        Published p = Published.get();
        byte[] csv = Api.as("admin").accept("text/csv").get("/api/campaigns/" + p.campaign + "/exports/scores.csv")
                .then().statusCode(200).extract().asByteArray();
        List<List<String>> rows = parseCsv(new String(csv, StandardCharsets.UTF_8).substring(1));
        assertThat(rows.get(0)).containsExactly("Mã hồ sơ", "Đơn vị, cá nhân được đề cử", "Hạng mục",
                "Thành viên chấm", "Tiêu chí", "Tên tiêu chí", "Trọng số (%)", "Điểm (0-10)",
                "Tổng điểm phiếu (0-100)", "Kiến nghị", "Thời điểm nộp (giờ Việt Nam)", "Lần sửa");
        List<List<String>> data = rows.subList(1, rows.size());
        assertThat(data).hasSize(3 * 3 * 4);
        assertThat(data.stream().filter(r -> r.get(1).equals(Published.HCM_NAME)).map(r -> r.get(7)))
                .hasSize(12).containsOnly("6");
        assertThat(data.stream().map(r -> r.get(4)).distinct()).containsExactly("C1", "C2", "C3", "C4");
        assertThat(data.stream().mapToInt(r -> Integer.parseInt(r.get(6))).sum()).isEqualTo(9 * 100);

        byte[] xlsx = Api.as("secretary1").accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .get("/api/campaigns/" + p.campaign + "/exports/scores.xlsx").then().statusCode(200).extract()
                .asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(36);
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(7).getNumericCellValue()).isBetween(0.0, 10.0);
        }
    }

    @Test
    void exportsAreRefusedToThoseThePolicyKeepsOut() {
        Published p = Published.get();
        String results = "/api/campaigns/" + p.campaign + "/exports/results.csv";
        String scores = "/api/campaigns/" + p.campaign + "/exports/scores.xlsx";
        for (String path : List.of(results, scores)) {
            refused(Api.as("nominator.hanoi").accept("text/csv").get(path), 403, "forbidden");
            refused(Api.as("juror1").accept("text/csv").get(path), 403, "forbidden");
            refused(Api.anonymous().accept("text/csv").get(path), 401, "unauthenticated");
        }
        refused(Api.as("secretary1").accept("text/csv").get("/api/campaigns/" + p.campaign + "/exports/votes.csv"),
                404, "not_found.resource");
        refused(Api.as("secretary1").accept("text/csv").get("/api/campaigns/" + p.campaign + "/exports/results.pdf"),
                404, "not_found.resource");
        refused(Api.as("secretary1").accept("text/csv").get("/api/campaigns/nope/exports/results.csv"), 404,
                "not_found.campaign");
    }

    @Test
    void nothingIsPublicBeforePublication() {
        String campaign = vn.dxawards.support.Fixtures.newCampaign("unpublished");
        refused(Api.anonymous().accept("application/pdf").get("/api/public/campaigns/" + campaign + "/yearbook.pdf"),
                404, "not_found.results");
        refused(Api.as("secretary1").accept("text/csv").get("/api/campaigns/" + campaign + "/exports/results.csv"),
                403, "forbidden");
    }

    // --- helpers ----------------------------------------------------------------------------

    private static JsonPath awardee(Published p, String name) {
        Response response = Api.anonymous().get("/api/public/campaigns/" + p.campaign + "/results");
        JsonPath feed = response.then().statusCode(200).extract().jsonPath();
        Map<String, Object> found = feed.getMap("awardees.find { it.nomineeName == '" + name.replace("'", "\\'")
                + "' }");
        assertThat(found).as(name).isNotNull();
        return new JsonPath(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(found).toString());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return text(document, 1, document.getNumberOfPages());
        }
    }

    private static String text(PDDocument document, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(document);
    }

    /** The page number written after an entry of the contents (after its dot leader). */
    private static int pageAfter(String contents, String name) {
        int at = contents.indexOf(name);
        assertThat(at).as(name + " in the contents").isNotNegative();
        String line = contents.substring(at, contents.indexOf('\n', at)).trim();
        return Integer.parseInt(line.substring(line.lastIndexOf(' ') + 1).replaceAll("[^0-9]", ""));
    }

    /** Renders every page with poppler's pdftoppm (as a reader would see it); answers the PNG files in page order. */
    static List<Path> render(byte[] pdf, String name, int dpi) throws IOException, InterruptedException {
        Files.createDirectories(OUT);
        Path file = OUT.resolve(name + ".pdf");
        Files.write(file, pdf);
        Process process = new ProcessBuilder("pdftoppm", "-r", String.valueOf(dpi), "-png", file.toString(),
                OUT.resolve(name).toString()).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("pdftoppm finished").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        try (var files = Files.list(OUT)) {
            List<Path> pages = files.filter(f -> f.getFileName().toString().matches(java.util.regex.Pattern.quote(name)
                    + "-\\d+\\.png")).sorted().toList();
            assertThat(pages).as("PNG pages of " + name).isNotEmpty();
            return pages;
        }
    }

    static String qr(BufferedImage image) throws NotFoundException {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    /** RFC 4180, read back: quoted fields may hold commas, doubled quotes and line breaks. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(field).as("nothing after the last line end").isEmpty();
        return rows;
    }
}

package vn.dxawards.ops;

import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.IntFunction;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import io.restassured.http.ContentType;
import vn.dxawards.support.PackagedApp;

/**
 * The dossier journey through the JSON API of packaged apps, as the programme's people would drive
 * it; {@code on.apply(i)} picks the app that answers the i-th request (one, or alternating replicas).
 */
final class Journey {

    static final List<String> COUNCIL = List.of("chair", "juror1", "juror2", "juror3", "juror4", "juror5", "juror6",
            "juror7", "juror8");

    /** Nominating bodies with the locality of the units they nominate (VINASA is national). */
    static final Map<String, String> NOMINATORS = Map.of("nominator.hanoi", "01", "nominator.danang", "N48",
            "nominator.hcm", "N79", "nominator.haiphong", "N31", "nominator.vinasa", "01");

    private final IntFunction<PackagedApp> on;
    private int requests;

    Journey(IntFunction<PackagedApp> on) {
        this.on = on;
    }

    int requests() {
        return requests;
    }

    PackagedApp next() {
        return on.apply(requests++);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    /** A campaign with these windows and settings; the test categories (two key sectors, state units). */
    String campaign(String prefix, LocalDate nominationStart, LocalDate nominationEnd, LocalDate appraisalStart,
            LocalDate appraisalEnd, Map<String, Object> settings) {
        String code = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> definition = Map.of(
                "code", code,
                "name", Map.of("vi", "Đợt vận hành " + code, "en", "Operations campaign " + code),
                "awardCount", 100,
                "windows", Map.of(
                        "nomination", Map.of("start", nominationStart.toString(), "end", nominationEnd.toString()),
                        "appraisal", Map.of("start", appraisalStart.toString(), "end", appraisalEnd.toString())),
                "settings", settings,
                "categories", List.of(
                        Map.of("code", "health", "name", Map.of("vi", "Y tế", "en", "Health"), "kind", "UNIT",
                                "maxPerBody", 1),
                        Map.of("code", "education", "name", Map.of("vi", "Giáo dục", "en", "Education"), "kind",
                                "UNIT", "maxPerBody", 1)));
        next().as("admin").body(definition).post("/api/campaigns").then().statusCode(201);
        return code;
    }

    /** Each nominator creates, attaches a letter to and submits one dossier per category; answers their ids. */
    List<Long> nominate(String campaign, List<String> categories, Map<Long, byte[]> letters) {
        List<Long> ids = new ArrayList<>();
        int n = 0;
        for (String category : categories) {
            for (Map.Entry<String, String> body : new TreeMap<>(NOMINATORS).entrySet()) {
                n++;
                String taxCode = String.format("09%08d", Math.abs((campaign + n).hashCode()) % 100_000_000);
                Map<String, Object> dossier = vn.dxawards.support.Fixtures.unitDossier(category, "Đơn vị " + n + " " + campaign, body.getValue(),
                        taxCode);
                long id = ((Number) next().as(body.getKey()).body(dossier)
                        .post("/api/campaigns/" + campaign + "/dossiers").then().statusCode(201).extract().path("id"))
                        .longValue();
                byte[] letter = letter("Cong van de cu so " + n + " - " + campaign);
                next().as(body.getKey()).contentType(ContentType.MULTIPART)
                        .multiPart("file", "cong-van-" + n + ".pdf", letter, "application/pdf")
                        .post("/api/dossiers/" + id + "/attachments").then().statusCode(201);
                next().as(body.getKey()).post("/api/dossiers/" + id + "/submit").then().statusCode(200)
                        .body("status", equalTo("SUBMITTED"));
                letters.put(id, letter);
                ids.add(id);
            }
        }
        return ids;
    }

    void accept(List<Long> dossiers) {
        for (long id : dossiers) {
            next().as("secretary1").body(Map.of("decision", "ACCEPT")).post("/api/dossiers/" + id + "/intake")
                    .then().statusCode(200).body("status", equalTo("ACCEPTED"));
        }
    }

    void advance(String campaign, String to) {
        next().as("secretary1").post("/api/campaigns/" + campaign + "/advance").then().statusCode(200)
                .body("phase", equalTo(to));
    }

    /** Automatic assignment on the given app; answers the jurors of each dossier, as their own lists show them. */
    Map<Long, List<String>> assign(PackagedApp app, String campaign) {
        assignAll(app, campaign);
        return jurors(campaign);
    }

    static void assignAll(PackagedApp app, String campaign) {
        app.as("secretary1").post("/api/campaigns/" + campaign + "/assignments/auto").then().statusCode(200)
                .body("unfilled.size()", equalTo(0));
    }

    Map<Long, List<String>> jurors(String campaign) {
        Map<Long, List<String>> jurors = new TreeMap<>();
        for (String member : COUNCIL) {
            next().as(member).get("/api/dossiers?campaign=" + campaign).then().statusCode(200).extract().jsonPath()
                    .getList("id", Long.class)
                    .forEach(id -> jurors.computeIfAbsent(id, k -> new ArrayList<>()).add(member));
        }
        return jurors;
    }

    void score(String juror, long dossier, int level) {
        Map<String, Object> card = new HashMap<>();
        card.put("scores", Map.of("C1", level, "C2", level, "C3", level, "C4", level));
        card.put("comment", "Hồ sơ rõ ràng, số liệu đầy đủ.");
        card.put("recommendation", "AWARD");
        card.put("proposals", List.of("TRAINING"));
        next().as(juror).body(card).put("/api/dossiers/" + dossier + "/scorecards/mine").then().statusCode(200);
        next().as(juror).post("/api/dossiers/" + dossier + "/scorecards/mine/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
    }

    /** A real one-page PDF with a line of text of its own. */
    static byte[] letter(String line) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 720);
                text.showText(line);
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

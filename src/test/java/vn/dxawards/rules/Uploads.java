package vn.dxawards.rules;

import static io.restassured.RestAssured.given;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.dxawards.support.Tokens;

/** Files a nominator attaches to a dossier (multipart field {@code file}). */
final class Uploads {

    private Uploads() {
    }

    /** A small, real one-page PDF: a nomination letter. */
    static byte[] nominationLetter() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 720);
                text.showText("Cong van de cu - nomination letter");
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Response upload(String user, long dossier, String fileName, byte[] content) {
        return upload(given().auth().oauth2(Tokens.of(user)), dossier, fileName, content);
    }

    /** A file on disk, streamed rather than held in memory: for the large ones. */
    static Response upload(String user, long dossier, File file, String language) {
        return given().auth().oauth2(Tokens.of(user)).header("Accept-Language", language).accept(ContentType.JSON)
                .multiPart("file", file, "application/pdf").post("/api/dossiers/" + dossier + "/attachments");
    }

    static Response uploadAnonymously(long dossier, String fileName, byte[] content) {
        return upload(given(), dossier, fileName, content);
    }

    private static Response upload(RequestSpecification request, long dossier, String fileName, byte[] content) {
        return request.accept(ContentType.JSON).multiPart("file", fileName, content, "application/pdf")
                .post("/api/dossiers/" + dossier + "/attachments");
    }
}

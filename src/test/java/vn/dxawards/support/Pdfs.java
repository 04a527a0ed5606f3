package vn.dxawards.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Small real PDF files for upload tests. */
public final class Pdfs {

    private Pdfs() {
    }

    public static byte[] onePage() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A one-page letter in Vietnamese (DejaVu Serif, the font of the app's own documents): a title
     * and its lines, so that a page showing the PDF shows something a reader recognises.
     */
    public static byte[] letter(String title, java.util.List<String> lines) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream();
                var font = Pdfs.class.getClassLoader().getResourceAsStream("fonts/DejaVuSerif.ttf");
                var bold = Pdfs.class.getClassLoader().getResourceAsStream("fonts/DejaVuSerif-Bold.ttf")) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDType0Font regular = PDType0Font.load(document, font);
            PDType0Font heading = PDType0Font.load(document, bold);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(heading, 15);
                content.setLeading(24);
                content.newLineAtOffset(60, 720);
                content.showText(title);
                content.newLine();
                content.setFont(regular, 11);
                content.setLeading(17);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path onePageFile(String name) {
        try {
            Path file = Files.createTempDirectory("dx-pdf").resolve(name);
            Files.write(file, onePage());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

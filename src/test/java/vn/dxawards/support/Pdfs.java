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

    /**
     * A real, valid PDF of about the wanted size: one page of text and a picture of random pixels
     * (incompressible, so the file is as large as the picture).
     */
    public static byte[] ofAbout(int bytes, String line) {
        int side = (int) Math.max(16, Math.sqrt(bytes / 3.0));
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(side, side, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(side);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject picture = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(document, image);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                content.showText(line);
                content.endText();
                content.drawImage(picture, 72, 200, 400, 400);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path ofAboutFile(String name, int bytes) {
        try {
            Path file = Files.createTempDirectory("dx-pdf").resolve(name);
            Files.write(file, ofAbout(bytes, name));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

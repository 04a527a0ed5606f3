package vn.dxawards.publication;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * What the certificate and the yearbook share: the embedded DejaVu Serif fonts (Vietnamese
 * diacritics need a Unicode font; the standard 14 PDF fonts have none) and line wrapping.
 */
final class PdfLayout {

    private static final byte[] REGULAR = resource("fonts/DejaVuSerif.ttf");
    private static final byte[] BOLD = resource("fonts/DejaVuSerif-Bold.ttf");

    /** The two faces, embedded as subsets in one document. */
    record Fonts(PDFont regular, PDFont bold) {
        static Fonts load(PDDocument document) {
            try {
                return new Fonts(PDType0Font.load(document, new java.io.ByteArrayInputStream(REGULAR)),
                        PDType0Font.load(document, new java.io.ByteArrayInputStream(BOLD)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private PdfLayout() {
    }

    static float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Breaks text into lines no wider than {@code width}; blank lines in the text start new paragraphs. */
    static List<String> wrap(String text, PDFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        for (String paragraph : text.replace("\r", "").replace('\t', ' ').split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.trim().split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) > width && !line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
                // a single word wider than the line (a long web address) is cut where it must be
                while (width(line.toString(), font, size) > width && line.length() > 1) {
                    int cut = line.length() - 1;
                    while (cut > 1 && width(line.substring(0, cut), font, size) > width) {
                        cut--;
                    }
                    lines.add(line.substring(0, cut));
                    line = new StringBuilder(line.substring(cut));
                }
            }
            lines.add(line.toString());
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    static void text(PDPageContentStream stream, String text, PDFont font, float size, float x, float y)
            throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        stream.showText(text);
        stream.endText();
    }

    static void centered(PDPageContentStream stream, String text, PDFont font, float size, float centerX, float y)
            throws IOException {
        text(stream, text, font, size, centerX - width(text, font, size) / 2, y);
    }

    static void right(PDPageContentStream stream, String text, PDFont font, float size, float rightX, float y)
            throws IOException {
        text(stream, text, font, size, rightX - width(text, font, size), y);
    }

    private static byte[] resource(String name) {
        try (InputStream in = PdfLayout.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

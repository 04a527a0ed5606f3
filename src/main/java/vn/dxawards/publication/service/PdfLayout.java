package vn.dxawards.publication.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

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

    /**
     * Parsed fonts, reused from document to document: parsing the two TrueType files costs more
     * than laying out a certificate. A parsed font is not safe for two threads at once, so each
     * document borrows a pair and gives it back once saved; the pool grows to the concurrency seen.
     */
    private static final Queue<TrueTypeFont[]> PARSED = new ConcurrentLinkedQueue<>();

    /** The two faces, embedded as subsets in one document; close after saving the document. */
    static final class Fonts implements AutoCloseable {
        private final TrueTypeFont[] parsed;
        private final PDFont regular;
        private final PDFont bold;

        private Fonts(TrueTypeFont[] parsed, PDFont regular, PDFont bold) {
            this.parsed = parsed;
            this.regular = regular;
            this.bold = bold;
        }

        static Fonts borrow(PDDocument document) {
            TrueTypeFont[] parsed = PARSED.poll();
            try {
                if (parsed == null) {
                    parsed = new TrueTypeFont[] {new TTFParser().parse(new RandomAccessReadBuffer(REGULAR)),
                        new TTFParser().parse(new RandomAccessReadBuffer(BOLD))};
                }
                return new Fonts(parsed, PDType0Font.load(document, parsed[0], true),
                        PDType0Font.load(document, parsed[1], true));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        PDFont regular() {
            return regular;
        }

        PDFont bold() {
            return bold;
        }

        @Override
        public void close() {
            PARSED.offer(parsed);
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

    /** Breaks text into lines no wider than {@code width}; line breaks in the text start new lines. */
    static List<String> wrap(String text, PDFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        float space = width(" ", font, size);
        for (String paragraph : text.replace("\r", "").replace('\t', ' ').split("\n")) {
            StringBuilder line = new StringBuilder();
            float used = 0;
            for (String word : paragraph.trim().split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                float wordWidth = width(word, font, size);
                // a single word wider than the line (a long web address) is cut where it must be
                while (wordWidth > width && word.length() > 1) {
                    if (!line.isEmpty()) {
                        lines.add(line.toString());
                        line.setLength(0);
                        used = 0;
                    }
                    int cut = word.length() - 1;
                    while (cut > 1 && width(word.substring(0, cut), font, size) > width) {
                        cut--;
                    }
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                    wordWidth = width(word, font, size);
                }
                if (!line.isEmpty() && used + space + wordWidth > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                    used = 0;
                }
                if (!line.isEmpty()) {
                    line.append(' ');
                    used += space;
                }
                line.append(word);
                used += wordWidth;
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

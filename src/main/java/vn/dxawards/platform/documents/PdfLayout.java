package vn.dxawards.platform.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A top-down writer for Vietnamese administrative documents on A4 (Decree 30/2020/NĐ-CP, Appendix
 * I: margins 20–25 mm top and bottom, 30–35 mm left, 15–20 mm right; page numbers centred at the
 * top from the second page). DejaVu Serif (all Vietnamese glyphs) is embedded as subsets in four
 * styles. Text is wrapped at word boundaries (over-long words are broken), body paragraphs are
 * justified, tables repeat their header row on every page.
 */
public final class PdfLayout implements AutoCloseable {

    /** A font style. */
    public enum Style {
        REGULAR, BOLD, ITALIC, BOLD_ITALIC
    }

    /** One line of a header column: its text, style, size and whether a short rule goes under it. */
    public record Line(String text, Style style, float size, Rule rule) {
        public static Line of(String text, Style style, float size) {
            return new Line(text, style, size, Rule.NONE);
        }
    }

    /** A rule under a line: none, as long as the text, or a short one centred under it. */
    public enum Rule {
        NONE, FULL, SHORT
    }

    public static final float MARGIN_LEFT = 85f; // 30 mm
    public static final float MARGIN_RIGHT = 57f; // 20 mm
    public static final float MARGIN_TOP = 57f; // 20 mm
    public static final float MARGIN_BOTTOM = 57f;
    public static final float WIDTH = PDRectangle.A4.getWidth() - MARGIN_LEFT - MARGIN_RIGHT;
    private static final float LEADING = 1.3f;

    private final PDDocument document = new PDDocument();
    private final PDFont[] fonts = new PDFont[Style.values().length];
    private PDPageContentStream stream;
    private float y;

    public PdfLayout(String title, String author) {
        try {
            fonts[Style.REGULAR.ordinal()] = load("fonts/DejaVuSerif.ttf");
            fonts[Style.BOLD.ordinal()] = load("fonts/DejaVuSerif-Bold.ttf");
            fonts[Style.ITALIC.ordinal()] = load("fonts/DejaVuSerif-Italic.ttf");
            fonts[Style.BOLD_ITALIC.ordinal()] = load("fonts/DejaVuSerif-BoldItalic.ttf");
            document.getDocumentInformation().setTitle(title);
            document.getDocumentInformation().setAuthor(author);
            document.getDocumentInformation().setCreator("DX Awards");
            newPage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDFont load(String resource) throws IOException {
        try (InputStream font = PdfLayout.class.getClassLoader().getResourceAsStream(resource)) {
            return PDType0Font.load(document, font);
        }
    }

    public PDFont font(Style style) {
        return fonts[style.ordinal()];
    }

    public float y() {
        return y;
    }

    public int pageIndex() {
        return document.getNumberOfPages() - 1;
    }

    public void newPage() {
        try {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN_TOP;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void gap(float points) {
        y -= points;
    }

    /** Starts a new page unless {@code points} still fit above the bottom margin. */
    public void keep(float points) {
        if (y - points < MARGIN_BOTTOM) {
            newPage();
        }
    }

    public void centered(String text, Style style, float size) {
        block(text, style, size, MARGIN_LEFT, WIDTH, Align.CENTER, 0, Rule.NONE);
    }

    public void centered(String text, Style style, float size, Rule rule) {
        block(text, style, size, MARGIN_LEFT, WIDTH, Align.CENTER, 0, rule);
    }

    /** A justified body paragraph with its first line indented by 1 cm. */
    public void paragraph(String text, Style style, float size) {
        block(text, style, size, MARGIN_LEFT, WIDTH, Align.JUSTIFY, 28.35f, Rule.NONE);
    }

    public void left(String text, Style style, float size) {
        block(text, style, size, MARGIN_LEFT, WIDTH, Align.LEFT, 0, Rule.NONE);
    }

    /**
     * Two columns, each a list of lines centred in its column: the header of an administrative
     * document, which may reach into the side margins (down to 15 mm on the right, so that the
     * national title fits on one line); {@code leftShare} is the left column's part of that span.
     */
    public void columns(List<Line> left, List<Line> right, float leftShare) {
        float from = MARGIN_LEFT - 25;
        float span = PDRectangle.A4.getWidth() - 42 - from;
        float leftWidth = span * leftShare;
        float top = y;
        for (Line line : left) {
            block(line.text(), line.style(), line.size(), from, leftWidth, Align.CENTER, 0, line.rule());
        }
        float leftEnd = y;
        y = top;
        for (Line line : right) {
            block(line.text(), line.style(), line.size(), from + leftWidth, span - leftWidth, Align.CENTER, 0,
                    line.rule());
        }
        y = Math.min(leftEnd, y);
    }

    /** Lines aligned left in the left column and lines centred in the right one, e.g. recipients and signer. */
    public void recipientsAndSigner(List<Line> left, List<Line> right, float leftShare) {
        float top = y;
        float leftWidth = WIDTH * leftShare;
        for (Line line : left) {
            block(line.text(), line.style(), line.size(), MARGIN_LEFT, leftWidth - 6, Align.LEFT, 0, line.rule());
        }
        float leftEnd = y;
        y = top;
        for (Line line : right) {
            block(line.text(), line.style(), line.size(), MARGIN_LEFT + leftWidth, WIDTH - leftWidth, Align.CENTER, 0,
                    line.rule());
        }
        y = Math.min(leftEnd, y);
    }

    /** A table with borders; the header row is repeated on each new page. {@code widths} are shares of the width. */
    public void table(float[] widths, List<String> header, List<List<String>> rows, float size, boolean[] centred) {
        try {
            // never a header alone at the foot of a page
            keep(rowHeight(widths, header, Style.BOLD, size)
                    + (rows.isEmpty() ? 0 : rowHeight(widths, rows.get(0), Style.REGULAR, size)));
            drawRow(widths, header, Style.BOLD, size, new boolean[widths.length], true);
            for (List<String> row : rows) {
                float height = rowHeight(widths, row, Style.REGULAR, size);
                if (y - height < MARGIN_BOTTOM) {
                    newPage();
                    drawRow(widths, header, Style.BOLD, size, new boolean[widths.length], true);
                }
                drawRow(widths, row, Style.REGULAR, size, centred, false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float rowHeight(float[] widths, List<String> cells, Style style, float size) throws IOException {
        int lines = 1;
        for (int c = 0; c < cells.size(); c++) {
            lines = Math.max(lines, wrap(cells.get(c), font(style), size, WIDTH * widths[c] - 8).size());
        }
        return lines * size * LEADING + 8;
    }

    private void drawRow(float[] widths, List<String> cells, Style style, float size, boolean[] centred,
            boolean header) throws IOException {
        float height = rowHeight(widths, cells, style, size);
        if (y - height < MARGIN_BOTTOM) {
            newPage();
        }
        float x = MARGIN_LEFT;
        for (int c = 0; c < cells.size(); c++) {
            float cellWidth = WIDTH * widths[c];
            float lineY = y - 4 - size;
            for (String line : wrap(cells.get(c), font(style), size, cellWidth - 8)) {
                float width = font(style).getStringWidth(line) / 1000 * size;
                float at = header || centred[c] ? x + (cellWidth - width) / 2 : x + 4;
                show(line, font(style), size, at, lineY);
                lineY -= size * LEADING;
            }
            stream.addRect(x, y - height, cellWidth, height);
            x += cellWidth;
        }
        stream.setLineWidth(0.5f);
        stream.stroke();
        y -= height;
    }

    private enum Align {
        LEFT, CENTER, JUSTIFY
    }

    private void block(String text, Style style, float size, float x, float width, Align align, float indent,
            Rule rule) {
        try {
            PDFont font = font(style);
            List<String> lines = wrap(text, font, size, width, indent);
            for (int i = 0; i < lines.size(); i++) {
                if (y - size < MARGIN_BOTTOM) {
                    newPage();
                }
                String line = lines.get(i);
                float lineIndent = i == 0 ? indent : 0;
                float textWidth = font.getStringWidth(line) / 1000 * size;
                float baseline = y - size;
                float at = align == Align.CENTER ? x + (width - textWidth) / 2 : x + lineIndent;
                boolean last = i == lines.size() - 1;
                if (align == Align.JUSTIFY && !last && line.contains(" ")) {
                    justify(line, font, size, at, baseline, width - lineIndent);
                } else {
                    show(line, font, size, at, baseline);
                }
                if (rule != Rule.NONE && last) {
                    // the motto is underlined; a short rule stands apart, under the issuing body or the summary
                    float ruleWidth = rule == Rule.FULL ? textWidth : Math.min(textWidth, width) / 3;
                    float ruleY = rule == Rule.FULL ? baseline - 3.5f : baseline - size * 0.75f;
                    float from = x + (width - ruleWidth) / 2;
                    stream.setLineWidth(0.6f);
                    stream.moveTo(from, ruleY);
                    stream.lineTo(from + ruleWidth, ruleY);
                    stream.stroke();
                }
                y -= size * LEADING;
            }
            if (rule == Rule.SHORT) {
                y -= size * 0.6f;
            } else if (rule == Rule.FULL) {
                y -= 4;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void justify(String line, PDFont font, float size, float x, float baseline, float width)
            throws IOException {
        String[] words = line.split(" ");
        float wordsWidth = 0;
        for (String word : words) {
            wordsWidth += font.getStringWidth(word) / 1000 * size;
        }
        float space = (width - wordsWidth) / (words.length - 1);
        float at = x;
        for (String word : words) {
            show(word, font, size, at, baseline);
            at += font.getStringWidth(word) / 1000 * size + space;
        }
    }

    private void show(String text, PDFont font, float size, float x, float baseline) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(text);
        stream.endText();
    }

    static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        return wrap(text, font, size, width, 0);
    }

    /** Lines of at most {@code width}; the first line is shorter by {@code indent}; over-long words are broken. */
    static List<String> wrap(String text, PDFont font, float size, float width, float indent) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : pieces(paragraph.trim().split("\\s+"), font, size, width - indent)) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                float room = lines.isEmpty() ? width - indent : width;
                if (!line.isEmpty() && measure(font, candidate, size) > room) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The words, with any word wider than {@code width} cut into pieces that fit. */
    private static List<String> pieces(String[] words, PDFont font, float size, float width) throws IOException {
        List<String> pieces = new ArrayList<>();
        for (String word : words) {
            String rest = word;
            while (rest.length() > 1 && measure(font, rest, size) > width) {
                int cut = rest.length() - 1;
                while (cut > 1 && measure(font, rest.substring(0, cut), size) > width) {
                    cut--;
                }
                pieces.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            pieces.add(rest);
        }
        return pieces;
    }

    private static float measure(PDFont font, String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** Page numbers centred at the top of every page but the first, then the finished PDF. */
    public byte[] finish() {
        try {
            stream.close();
            stream = null;
            int pages = document.getNumberOfPages();
            for (int i = 1; i < pages; i++) {
                PDPage page = document.getPage(i);
                try (PDPageContentStream number = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String text = String.valueOf(i + 1);
                    PDFont font = font(Style.REGULAR);
                    float width = font.getStringWidth(text) / 1000 * 12;
                    number.beginText();
                    number.setFont(font, 12);
                    number.newLineAtOffset(MARGIN_LEFT + (WIDTH - width) / 2, PDRectangle.A4.getHeight() - 35);
                    number.showText(text);
                    number.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (stream != null) {
                stream.close();
            }
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package vn.dxawards.platform.documents;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * The one way our documents are written as PDF: the decision, the minutes, the certificates and
 * the yearbook all go through it, so that they share one set of fonts (DejaVu Serif, which has
 * every Vietnamese glyph; the standard 14 PDF fonts have none) and one rule for breaking lines, and
 * a fix to either reaches every document.
 *
 * <p>Text flows top-down from a cursor inside the margins of a {@link Format}, wrapped at word
 * boundaries (an over-long word, such as a web address, is cut between letters), onto new pages as
 * needed; tables repeat their header row on each page, and a {@linkplain #continuation running
 * header} can open every page the flow runs onto. Decorations (borders, a certificate's QR code, a
 * contents page) are drawn at fixed positions on the {@linkplain #canvas() page}. Close after
 * {@link #finish()}.
 */
public final class PdfLayout implements AutoCloseable {

    /** A face of the font. */
    public enum Style {
        REGULAR("fonts/DejaVuSerif.ttf"), BOLD("fonts/DejaVuSerif-Bold.ttf"), ITALIC("fonts/DejaVuSerif-Italic.ttf"),
        BOLD_ITALIC("fonts/DejaVuSerif-BoldItalic.ttf");

        final String resource;

        Style(String resource) {
            this.resource = resource;
        }
    }

    /** A rule under a line: none, as long as the text, or a short one centred under it. */
    public enum Rule {
        NONE, FULL, SHORT
    }

    public enum Align {
        LEFT, CENTER, JUSTIFY
    }

    /** One line of a column: its text, style, size and whether a rule goes under it. */
    public record Line(String text, Style style, float size, Rule rule) {
        public static Line of(String text, Style style, float size) {
            return new Line(text, style, size, Rule.NONE);
        }
    }

    /** Lines written in a column {@code x} points right of the left margin, {@code width} wide. */
    public record Column(float x, float width, Align align, List<Line> lines) {
    }

    /** The paper, the margins around the flowing text and the line height as a multiple of the font size. */
    public record Format(PDRectangle paper, float left, float right, float top, float bottom, float leading) {

        /**
         * A4 portrait as Decree 30/2020/NĐ-CP, Appendix I, wants an administrative document: margins
         * 20–25 mm top and bottom, 30–35 mm left, 15–20 mm right.
         */
        public static final Format ADMINISTRATIVE = new Format(PDRectangle.A4, 85, 57, 57, 57, 1.3f);

        public static final PDRectangle A4_LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(),
                PDRectangle.A4.getWidth());

        public float width() {
            return paper.getWidth() - left - right;
        }
    }

    private static final float CELL_PADDING = 4;
    private static final float FIRST_LINE_INDENT = 28.35f; // 1 cm

    /**
     * Parsed faces, reused from document to document: parsing a TrueType file costs more than
     * laying out a certificate. A parsed face is not safe for two threads at once, so a document
     * borrows the faces it uses and gives them back when closed; the pool grows to the
     * concurrency seen.
     */
    private static final Map<Style, Queue<TrueTypeFont>> POOL = new EnumMap<>(Map.of(
            Style.REGULAR, new ConcurrentLinkedQueue<>(), Style.BOLD, new ConcurrentLinkedQueue<>(),
            Style.ITALIC, new ConcurrentLinkedQueue<>(), Style.BOLD_ITALIC, new ConcurrentLinkedQueue<>()));

    private final PDDocument document = new PDDocument();
    private final Format format;
    private final Map<Style, PDFont> fonts = new EnumMap<>(Style.class);
    private final Map<Style, TrueTypeFont> borrowed = new EnumMap<>(Style.class);
    private PDPage page;
    private PDPageContentStream stream;
    private Color fill = Color.BLACK;
    private float y;
    private Runnable continuation;
    private PDDocumentOutline outline;

    /** An administrative document on A4 portrait. */
    public PdfLayout(String title, String author) {
        this(title, author, Format.ADMINISTRATIVE);
    }

    public PdfLayout(String title, String author, Format format) {
        this.format = format;
        document.getDocumentInformation().setTitle(title);
        document.getDocumentInformation().setAuthor(author);
        document.getDocumentInformation().setCreator("DX Awards");
        newPage();
    }

    public void subject(String subject) {
        document.getDocumentInformation().setSubject(subject);
    }

    // --- fonts --------------------------------------------------------------------------------

    /** The face, embedded in this document (as a subset of the glyphs used) the first time it is asked for. */
    PDFont font(Style style) {
        return fonts.computeIfAbsent(style, s -> {
            try {
                TrueTypeFont parsed = POOL.get(s).poll();
                if (parsed == null) {
                    parsed = withoutSubstitutions(new TTFParser().parse(new RandomAccessReadBuffer(bytes(s.resource))));
                }
                borrowed.put(s, parsed);
                return PDType0Font.load(document, parsed, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The face without its glyph substitution table (GSUB): with it, PDFBox applies the Latin
     * ligature features to every piece of text shown, building a pattern of all the font's
     * ligatures each time (a receipt allocated 6.6 MB, 4.9 MB without; the mail sender renders one per
     * receipt sent, thousands after a deadline).
     * Vietnamese needs none of it: the text is composed (NFC) before it is shown, and the font has a
     * glyph for each composed letter. Without it the widths measured for breaking lines are also
     * exactly those of the glyphs drawn (PDFBox measures without the substitutions), and text copied
     * from the PDF has no ligature characters.
     */
    private static TrueTypeFont withoutSubstitutions(TrueTypeFont face) {
        face.getTableMap().remove("GSUB");
        return face;
    }

    private static byte[] bytes(String resource) throws IOException {
        try (InputStream in = PdfLayout.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + resource);
            }
            return in.readAllBytes();
        }
    }

    public float width(String text, Style style, float size) {
        return measure(nfc(text), style, size);
    }

    private float measure(String text, Style style, float size) {
        try {
            return font(style).getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- the one wrapping rule --------------------------------------------------------------

    /**
     * The text in lines no wider than {@code width}: each line break of the text starts a new line,
     * words go on a line while they fit, a word wider than a whole line is cut between two letters
     * (never inside a letter and its diacritics). Text in decomposed Unicode (a vowel followed by
     * its combining marks) is composed first, as the font has a glyph for each Vietnamese letter.
     * Blank lines at the end are dropped; no text gives one empty line.
     */
    public List<String> wrap(String text, Style style, float size, float width) {
        return wrap(text, style, size, width, 0);
    }

    private List<String> wrap(String text, Style style, float size, float width, float indent) {
        List<String> lines = new ArrayList<>();
        float space = measure(" ", style, size);
        for (String paragraph : nfc(text).replace("\r", "").split("\n")) {
            StringBuilder line = new StringBuilder();
            float used = 0;
            for (String word : paragraph.trim().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                float wordWidth = measure(word, style, size);
                if (!line.isEmpty() && used + space + wordWidth > room(lines, width, indent)) {
                    lines.add(line.toString());
                    line.setLength(0);
                    used = 0;
                }
                if (wordWidth > room(lines, width, indent)) {
                    List<String> pieces = cut(word, style, size, room(lines, width, indent), width);
                    lines.addAll(pieces.subList(0, pieces.size() - 1));
                    word = pieces.get(pieces.size() - 1);
                    wordWidth = measure(word, style, size);
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
        while (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static float room(List<String> lines, float width, float indent) {
        return lines.isEmpty() ? width - indent : width;
    }

    /** The word in pieces that fit, cut between letters; the first piece has {@code first} points, the others {@code width}. */
    private List<String> cut(String word, Style style, float size, float first, float width) {
        List<String> pieces = new ArrayList<>();
        BreakIterator letters = BreakIterator.getCharacterInstance();
        letters.setText(word);
        int start = 0;
        float used = 0;
        for (int end = letters.next(), from = 0; end != BreakIterator.DONE; from = end, end = letters.next()) {
            float letter = measure(word.substring(from, end), style, size);
            float room = pieces.isEmpty() ? first : width;
            if (from > start && used + letter > room) {
                pieces.add(word.substring(start, from));
                start = from;
                used = 0;
            }
            used += letter;
        }
        pieces.add(word.substring(start));
        return pieces;
    }

    private static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    // --- pages ----------------------------------------------------------------------------------

    /** The page the flow is on: the last one. */
    public int pageIndex() {
        return document.getNumberOfPages() - 1;
    }

    /** Starts a new page at the top of its margins. */
    public void newPage() {
        try {
            if (stream != null) {
                stream.close();
            }
            page = new PDPage(format.paper());
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            if (!fill.equals(Color.BLACK)) {
                stream.setNonStrokingColor(fill);
            }
            y = format.paper().getHeight() - format.top();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What opens each page the flow runs onto from here ({@code null}: nothing), e.g. "Name
     * (continued)"; pages started with {@link #newPage()} do not get it.
     */
    public void continuation(Runnable header) {
        this.continuation = header;
    }

    private void runOn() {
        newPage();
        if (continuation != null) {
            Color kept = fill;
            continuation.run();
            color(kept);
        }
    }

    public void gap(float points) {
        y -= points;
    }

    /** Goes on to a new page unless {@code points} still fit above the bottom margin. */
    public void keep(float points) {
        if (y - points < format.bottom()) {
            runOn();
        }
    }

    /** The colour of the text and shapes drawn from here, on this page and the next. */
    public void color(Color color) {
        try {
            fill = color;
            stream.setNonStrokingColor(color);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page being written, for shapes drawn at fixed positions (origin bottom left, in points). */
    public PDPageContentStream canvas() {
        return stream;
    }

    /** Draws on an earlier page (e.g. a contents page reserved before the pages it lists), then comes back. */
    public void onPage(int index, Runnable draw) {
        PDPage current = page;
        PDPageContentStream currentStream = stream;
        Color kept = fill;
        page = document.getPage(index);
        try (PDPageContentStream earlier = new PDPageContentStream(document, page,
                PDPageContentStream.AppendMode.APPEND, true, true)) {
            stream = earlier;
            fill = Color.BLACK;
            draw.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            page = current;
            stream = currentStream;
            fill = kept;
        }
    }

    /** Page numbers centred at the top of every page but the first, as Decree 30 numbers an administrative document. */
    public void numberPagesAtTop() {
        float top = format.paper().getHeight() - 35;
        for (int i = 1; i < document.getNumberOfPages(); i++) {
            String number = String.valueOf(i + 1);
            onPage(i, () -> centeredAt(number, Style.REGULAR, 12, format.left() + format.width() / 2, top));
        }
    }

    // --- flowing text -------------------------------------------------------------------------

    public void centered(String text, Style style, float size) {
        centered(text, style, size, Rule.NONE);
    }

    public void centered(String text, Style style, float size, Rule rule) {
        block(new Line(text, style, size, rule), 0, format.width(), Align.CENTER, 0);
    }

    /** A justified body paragraph with its first line indented by 1 cm. */
    public void paragraph(String text, Style style, float size) {
        block(Line.of(text, style, size), 0, format.width(), Align.JUSTIFY, FIRST_LINE_INDENT);
    }

    public void left(String text, Style style, float size) {
        block(Line.of(text, style, size), 0, format.width(), Align.LEFT, 0);
    }

    /** A rule across the text width at the cursor. */
    public void rule(Color color, float thickness) {
        try {
            stream.setStrokingColor(color);
            stream.setLineWidth(thickness);
            stream.moveTo(format.left(), y);
            stream.lineTo(format.left() + format.width(), y);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Columns side by side from the cursor; the flow goes on under the longest. */
    public void beside(Column... columns) {
        float top = y;
        float end = y;
        for (Column column : columns) {
            y = top;
            for (Line line : column.lines()) {
                block(line, column.x(), column.width(), column.align(), 0);
            }
            end = Math.min(end, y);
        }
        y = end;
    }

    /**
     * Two columns of centred lines: the head of an administrative document, which may reach into
     * the side margins (down to 15 mm on the right, so that the national title fits on one line);
     * {@code leftShare} is the left column's part of that span.
     */
    public void columns(List<Line> left, List<Line> right, float leftShare) {
        float from = -25;
        float span = format.paper().getWidth() - 42 - format.left() - from;
        float leftWidth = span * leftShare;
        beside(new Column(from, leftWidth, Align.CENTER, left),
                new Column(from + leftWidth, span - leftWidth, Align.CENTER, right));
    }

    /** Lines aligned left in the left column and lines centred in the right one, e.g. recipients and signer. */
    public void recipientsAndSigner(List<Line> left, List<Line> right, float leftShare) {
        float leftWidth = format.width() * leftShare;
        beside(new Column(0, leftWidth - 6, Align.LEFT, left),
                new Column(leftWidth, format.width() - leftWidth, Align.CENTER, right));
    }

    private void block(Line line, float x, float width, Align align, float indent) {
        try {
            PDFont font = font(line.style());
            float size = line.size();
            float left = format.left() + x;
            List<String> lines = wrap(line.text(), line.style(), size, width, indent);
            for (int i = 0; i < lines.size(); i++) {
                if (y - size < format.bottom()) {
                    runOn();
                }
                String text = lines.get(i);
                float lineIndent = i == 0 ? indent : 0;
                float textWidth = measure(text, line.style(), size);
                float baseline = y - size;
                float at = align == Align.CENTER ? left + (width - textWidth) / 2 : left + lineIndent;
                boolean last = i == lines.size() - 1;
                if (align == Align.JUSTIFY && !last && text.contains(" ")) {
                    justify(text, line.style(), size, at, baseline, width - lineIndent);
                } else {
                    show(text, font, size, at, baseline);
                }
                if (line.rule() != Rule.NONE && last) {
                    // the motto is underlined; a short rule stands apart, under the issuing body or the summary
                    float ruleWidth = line.rule() == Rule.FULL ? textWidth : Math.min(textWidth, width) / 3;
                    float ruleY = line.rule() == Rule.FULL ? baseline - 3.5f : baseline - size * 0.75f;
                    float from = left + (width - ruleWidth) / 2;
                    stream.setLineWidth(0.6f);
                    stream.moveTo(from, ruleY);
                    stream.lineTo(from + ruleWidth, ruleY);
                    stream.stroke();
                }
                y -= size * format.leading();
            }
            if (line.rule() == Rule.SHORT) {
                y -= size * 0.6f;
            } else if (line.rule() == Rule.FULL) {
                y -= 4;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void justify(String line, Style style, float size, float x, float baseline, float width)
            throws IOException {
        String[] words = line.split(" ");
        float wordsWidth = 0;
        for (String word : words) {
            wordsWidth += measure(word, style, size);
        }
        float space = (width - wordsWidth) / (words.length - 1);
        float at = x;
        for (String word : words) {
            show(word, font(style), size, at, baseline);
            at += measure(word, style, size) + space;
        }
    }

    // --- tables -------------------------------------------------------------------------------

    /**
     * A table with borders across the text width, never its header alone at the foot of a page,
     * the header row repeated on each page it runs onto. {@code widths} are shares of the width.
     */
    public void table(float[] widths, List<String> header, List<List<String>> rows, float size, boolean[] centred) {
        try {
            keep(rowHeight(widths, header, Style.BOLD, size)
                    + (rows.isEmpty() ? 0 : rowHeight(widths, rows.get(0), Style.REGULAR, size)));
            boolean[] allCentred = new boolean[widths.length];
            Arrays.fill(allCentred, true);
            drawRow(widths, header, Style.BOLD, size, allCentred);
            for (List<String> row : rows) {
                if (y - rowHeight(widths, row, Style.REGULAR, size) < format.bottom()) {
                    runOn();
                    drawRow(widths, header, Style.BOLD, size, allCentred);
                }
                drawRow(widths, row, Style.REGULAR, size, centred);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float rowHeight(float[] widths, List<String> cells, Style style, float size) {
        int lines = 1;
        for (int c = 0; c < cells.size(); c++) {
            lines = Math.max(lines, wrap(cells.get(c), style, size, cellWidth(widths, c) - 2 * CELL_PADDING).size());
        }
        return lines * size * format.leading() + 2 * CELL_PADDING;
    }

    private float cellWidth(float[] widths, int column) {
        return format.width() * widths[column];
    }

    private void drawRow(float[] widths, List<String> cells, Style style, float size, boolean[] centred)
            throws IOException {
        float height = rowHeight(widths, cells, style, size);
        if (y - height < format.bottom()) {
            runOn();
        }
        float x = format.left();
        for (int c = 0; c < cells.size(); c++) {
            float cellWidth = cellWidth(widths, c);
            float lineY = y - CELL_PADDING - size;
            for (String line : wrap(cells.get(c), style, size, cellWidth - 2 * CELL_PADDING)) {
                float width = measure(line, style, size);
                float at = centred[c] ? x + (cellWidth - width) / 2 : x + CELL_PADDING;
                show(line, font(style), size, at, lineY);
                lineY -= size * format.leading();
            }
            stream.addRect(x, y - height, cellWidth, height);
            x += cellWidth;
        }
        stream.setLineWidth(0.5f);
        stream.stroke();
        y -= height;
    }

    // --- text at fixed positions --------------------------------------------------------------

    public void textAt(String text, Style style, float size, float x, float baseline) {
        try {
            show(nfc(text), font(style), size, x, baseline);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void centeredAt(String text, Style style, float size, float centerX, float baseline) {
        textAt(text, style, size, centerX - width(text, style, size) / 2, baseline);
    }

    public void rightAt(String text, Style style, float size, float rightX, float baseline) {
        textAt(text, style, size, rightX - width(text, style, size), baseline);
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

    // --- navigation -----------------------------------------------------------------------------

    /** A link without a border over the area of the page being written, leading to page {@code target}. */
    public void link(PDRectangle area, int target) {
        try {
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(area);
            PDBorderStyleDictionary none = new PDBorderStyleDictionary();
            none.setWidth(0);
            link.setBorderStyle(none);
            PDActionGoTo action = new PDActionGoTo();
            action.setDestination(destination(target));
            link.setAction(action);
            page.getAnnotations().add(link);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bookmark leading to page {@code target}, under {@code parent} or ({@code null}) at the top of the outline. */
    public PDOutlineItem bookmark(PDOutlineItem parent, String title, int target) {
        if (outline == null) {
            outline = new PDDocumentOutline();
            document.getDocumentCatalog().setDocumentOutline(outline);
        }
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(destination(target));
        (parent == null ? outline : parent).addLast(item);
        return item;
    }

    private PDPageFitDestination destination(int target) {
        PDPageFitDestination destination = new PDPageFitDestination();
        destination.setPage(document.getPage(target));
        return destination;
    }

    // --- the end ------------------------------------------------------------------------------

    public byte[] finish() {
        try {
            stream.close();
            stream = null;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gives the parsed faces back to the pool: only now, as saving reads them to embed the subsets. */
    @Override
    public void close() {
        try {
            if (stream != null) {
                stream.close();
            }
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            borrowed.forEach((style, parsed) -> POOL.get(style).offer(parsed));
            borrowed.clear();
        }
    }
}

package vn.dxawards.publication.service;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Lays out the yearbook (kỷ yếu): a cover, a table of contents with page numbers (also as PDF
 * bookmarks and links), then one profile per awardee from its dossier — strategy, scale,
 * initiatives, results — continued over as many pages as the texts need. A4 portrait.
 */
@ApplicationScoped
public class YearbookDocument {

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float LEFT = 70;
    private static final float RIGHT = PAGE.getWidth() - 60;
    private static final float WIDTH = RIGHT - LEFT;
    private static final float TOP = PAGE.getHeight() - 70;
    private static final float BOTTOM = 70;
    private static final float TOC_LINE = 16;
    private static final float TOC_HEADING = 24;

    private static final Color RED = new Color(150, 24, 24);
    private static final Color GOLD = new Color(184, 140, 40);
    private static final Color INK = new Color(30, 30, 30);
    private static final Color GREY = new Color(100, 100, 100);

    /** The whole book. */
    public record Book(String campaignName, int year, String decision, LocalDate decisionDate, List<Profile> profiles) {
    }

    /** One awardee's profile; {@code detail} is a leader's position and organisation. */
    public record Profile(String name, String detail, String category, String locality, int rank, BigDecimal score,
            String certificateNumber, String website, String strategy, String scale, String initiatives,
            String results) {
    }

    public byte[] render(Book book) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream();
                PdfLayout.Fonts fonts = PdfLayout.Fonts.borrow(document)) {
            document.getDocumentInformation().setTitle("Kỷ yếu " + book.campaignName());
            document.getDocumentInformation().setAuthor("Ban tổ chức chương trình");
            new Writer(document, fonts, book).write();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line of the table of contents: a category heading or a profile. */
    private record TocLine(String text, boolean heading, int profile, List<String> lines) {
    }

    private static final class Writer {
        private final PDDocument document;
        private final PDFont regular;
        private final PDFont bold;
        private final Book book;
        private final int[] firstPage;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument document, PdfLayout.Fonts fonts, Book book) {
            this.document = document;
            this.regular = fonts.regular();
            this.bold = fonts.bold();
            this.book = book;
            this.firstPage = new int[book.profiles().size()];
        }

        void write() throws IOException {
            cover();
            List<TocLine> toc = tocLines();
            List<List<TocLine>> tocPages = paginate(toc);
            List<PDPage> tocPdfPages = new ArrayList<>();
            for (int i = 0; i < tocPages.size(); i++) {
                PDPage page = new PDPage(PAGE);
                document.addPage(page);
                tocPdfPages.add(page);
            }
            for (int i = 0; i < book.profiles().size(); i++) {
                profile(i, book.profiles().get(i));
            }
            close();
            for (int i = 0; i < tocPages.size(); i++) {
                tocPage(tocPdfPages.get(i), tocPages.get(i), i == 0);
            }
            footers();
            outline(tocPdfPages.get(0));
        }

        private void cover() throws IOException {
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(document, page)) {
                float w = PAGE.getWidth();
                float h = PAGE.getHeight();
                float cx = w / 2;
                s.setStrokingColor(GOLD);
                s.setLineWidth(5);
                s.addRect(28, 28, w - 56, h - 56);
                s.stroke();
                s.setStrokingColor(RED);
                s.setLineWidth(1.2f);
                s.addRect(38, 38, w - 76, h - 76);
                s.stroke();
                s.setNonStrokingColor(RED);
                PdfLayout.centered(s, "CHƯƠNG TRÌNH", bold, 14, cx, h - 150);
                float y = h - 172;
                for (String line : PdfLayout.wrap(CertificateDocument.PROGRAMME, bold, 17, w - 160)) {
                    PdfLayout.centered(s, line, bold, 17, cx, y);
                    y -= 22;
                }
                PdfLayout.centered(s, "KỶ YẾU", bold, 54, cx, h / 2 + 60);
                s.setNonStrokingColor(INK);
                PdfLayout.centered(s, "TOP 100 đơn vị, cá nhân tiêu biểu trong chuyển đổi số", regular, 15, cx,
                        h / 2 + 18);
                y = h / 2 - 10;
                for (String line : PdfLayout.wrap(book.campaignName(), bold, 15, w - 160)) {
                    PdfLayout.centered(s, line, bold, 15, cx, y);
                    y -= 20;
                }
                PdfLayout.centered(s, "Năm " + book.year(), bold, 20, cx, y - 16);
                s.setNonStrokingColor(GREY);
                PdfLayout.centered(s, "Theo Quyết định số " + book.decision() + " ngày "
                        + CertificateDocument.date(book.decisionDate()) + " của Chủ tịch Hội đồng thẩm định",
                        regular, 11, cx, 150);
                PdfLayout.centered(s, book.profiles().size() + " đơn vị, cá nhân được vinh danh", regular, 11, cx,
                        132);
            }
        }

        /** Profiles grouped by category in the order given; each entry wrapped to the width left of its page number. */
        private List<TocLine> tocLines() {
            List<TocLine> lines = new ArrayList<>();
            String category = null;
            for (int i = 0; i < book.profiles().size(); i++) {
                Profile p = book.profiles().get(i);
                if (!p.category().equals(category)) {
                    category = p.category();
                    lines.add(new TocLine(category, true, -1, List.of(category)));
                }
                String text = (i + 1) + ". " + p.name() + " — " + p.locality();
                lines.add(new TocLine(text, false, i, PdfLayout.wrap(text, regular, 10.5f, WIDTH - 60)));
            }
            return lines;
        }

        private List<List<TocLine>> paginate(List<TocLine> lines) {
            List<List<TocLine>> pages = new ArrayList<>();
            List<TocLine> current = new ArrayList<>();
            float room = TOP - 50 - BOTTOM; // the first page carries the title
            float used = 0;
            for (TocLine line : lines) {
                float height = line.heading() ? TOC_HEADING : line.lines().size() * TOC_LINE;
                if (used + height > room && !current.isEmpty()) {
                    pages.add(current);
                    current = new ArrayList<>();
                    room = TOP - BOTTOM;
                    used = 0;
                }
                current.add(line);
                used += height;
            }
            pages.add(current);
            return pages;
        }

        private void tocPage(PDPage page, List<TocLine> lines, boolean first) throws IOException {
            try (PDPageContentStream s = new PDPageContentStream(document, page)) {
                float yy = TOP;
                if (first) {
                    s.setNonStrokingColor(RED);
                    PdfLayout.centered(s, "MỤC LỤC", bold, 20, PAGE.getWidth() / 2, yy - 10);
                    yy -= 50;
                }
                for (TocLine line : lines) {
                    if (line.heading()) {
                        s.setNonStrokingColor(RED);
                        PdfLayout.text(s, line.text(), bold, 12, LEFT, yy - 6);
                        yy -= TOC_HEADING;
                        continue;
                    }
                    s.setNonStrokingColor(INK);
                    float top = yy;
                    for (int l = 0; l < line.lines().size(); l++) {
                        PdfLayout.text(s, line.lines().get(l), regular, 10.5f, LEFT + (l == 0 ? 10 : 24), yy);
                        if (l == line.lines().size() - 1) {
                            String number = String.valueOf(firstPage[line.profile()] + 1);
                            float end = LEFT + (l == 0 ? 10 : 24) + PdfLayout.width(line.lines().get(l), regular, 10.5f);
                            dots(s, end + 4, RIGHT - PdfLayout.width(number, regular, 10.5f) - 4, yy);
                            PdfLayout.right(s, number, regular, 10.5f, RIGHT, yy);
                        }
                        yy -= TOC_LINE;
                    }
                    link(page, firstPage[line.profile()], yy + TOC_LINE - 4, top + 12);
                }
            }
        }

        private void dots(PDPageContentStream s, float from, float to, float yy) throws IOException {
            s.setNonStrokingColor(GREY);
            for (float x = from; x < to; x += 4) {
                s.addRect(x, yy + 1, 0.8f, 0.8f);
            }
            s.fill();
            s.setNonStrokingColor(INK);
        }

        private void link(PDPage page, int target, float bottom, float top) throws IOException {
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(LEFT, bottom, WIDTH, top - bottom));
            PDBorderStyleDictionary none = new PDBorderStyleDictionary();
            none.setWidth(0);
            link.setBorderStyle(none);
            PDPageFitDestination destination = new PDPageFitDestination();
            destination.setPage(document.getPage(target));
            PDActionGoTo action = new PDActionGoTo();
            action.setDestination(destination);
            link.setAction(action);
            page.getAnnotations().add(link);
        }

        private void profile(int index, Profile p) throws IOException {
            newPage();
            firstPage[index] = document.getNumberOfPages() - 1;
            stream.setNonStrokingColor(RED);
            line(p.category().toUpperCase(java.util.Locale.forLanguageTag("vi")), bold, 10, 14);
            stream.setStrokingColor(GOLD);
            stream.setLineWidth(1.5f);
            stream.moveTo(LEFT, y + 8);
            stream.lineTo(RIGHT, y + 8);
            stream.stroke();
            y -= 8;
            stream.setNonStrokingColor(RED);
            paragraph(p.name(), bold, 18, 0);
            stream.setNonStrokingColor(INK);
            if (p.detail() != null) {
                paragraph(p.detail(), regular, 12, 0);
            }
            y -= 6;
            fact("Hạng mục", p.category());
            fact("Địa phương", p.locality());
            fact("Xếp hạng", p.rank() + (p.score() == null ? ""
                    : " · điểm " + p.score().setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',')
                            + "/100"));
            if (p.certificateNumber() != null) {
                fact("Giấy chứng nhận", p.certificateNumber());
            }
            if (p.website() != null && !p.website().isBlank()) {
                fact("Trang thông tin", p.website());
            }
            y -= 8;
            Map<String, String> sections = new LinkedHashMap<>();
            sections.put("Chiến lược chuyển đổi số", p.strategy());
            sections.put("Quy mô và tiềm năng", p.scale());
            sections.put("Sáng kiến, giải pháp tiêu biểu", p.initiatives());
            sections.put("Kết quả đạt được", p.results());
            for (Map.Entry<String, String> section : sections.entrySet()) {
                if (section.getValue() == null || section.getValue().isBlank()) {
                    continue;
                }
                if (y - 50 < BOTTOM) {
                    continued(p);
                }
                y -= 6;
                stream.setNonStrokingColor(RED);
                line(section.getKey(), bold, 12.5f, 18);
                stream.setNonStrokingColor(INK);
                for (String text : PdfLayout.wrap(section.getValue(), regular, 11, WIDTH)) {
                    if (y < BOTTOM + 4) {
                        continued(p);
                    }
                    if (!text.isEmpty()) {
                        PdfLayout.text(stream, text, regular, 11, LEFT, y);
                    }
                    y -= 15.5f;
                }
            }
        }

        private void continued(Profile p) throws IOException {
            newPage();
            stream.setNonStrokingColor(GREY);
            line(p.name() + " (tiếp theo)", regular, 10, 22);
            stream.setNonStrokingColor(INK);
        }

        private void fact(String label, String value) throws IOException {
            PdfLayout.text(stream, label + ":", bold, 11, LEFT, y);
            List<String> lines = PdfLayout.wrap(value, regular, 11, WIDTH - 120);
            for (String text : lines) {
                PdfLayout.text(stream, text, regular, 11, LEFT + 120, y);
                y -= 16;
            }
            if (lines.isEmpty()) {
                y -= 16;
            }
        }

        private void paragraph(String text, PDFont font, float size, float indent) throws IOException {
            for (String l : PdfLayout.wrap(text, font, size, WIDTH - indent)) {
                PdfLayout.text(stream, l, font, size, LEFT + indent, y);
                y -= size * 1.35f;
            }
        }

        private void line(String text, PDFont font, float size, float advance) throws IOException {
            PdfLayout.text(stream, text, font, size, LEFT, y);
            y -= advance;
        }

        private void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = TOP;
        }

        private void close() throws IOException {
            if (stream != null) {
                stream.close();
                stream = null;
            }
        }

        /** Page numbers and the running title, on every page but the cover. */
        private void footers() throws IOException {
            String title = "Kỷ yếu " + book.campaignName();
            for (int i = 1; i < document.getNumberOfPages(); i++) {
                PDPage page = document.getPage(i);
                try (PDPageContentStream s = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    s.setStrokingColor(GOLD);
                    s.setLineWidth(0.6f);
                    s.moveTo(LEFT, 52);
                    s.lineTo(RIGHT, 52);
                    s.stroke();
                    s.setNonStrokingColor(GREY);
                    String running = PdfLayout.wrap(title, regular, 8.5f, WIDTH - 40).get(0);
                    PdfLayout.text(s, running, regular, 8.5f, LEFT, 38);
                    PdfLayout.right(s, String.valueOf(i + 1), regular, 9, RIGHT, 38);
                }
            }
        }

        /** Bookmarks: the contents, then each category with its awardees. */
        private void outline(PDPage contents) {
            PDDocumentOutline outline = new PDDocumentOutline();
            document.getDocumentCatalog().setDocumentOutline(outline);
            outline.addLast(item("Mục lục", contents));
            PDOutlineItem category = null;
            for (int i = 0; i < book.profiles().size(); i++) {
                Profile p = book.profiles().get(i);
                if (category == null || !category.getTitle().equals(p.category())) {
                    category = item(p.category(), document.getPage(firstPage[i]));
                    outline.addLast(category);
                }
                category.addLast(item(p.name(), document.getPage(firstPage[i])));
            }
            outline.openNode();
        }

        private static PDOutlineItem item(String title, PDPage page) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(title);
            PDPageFitDestination destination = new PDPageFitDestination();
            destination.setPage(page);
            item.setDestination(destination);
            return item;
        }
    }
}

package vn.dxawards.publication.service;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

import jakarta.enterprise.context.ApplicationScoped;
import vn.dxawards.platform.documents.PdfLayout;
import vn.dxawards.platform.documents.PdfLayout.Align;
import vn.dxawards.platform.documents.PdfLayout.Column;
import vn.dxawards.platform.documents.PdfLayout.Format;
import vn.dxawards.platform.documents.PdfLayout.Line;
import vn.dxawards.platform.documents.PdfLayout.Style;

/**
 * Lays out the yearbook (kỷ yếu): a cover, a table of contents with page numbers (also as PDF
 * bookmarks and links), then one profile per awardee from its dossier — strategy, scale,
 * initiatives, results — continued over as many pages as the texts need. A4 portrait.
 */
@ApplicationScoped
public class YearbookDocument {

    /** The profiles' text; the first line's baseline sits 70 pt under the top edge, the last one's above 74 pt. */
    private static final Format FORMAT = new Format(PDRectangle.A4, 70, 60, 60, 74, 1.4f);
    private static final float LEFT = FORMAT.left();
    private static final float RIGHT = FORMAT.paper().getWidth() - FORMAT.right();
    private static final float WIDTH = FORMAT.width();
    private static final float TOP = FORMAT.paper().getHeight() - 70;
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
        try (PdfLayout pdf = new PdfLayout("Kỷ yếu " + book.campaignName(), "Ban tổ chức chương trình", FORMAT)) {
            new Writer(pdf, book).write();
            return pdf.finish();
        }
    }

    /** One line of the table of contents: a category heading or a profile. */
    private record TocLine(String text, boolean heading, int profile, List<String> lines) {
    }

    private static final class Writer {
        private final PdfLayout pdf;
        private final Book book;
        private final int[] firstPage;

        Writer(PdfLayout pdf, Book book) {
            this.pdf = pdf;
            this.book = book;
            this.firstPage = new int[book.profiles().size()];
        }

        /** The contents are paginated first, so that their pages can be kept before the profiles they list. */
        void write() {
            cover();
            List<List<TocLine>> tocPages = paginate(tocLines());
            int contents = pdf.pageIndex() + 1;
            for (int i = 0; i < tocPages.size(); i++) {
                pdf.newPage();
            }
            for (int i = 0; i < book.profiles().size(); i++) {
                profile(i, book.profiles().get(i));
            }
            for (int i = 0; i < tocPages.size(); i++) {
                List<TocLine> lines = tocPages.get(i);
                boolean first = i == 0;
                pdf.onPage(contents + i, () -> tocPage(lines, first));
            }
            footers();
            bookmarks(contents);
        }

        private void cover() {
            float w = FORMAT.paper().getWidth();
            float h = FORMAT.paper().getHeight();
            float cx = w / 2;
            try {
                PDPageContentStream s = pdf.canvas();
                s.setStrokingColor(GOLD);
                s.setLineWidth(5);
                s.addRect(28, 28, w - 56, h - 56);
                s.stroke();
                s.setStrokingColor(RED);
                s.setLineWidth(1.2f);
                s.addRect(38, 38, w - 76, h - 76);
                s.stroke();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            pdf.color(RED);
            pdf.centeredAt("CHƯƠNG TRÌNH", Style.BOLD, 14, cx, h - 150);
            float y = h - 172;
            for (String line : pdf.wrap(CertificateDocument.PROGRAMME, Style.BOLD, 17, w - 160)) {
                pdf.centeredAt(line, Style.BOLD, 17, cx, y);
                y -= 22;
            }
            pdf.centeredAt("KỶ YẾU", Style.BOLD, 54, cx, h / 2 + 60);
            pdf.color(INK);
            pdf.centeredAt("TOP 100 đơn vị, cá nhân tiêu biểu trong chuyển đổi số", Style.REGULAR, 15, cx, h / 2 + 18);
            y = h / 2 - 10;
            for (String line : pdf.wrap(book.campaignName(), Style.BOLD, 15, w - 160)) {
                pdf.centeredAt(line, Style.BOLD, 15, cx, y);
                y -= 20;
            }
            pdf.centeredAt("Năm " + book.year(), Style.BOLD, 20, cx, y - 16);
            pdf.color(GREY);
            pdf.centeredAt("Theo Quyết định số " + book.decision() + " ngày "
                    + CertificateDocument.date(book.decisionDate()) + " của Chủ tịch Hội đồng thẩm định",
                    Style.REGULAR, 11, cx, 150);
            pdf.centeredAt(book.profiles().size() + " đơn vị, cá nhân được vinh danh", Style.REGULAR, 11, cx, 132);
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
                lines.add(new TocLine(text, false, i, pdf.wrap(text, Style.REGULAR, 10.5f, WIDTH - 60)));
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

        private void tocPage(List<TocLine> lines, boolean first) {
            float y = TOP;
            if (first) {
                pdf.color(RED);
                pdf.centeredAt("MỤC LỤC", Style.BOLD, 20, FORMAT.paper().getWidth() / 2, y - 10);
                y -= 50;
            }
            for (TocLine line : lines) {
                if (line.heading()) {
                    pdf.color(RED);
                    pdf.textAt(line.text(), Style.BOLD, 12, LEFT, y - 6);
                    y -= TOC_HEADING;
                    continue;
                }
                pdf.color(INK);
                float top = y;
                int target = firstPage[line.profile()];
                for (int l = 0; l < line.lines().size(); l++) {
                    String text = line.lines().get(l);
                    float x = LEFT + (l == 0 ? 10 : 24);
                    pdf.textAt(text, Style.REGULAR, 10.5f, x, y);
                    if (l == line.lines().size() - 1) {
                        String number = String.valueOf(target + 1);
                        dots(x + pdf.width(text, Style.REGULAR, 10.5f) + 4,
                                RIGHT - pdf.width(number, Style.REGULAR, 10.5f) - 4, y);
                        pdf.rightAt(number, Style.REGULAR, 10.5f, RIGHT, y);
                    }
                    y -= TOC_LINE;
                }
                float bottom = y + TOC_LINE - 4;
                pdf.link(new PDRectangle(LEFT, bottom, WIDTH, top + 12 - bottom), target);
            }
        }

        private void dots(float from, float to, float y) {
            try {
                PDPageContentStream s = pdf.canvas();
                s.setNonStrokingColor(GREY);
                for (float x = from; x < to; x += 4) {
                    s.addRect(x, y + 1, 0.8f, 0.8f);
                }
                s.fill();
                s.setNonStrokingColor(INK);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void profile(int index, Profile p) {
            pdf.continuation(null);
            pdf.newPage();
            firstPage[index] = pdf.pageIndex();
            pdf.color(RED);
            pdf.left(p.category().toUpperCase(Locale.forLanguageTag("vi")), Style.BOLD, 10);
            pdf.rule(GOLD, 1.5f);
            pdf.left(p.name(), Style.BOLD, 18);
            pdf.color(INK);
            if (p.detail() != null) {
                pdf.left(p.detail(), Style.REGULAR, 12);
            }
            pdf.gap(6);
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
            pdf.gap(8);
            pdf.continuation(() -> {
                pdf.color(GREY);
                pdf.left(p.name() + " (tiếp theo)", Style.REGULAR, 10);
                pdf.gap(8);
            });
            Map<String, String> sections = new LinkedHashMap<>();
            sections.put("Chiến lược chuyển đổi số", p.strategy());
            sections.put("Quy mô và tiềm năng", p.scale());
            sections.put("Sáng kiến, giải pháp tiêu biểu", p.initiatives());
            sections.put("Kết quả đạt được", p.results());
            for (Map.Entry<String, String> section : sections.entrySet()) {
                if (section.getValue() == null || section.getValue().isBlank()) {
                    continue;
                }
                pdf.keep(50);
                pdf.gap(6);
                pdf.color(RED);
                pdf.left(section.getKey(), Style.BOLD, 12.5f);
                pdf.color(INK);
                pdf.left(section.getValue(), Style.REGULAR, 11);
            }
        }

        private void fact(String label, String value) {
            pdf.beside(new Column(0, 120, Align.LEFT, List.of(Line.of(label + ":", Style.BOLD, 11))),
                    new Column(120, WIDTH - 120, Align.LEFT, List.of(Line.of(value, Style.REGULAR, 11))));
        }

        /** Page numbers and the running title, on every page but the cover. */
        private void footers() {
            String running = pdf.wrap("Kỷ yếu " + book.campaignName(), Style.REGULAR, 8.5f, WIDTH - 40).get(0);
            for (int i = 1; i <= pdf.pageIndex(); i++) {
                String number = String.valueOf(i + 1);
                pdf.onPage(i, () -> {
                    try {
                        PDPageContentStream s = pdf.canvas();
                        s.setStrokingColor(GOLD);
                        s.setLineWidth(0.6f);
                        s.moveTo(LEFT, 52);
                        s.lineTo(RIGHT, 52);
                        s.stroke();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    pdf.color(GREY);
                    pdf.textAt(running, Style.REGULAR, 8.5f, LEFT, 38);
                    pdf.rightAt(number, Style.REGULAR, 9, RIGHT, 38);
                });
            }
        }

        /** Bookmarks: the contents, then each category with its awardees. */
        private void bookmarks(int contents) {
            pdf.bookmark(null, "Mục lục", contents);
            PDOutlineItem category = null;
            String categoryName = null;
            for (int i = 0; i < book.profiles().size(); i++) {
                Profile p = book.profiles().get(i);
                if (!p.category().equals(categoryName)) {
                    categoryName = p.category();
                    category = pdf.bookmark(null, categoryName, firstPage[i]);
                }
                pdf.bookmark(category, p.name(), firstPage[i]);
            }
        }
    }
}

package vn.dxawards.decision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import jakarta.enterprise.context.ApplicationScoped;
import vn.dxawards.access.User;
import vn.dxawards.common.Times;
import vn.dxawards.locality.Locality;

/**
 * Lays out the award decision as a Vietnamese administrative decision (Decree 30/2020/NĐ-CP):
 * national title and motto, issuing body, number and symbol, place and date, summary, legal
 * grounds, articles, recipients, the signer; the awardees in an appendix. A4, DejaVu Serif embedded.
 */
@ApplicationScoped
public class DecisionDocument {

    private static final float MARGIN_LEFT = 85f; // 30 mm
    private static final float MARGIN_RIGHT = 57f; // 20 mm
    private static final float TOP = PDRectangle.A4.getHeight() - 57f;
    private static final float BOTTOM = 57f;
    private static final float WIDTH = PDRectangle.A4.getWidth() - MARGIN_LEFT - MARGIN_RIGHT;

    public byte[] render(AwardDecision decision, User signer) {
        try (PDDocument document = new PDDocument()) {
            PDFont regular = load(document, "fonts/DejaVuSerif.ttf");
            PDFont bold = load(document, "fonts/DejaVuSerif-Bold.ttf");
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Quyết định " + decision.symbol);
            info.setAuthor("Hội đồng thẩm định");
            Writer w = new Writer(document, regular, bold);
            LocalDate date = decision.signedAt.atZone(Times.ICT).toLocalDate();
            List<ProposalEntry> awardees = decision.proposal.entries.stream().filter(e -> e.awarded).toList();

            w.twoColumns("HỘI ĐỒNG THẨM ĐỊNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true);
            w.twoColumns("CHƯƠNG TRÌNH TOP 100", "Độc lập - Tự do - Hạnh phúc", true);
            w.gap(8);
            w.twoColumns("Số: " + decision.symbol, "Hà Nội, ngày %02d tháng %02d năm %d".formatted(date.getDayOfMonth(),
                    date.getMonthValue(), date.getYear()), false);
            w.gap(18);
            w.centered("QUYẾT ĐỊNH", bold, 14);
            w.centered("Về việc khen thưởng các đơn vị tiêu biểu " + decision.campaign.nameVi, bold, 12);
            w.gap(12);
            w.centered("CHỦ TỊCH HỘI ĐỒNG THẨM ĐỊNH", bold, 12);
            w.gap(6);
            w.paragraph("Căn cứ Thể lệ chương trình " + decision.campaign.nameVi + ";", regular, 12);
            w.paragraph("Căn cứ kết quả thẩm định, biên bản thảo luận và biểu quyết của Hội đồng thẩm định;", regular, 12);
            w.paragraph("Xét tờ trình của Ban thư ký ngày " + decision.proposal.sentAt.atZone(Times.ICT).toLocalDate()
                    .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ",", regular, 12);
            w.gap(6);
            w.centered("QUYẾT ĐỊNH:", bold, 12);
            w.paragraph("Điều 1. Khen thưởng " + awardees.size()
                    + " đơn vị, cá nhân tiêu biểu có tên trong Phụ lục kèm theo Quyết định này.", regular, 12);
            w.paragraph("Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Kết quả được công bố tại lễ công bố "
                    + "của chương trình.", regular, 12);
            w.paragraph("Điều 3. Ban thư ký, các thành viên Hội đồng thẩm định và các đơn vị, cá nhân có tên tại Điều 1 "
                    + "chịu trách nhiệm thi hành Quyết định này.", regular, 12);
            w.gap(12);
            w.twoColumns("Nơi nhận:", "CHỦ TỊCH HỘI ĐỒNG", true);
            w.twoColumns("- Như Điều 3;", "", false);
            w.twoColumns("- Ban tổ chức chương trình;", "", false);
            w.twoColumns("- Lưu: VT, BTK.", "", false);
            w.gap(40);
            w.twoColumns("", signer.fullName() == null ? signer.username() : signer.fullName(), true);

            w.newPage();
            w.centered("PHỤ LỤC", bold, 13);
            w.centered("Danh sách đơn vị, cá nhân được khen thưởng", regular, 12);
            w.centered("(Kèm theo Quyết định số " + decision.symbol + ")", regular, 11);
            w.gap(8);
            w.row(bold, "TT", "Tên đơn vị, cá nhân", "Hạng mục", "Địa phương", "Điểm");
            int i = 0;
            for (ProposalEntry entry : awardees) {
                Locality locality = Locality.findById(entry.dossier.nomineeProvince);
                w.row(regular, String.valueOf(++i), entry.dossier.nomineeName, entry.dossier.category.nameVi,
                        locality == null ? "" : locality.name,
                        entry.score == null ? "" : entry.score.setScale(2, RoundingMode.HALF_UP).toPlainString()
                                .replace('.', ','));
            }
            w.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDFont load(PDDocument document, String resource) throws IOException {
        try (InputStream font = DecisionDocument.class.getClassLoader().getResourceAsStream(resource)) {
            return PDType0Font.load(document, font);
        }
    }

    /** A top-down text writer that wraps lines and starts new pages. */
    private static final class Writer {
        private final PDDocument document;
        private final PDFont regular;
        private final PDFont bold;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument document, PDFont regular, PDFont bold) throws IOException {
            this.document = document;
            this.regular = regular;
            this.bold = bold;
            newPage();
        }

        void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = TOP;
        }

        void gap(float points) {
            y -= points;
        }

        void centered(String text, PDFont font, float size) throws IOException {
            for (String line : wrap(text, font, size, WIDTH)) {
                float width = font.getStringWidth(line) / 1000 * size;
                show(line, font, size, MARGIN_LEFT + (WIDTH - width) / 2);
                y -= size * 1.4f;
            }
        }

        void paragraph(String text, PDFont font, float size) throws IOException {
            for (String line : wrap(text, font, size, WIDTH)) {
                show(line, font, size, MARGIN_LEFT);
                y -= size * 1.4f;
            }
        }

        void twoColumns(String left, String right, boolean strong) throws IOException {
            PDFont font = strong ? bold : regular;
            float size = 11;
            float half = WIDTH * 0.42f;
            if (!left.isEmpty()) {
                float width = font.getStringWidth(left) / 1000 * size;
                show(left, font, size, MARGIN_LEFT + Math.max(0, (half - width) / 2));
            }
            if (!right.isEmpty()) {
                float width = font.getStringWidth(right) / 1000 * size;
                float column = WIDTH - half;
                show(right, font, size, MARGIN_LEFT + half + Math.max(0, (column - width) / 2));
            }
            y -= size * 1.5f;
        }

        void row(PDFont font, String... cells) throws IOException {
            float[] widths = {0.07f, 0.40f, 0.25f, 0.17f, 0.11f};
            float size = 10;
            List<List<String>> wrapped = new ArrayList<>();
            int lines = 1;
            for (int c = 0; c < cells.length; c++) {
                List<String> cell = wrap(cells[c], font, size, WIDTH * widths[c] - 4);
                wrapped.add(cell);
                lines = Math.max(lines, cell.size());
            }
            if (y - lines * size * 1.4f < BOTTOM) {
                newPage();
            }
            float x = MARGIN_LEFT;
            for (int c = 0; c < cells.length; c++) {
                float lineY = y;
                for (String line : wrapped.get(c)) {
                    stream.beginText();
                    stream.setFont(font, size);
                    stream.newLineAtOffset(x, lineY);
                    stream.showText(line);
                    stream.endText();
                    lineY -= size * 1.4f;
                }
                x += WIDTH * widths[c];
            }
            y -= lines * size * 1.4f + 3;
        }

        private void show(String text, PDFont font, float size, float x) throws IOException {
            if (y < BOTTOM) {
                newPage();
            }
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y);
            stream.showText(text);
            stream.endText();
        }

        void close() throws IOException {
            stream.close();
        }

        private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }
    }
}

package vn.dxawards.publication.service;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Lays out a certificate: A4 landscape, a double decorative border, the programme's title, the
 * holder, category and locality, the decision it comes from, the signer, the number, and a QR
 * code of the public verification address. Always in Vietnamese, the language of the award.
 */
@ApplicationScoped
public class CertificateDocument {

    static final PDRectangle LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    static final String PROGRAMME = "THÚC ĐẨY TIẾN TRÌNH CHUYỂN ĐỔI SỐ QUỐC GIA";

    private static final Color RED = new Color(150, 24, 24);
    private static final Color GOLD = new Color(184, 140, 40);
    private static final Color INK = new Color(30, 30, 30);

    /** What a certificate says. */
    public record Sheet(String number, String holder, String holderDetail, String category, String locality,
            String campaignName, String decision, LocalDate decisionDate, String signerName, String verificationUrl,
            boolean revoked) {
    }

    public byte[] render(Sheet sheet) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream();
                PdfLayout.Fonts fonts = PdfLayout.Fonts.borrow(document)) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Giấy chứng nhận " + sheet.number());
            info.setSubject(sheet.holder());
            info.setAuthor("Hội đồng thẩm định");
            PDPage page = new PDPage(LANDSCAPE);
            document.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(document, page)) {
                draw(s, sheet, fonts);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void draw(PDPageContentStream s, Sheet sheet, PdfLayout.Fonts fonts) throws IOException {
        float w = LANDSCAPE.getWidth();
        float h = LANDSCAPE.getHeight();
        float cx = w / 2;
        border(s, w, h);

        s.setNonStrokingColor(RED);
        PdfLayout.centered(s, "CHƯƠNG TRÌNH", fonts.bold(), 13, cx, h - 82);
        PdfLayout.centered(s, PROGRAMME, fonts.bold(), 15, cx, h - 101);
        s.setNonStrokingColor(INK);
        PdfLayout.centered(s, sheet.campaignName(), fonts.regular(), 11, cx, h - 119);

        s.setNonStrokingColor(RED);
        PdfLayout.centered(s, "GIẤY CHỨNG NHẬN", fonts.bold(), 36, cx, h - 172);
        s.setNonStrokingColor(INK);
        PdfLayout.centered(s, "TOP 100 đơn vị, cá nhân tiêu biểu trong chuyển đổi số", fonts.regular(), 14, cx,
                h - 198);
        PdfLayout.centered(s, "Trân trọng chứng nhận", fonts.regular(), 13, cx, h - 228);

        // The holder: as large as fits, on at most two lines.
        float size = 26;
        List<String> lines = PdfLayout.wrap(sheet.holder(), fonts.bold(), size, w - 150);
        while (lines.size() > 2 && size > 14) {
            size -= 2;
            lines = PdfLayout.wrap(sheet.holder(), fonts.bold(), size, w - 150);
        }
        float y = h - 262;
        s.setNonStrokingColor(RED);
        for (String line : lines) {
            PdfLayout.centered(s, line, fonts.bold(), size, cx, y);
            y -= size * 1.25f;
        }
        s.setNonStrokingColor(INK);
        if (sheet.holderDetail() != null) {
            PdfLayout.centered(s, sheet.holderDetail(), fonts.regular(), 12, cx, y);
            y -= 18;
        }
        y -= 6;
        PdfLayout.centered(s, "Hạng mục: " + sheet.category() + "   ·   Địa phương: " + sheet.locality(),
                fonts.regular(), 13, cx, y);
        y -= 20;
        PdfLayout.centered(s, "Đã được vinh danh theo Quyết định số " + sheet.decision() + " ngày "
                + date(sheet.decisionDate()) + " của Chủ tịch Hội đồng thẩm định.", fonts.regular(), 12, cx, y);

        // Bottom right: place, date, signer.
        float signX = w - 215;
        LocalDate d = sheet.decisionDate();
        PdfLayout.centered(s, "Hà Nội, ngày %02d tháng %02d năm %d".formatted(d.getDayOfMonth(), d.getMonthValue(),
                d.getYear()), fonts.regular(), 12, signX, 150);
        PdfLayout.centered(s, "CHỦ TỊCH HỘI ĐỒNG THẨM ĐỊNH", fonts.bold(), 12, signX, 132);
        PdfLayout.centered(s, sheet.signerName(), fonts.bold(), 13, signX, 78);

        // Bottom left: the QR code of the verification page, the number under it.
        float qrSize = 92;
        float qrX = 80;
        float qrY = 78;
        qr(s, sheet.verificationUrl(), qrX, qrY, qrSize);
        PdfLayout.text(s, "Giấy chứng nhận số: " + sheet.number(), fonts.bold(), 11, qrX + qrSize + 12, qrY + 62);
        PdfLayout.text(s, "Xác minh tại:", fonts.regular(), 9, qrX + qrSize + 12, qrY + 46);
        PdfLayout.text(s, sheet.verificationUrl(), fonts.regular(), 9, qrX + qrSize + 12, qrY + 34);

        if (sheet.revoked()) {
            s.setNonStrokingColor(RED);
            PdfLayout.centered(s, "ĐÃ THU HỒI", fonts.bold(), 48, cx, h / 2 - 40);
        }
    }

    private static void border(PDPageContentStream s, float w, float h) throws IOException {
        s.setStrokingColor(GOLD);
        s.setLineWidth(6);
        s.addRect(24, 24, w - 48, h - 48);
        s.stroke();
        s.setStrokingColor(RED);
        s.setLineWidth(1.5f);
        s.addRect(36, 36, w - 72, h - 72);
        s.stroke();
        s.setLineWidth(0.6f);
        s.addRect(41, 41, w - 82, h - 82);
        s.stroke();
        // a small diamond in each corner
        s.setNonStrokingColor(GOLD);
        for (float[] corner : new float[][] {{41, 41}, {w - 41, 41}, {41, h - 41}, {w - 41, h - 41}}) {
            float x = corner[0];
            float y = corner[1];
            s.moveTo(x, y + 9);
            s.lineTo(x + 9, y);
            s.lineTo(x, y - 9);
            s.lineTo(x - 9, y);
            s.closePath();
            s.fill();
        }
        // a rule under the title block
        s.setStrokingColor(GOLD);
        s.setLineWidth(1);
        s.moveTo(w / 2 - 120, h - 132);
        s.lineTo(w / 2 + 120, h - 132);
        s.stroke();
    }

    /** The QR code as filled squares (sharp at any zoom), on white with its quiet zone. */
    static void qr(PDPageContentStream s, String content, float x, float y, float size) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + content, e);
        }
        int modules = matrix.getWidth();
        float module = size / modules;
        float quiet = module * 4;
        s.setNonStrokingColor(Color.WHITE);
        s.addRect(x - quiet, y - quiet, size + 2 * quiet, size + 2 * quiet);
        s.fill();
        s.setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < modules; row++) {
            for (int col = 0; col < modules; col++) {
                if (matrix.get(col, row)) {
                    s.addRect(x + col * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        s.fill();
        s.setNonStrokingColor(INK);
    }

    public static String date(LocalDate date) {
        return "%02d/%02d/%d".formatted(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}

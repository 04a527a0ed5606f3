package vn.dxawards.publication.service;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import jakarta.enterprise.context.ApplicationScoped;
import vn.dxawards.platform.documents.PdfLayout;
import vn.dxawards.platform.documents.PdfLayout.Format;
import vn.dxawards.platform.documents.PdfLayout.Style;

/**
 * Lays out a certificate: A4 landscape, a double decorative border, the programme's title, the
 * holder, category and locality, the decision it comes from, the signer, the number, and a QR
 * code of the public verification address. Always in Vietnamese, the language of the award.
 */
@ApplicationScoped
public class CertificateDocument {

    /** Nothing flows on a certificate: every text has its place, inside the border. */
    private static final Format FORMAT = new Format(Format.A4_LANDSCAPE, 80, 80, 80, 80, 1.25f);
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
        try (PdfLayout pdf = new PdfLayout("Giấy chứng nhận " + sheet.number(), "Hội đồng thẩm định", FORMAT)) {
            pdf.subject(sheet.holder());
            draw(pdf, sheet);
            return pdf.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void draw(PdfLayout pdf, Sheet sheet) throws IOException {
        float w = FORMAT.paper().getWidth();
        float h = FORMAT.paper().getHeight();
        float cx = w / 2;
        border(pdf.canvas(), w, h);

        pdf.color(RED);
        pdf.centeredAt("CHƯƠNG TRÌNH", Style.BOLD, 13, cx, h - 82);
        pdf.centeredAt(PROGRAMME, Style.BOLD, 15, cx, h - 101);
        pdf.color(INK);
        pdf.centeredAt(sheet.campaignName(), Style.REGULAR, 11, cx, h - 119);

        pdf.color(RED);
        pdf.centeredAt("GIẤY CHỨNG NHẬN", Style.BOLD, 36, cx, h - 172);
        pdf.color(INK);
        pdf.centeredAt("TOP 100 đơn vị, cá nhân tiêu biểu trong chuyển đổi số", Style.REGULAR, 14, cx, h - 198);
        pdf.centeredAt("Trân trọng chứng nhận", Style.REGULAR, 13, cx, h - 228);

        // The holder: as large as fits, on at most two lines.
        float size = 26;
        List<String> lines = pdf.wrap(sheet.holder(), Style.BOLD, size, w - 150);
        while (lines.size() > 2 && size > 14) {
            size -= 2;
            lines = pdf.wrap(sheet.holder(), Style.BOLD, size, w - 150);
        }
        float y = h - 262;
        pdf.color(RED);
        for (String line : lines) {
            pdf.centeredAt(line, Style.BOLD, size, cx, y);
            y -= size * 1.25f;
        }
        pdf.color(INK);
        if (sheet.holderDetail() != null) {
            pdf.centeredAt(sheet.holderDetail(), Style.REGULAR, 12, cx, y);
            y -= 18;
        }
        y -= 6;
        pdf.centeredAt("Hạng mục: " + sheet.category() + "   ·   Địa phương: " + sheet.locality(), Style.REGULAR, 13,
                cx, y);
        y -= 20;
        pdf.centeredAt("Đã được vinh danh theo Quyết định số " + sheet.decision() + " ngày "
                + date(sheet.decisionDate()) + " của Chủ tịch Hội đồng thẩm định.", Style.REGULAR, 12, cx, y);

        // Bottom right: place, date, signer.
        float signX = w - 215;
        LocalDate d = sheet.decisionDate();
        pdf.centeredAt("Hà Nội, ngày %02d tháng %02d năm %d".formatted(d.getDayOfMonth(), d.getMonthValue(),
                d.getYear()), Style.REGULAR, 12, signX, 150);
        pdf.centeredAt("CHỦ TỊCH HỘI ĐỒNG THẨM ĐỊNH", Style.BOLD, 12, signX, 132);
        pdf.centeredAt(sheet.signerName(), Style.BOLD, 13, signX, 78);

        // Bottom left: the QR code of the verification page, the number under it.
        float qrSize = 92;
        float qrX = 80;
        float qrY = 78;
        qr(pdf.canvas(), sheet.verificationUrl(), qrX, qrY, qrSize);
        pdf.color(INK);
        pdf.textAt("Giấy chứng nhận số: " + sheet.number(), Style.BOLD, 11, qrX + qrSize + 12, qrY + 62);
        pdf.textAt("Xác minh tại:", Style.REGULAR, 9, qrX + qrSize + 12, qrY + 46);
        pdf.textAt(sheet.verificationUrl(), Style.REGULAR, 9, qrX + qrSize + 12, qrY + 34);

        if (sheet.revoked()) {
            pdf.color(RED);
            pdf.centeredAt("ĐÃ THU HỒI", Style.BOLD, 48, cx, h / 2 - 40);
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
    private static void qr(PDPageContentStream s, String content, float x, float y, float size) throws IOException {
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
    }

    public static String date(LocalDate date) {
        return "%02d/%02d/%d".formatted(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}

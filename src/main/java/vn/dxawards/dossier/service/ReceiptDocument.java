package vn.dxawards.dossier.service;

import static vn.dxawards.platform.documents.PdfLayout.Line;
import static vn.dxawards.platform.documents.PdfLayout.Rule;
import static vn.dxawards.platform.documents.PdfLayout.Style;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.dxawards.campaign.service.Issuer;
import vn.dxawards.campaign.service.Issuers;
import vn.dxawards.dossier.model.Attachment;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.model.NominatingBody;
import vn.dxawards.locality.model.Locality;
import vn.dxawards.platform.documents.PdfLayout;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.platform.i18n.Times;

/**
 * The receipt (phiếu tiếp nhận hồ sơ) of a submitted dossier, as the public-service portals give
 * one: the reference, the date and time of receipt (ICT), what was received — each attachment with
 * its size and SHA-256, so the body can prove which bytes it handed in — and the date by which the
 * secretariat is expected to decide. The same bytes go with the e-mail and answer
 * {@code GET /api/dossiers/{id}/receipt.pdf}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReceiptDocument {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    Issuers issuers;

    public byte[] render(Dossier dossier) {
        if (dossier.submittedAt == null) {
            throw DomainException.conflict("receipt.not_submitted", dossier.reference);
        }
        ZonedDateTime received = dossier.submittedAt.atZone(Times.ICT);
        NominatingBody body = NominatingBody.findById(dossier.bodyCode);
        Locality locality = dossier.nomineeProvince == null ? null : Locality.findById(dossier.nomineeProvince);
        Issuer config = issuers.of(dossier.campaign);
        try (PdfLayout pdf = new PdfLayout("Phiếu tiếp nhận hồ sơ " + dossier.reference, config.issuingBody())) {
            pdf.subject("Phiếu tiếp nhận hồ sơ đề cử " + dossier.reference);
            pdf.columns(List.of(
                    Line.of(config.parentBody(), Style.REGULAR, 12),
                    new Line(config.issuingBody(), Style.BOLD, 12, Rule.SHORT),
                    Line.of("Số: " + dossier.reference, Style.REGULAR, 12)), List.of(
                    Line.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Style.BOLD, 12),
                    new Line("Độc lập - Tự do - Hạnh phúc", Style.BOLD, 13, Rule.FULL),
                    Line.of("", Style.REGULAR, 6),
                    Line.of("%s, ngày %02d tháng %02d năm %d".formatted(config.place(), received.getDayOfMonth(),
                            received.getMonthValue(), received.getYear()), Style.ITALIC, 13)), 0.385f);
            pdf.gap(18);
            pdf.centered("PHIẾU TIẾP NHẬN HỒ SƠ ĐỀ CỬ", Style.BOLD, 14);
            pdf.centered(dossier.campaign.nameVi, Style.BOLD, 13, Rule.SHORT);
            pdf.gap(8);
            pdf.paragraph("Ban Thư ký Chương trình đã tiếp nhận hồ sơ đề cử sau đây qua hệ thống DX Awards:",
                    Style.REGULAR, 13);
            pdf.paragraph("1. Mã hồ sơ: " + dossier.reference + ".", Style.REGULAR, 13);
            pdf.paragraph("2. Đơn vị đề cử: " + (body == null || body.name == null ? dossier.bodyCode : body.name)
                    + ".", Style.REGULAR, 13);
            pdf.paragraph("3. Đối tượng được đề cử: " + dossier.nomineeName
                    + (locality == null ? "" : " (" + locality.name + ")") + "; hạng mục: "
                    + dossier.category.nameVi + ".", Style.REGULAR, 13);
            pdf.paragraph("4. Thời điểm tiếp nhận: " + TIME.format(received) + " (giờ Việt Nam).", Style.REGULAR, 13);
            pdf.paragraph("5. Ngày dự kiến có kết quả xem xét hồ sơ: "
                    + (dossier.intakeDue == null ? "theo thông báo của Ban Thư ký"
                            : DAY.format(dossier.intakeDue.atZone(Times.ICT)))
                    + " (thời hạn tạm dừng trong thời gian đơn vị bổ sung hồ sơ theo yêu cầu).", Style.REGULAR, 13);
            List<Attachment> attachments = Attachment.of(dossier);
            pdf.paragraph("6. Thành phần hồ sơ: nội dung đề cử nhập trên hệ thống và " + attachments.size()
                    + " tệp đính kèm; mã SHA-256 xác định đúng nội dung từng tệp đã nhận.", Style.REGULAR, 13);
            if (!attachments.isEmpty()) {
                List<List<String>> rows = new ArrayList<>();
                int n = 0;
                for (Attachment a : attachments) {
                    rows.add(List.of(String.valueOf(++n), a.fileName + "\nSHA-256: " + a.sha256, size(a.sizeBytes)));
                }
                pdf.gap(4);
                pdf.table(new float[] {0.07f, 0.77f, 0.16f}, List.of("STT", "Tệp đính kèm", "Dung lượng"), rows, 8,
                        new boolean[] {true, false, true});
            }
            pdf.gap(10);
            pdf.paragraph("Phiếu này xác nhận việc tiếp nhận hồ sơ, không phải kết quả xem xét. Đơn vị theo dõi "
                    + "tình trạng hồ sơ và nhận thông báo ở từng bước trên hệ thống và qua thư điện tử.",
                    Style.ITALIC, 12);
            pdf.gap(12);
            pdf.recipientsAndSigner(List.of(
                    Line.of("Nơi nhận:", Style.BOLD_ITALIC, 12),
                    Line.of("- " + (body == null || body.name == null ? dossier.bodyCode : body.name) + ";",
                            Style.REGULAR, 11),
                    Line.of("- Lưu: Ban Thư ký.", Style.REGULAR, 11)), List.of(
                    Line.of("BAN THƯ KÝ", Style.BOLD, 13),
                    Line.of("(phiếu tạo tự động bởi hệ thống)", Style.ITALIC, 11)), 0.5f);
            return pdf.finish();
        }
    }

    /** Sizes as Vietnamese write them: decimal comma. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0).replace('.', ',');
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024)).replace('.', ',');
    }
}

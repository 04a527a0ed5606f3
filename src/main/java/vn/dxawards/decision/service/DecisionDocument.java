package vn.dxawards.decision.service;

import vn.dxawards.campaign.service.Issuer;
import vn.dxawards.campaign.service.Issuers;
import vn.dxawards.decision.model.DecisionDraft;
import vn.dxawards.deliberation.model.Proposal;
import vn.dxawards.deliberation.model.ProposalEntry;
import static vn.dxawards.platform.documents.PdfLayout.Line;
import static vn.dxawards.platform.documents.PdfLayout.Rule;
import static vn.dxawards.platform.documents.PdfLayout.Style;

import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.dxawards.campaign.model.CategoryKind;
import vn.dxawards.platform.documents.PdfLayout;
import vn.dxawards.platform.i18n.Times;
import vn.dxawards.deliberation.model.Vote;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.locality.model.Locality;

/**
 * Lays out the award decision as an administrative decision of a collective body (Decree
 * 30/2020/NĐ-CP, Appendix I, form of a decision): parent and issuing body with the number and
 * symbol on the left, the national title and motto with the place and date on the right; the
 * title and summary (trích yếu); the issuing authority; the legal grounds (căn cứ) in italics;
 * "QUYẾT ĐỊNH:" and its articles; recipients (nơi nhận) bottom left, the signer's title, room for
 * the signature and the signer's name bottom right; the awardees in an appendix table.
 */
@ApplicationScoped
public class DecisionDocument {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    Issuers issuers;

    public byte[] render(DecisionDraft draft) {
        Proposal proposal = draft.proposal;
        String campaignName = draft.campaign.nameVi;
        List<ProposalEntry> awardees = proposal.entries.stream().filter(e -> e.awarded).toList();
        Issuer config = issuers.of(draft.campaign);
        try (PdfLayout pdf = new PdfLayout("Quyết định " + draft.symbol, config.issuingBody())) {
            pdf.columns(List.of(
                    Line.of(config.parentBody(), Style.REGULAR, 12),
                    new Line(config.issuingBody(), Style.BOLD, 12, Rule.SHORT),
                    Line.of("", Style.REGULAR, 6),
                    Line.of("Số: " + draft.symbol, Style.REGULAR, 13)), List.of(
                    Line.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Style.BOLD, 12),
                    new Line("Độc lập - Tự do - Hạnh phúc", Style.BOLD, 13, Rule.FULL),
                    Line.of("", Style.REGULAR, 6),
                    Line.of(placeAndDate(config.place(), draft.decisionDate), Style.ITALIC, 13)), 0.385f);
            pdf.gap(20);
            pdf.centered("QUYẾT ĐỊNH", Style.BOLD, 14);
            pdf.centered("Về việc khen thưởng các đơn vị, cá nhân tiêu biểu trong " + campaignName, Style.BOLD, 14,
                    Rule.SHORT);
            pdf.gap(10);
            pdf.centered(config.authority(), Style.BOLD, 14);
            pdf.gap(8);
            pdf.paragraph("Căn cứ Thể lệ " + campaignName + ";", Style.ITALIC, 14);
            pdf.paragraph("Căn cứ kết quả thẩm định hồ sơ và Biên bản họp Hội đồng thẩm định ngày "
                    + DAY.format(deliberationDay(proposal)) + ";", Style.ITALIC, 14);
            pdf.paragraph("Theo đề nghị của Ban Thư ký tại Tờ trình ngày " + DAY.format(day(proposal.sentAt)) + ".",
                    Style.ITALIC, 14);
            pdf.gap(8);
            pdf.centered("QUYẾT ĐỊNH:", Style.BOLD, 14);
            pdf.gap(4);
            pdf.paragraph("Điều 1. Khen thưởng " + awardees.size() + " đơn vị, cá nhân tiêu biểu trong "
                    + campaignName + " (có danh sách kèm theo).", Style.REGULAR, 14);
            pdf.paragraph("Điều 2. Kết quả được giữ bảo mật đến khi công bố tại lễ công bố của Chương trình. Ban Thư "
                    + "ký công bố danh sách và cấp giấy chứng nhận cho các đơn vị, cá nhân có tên tại Điều 1.",
                    Style.REGULAR, 14);
            pdf.paragraph("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Ban Thư ký, các thành viên Hội đồng "
                    + "thẩm định và các đơn vị, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.",
                    Style.REGULAR, 14);
            pdf.gap(12);
            pdf.keep(170);
            List<Line> recipients = new ArrayList<>();
            recipients.add(Line.of("Nơi nhận:", Style.BOLD_ITALIC, 12));
            List<String> names = config.recipients();
            for (int i = 0; i < names.size(); i++) {
                recipients.add(Line.of("- " + names.get(i) + (i == names.size() - 1 ? "." : ";"), Style.REGULAR, 11));
            }
            pdf.recipientsAndSigner(recipients, List.of(
                    Line.of(config.signerTitle(), Style.BOLD, 14),
                    Line.of("", Style.REGULAR, 60),
                    Line.of(draft.signerName, Style.BOLD, 14)), 0.45f);

            pdf.newPage();
            pdf.centered("Phụ lục", Style.BOLD, 14);
            pdf.centered("DANH SÁCH ĐƠN VỊ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG", Style.BOLD, 14);
            pdf.centered("(Kèm theo Quyết định số " + draft.symbol + " ngày " + DAY.format(draft.decisionDate)
                    + " của " + config.authorityInText() + ")", Style.ITALIC, 13, Rule.SHORT);
            pdf.gap(8);
            List<List<String>> rows = new ArrayList<>();
            int number = 0;
            for (ProposalEntry entry : awardees) {
                Dossier dossier = entry.dossier;
                Locality locality = Locality.findById(dossier.nomineeProvince);
                rows.add(List.of(String.valueOf(++number), nominee(dossier), dossier.category.nameVi,
                        locality == null ? "" : locality.name, entry.score == null ? ""
                                : entry.score.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',')));
            }
            pdf.table(new float[] {0.08f, 0.40f, 0.22f, 0.18f, 0.12f},
                    List.of("STT", "Tên đơn vị, cá nhân", "Hạng mục", "Địa phương", "Điểm"), rows, 11,
                    new boolean[] {true, false, false, false, true});
            pdf.numberPagesAtTop();
            return pdf.finish();
        }
    }

    /** "Hà Nội, ngày 05 tháng 09 năm 2026" (Decree 30: days below 10 and months below 3 with a leading zero). */
    static String placeAndDate(String place, LocalDate date) {
        return "%s, ngày %02d tháng %02d năm %d".formatted(place, date.getDayOfMonth(), date.getMonthValue(),
                date.getYear());
    }

    private static String nominee(Dossier dossier) {
        if (dossier.category.kind == CategoryKind.LEADER) {
            StringBuilder text = new StringBuilder(dossier.nomineeName);
            if (dossier.nomineePosition != null && !dossier.nomineePosition.isBlank()) {
                text.append(", ").append(dossier.nomineePosition);
            }
            if (dossier.nomineeOrganization != null && !dossier.nomineeOrganization.isBlank()) {
                text.append(", ").append(dossier.nomineeOrganization);
            }
            return text.toString();
        }
        return dossier.nomineeName;
    }

    private static LocalDate deliberationDay(Proposal proposal) {
        Instant last = Vote.lastCastIn(proposal.campaign);
        return day(last == null ? proposal.sentAt : last);
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(Times.ICT).toLocalDate();
    }
}

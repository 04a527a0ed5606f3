package vn.dxawards.deliberation.service;

import vn.dxawards.deliberation.model.RankingEntry;
import vn.dxawards.deliberation.model.Vote;
import static vn.dxawards.platform.documents.PdfLayout.Line;
import static vn.dxawards.platform.documents.PdfLayout.Rule;
import static vn.dxawards.platform.documents.PdfLayout.Style;

import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.access.AccessPolicy.CampaignAction;
import vn.dxawards.identity.User;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.service.CampaignService;
import vn.dxawards.campaign.model.CouncilMember;
import vn.dxawards.campaign.model.Phase;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.platform.documents.PdfLayout;
import vn.dxawards.platform.i18n.Times;
import vn.dxawards.campaign.service.Issuer;
import vn.dxawards.campaign.service.Issuers;
import vn.dxawards.deliberation.model.Proposal;
import vn.dxawards.dossier.model.DossierStatus;

/**
 * The minutes of the appraisal council's deliberation (biên bản họp Hội đồng thẩm định): time and
 * place, attendance (members who voted are present), each shortlisted dossier's votes against the
 * quorum and the outcome, the conclusion, and the presiding member's and the secretary's names.
 * A council member's copy leaves out the dossiers they were recused from, as their ranking does.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MinutesDocument {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    @Inject
    CampaignService campaigns;

    @Inject
    AccessPolicy access;

    @Inject
    RankingService ranking;

    @Inject
    Issuers issuers;

    public byte[] render(String campaignCode, User viewer) {
        Campaign campaign = campaigns.find(campaignCode);
        access.require(viewer, CampaignAction.READ_MINUTES, campaign);
        if (campaign.phase.compareTo(Phase.DELIBERATION) < 0) {
            throw DomainException.conflict("minutes.not_yet");
        }
        List<RankingEntry> entries = ranking.ranking(campaign, viewer, false).stream()
                .filter(MinutesDocument::shortlisted).toList();
        boolean partial = entries.size() < ranking.compute(campaign, false).stream()
                .filter(MinutesDocument::shortlisted).count();
        List<Vote> votes = Vote.inOrderCast(campaign);
        Set<String> present = new TreeSet<>();
        votes.forEach(v -> present.add(v.juror));
        List<CouncilMember> council = CouncilMember.of(campaign);
        CouncilMember chair = council.stream().filter(m -> m.chair).findFirst().orElse(null);
        Proposal proposal = Proposal.latestOf(campaign);
        String secretary = proposal == null ? "Ban Thư ký" : proposal.sentBy;
        Issuer config = issuers.of(campaign);

        try (PdfLayout pdf = new PdfLayout("Biên bản họp Hội đồng thẩm định " + campaign.code,
                config.issuingBody())) {
            LocalDate day = votes.isEmpty() ? Times.today() : ict(votes.get(votes.size() - 1).castAt).toLocalDate();
            pdf.columns(List.of(
                    Line.of(config.parentBody(), Style.REGULAR, 12),
                    new Line(config.issuingBody(), Style.BOLD, 12, Rule.SHORT)), List.of(
                    Line.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Style.BOLD, 12),
                    new Line("Độc lập - Tự do - Hạnh phúc", Style.BOLD, 13, Rule.FULL),
                    Line.of("", Style.REGULAR, 6),
                    Line.of("%s, ngày %02d tháng %02d năm %d".formatted(config.place(), day.getDayOfMonth(),
                            day.getMonthValue(), day.getYear()), Style.ITALIC, 13)), 0.385f);
            pdf.gap(18);
            pdf.centered("BIÊN BẢN", Style.BOLD, 14);
            pdf.centered("Họp Hội đồng thẩm định: thảo luận và biểu quyết", Style.BOLD, 14);
            pdf.centered(campaign.nameVi, Style.BOLD, 14, Rule.SHORT);
            if (partial) {
                pdf.centered("(Bản của thành viên Hội đồng: không gồm các hồ sơ thành viên phải tránh xung đột lợi ích)",
                        Style.ITALIC, 11);
            }
            pdf.gap(8);

            pdf.left("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN", Style.BOLD, 13);
            pdf.paragraph(votes.isEmpty() ? "1. Thời gian: chưa có phiếu biểu quyết."
                    : "1. Thời gian: từ " + TIME.format(ict(votes.get(0).castAt)) + " đến "
                            + TIME.format(ict(votes.get(votes.size() - 1).castAt)) + " (giờ Việt Nam).",
                    Style.REGULAR, 13);
            pdf.paragraph("2. Địa điểm: " + config.place() + "; thảo luận và biểu quyết trên hệ thống DX Awards.",
                    Style.REGULAR, 13);
            pdf.paragraph("3. Thành phần: Hội đồng thẩm định gồm " + council.size() + " thành viên; có mặt "
                    + council.stream().filter(m -> present.contains(m.username)).count() + " thành viên (đã biểu "
                    + "quyết), vắng " + council.stream().filter(m -> !present.contains(m.username)).count()
                    + " thành viên. Chủ trì: " + (chair == null ? "Chủ tịch Hội đồng" : name(chair))
                    + ", Chủ tịch Hội đồng. Thư ký: " + secretary + ".", Style.REGULAR, 13);
            List<List<String>> members = new ArrayList<>();
            int n = 0;
            for (CouncilMember member : council) {
                members.add(List.of(String.valueOf(++n), name(member) + (member.chair ? " (Chủ tịch)" : ""),
                        member.org == null ? "" : member.org, present.contains(member.username) ? "Có mặt" : "Vắng"));
            }
            pdf.gap(4);
            pdf.table(new float[] {0.08f, 0.44f, 0.28f, 0.20f}, List.of("STT", "Thành viên", "Đơn vị", "Tham dự"),
                    members, 11, new boolean[] {true, false, false, true});
            pdf.gap(10);

            pdf.left("II. KẾT QUẢ BIỂU QUYẾT", Style.BOLD, 13);
            pdf.paragraph("Số phiếu tối thiểu: " + campaign.quorumNumerator + "/" + campaign.quorumDenominator
                    + " số thành viên được biểu quyết, làm tròn lên (thành viên có xung đột lợi ích không biểu quyết và không được "
                    + "tính); phiếu không biểu quyết được tính vào số phiếu; hồ sơ được thông qua khi số phiếu tán "
                    + "thành nhiều hơn số phiếu không tán thành."
                    + (campaign.secretBallot ? " Bỏ phiếu kín: chỉ ghi số phiếu." : ""), Style.REGULAR, 13);
            List<List<String>> rows = new ArrayList<>();
            for (RankingEntry e : entries) {
                RankingEntry.Votes v = e.votes();
                int recused = council.size() - v.eligible();
                String outcome = !v.quorumMet() ? "Chưa đủ số phiếu"
                        : !v.carried() ? "Không thông qua" : e.awarded() ? "Thông qua, đề nghị khen thưởng"
                                : "Thông qua, ngoài chỉ tiêu";
                rows.add(List.of(String.valueOf(e.rank()), e.reference() + "\n" + e.nomineeName(),
                        e.score() == null ? "" : e.score().setScale(2, RoundingMode.HALF_UP).toPlainString()
                                .replace('.', ','),
                        String.valueOf(v.approve()), String.valueOf(v.reject()), String.valueOf(v.abstain()),
                        String.valueOf(recused), (v.approve() + v.reject() + v.abstain()) + " / " + v.quorum(),
                        outcome));
            }
            pdf.gap(4);
            pdf.table(new float[] {0.08f, 0.25f, 0.08f, 0.09f, 0.10f, 0.10f, 0.09f, 0.10f, 0.11f},
                    List.of("Hạng", "Hồ sơ", "Điểm", "Tán thành", "Không tán thành", "Không biểu quyết",
                            "Tránh xung đột", "Số phiếu / tối thiểu", "Kết quả"),
                    rows, 9, new boolean[] {true, false, true, true, true, true, true, true, false});
            pdf.gap(10);

            pdf.left("III. KẾT LUẬN", Style.BOLD, 13);
            List<RankingEntry> awarded = entries.stream().filter(RankingEntry::awarded).toList();
            pdf.paragraph("Hội đồng thẩm định thống nhất đề nghị Chủ tịch Hội đồng khen thưởng " + awarded.size()
                    + " đơn vị, cá nhân được thông qua, theo thứ tự xếp hạng và trong giới hạn chỉ tiêu"
                    + (awarded.isEmpty() ? "." : ": " + String.join("; ",
                            awarded.stream().map(RankingEntry::nomineeName).toList()) + "."), Style.REGULAR, 13);
            pdf.paragraph("Biên bản được lập từ các phiếu biểu quyết ghi nhận trên hệ thống.", Style.REGULAR, 13);
            pdf.gap(12);
            pdf.keep(140);
            pdf.columns(List.of(
                    Line.of("THƯ KÝ", Style.BOLD, 13),
                    Line.of("", Style.REGULAR, 50),
                    Line.of(secretary, Style.BOLD, 13)), List.of(
                    Line.of("CHỦ TỊCH HỘI ĐỒNG", Style.BOLD, 13),
                    Line.of("", Style.REGULAR, 50),
                    Line.of(chair == null ? "" : name(chair), Style.BOLD, 13)), 0.5f);
            pdf.numberPagesAtTop();
            return pdf.finish();
        }
    }

    private static boolean shortlisted(RankingEntry entry) {
        return DossierStatus.valueOf(entry.status()).shortlisted();
    }

    private static String name(CouncilMember member) {
        return member.fullName == null || member.fullName.isBlank() ? member.username : member.fullName;
    }

    private static ZonedDateTime ict(Instant instant) {
        return instant.atZone(Times.ICT);
    }
}

package vn.dxawards.publication.service;

import vn.dxawards.publication.model.Certificate;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.access.AccessPolicy.CampaignAction;
import vn.dxawards.identity.User;
import vn.dxawards.appraisal.model.Scorecard;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.model.Criterion;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.platform.documents.Spreadsheets;
import vn.dxawards.platform.i18n.Times;
import vn.dxawards.deliberation.model.RankingEntry;
import vn.dxawards.deliberation.service.RankingService;

/**
 * The results (the ranking with votes, awards and certificate numbers) and the scores (per
 * dossier, per juror, per criterion) of a campaign as CSV and XLSX, for those the access policy
 * lets export them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Exports {

    /** What can be exported. */
    public enum Kind {
        RESULTS, SCORES
    }

    /** The file formats. */
    public enum Format {
        CSV("text/csv; charset=UTF-8", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        public final String mediaType;
        public final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }
    }

    /** A header row and rows of cells (text, numbers, or null for an empty cell). */
    record Table(String name, List<String> header, List<List<Object>> rows) {
    }

    /** A file to send; its content is written as it is sent (the workbook streams its rows out). */
    public record File(String name, String mediaType, Content content) {
    }

    /** Writes a file's bytes to the response. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    @Inject
    AccessPolicy access;

    @Inject
    RankingService ranking;

    public File export(String campaignCode, Kind kind, Format format, User user, boolean english) {
        Campaign campaign = Campaign.byCode(campaignCode).orElseThrow(() -> DomainException.notFound("campaign"));
        access.require(user, kind == Kind.RESULTS ? CampaignAction.EXPORT_RESULTS : CampaignAction.EXPORT_SCORES,
                campaign);
        // the rows are read here, inside the request's transaction; the file is written while it is sent
        Table table = kind == Kind.RESULTS ? results(campaign, english) : scores(campaign, english);
        Content content = format == Format.CSV ? out -> out.write(csv(table)) : out -> xlsx(table, out);
        String name = (kind == Kind.RESULTS ? "ket-qua-" : "diem-cham-") + campaign.code + "." + format.extension;
        return new File(name, format.mediaType, content);
    }

    Table results(Campaign campaign, boolean english) {
        Map<Long, String> numbers = Certificate.ofCampaign(campaign).stream()
                .collect(Collectors.toMap(c -> c.dossier.id, c -> c.number));
        List<String> header = english
                ? List.of("Rank", "Reference", "Nominee", "Category code", "Category", "Locality code", "Locality",
                        "Status", "Score (0-100)", "Jurors", "Spread", "Divergent", "Approve", "Reject", "Abstain",
                        "Eligible", "Quorum met", "Carried", "Awarded", "Certificate")
                : List.of("Hạng", "Mã hồ sơ", "Đơn vị, cá nhân được đề cử", "Mã hạng mục", "Hạng mục",
                        "Mã địa phương", "Địa phương", "Trạng thái", "Điểm (0-100)", "Số thành viên chấm",
                        "Chênh lệch", "Chênh lệch lớn", "Tán thành", "Không tán thành", "Không biểu quyết",
                        "Số thành viên có quyền biểu quyết", "Đủ số phiếu tối thiểu", "Được thông qua",
                        "Được khen thưởng", "Số giấy chứng nhận");
        List<List<Object>> rows = new ArrayList<>();
        for (RankingEntry e : ranking.compute(campaign, english)) {
            List<Object> row = new ArrayList<>();
            row.add(e.rank());
            row.add(e.reference());
            row.add(e.nomineeName());
            row.add(e.category());
            row.add(e.categoryName());
            row.add(e.province());
            row.add(e.provinceName());
            row.add(e.status());
            row.add(e.score());
            row.add(e.jurorCount());
            row.add(e.spread());
            row.add(yesNo(e.divergent(), english));
            row.add(e.votes().approve());
            row.add(e.votes().reject());
            row.add(e.votes().abstain());
            row.add(e.votes().eligible());
            row.add(yesNo(e.votes().quorumMet(), english));
            row.add(yesNo(e.votes().carried(), english));
            row.add(yesNo(e.awarded(), english));
            row.add(numbers.get(e.dossierId()));
            rows.add(row);
        }
        return new Table(english ? "Results" : "Kết quả", header, rows);
    }

    Table scores(Campaign campaign, boolean english) {
        List<String> header = english
                ? List.of("Reference", "Nominee", "Category", "Juror", "Criterion", "Criterion name", "Weight (%)",
                        "Score (0-10)", "Scorecard total (0-100)", "Recommendation", "Submitted at (ICT)", "Revision")
                : List.of("Mã hồ sơ", "Đơn vị, cá nhân được đề cử", "Hạng mục", "Thành viên chấm", "Tiêu chí",
                        "Tên tiêu chí", "Trọng số (%)", "Điểm (0-10)", "Tổng điểm phiếu (0-100)", "Kiến nghị",
                        "Thời điểm nộp (giờ Việt Nam)", "Lần sửa");
        // one query for every score of every submitted scorecard; the rubrics from the campaign's categories
        Map<Long, Map<String, Criterion>> rubrics = new java.util.HashMap<>();
        Map<Long, String> categoryNames = new java.util.HashMap<>();
        for (var category : campaign.categories) {
            rubrics.put(category.id, category.rubric.stream().collect(Collectors.toMap(c -> c.code, Function.identity())));
            categoryNames.put(category.id, category.name(english));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Scorecard.Score score : Scorecard.submittedScoresIn(campaign)) {
            Map<String, Criterion> rubric = rubrics.getOrDefault(score.categoryId(), Map.of());
            Criterion criterion = rubric.get(score.criterion());
            List<Object> row = new ArrayList<>();
            row.add(score.reference());
            row.add(score.nominee());
            row.add(categoryNames.get(score.categoryId()));
            row.add(score.juror());
            row.add(score.criterion());
            row.add(criterion == null ? null : criterion.name(english));
            row.add(criterion == null ? null : criterion.weight);
            row.add(score.score());
            row.add(score.total());
            row.add(score.recommendation() == null ? null : score.recommendation().name());
            row.add(score.submittedAt() == null ? null : time(score.submittedAt()));
            row.add(score.revision());
            row.add(criterion == null ? Integer.MAX_VALUE : criterion.sortOrder);
            rows.add(row);
        }
        // by dossier, juror, then the rubric's order (the sort key is the last cell, dropped after sorting)
        rows.sort(Comparator.comparing((List<Object> r) -> (String) r.get(0)).thenComparing(r -> (String) r.get(3))
                .thenComparing(r -> (Integer) r.get(12)).thenComparing(r -> (String) r.get(4)));
        rows.forEach(r -> r.remove(12));
        return new Table(english ? "Scores" : "Điểm chấm", header, rows);
    }

    /** The table as CSV ({@link Spreadsheets#csv}). */
    static byte[] csv(Table table) {
        return Spreadsheets.csv(table.header(), table.rows());
    }

    static String formulaSafe(String text) {
        return Spreadsheets.formulaSafe(text);
    }

    /** The table as a streamed workbook ({@link Spreadsheets#xlsx}). */
    static void xlsx(Table table, OutputStream out) throws IOException {
        Spreadsheets.xlsx(table.name(), table.header(), table.rows(), out);
    }

    private static String yesNo(boolean value, boolean english) {
        return english ? (value ? "Yes" : "No") : (value ? "Có" : "Không");
    }

    private static String time(Instant instant) {
        return instant.atZone(Times.ICT).toLocalDateTime().withNano(0).toString().replace('T', ' ');
    }
}

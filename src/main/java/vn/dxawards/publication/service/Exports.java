package vn.dxawards.publication.service;

import vn.dxawards.publication.model.Certificate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

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
import vn.dxawards.platform.i18n.Times;
import vn.dxawards.deliberation.model.RankingEntry;
import vn.dxawards.deliberation.service.RankingService;
import vn.dxawards.dossier.model.Dossier;

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

    /** A file to send. */
    public record File(String name, String mediaType, byte[] content) {
    }

    @Inject
    AccessPolicy access;

    @Inject
    RankingService ranking;

    public File export(String campaignCode, Kind kind, Format format, User user, boolean english) {
        Campaign campaign = Campaign.byCode(campaignCode).orElseThrow(() -> DomainException.notFound("campaign"));
        access.require(user, kind == Kind.RESULTS ? CampaignAction.EXPORT_RESULTS : CampaignAction.EXPORT_SCORES,
                campaign);
        Table table = kind == Kind.RESULTS ? results(campaign, english) : scores(campaign, english);
        byte[] content = format == Format.CSV ? csv(table) : xlsx(table);
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
        List<Scorecard> cards = new ArrayList<>(Scorecard.submittedIn(campaign));
        cards.sort(Comparator.comparing((Scorecard c) -> c.dossier.reference).thenComparing(c -> c.juror));
        List<List<Object>> rows = new ArrayList<>();
        for (Scorecard card : cards) {
            Dossier d = card.dossier;
            Map<String, Criterion> rubric = d.category.rubric.stream()
                    .collect(Collectors.toMap(c -> c.code, Function.identity()));
            List<String> codes = new ArrayList<>(card.scores.keySet());
            codes.sort(Comparator.comparingInt((String code) -> rubric.containsKey(code) ? rubric.get(code).sortOrder
                    : Integer.MAX_VALUE).thenComparing(Function.identity()));
            for (String code : codes) {
                Criterion criterion = rubric.get(code);
                List<Object> row = new ArrayList<>();
                row.add(d.reference);
                row.add(d.nomineeName);
                row.add(d.category.name(english));
                row.add(card.juror);
                row.add(code);
                row.add(criterion == null ? null : criterion.name(english));
                row.add(criterion == null ? null : criterion.weight);
                row.add(card.scores.get(code));
                row.add(card.total);
                row.add(card.recommendation == null ? null : card.recommendation.name());
                row.add(card.submittedAt == null ? null : time(card.submittedAt));
                row.add(card.revision);
                rows.add(row);
            }
        }
        return new Table(english ? "Scores" : "Điểm chấm", header, rows);
    }

    /**
     * RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break quoted,
     * quotes doubled; text cells made formula-safe ({@link #formulaSafe}); UTF-8 with a byte-order mark so that Excel reads the Vietnamese letters.
     * Numbers keep the decimal point, so that scripts read them as numbers.
     */
    static byte[] csv(Table table) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, new ArrayList<>(table.header()));
        for (List<Object> row : table.rows()) {
            line(out, row);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object cell = cells.get(i);
            String text = cell == null ? "" : cell instanceof BigDecimal b ? b.toPlainString()
                    : cell instanceof Number ? cell.toString() : formulaSafe(cell.toString());
            if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
                out.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else {
                out.append(text);
            }
        }
        out.append("\r\n");
    }

    /**
     * A text cell that a spreadsheet would read as a formula (it starts with {@code = + - @}, a tab or a
     * carriage return; nominee names are typed by nominators) gets a leading apostrophe, so it shows as
     * typed and is never evaluated. Numbers are not text cells: a negative number stays a number.
     */
    static String formulaSafe(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** One sheet: the header row bold and frozen, with a filter; numbers as numbers; columns sized to their content. */
    static byte[] xlsx(Table table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(table.name());
            CellStyle headerStyle = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);
            headerStyle.setWrapText(true);
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            int columns = table.header().size();
            int[] widths = new int[columns];
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns; c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(table.header().get(c));
                cell.setCellStyle(headerStyle);
                widths[c] = Math.min(table.header().get(c).length(), 24);
            }
            int r = 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof BigDecimal b) {
                        cell.setCellValue(b.doubleValue());
                        cell.setCellStyle(decimal);
                    } else if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        cell.setCellValue(value.toString());
                    }
                    widths[c] = Math.max(widths[c], Math.min(value.toString().length(), 60));
                }
            }
            for (int c = 0; c < columns; c++) {
                sheet.setColumnWidth(c, (widths[c] + 3) * 256);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, r - 1), 0, columns - 1));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String yesNo(boolean value, boolean english) {
        return english ? (value ? "Yes" : "No") : (value ? "Có" : "Không");
    }

    private static String time(Instant instant) {
        return instant.atZone(Times.ICT).toLocalDateTime().withNano(0).toString().replace('T', ' ');
    }
}

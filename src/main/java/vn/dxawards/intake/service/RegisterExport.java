package vn.dxawards.intake.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.dxawards.access.AccessPolicy;
import vn.dxawards.access.AccessPolicy.CampaignAction;
import vn.dxawards.campaign.model.Campaign;
import vn.dxawards.campaign.service.CampaignService;
import vn.dxawards.dossier.model.Dossier;
import vn.dxawards.dossier.model.NominatingBody;
import vn.dxawards.dossier.model.RegisterQuery;
import vn.dxawards.dossier.service.DossierService;
import vn.dxawards.identity.User;
import vn.dxawards.locality.model.Locality;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.platform.i18n.Times;

/**
 * The register of a campaign's dossiers (the same search and filters as the page) as a file for
 * the secretariat: CSV safe to open in a spreadsheet, or XLSX written row by row.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegisterExport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

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

    /** A file to send. */
    public record File(String name, String mediaType, byte[] content) {
    }

    @Inject
    DossierService dossiers;

    @Inject
    CampaignService campaigns;

    @Inject
    AccessPolicy access;

    public File export(User user, RegisterQuery query, Format format, boolean english) {
        if (query.campaignCode() == null) {
            throw DomainException.invalid("register.campaign_required");
        }
        Campaign campaign = campaigns.find(query.campaignCode());
        access.require(user, CampaignAction.EXPORT_REGISTER, campaign);
        List<String> header = english
                ? List.of("Reference", "Nominee", "Tax code", "Organisation", "Category", "Locality code", "Locality",
                        "Nominating body", "Status", "Overdue", "Submitted at (ICT)", "Intake due (ICT)")
                : List.of("Mã hồ sơ", "Đơn vị, cá nhân được đề cử", "Mã số thuế", "Cơ quan, đơn vị công tác",
                        "Hạng mục", "Mã địa phương", "Địa phương", "Cơ quan đề cử", "Trạng thái", "Quá hạn",
                        "Thời điểm nộp (giờ Việt Nam)", "Hạn tiếp nhận (giờ Việt Nam)");
        List<List<String>> rows = new ArrayList<>();
        for (Dossier d : dossiers.register(user, query, 1, 0).rows()) {
            Locality locality = Locality.findById(d.nomineeProvince);
            rows.add(java.util.Arrays.asList(d.reference, d.nomineeName, d.nomineeTaxCode, d.nomineeOrganization,
                    d.category.name(english), d.nomineeProvince, locality == null ? null : locality.name(english),
                    NominatingBody.displayName(d.bodyCode), d.status.name(),
                    d.overdue ? (english ? "Yes" : "Có") : null, time(d.submittedAt), time(d.intakeDue)));
        }
        byte[] content = format == Format.CSV ? csv(header, rows) : xlsx(english ? "Register" : "Sổ hồ sơ", header, rows);
        return new File("so-ho-so-" + campaign.code + "." + format.extension, format.mediaType, content);
    }

    /**
     * RFC 4180 with a byte-order mark (Excel reads the Vietnamese letters), and safe to open in a
     * spreadsheet: a cell starting with {@code = + - @}, a tab or a carriage return is written with
     * a leading apostrophe, so that a nominee named "=HYPERLINK(…)" stays text, never a formula.
     */
    static byte[] csv(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, header);
        rows.forEach(row -> line(out, row));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String formulaSafe(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String text = cells.get(i) == null ? "" : formulaSafe(cells.get(i));
            if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
                out.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else {
                out.append(text);
            }
        }
        out.append("\r\n");
    }

    /** Streamed (a window of rows in memory): the header bold and frozen, with a filter; every cell text. */
    static byte[] xlsx(String sheetName, List<String> header, List<List<String>> rows) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle headerStyle = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = first.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(headerStyle);
                sheet.setColumnWidth(c, Math.min(60, Math.max(12, header.get(c).length() + 4)) * 256);
            }
            int r = 1;
            for (List<String> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    if (values.get(c) != null) {
                        row.createCell(c).setCellValue(values.get(c));
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, r - 1), 0, header.size() - 1));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException e) {
                // nothing left to release
            }
        }
    }

    private static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant.atZone(Times.ICT));
    }
}

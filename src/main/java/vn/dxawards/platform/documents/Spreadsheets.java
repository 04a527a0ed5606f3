package vn.dxawards.platform.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The application's one way of writing a table as a file: CSV (RFC 4180, formula-safe, with a
 * byte-order mark) or a streamed XLSX sheet. The results and scores exports and the dossier
 * register use it; a row's cells are text, numbers or null.
 */
public final class Spreadsheets {

    private Spreadsheets() {
    }

    /**
     * RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break quoted,
     * quotes doubled; text cells made formula-safe ({@link #formulaSafe}); UTF-8 with a byte-order mark so that Excel reads the Vietnamese letters.
     * Numbers keep the decimal point, so that scripts read them as numbers.
     */
    public static byte[] csv(List<String> header, List<? extends List<?>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, header);
        for (List<?> row : rows) {
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
    public static String formulaSafe(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /**
     * One sheet: the header row bold and frozen, with a filter; numbers as numbers; columns sized to
     * their content. Streamed (SXSSF): only a window of rows is in memory, the rest goes to a
     * temporary file that is deleted once the workbook is written out.
     */
    public static void xlsx(String name, List<String> header, List<? extends List<?>> rows, OutputStream out)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            workbook.setCompressTempFiles(true);
            Sheet sheet = workbook.createSheet(name);
            CellStyle headerStyle = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);
            headerStyle.setWrapText(true);
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            int columns = header.size();
            int[] widths = new int[columns];
            Row headerRow = sheet.createRow(0);
            for (int c = 0; c < columns; c++) {
                Cell cell = headerRow.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(headerStyle);
                widths[c] = Math.min(header.get(c).length(), 24);
            }
            // widths first (the streamed rows cannot be visited again)
            for (List<?> values : rows) {
                for (int c = 0; c < values.size(); c++) {
                    if (values.get(c) != null) {
                        widths[c] = Math.max(widths[c], Math.min(values.get(c).toString().length(), 60));
                    }
                }
            }
            for (int c = 0; c < columns; c++) {
                sheet.setColumnWidth(c, (widths[c] + 3) * 256);
            }
            int r = 1;
            for (List<?> values : rows) {
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
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, r - 1), 0, columns - 1));
            workbook.write(out);
        } finally {
            workbook.close(); // deletes the temporary files (POI 5)
        }
    }

    /** The workbook as bytes. */
    public static byte[] xlsx(String name, List<String> header, List<? extends List<?>> rows) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            xlsx(name, header, rows, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

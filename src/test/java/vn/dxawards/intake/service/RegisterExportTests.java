package vn.dxawards.intake.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The register's files: a CSV that no spreadsheet reads as a formula, and a streamed XLSX that reads back. */
class RegisterExportTests {

    private static final List<String> HEADER = List.of("Mã hồ sơ", "Đơn vị, cá nhân được đề cử", "Mã số thuế");

    @Test
    void aCellThatWouldBeAFormulaIsWrittenAsText() {
        List<List<String>> rows = List.of(
                Arrays.asList("HS-2026-000001", "=HYPERLINK(\"http://evil\",\"Bấm\")", "0100100100"),
                Arrays.asList("HS-2026-000002", "+84 Công ty", "-1"),
                Arrays.asList("HS-2026-000003", "@SUM(A1)", null),
                Arrays.asList("HS-2026-000004", "\tTab", "\rCR"),
                Arrays.asList("HS-2026-000005", "Bệnh viện Bạch Mai, Hà Nội", "0100"));
        String csv = new String(RegisterExport.csv(HEADER, rows), StandardCharsets.UTF_8);
        String[] lines = csv.substring(1).split("\r\n");
        assertThat(csv).startsWith("\uFEFFMã hồ sơ,");
        assertThat(lines[1]).isEqualTo("HS-2026-000001,\"'=HYPERLINK(\"\"http://evil\"\",\"\"Bấm\"\")\",0100100100");
        assertThat(lines[2]).isEqualTo("HS-2026-000002,'+84 Công ty,'-1");
        assertThat(lines[3]).isEqualTo("HS-2026-000003,'@SUM(A1),");
        assertThat(csv).contains("HS-2026-000004,'\tTab,\"'\rCR\"");
        assertThat(csv).contains("HS-2026-000005,\"Bệnh viện Bạch Mai, Hà Nội\",0100");
    }

    @Test
    void theStreamedWorkbookReadsBackWithItsHeaderAndTextCells() throws Exception {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i = 1; i <= 2000; i++) {
            rows.add(Arrays.asList("HS-2026-%06d".formatted(i), "Đơn vị số " + i, i % 2 == 0 ? null : "=1+1"));
        }
        byte[] xlsx = RegisterExport.xlsx("Sổ hồ sơ", HEADER, rows);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("Sổ hồ sơ");
            assertThat(sheet.getLastRowNum()).isEqualTo(2000);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Đơn vị, cá nhân được đề cử");
            assertThat(sheet.getRow(2000).getCell(0).getStringCellValue()).isEqualTo("HS-2026-002000");
            // a text cell, never a formula, whatever it starts with
            assertThat(sheet.getRow(1).getCell(2).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("=1+1");
        }
    }
}

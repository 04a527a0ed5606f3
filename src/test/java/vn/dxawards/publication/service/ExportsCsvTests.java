package vn.dxawards.publication.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The CSV exports never hand a spreadsheet a formula: a text cell starting with = + - @, a tab or a
 * carriage return (a nominee's name is typed by a nominator) is written with a leading apostrophe;
 * numbers, negative ones included, stay numbers; quoting still follows RFC 4180.
 */
class ExportsCsvTests {

    @Test
    void cellsThatWouldBeFormulasAreNeutralised() {
        List<Object> row = Arrays.asList("=HYPERLINK(\"http://evil.example\",\"Bạch Mai\")", "+84 24 3869 3731",
                "-2+3", "@SUM(A1:A9)", "\tcmd", "\rcmd", "Bệnh viện Bạch Mai", "a=b", "", null,
                new BigDecimal("-1.50"), -3, 7L);
        String csv = new String(Exports.csv(new Exports.Table("t", List.of("h1", "=h2"), List.of(row))),
                StandardCharsets.UTF_8);
        String[] lines = csv.substring(1).split("\r\n", -1);
        assertThat(lines[0]).isEqualTo("h1,'=h2");
        assertThat(lines[1]).isEqualTo(String.join(",",
                "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Bạch Mai\"\")\"", "'+84 24 3869 3731", "'-2+3",
                "'@SUM(A1:A9)", "'\tcmd", "\"'\rcmd\"", "Bệnh viện Bạch Mai", "a=b", "", "", "-1.50", "-3", "7"));
    }

    @Test
    void theRuleItself() {
        for (String risky : List.of("=1+1", "+1", "-1", "@x", "\t", "\r")) {
            assertThat(Exports.formulaSafe(risky)).isEqualTo("'" + risky);
        }
        for (String plain : List.of("", "Sở Y tế", "1", "'=already", " =1", "HN-01")) {
            assertThat(Exports.formulaSafe(plain)).isEqualTo(plain);
        }
    }
}

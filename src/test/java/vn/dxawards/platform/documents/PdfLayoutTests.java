package vn.dxawards.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;

import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import vn.dxawards.platform.documents.PdfLayout.Style;

/**
 * The one wrapping rule every document uses: words by measured width, an over-long word cut
 * between letters, Vietnamese letters kept whole with their diacritics whatever the input's
 * Unicode form.
 */
class PdfLayoutTests {

    private static final String TEXT = "Chương trình thúc đẩy tiến trình chuyển đổi số quốc gia: "
            + "bệnh viện triển khai bệnh án điện tử toàn viện, kết nối liên thông dữ liệu.";

    @Test
    void wordsGoOnALineWhileTheyFitAndNothingIsLost() {
        try (PdfLayout pdf = new PdfLayout("Thử", "DX Awards")) {
            List<String> lines = pdf.wrap(TEXT, Style.REGULAR, 12, 200);

            assertThat(lines).hasSizeGreaterThan(2)
                    .allSatisfy(line -> assertThat(pdf.width(line, Style.REGULAR, 12)).isLessThanOrEqualTo(200));
            assertThat(String.join(" ", lines)).isEqualTo(TEXT);
            for (int i = 0; i + 1 < lines.size(); i++) {
                String next = lines.get(i + 1).split(" ")[0];
                assertThat(pdf.width(lines.get(i) + " " + next, Style.REGULAR, 12)).as("room for " + next)
                        .isGreaterThan(200);
            }
        }
    }

    @Test
    void aWordWiderThanTheLineIsCutBetweenLettersNeverInsideOne() {
        String decomposed = Normalizer.normalize("Nghiêngnghiêngnghiêngnghiêngnghiêngnghiêng", Normalizer.Form.NFD);
        try (PdfLayout pdf = new PdfLayout("Thử", "DX Awards")) {
            List<String> lines = pdf.wrap("xem " + decomposed + " tiếp", Style.BOLD, 14, 90);

            assertThat(lines.get(0)).isEqualTo("xem");
            assertThat(lines).allSatisfy(line -> {
                assertThat(pdf.width(line, Style.BOLD, 14)).isLessThanOrEqualTo(90);
                assertThat(Normalizer.isNormalized(line, Normalizer.Form.NFC)).as(line).isTrue();
            });
            assertThat(String.join("", lines.subList(1, lines.size()))).startsWith("Nghiêngnghiêng").contains("tiếp");
        }
    }

    @Test
    void lineBreaksOfTheTextAreKeptAndTrailingBlankLinesDropped() {
        try (PdfLayout pdf = new PdfLayout("Thử", "DX Awards")) {
            assertThat(pdf.wrap("Đoạn một.\n\nĐoạn hai.\r\n\n", Style.REGULAR, 11, 400))
                    .containsExactly("Đoạn một.", "", "Đoạn hai.");
            assertThat(pdf.wrap(null, Style.REGULAR, 11, 400)).containsExactly("");
        }
    }

    @Test
    void theTextReadsBackAsWrittenInEveryStyle() throws Exception {
        byte[] bytes;
        try (PdfLayout pdf = new PdfLayout("Thử", "DX Awards")) {
            for (Style style : Style.values()) {
                pdf.paragraph(Normalizer.normalize(TEXT, Normalizer.Form.NFD), style, 13);
            }
            bytes = pdf.finish();
        }
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text.split(TEXT.substring(0, 30), -1)).hasSize(Style.values().length + 1);
            assertThat(text).contains("kết nối liên thông dữ liệu.");
        }
    }

    /**
     * The faces are used without their substitution table: PDFBox applied the font's Latin features
     * to every piece of text shown, building a pattern of all its ligatures each time (a quarter of a
     * receipt's allocation), for nothing Vietnamese needs; the text above still reads back whole.
     */
    @Test
    void theFacesAreUsedWithoutGlyphSubstitutions() throws Exception {
        try (PdfLayout pdf = new PdfLayout("Thử", "DX Awards")) {
            for (Style style : Style.values()) {
                try (java.io.InputStream in = getClass().getClassLoader().getResourceAsStream(style.resource)) {
                    assertThat(new org.apache.fontbox.ttf.TTFParser().parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(
                            in.readAllBytes())).getGsubData()).as("%s as shipped", style).isNotEqualTo(GsubData.NO_DATA_FOUND);
                }
                assertThat(((org.apache.pdfbox.pdmodel.font.PDType0Font) pdf.font(style)).getGsubData())
                        .as("%s as a document uses it", style).isEqualTo(GsubData.NO_DATA_FOUND);
            }
        }
    }
}

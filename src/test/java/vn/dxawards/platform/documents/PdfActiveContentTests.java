package vn.dxawards.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import vn.dxawards.platform.documents.PdfActiveContent.Reason;

/** Active content in PDFs made in the test is found, whatever carries it; an honest PDF passes. */
class PdfActiveContentTests {

    private static Optional<Reason> judge(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return PdfActiveContent.find(document, pdf);
        }
    }

    @Test
    void anHonestPdfAndAnIncrementalUpdatePass() throws IOException {
        assertThat(judge(ActivePdfs.plain())).isEmpty();
        byte[] updated = ActivePdfs.incrementallyUpdated();
        assertThat(new String(updated, StandardCharsets.ISO_8859_1).split("%%EOF", -1)).hasSizeGreaterThan(2);
        assertThat(judge(updated)).isEmpty();
    }

    @Test
    void javaScriptIsFoundWhereverItIs() throws IOException {
        assertThat(judge(ActivePdfs.openActionJavaScript())).contains(Reason.JAVASCRIPT);
        assertThat(judge(ActivePdfs.pageOpenJavaScript())).contains(Reason.JAVASCRIPT);
        assertThat(judge(ActivePdfs.namedJavaScript())).contains(Reason.JAVASCRIPT);
    }

    @Test
    void launchEmbeddedFilesAndXfaAreFound() throws IOException {
        assertThat(judge(ActivePdfs.launch())).contains(Reason.LAUNCH);
        assertThat(judge(ActivePdfs.embeddedFile())).contains(Reason.EMBEDDED_FILES);
        assertThat(judge(ActivePdfs.fileAttachmentAnnotation())).contains(Reason.EMBEDDED_FILES);
        assertThat(judge(ActivePdfs.xfa())).contains(Reason.XFA);
    }

    @Test
    void polyglotsAreFound() throws IOException {
        assertThat(judge(ActivePdfs.withHtmlAppended())).contains(Reason.TRAILING_DATA);
        assertThat(judge(ActivePdfs.withHtmlAndFakeEofAppended())).contains(Reason.TRAILING_DATA);
        assertThat(judge(ActivePdfs.withZipAppended())).contains(Reason.TRAILING_DATA);
        byte[] padded = ActivePdfs.concat(ActivePdfs.plain(), "\r\n\n  ".getBytes(StandardCharsets.US_ASCII));
        assertThat(judge(padded)).isEmpty();
    }
}

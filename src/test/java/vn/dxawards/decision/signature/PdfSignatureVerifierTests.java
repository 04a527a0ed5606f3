package vn.dxawards.decision.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.security.cert.TrustAnchor;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import vn.dxawards.platform.documents.PdfLayout;
import vn.dxawards.support.TestPki;

/**
 * What the verification of an uploaded decision refuses, one reason at a time, on a real prepared
 * document: something appended after the last signature, pages changed in the signed update, a
 * signing time before the preparation, an untrusted or a weak key.
 */
class PdfSignatureVerifierTests {

    private static final byte[] PREPARED = prepared();
    private static final Pki.KeyAndChain CHAIR = TestPki.trustedSigner();
    private static final Set<TrustAnchor> TRUSTED = Set.of(new TrustAnchor(CHAIR.chain().get(1), null));

    @Test
    void thePreparedDocumentSignedByATrustedKeyIsValid() {
        byte[] signed = sign(PREPARED, CHAIR, Instant.now());
        PdfSignatureVerifier.Verification result = PdfSignatureVerifier.verify(signed, TRUSTED, PREPARED,
                Instant.now().minusSeconds(60));
        assertThat(result.valid()).isTrue();
        assertThat(result.signatures()).singleElement().satisfies(s -> {
            assertThat(s.signer()).startsWith("CN=Nguyễn Văn Chủ Tịch");
            assertThat(s.subFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(s.keyBits()).isEqualTo(2048);
        });
    }

    @Test
    void bytesAppendedAfterTheLastSignatureAreRefused() {
        byte[] signed = sign(PREPARED, CHAIR, Instant.now());
        byte[] appended = Arrays.copyOf(signed, signed.length + 20);
        System.arraycopy("\n% a later change\n".getBytes(), 0, appended, signed.length, 18);
        assertThat(failure(appended, Instant.now().minusSeconds(60))).isEqualTo("signature.unsigned_changes");
    }

    @Test
    void pagesChangedInTheSignedUpdateAreRefused() throws Exception {
        byte[] changedThenSigned;
        try (PDDocument document = Loader.loadPDF(PREPARED)) {
            PDPage page = document.getPage(0);
            try (PDPageContentStream more = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true)) {
                more.beginText();
                more.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                more.newLineAtOffset(100, 100);
                more.showText("Dieu 4. Added after preparation");
                more.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            changedThenSigned = sign(out.toByteArray(), CHAIR, Instant.now());
        }
        assertThat(changedThenSigned).startsWith(PREPARED);
        assertThat(failure(changedThenSigned, Instant.now().minusSeconds(60))).isEqualTo("signature.content_changed");
    }

    @Test
    void aSigningTimeBeforeThePreparationIsRefused() {
        byte[] backdated = sign(PREPARED, CHAIR, Instant.now().minus(Duration.ofDays(2)));
        assertThat(failure(backdated, Instant.now().minusSeconds(60))).isEqualTo("signature.time");
    }

    @Test
    void anUntrustedOrWeakKeyIsRefused() {
        assertThat(failure(sign(PREPARED, TestPki.untrustedSigner(), Instant.now()), null))
                .isEqualTo("signature.untrusted");
        var authority = Pki.rsa(2048);
        var ca = Pki.authority(authority, "CN=Weak CA,C=VN", Duration.ofDays(30));
        var weakKeys = Pki.rsa(1024);
        var weak = new Pki.KeyAndChain(weakKeys.getPrivate(),
                List.of(Pki.signer(weakKeys, "CN=Weak,C=VN", authority, ca, Duration.ofDays(30)), ca));
        assertThat(PdfSignatureVerifier.verify(sign(PREPARED, weak, Instant.now()),
                Set.of(new TrustAnchor(ca, null)), PREPARED, null).failure()).isEqualTo("signature.weak_key");
    }

    private static String failure(byte[] pdf, Instant notBefore) {
        return PdfSignatureVerifier.verify(pdf, TRUSTED, PREPARED, notBefore).failure();
    }

    private static byte[] sign(byte[] pdf, Pki.KeyAndChain key, Instant at) {
        return PadesSigner.sign(pdf, key, new PadesSigner.Details("Chủ tịch", "Phê duyệt", "Hà Nội", at));
    }

    private static byte[] prepared() {
        try (PdfLayout pdf = new PdfLayout("Quyết định 01/QĐ-HĐTĐ", "Hội đồng thẩm định")) {
            pdf.centered("QUYẾT ĐỊNH", PdfLayout.Style.BOLD, 14);
            pdf.paragraph("Điều 1. Khen thưởng các đơn vị tiêu biểu.", PdfLayout.Style.REGULAR, 14);
            return pdf.finish();
        }
    }
}

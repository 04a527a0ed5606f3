package vn.dxawards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static vn.dxawards.rules.Refusals.refused;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import vn.dxawards.identity.User;
import vn.dxawards.audit.model.AuditEntry;
import vn.dxawards.decision.model.AwardDecision;
import vn.dxawards.decision.model.DecisionDraft;
import vn.dxawards.decision.service.DecisionService;
import vn.dxawards.decision.signature.PadesSigner;
import vn.dxawards.decision.signature.PdfSignatureVerifier;
import vn.dxawards.decision.signature.Pki;
import vn.dxawards.decision.signature.SigningKeys;
import vn.dxawards.platform.documents.Hashes;
import vn.dxawards.support.Api;
import vn.dxawards.support.PdfTools;
import vn.dxawards.support.Pdfs;
import vn.dxawards.support.TestPki;

/**
 * The award decision: laid out per Decree 30 with its Vietnamese text intact, numbered per issuing
 * body and year, signed as PAdES so that poppler's {@code pdfsig} and our own verification accept
 * it and reject any changed byte; signed on the server (the demo authority here) or outside with
 * the chair's own certificate and uploaded back, where an untrusted certificate, another document
 * or a changed file is refused and changes nothing; once signed, immutable and fingerprinted in
 * the audit log.
 */
@QuarkusTest
class DecisionSignatureTests {

    private static final String PDFSIG_VALID = "Signature Validation: Signature is Valid.";
    private static final User CHAIR = new User("chair", Set.of("chair", "juror"), null, null, null, null);

    @Inject
    DecisionService decisions;

    @Inject
    SigningKeys keys;

    @Test
    void theServerSignedDecisionIsValidForPdfsigAndForUsAndAnyChangedByteBreaksIt() throws Exception {
        String campaign = Decisions.campaignAwaitingDecision("signed", "Bệnh viện Đa khoa Đà Nẵng",
                "Sở Y tế Thành phố Hồ Chí Minh");

        String symbol = Api.as("chair").body(Map.of("action", "SIGN")).post("/api/campaigns/" + campaign + "/decision")
                .then().statusCode(200).body("phase", equalTo("DECISION")).extract().path("decision");
        byte[] pdf = download(campaign, "secretary1");

        String pdfsig = PdfTools.pdfsig(pdf);
        assertThat(pdfsig).contains(PDFSIG_VALID).contains("ETSI.CAdES.detached")
                .contains("Signature Type: ETSI.CAdES.detached").contains("SHA-256")
                .containsPattern("Total document signed");
        assertThat(verify(pdf).valid()).isTrue();
        assertThat(verify(pdf).signatures()).singleElement()
                .satisfies(s -> assertThat(s.keyBits()).isGreaterThanOrEqualTo(3072));
        Files.createDirectories(Path.of("target/test-signing"));
        Files.writeString(Path.of("target/test-signing/pdfsig-demo-decision.txt"), pdfsig);

        byte[] changed = flipInsideSignedRange(pdf);
        assertThat(PdfTools.pdfsig(changed)).doesNotContain(PDFSIG_VALID)
                .contains("Signature Validation: Digest Mismatch.");
        assertThat(verify(changed).valid()).isFalse();
        assertThat(verify(changed).failure()).isEqualTo("signature.invalid");

        String text = PdfTools.text(pdf);
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "QUYẾT ĐỊNH",
                "Số: " + symbol, "HỘI ĐỒNG THẨM ĐỊNH", "Căn cứ Thể lệ", "Điều 1.", "Điều 2.", "Điều 3.", "Nơi nhận:",
                "CHỦ TỊCH", "Phụ lục", "Bệnh viện Đa khoa Đà Nẵng", "Sở Y tế Thành phố Hồ Chí Minh", "Đà Nẵng");
        assertThat(symbol).matches("\\d{2}/QĐ-HĐTĐ");
        assertThat(text).containsPattern("Hà Nội, ngày \\d{2} tháng \\d{2} năm \\d{4}");
        List<Path> pages = PdfTools.pngs(pdf, 50);
        assertThat(pages).hasSize(PdfTools.pages(pdf)).hasSizeGreaterThanOrEqualTo(2);
        for (Path page : pages) {
            assertThat(PdfTools.inked(page)).as(page.toString()).isBetween(0.002, 0.5);
        }
        Path big = PdfTools.pngs(pdf, 80).get(0);
        Files.copy(big, Path.of("target/test-signing/decision-page1.png"), StandardCopyOption.REPLACE_EXISTING);

        // signed: immutable, fingerprinted in the audit log
        assertThat(auditDetails(campaign, "DECISION_SIGNED")).singleElement().asString()
                .contains(symbol).contains("sha256=" + Hashes.sha256(pdf)).contains("signature=DEMO");
        refused(Api.as("chair").body(Map.of("action", "SIGN")).post("/api/campaigns/" + campaign + "/decision"), 409,
                "decision.already_signed");
        refused(upload(campaign, "chair", pdf), 409, "decision.already_signed");
        refused(Api.as("chair").accept("application/pdf").get("/api/campaigns/" + campaign + "/decision/draft.pdf"),
                409, "decision.already_signed");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> AwardDecision.getEntityManager()
                .createNativeQuery("update award_decision set signed_by = 'someone' where sha256 = ?1")
                .setParameter(1, Hashes.sha256(pdf)).executeUpdate()))
                .hasStackTraceContaining("immutable");
        assertThat(download(campaign, "chair")).isEqualTo(pdf);
    }

    @Test
    void aDecisionSignedOutsideIsAcceptedOnlyWhenItIsThePreparedDocumentSignedByATrustedCertificate() {
        String campaign = Decisions.campaignAwaitingDecision("external", "Trung tâm Y tế huyện Hòa Vang",
                "Bệnh viện Nhi Đồng 1");
        refused(upload(campaign, "chair", Pdfs.onePage()), 409, "decision.not_prepared");

        byte[] draft = Api.as("chair").accept("application/pdf")
                .get("/api/campaigns/" + campaign + "/decision/draft.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(Api.as("chair").accept("application/pdf").get("/api/campaigns/" + campaign + "/decision/draft.pdf")
                .asByteArray()).as("the same prepared bytes on every download").isEqualTo(draft);
        assertThat(PdfTools.text(draft)).contains("QUYẾT ĐỊNH", "Trung tâm Y tế huyện Hòa Vang");
        refused(Api.as("secretary1").accept("application/pdf")
                .get("/api/campaigns/" + campaign + "/decision/draft.pdf"), 403, "forbidden");

        Pki.KeyAndChain trusted = TestPki.trustedSigner();
        byte[] signedByStranger = sign(draft, TestPki.untrustedSigner());
        byte[] otherDocument = sign(Pdfs.onePage(), trusted);
        byte[] signed = sign(draft, trusted);
        byte[] changedAfterSigning = flipInReason(signed);
        byte[] unsigned = draft;

        refused(upload(campaign, "chair", signedByStranger), 422, "signature.untrusted")
                .body("message", equalTo("Chứng thư CN=Nguyễn Văn Chủ Tịch,O=Giả mạo,C=VN không thuộc danh sách tổ "
                        + "chức cung cấp dịch vụ chứng thực tin cậy của hệ thống."));
        refused(upload(campaign, "chair", signedByStranger, "en"), 422, "signature.untrusted")
                .body("message", equalTo("Certificate CN=Nguyễn Văn Chủ Tịch,O=Giả mạo,C=VN is not issued by a "
                        + "certification authority on the application's trust list."));
        refused(upload(campaign, "chair", otherDocument), 422, "signature.not_prepared_document");
        refused(upload(campaign, "chair", changedAfterSigning), 422, "signature.invalid");
        refused(upload(campaign, "chair", unsigned), 422, "signature.none");
        refused(upload(campaign, "secretary1", signed), 403, "forbidden");
        refused(upload(campaign, "nominator.hcm", signed), 403, "forbidden");
        assertThat(PdfTools.pdfsig(changedAfterSigning)).doesNotContain(PDFSIG_VALID)
                .contains("Signature Validation: Digest Mismatch.");
        // nothing changed: still waiting for the chair, no decision
        Api.as("chair").get("/api/campaigns/" + campaign).then().body("phase", equalTo("DECISION"));
        refused(Api.as("chair").accept("application/pdf").get("/api/campaigns/" + campaign + "/decision.pdf"), 404,
                "not_found.decision");
        assertThat(auditDetails(campaign, "DECISION_SIGNED")).isEmpty();

        upload(campaign, "chair", signed).then().statusCode(200).body("phase", equalTo("DECISION"))
                .body("sha256", equalTo(Hashes.sha256(signed)));
        byte[] recorded = download(campaign, "secretary1");
        assertThat(recorded).isEqualTo(signed);
        assertThat(PdfTools.pdfsig(recorded)).contains(PDFSIG_VALID);
        assertThat(auditDetails(campaign, "DECISION_SIGNED")).singleElement().asString()
                .contains("sha256=" + Hashes.sha256(signed)).contains("signature=EXTERNAL")
                .contains("CN=Nguyễn Văn Chủ Tịch");
        refused(upload(campaign, "chair", signed), 409, "decision.already_signed");
        refused(Api.as("chair").body(Map.of("action", "SIGN")).post("/api/campaigns/" + campaign + "/decision"), 409,
                "decision.already_signed");
    }

    @Test
    void decisionsAreNumberedPerYearFrom01AndAReturnedProposalKeepsItsNumber() {
        String first = Decisions.campaignAwaitingDecision("numbering-a", "Bệnh viện Phụ sản Đà Nẵng",
                "Bệnh viện Từ Dũ");
        String second = Decisions.campaignAwaitingDecision("numbering-b", "Bệnh viện Mắt Đà Nẵng",
                "Bệnh viện Mắt TP Hồ Chí Minh");
        LocalDate newYearsEve = LocalDate.of(2031, 12, 31);

        DecisionDraft a = decisions.draft(first, CHAIR, newYearsEve);
        DecisionDraft b = decisions.draft(second, CHAIR, newYearsEve);
        assertThat(a.symbol).isEqualTo("01/QĐ-HĐTĐ");
        assertThat(b.symbol).isEqualTo("02/QĐ-HĐTĐ");
        assertThat(PdfTools.text(a.document)).contains("Số: 01/QĐ-HĐTĐ", "Hà Nội, ngày 31 tháng 12 năm 2031",
                "Bệnh viện Phụ sản Đà Nẵng");
        assertThat(decisions.draft(first, CHAIR, newYearsEve).sha256).as("prepared once per proposal")
                .isEqualTo(a.sha256);

        Decisions.returnAndSendAgain(first);
        DecisionDraft again = decisions.draft(first, CHAIR, newYearsEve);
        assertThat(again.symbol).as("a returned proposal keeps its number").isEqualTo("01/QĐ-HĐTĐ");
        assertThat(again.sha256).isNotEqualTo(a.sha256);

        Decisions.returnAndSendAgain(second);
        DecisionDraft nextYear = decisions.draft(second, CHAIR, LocalDate.of(2032, 1, 2));
        assertThat(nextYear.symbol).as("a new calendar year starts again at 01").isEqualTo("01/QĐ-HĐTĐ");
        assertThat(nextYear.decisionYear).isEqualTo(2032);
        assertThat(PdfTools.text(nextYear.document)).contains("Số: 01/QĐ-HĐTĐ", "ngày 02 tháng 01 năm 2032");
    }

    private PdfSignatureVerifier.Verification verify(byte[] pdf) {
        return PdfSignatureVerifier.verify(pdf, keys.ownAnchors(), null, null);
    }

    private static byte[] sign(byte[] pdf, Pki.KeyAndChain key) {
        return PadesSigner.sign(pdf, key, new PadesSigner.Details("Nguyen Van Chu Tich", "Approved by the chair",
                "Ha Noi", Instant.now()));
    }

    private static Response upload(String campaign, String user, byte[] pdf) {
        return upload(campaign, user, pdf, "vi");
    }

    private static Response upload(String campaign, String user, byte[] pdf, String language) {
        return Api.as(user).header("Accept-Language", language).contentType("multipart/form-data")
                .multiPart("file", "quyet-dinh-da-ky.pdf", pdf, "application/pdf")
                .post("/api/campaigns/" + campaign + "/decision/signed");
    }

    private static byte[] download(String campaign, String user) {
        return Api.as(user).accept("application/pdf").get("/api/campaigns/" + campaign + "/decision.pdf").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
    }

    /** One byte of a content stream of the prepared part changed: inside the signed range. */
    private static byte[] flipInsideSignedRange(byte[] pdf) {
        byte[] copy = pdf.clone();
        java.util.regex.Matcher stream = java.util.regex.Pattern.compile("[^d]stream\r?\n")
                .matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        assertThat(stream.find(pdf.length / 4)).isTrue();
        copy[stream.end() + 40] ^= 0x01;
        return copy;
    }

    /** One letter of the signature dictionary's reason changed: after signing, inside the signed range. */
    private static byte[] flipInReason(byte[] pdf) {
        byte[] copy = pdf.clone();
        int at = new String(pdf, StandardCharsets.ISO_8859_1).lastIndexOf("Approved by the chair");
        copy[at] = 'B';
        return copy;
    }

    private static List<String> auditDetails(String campaign, String action) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>list(
                "campaignCode = ?1 and action = ?2", campaign, action).stream().map(e -> e.detail).toList());
    }
}

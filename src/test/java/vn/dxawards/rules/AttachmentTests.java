package vn.dxawards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static vn.dxawards.rules.Refusals.refused;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.junit.QuarkusTest;
import vn.dxawards.support.Api;
import vn.dxawards.support.Fixtures;

/**
 * PDF attachments are judged by their content, not their name, within the size limit
 * ({@code dx.attachments.max-size}, 20 MB by default); a refused file leaves nothing behind.
 */
@QuarkusTest
class AttachmentTests {

    private static final int MIB = 1024 * 1024;

    private static String campaign;

    private static synchronized String campaign() {
        if (campaign == null) {
            campaign = Fixtures.newCampaign("attach");
        }
        return campaign;
    }

    private static long draft(String name) {
        return Stages.draft(campaign(), "nominator.hanoi",
                Fixtures.unitDossier(Fixtures.STATE, name, "01", "0100400100"));
    }

    @Test
    void aSmallPdfIsAttachedWithItsFingerprint() throws NoSuchAlgorithmException {
        long dossier = draft("Sở Khoa học và Công nghệ Hà Nội");
        byte[] letter = Uploads.nominationLetter();
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(letter));

        long attachment = ((Number) Uploads.upload("nominator.hanoi", dossier, "cong-van-de-cu.pdf", letter).then()
                .statusCode(201).body("id", notNullValue()).body("sha256", equalTo(sha256)).extract().path("id"))
                .longValue();

        Api.as("nominator.hanoi").get("/api/dossiers/" + dossier).then().statusCode(200)
                .body("attachments.fileName", contains("cong-van-de-cu.pdf"))
                .body("attachments.sha256", contains(sha256))
                .body("attachments.size", contains(letter.length));
        byte[] downloaded = Api.as("nominator.hanoi").accept("application/pdf")
                .get("/api/dossiers/" + dossier + "/attachments/" + attachment).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(downloaded).isEqualTo(letter);
    }

    /**
     * A file of several MiB, decoded piece by piece as it arrives (the decoder drops what it has
     * handed to the file after each piece), is kept byte for byte, with the fingerprint of those bytes.
     */
    @Test
    void aLargePdfIsKeptByteForByte() throws NoSuchAlgorithmException {
        long dossier = draft("Sở Giao thông Vận tải Hà Nội");
        byte[] pdf = vn.dxawards.support.Pdfs.ofAbout(4 * 1024 * 1024 + 12345, "Ho so day - tung manh");
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        long attachment = ((Number) Uploads.upload("nominator.hanoi", dossier, "ho-so-day.pdf", pdf).then()
                .statusCode(201).body("sha256", equalTo(sha256)).extract().path("id")).longValue();
        byte[] downloaded = Api.as("nominator.hanoi").accept("application/pdf")
                .get("/api/dossiers/" + dossier + "/attachments/" + attachment).then().statusCode(200)
                .extract().asByteArray();
        assertThat(downloaded).isEqualTo(pdf);
    }

    /** Uploads are received into the uploads directory; what was kept or refused leaves no file there. */
    @Test
    void anUploadLeavesNoTemporaryFileBehind() throws IOException {
        Path uploads = Path.of(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.http.body.uploads-directory", String.class));
        long dossier = draft("Sở Y tế Hà Nội");
        Uploads.upload("nominator.hanoi", dossier, "cong-van.pdf", Uploads.nominationLetter()).then().statusCode(201);
        Uploads.upload("nominator.hanoi", dossier, "khong-phai-pdf.pdf", "not a pdf".getBytes(StandardCharsets.UTF_8))
                .then().statusCode(415);
        vn.dxawards.support.HeldRequest.waitUntil(10, () -> filesIn(uploads) == 0);
    }

    private static long filesIn(Path directory) {
        if (!java.nio.file.Files.isDirectory(directory)) {
            return 0;
        }
        try (var files = java.nio.file.Files.list(directory)) {
            return files.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aFileThatIsNotAPdfIsRefusedWhateverItsName() {
        long dossier = draft("Sở Thông tin Hà Nội");
        Unchanged before = Unchanged.dossier(dossier, "nominator.hanoi");
        byte[] spreadsheet = "Tên đơn vị;Điểm\nSở Thông tin;9\n".getBytes(StandardCharsets.UTF_8);

        refused(Uploads.upload("nominator.hanoi", dossier, "bang-diem.pdf", spreadsheet), 415, "attachment.not_pdf")
                .body("message", equalTo("Chỉ chấp nhận tệp PDF (nội dung tệp không phải PDF hợp lệ)."));
        // The right magic number is not enough: the document must open.
        refused(Uploads.upload("nominator.hanoi", dossier, "hong.pdf",
                "%PDF-1.7\nkhông phải PDF".getBytes(StandardCharsets.UTF_8)), 415, "attachment.not_pdf");

        before.verify();
    }

    @Test
    void aFileAboveTheLimitIsRefusedWithJson(@TempDir Path folder) throws IOException {
        long dossier = draft("Sở Kế hoạch Hà Nội");
        Unchanged before = Unchanged.dossier(dossier, "nominator.hanoi");
        Path scan = folder.resolve("ban-scan.pdf");
        try (RandomAccessFile file = new RandomAccessFile(scan.toFile(), "rw")) {
            file.write(Uploads.nominationLetter());
            file.setLength(21L * MIB);
        }

        refused(Uploads.upload("nominator.hanoi", dossier, scan.toFile(), "vi"), 413, "file_too_large")
                .body("message", equalTo("Tệp quá lớn: dung lượng tối đa là 20 MB."));
        refused(Uploads.upload("nominator.hanoi", dossier, scan.toFile(), "en"), 413, "file_too_large")
                .body("message", equalTo("The file is too large: at most 20 MB."));

        before.verify();
    }

    /** Above quarkus.http.limits.max-body-size (64M) the HTTP layer answers, still with the JSON 413. */
    @Test
    void aFileAboveTheRequestLimitIsRefusedWithJsonToo(@TempDir Path folder) throws IOException {
        long dossier = draft("Sở Quy hoạch Hà Nội");
        Path scan = folder.resolve("ban-scan-lon.pdf");
        try (RandomAccessFile file = new RandomAccessFile(scan.toFile(), "rw")) {
            file.write(Uploads.nominationLetter());
            file.setLength(70L * MIB);
        }

        refused(Uploads.upload("nominator.hanoi", dossier, scan.toFile(), "vi"), 413, "file_too_large")
                .body("message", equalTo("Yêu cầu quá lớn: dung lượng tối đa là 64 MB."));
        refused(Uploads.upload("nominator.hanoi", dossier, scan.toFile(), "en"), 413, "file_too_large")
                .body("message", equalTo("The request is too large: at most 64 MB."));
    }

    @Test
    void anEmptyOrMissingFileIsRefused() {
        long dossier = draft("Sở Lao động Hà Nội");
        Unchanged before = Unchanged.dossier(dossier, "nominator.hanoi");

        refused(Uploads.upload("nominator.hanoi", dossier, "rong.pdf", new byte[0]), 422, "attachment.empty");
        refused(Api.as("nominator.hanoi").contentType("multipart/form-data").multiPart("note", "không có tệp")
                .post("/api/dossiers/" + dossier + "/attachments"), 422, "attachment.missing");

        before.verify();
    }

    @Test
    void nothingIsAttachedToASubmittedDossier() {
        long dossier = Fixtures.submit(campaign(), "nominator.hanoi",
                Fixtures.unitDossier(Fixtures.STATE, "Sở Tài nguyên Hà Nội", "01", "0100400101"));
        Unchanged before = Unchanged.dossier(dossier, "nominator.hanoi");

        refused(Uploads.upload("nominator.hanoi", dossier, "bo-sung.pdf", Uploads.nominationLetter()), 409,
                "dossier.not_editable");

        before.verify();
    }
}

package vn.dxawards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.dxawards.platform.persistence.Blobs;
import vn.dxawards.support.Fixtures;

/**
 * Files are stored as they came: PostgreSQL does not try to compress them (storage EXTERNAL, set by
 * the Java migrations V15 and V47 because the demo's H2 has no such setting). Its default compression
 * costs ≈ 17 ms of CPU for a 1 MiB PDF, three times storing it, and mostly gives up (a PDF's streams
 * are compressed already); issue 11.
 */
@QuarkusTest
class FileStorageTests {

    @Inject
    EntityManager em;

    @Test
    void everyFileColumnOfTheApplicationIsStoredWithoutCompression() {
        @SuppressWarnings("unchecked")
        List<Object[]> columns = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select c.relname || '.' || a.attname, a.attstorage
                from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
                  and a.atttypid = 'bytea'::regtype and c.relname not like 'act\\_%'
                order by 1""").getResultList());

        assertThat(columns).as("the application's file columns").extracting(row -> (String) row[0])
                .contains("attachment_content.content", "survey_file_content.content", "award_decision.document",
                        "decision_draft.document", "decision_draft.signed_upload");
        assertThat(columns).as("a file column stored compressed (storage 'x' is PostgreSQL's default)")
                .allSatisfy(row -> assertThat(String.valueOf(row[1])).as((String) row[0]).isEqualTo("e"));
    }

    @Test
    void anUploadedPdfIsKeptUncompressedEvenWhenItWouldCompress() {
        long dossier = Stages.draft(Fixtures.newCampaign("files-stored"), "nominator.hanoi",
                Fixtures.unitDossier(Fixtures.STATE, "Sở Thông tin và Truyền thông Hà Nội", "01", "0100400100"));
        byte[] pdf = repetitiveLetter();

        Number attachment = Uploads.upload("nominator.hanoi", dossier, "bao-cao.pdf", pdf).then().statusCode(201)
                .extract().path("id");

        Object[] stored = (Object[]) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select pg_column_compression(content), octet_length(content), pg_column_size(content)"
                        + " from attachment_content where attachment_id = ?1")
                .setParameter(1, attachment.longValue()).getSingleResult());
        assertThat(stored[0]).as("compression method of the stored file").isNull();
        assertThat(((Number) stored[1]).intValue()).isEqualTo(pdf.length);
        assertThat(((Number) stored[2]).intValue()).as("bytes stored").isGreaterThanOrEqualTo(pdf.length);
    }

    /**
     * A file goes to PostgreSQL in pieces of {@link Blobs#PIECE} (written by the app, not by the
     * driver): every byte arrives and the fingerprint is the file's, whatever its size against them.
     */
    @Test
    void aFileIsStoredByteForByteWhateverItsSizeAgainstThePieces() throws IOException {
        for (int size : new int[] { 1, Blobs.PIECE - 1, Blobs.PIECE, Blobs.PIECE + 1, 3 * Blobs.PIECE + 17 }) {
            byte[] bytes = new byte[size];
            new Random(size).nextBytes(bytes);
            Path file = Files.write(Files.createTempFile("blob-", ".bin"), bytes);
            try {
                Object[] stored = QuarkusTransaction.requiringNew().call(() -> {
                    em.createNativeQuery("create temporary table blob_probe (id bigint, content bytea) on commit drop")
                            .executeUpdate();
                    String fingerprint = Blobs.insert(em, "blob_probe", "id", 7, file, size);
                    return new Object[] { fingerprint,
                            em.createNativeQuery("select content from blob_probe where id = 7").getSingleResult() };
                });
                assertThat((byte[]) stored[1]).as("the stored bytes of a file of %d bytes", size).isEqualTo(bytes);
                assertThat(stored[0]).as("the fingerprint of a file of %d bytes", size).isEqualTo(sha256(bytes));
            } finally {
                Files.delete(file);
            }
        }
    }

    /** A file that turns out shorter than the size given fails its statement: it is never stored padded. */
    @Test
    void aFileShorterThanItsSizeIsNeverStoredPadded() throws IOException {
        Path file = Files.write(Files.createTempFile("blob-", ".bin"), new byte[1000]);
        try {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("create temporary table blob_probe (id bigint, content bytea) on commit drop")
                        .executeUpdate();
                Blobs.insert(em, "blob_probe", "id", 7, file, Blobs.PIECE + 1000);
            })).isInstanceOf(RuntimeException.class);
        } finally {
            Files.delete(file);
        }
        // the connection the failure broke is not handed out again
        assertThat(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select 1").getSingleResult()))
                .isEqualTo(1);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PDF of ≈ 60 KB whose page content is written without compression: PostgreSQL's pglz would halve it. */
    private static byte[] repetitiveLetter() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.OVERWRITE, false)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 6);
                text.setLeading(7);
                text.newLineAtOffset(40, 760);
                for (int line = 0; line < 1500; line++) {
                    text.showText("Bao cao chuyen doi so - dong " + (line % 100));
                    text.newLine();
                }
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

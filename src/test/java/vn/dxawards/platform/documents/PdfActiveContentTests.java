package vn.dxawards.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import vn.dxawards.platform.documents.PdfActiveContent.Reason;

/** Active content in PDFs made in the test is found, whatever carries it; an honest PDF passes. */
class PdfActiveContentTests {

    /** Judged as an upload is: from the file the server wrote it to. */
    private static Optional<Reason> judge(byte[] pdf) throws IOException {
        Path file = Files.createTempFile("upload", ".pdf");
        try {
            Files.write(file, pdf);
            try (PDDocument document = Loader.loadPDF(file.toFile())) {
                return PdfActiveContent.find(document, file);
            }
        } finally {
            Files.delete(file);
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

    /**
     * The check reads the file in pieces of 64 KiB: it says what the whole-text rule says (below,
     * as it was before) for files of random segments — {@code %%EOF}, {@code startxref}, objects,
     * white space, NUL bytes, HTML — placed so that the words fall across the pieces' edges, and the
     * last byte that is not white space across the edge of the 4 KiB read backwards from the end.
     */
    @Test
    void thePiecewiseReadingJudgesAsTheWholeText() throws IOException {
        String[] tokens = {"%%EOF", "startxref", "1 0 obj", "xref", " ", "\r\n", "\0", "<html>", "12", "trailer"};
        Random random = new Random(11);
        Path file = Files.createTempFile("trailing", ".pdf");
        int passed = 0;
        try {
            for (int round = 0; round < 400; round++) {
                StringBuilder text = new StringBuilder("%PDF-1.7\n");
                // a body that ends a few bytes either side of the first piece's edge
                text.append("x".repeat(64 * 1024 - 12 + random.nextInt(16)));
                for (int i = random.nextInt(12); i >= 0; i--) {
                    text.append(tokens[random.nextInt(tokens.length)]);
                }
                if (random.nextBoolean()) {
                    text.append("%%EOF").append(random.nextBoolean() ? "\n\0 " : "");
                }
                if (random.nextInt(3) == 0) {
                    // white space at the end, so the last other byte lies near the edge of the backwards read
                    text.append(" \0\n".repeat((4096 - 12 + random.nextInt(24)) / 3));
                }
                byte[] bytes = text.toString().getBytes(StandardCharsets.ISO_8859_1);
                Files.write(file, bytes);
                assertThat(PdfActiveContent.trailingData(file)).as(text.substring(64 * 1024 - 20))
                        .isEqualTo(wholeText(bytes));
                passed += wholeText(bytes).isEmpty() ? 1 : 0;
            }
        } finally {
            Files.delete(file);
        }
        assertThat(passed).as("files that pass among the 400").isBetween(20, 380);
    }

    /**
     * The search eight bytes at a time finds exactly what a byte-by-byte search finds: in random
     * bytes (where the test for the first byte also flags, now and then, the byte above a real one)
     * with words written across the edges of its 64 KiB reads and at every place in a long, in
     * overlapping runs ({@code %%%EOF}, {@code %%EOF%%EOF}), within any range of the file.
     */
    @Test
    void theSearchFindsEveryWordTheByteByByteSearchFinds() throws IOException {
        Random random = new Random(5);
        Path file = Files.createTempFile("words", ".bin");
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.READ)) {
            for (int round = 0; round < 60; round++) {
                byte[] bytes = new byte[round < 12 ? round + 2 : random.nextInt(200_000)];
                random.nextBytes(bytes);
                if (round < 12 && bytes.length >= 5) {
                    // files shorter than a long, or hardly longer: the word at their end
                    System.arraycopy("%%EOF".getBytes(StandardCharsets.ISO_8859_1), 0, bytes, bytes.length - 5, 5);
                }
                String[] pieces = {"%%EOF", "%%%EOF", "%%EOF%%EOF", "startxref", "%%EO", "startxre", "%", "$%%EOF",
                    "%$%%EOF", "%&%EOF", "ss\u00f3startxref"};
                for (int i = random.nextInt(40); i >= 0 && bytes.length > 20; i--) {
                    byte[] piece = pieces[random.nextInt(pieces.length)].getBytes(StandardCharsets.ISO_8859_1);
                    int edge = 64 * 1024 + 4 - random.nextInt(2) * 9; // a read's edge, give or take the carried bytes
                    int at = random.nextBoolean() && bytes.length > edge + 20 ? edge - random.nextInt(12)
                            : random.nextInt(bytes.length - piece.length);
                    System.arraycopy(piece, 0, bytes, at, Math.min(piece.length, bytes.length - at));
                }
                Files.write(file, bytes);
                long from = random.nextInt(3) == 0 ? random.nextInt(bytes.length + 1) : 0;
                long to = random.nextInt(3) == 0 ? from + random.nextInt((int) (bytes.length - from) + 1) : bytes.length;
                for (String word : new String[] {"%%EOF", "startxref"}) {
                    byte[] w = word.getBytes(StandardCharsets.ISO_8859_1);
                    java.util.List<Long> expected = new java.util.ArrayList<>();
                    for (long i = from; i + w.length <= to; i++) {
                        int k = 0;
                        while (k < w.length && bytes[(int) i + k] == w[k]) {
                            k++;
                        }
                        if (k == w.length) {
                            expected.add(i);
                        }
                    }
                    assertThat(new PdfActiveContent.Word(w).occurrences(channel, from, to, Integer.MAX_VALUE))
                            .as("%s in [%d, %d) of %d bytes", word, from, to, bytes.length).isEqualTo(expected);
                    if (expected.size() > 1) {
                        assertThat(new PdfActiveContent.Word(w).occurrences(channel, from, to, 1))
                                .containsExactly(expected.get(0));
                    }
                }
            }
        } finally {
            Files.delete(file);
        }
    }

    /** One byte after the last {@code %%EOF}, followed by white space that puts it at each place around the backwards read's edge. */
    @Test
    void oneByteAfterTheEndIsFoundWhateverWhiteSpaceFollowsIt() throws IOException {
        Path file = Files.createTempFile("trailing", ".pdf");
        try {
            for (int blanks = 4090; blanks <= 4100; blanks++) {
                for (String after : new String[] {"", "x"}) {
                    byte[] bytes = ("%PDF-1.7\n1 0 obj\n<<>>\nendobj\nstartxref\n9\n%%EOF" + after + " ".repeat(blanks))
                            .getBytes(StandardCharsets.ISO_8859_1);
                    Files.write(file, bytes);
                    assertThat(PdfActiveContent.trailingData(file)).as("'%s' then %d blanks", after, blanks)
                            .isEqualTo(after.isEmpty() ? Optional.empty() : Optional.of(Reason.TRAILING_DATA));
                }
            }
        } finally {
            Files.delete(file);
        }
    }

    /** The rule on the whole text, as it was written before the check read files in pieces. */
    private static Optional<Reason> wholeText(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int eof = text.indexOf("%%EOF");
        if (eof < 0) {
            return Optional.of(Reason.TRAILING_DATA);
        }
        int from = eof + 5;
        while (true) {
            int next = text.indexOf("%%EOF", from);
            String segment = next < 0 ? text.substring(from) : text.substring(from, next);
            if (next < 0) {
                return segment.replace("\0", "").isBlank() ? Optional.empty() : Optional.of(Reason.TRAILING_DATA);
            }
            String update = segment.strip();
            if (!update.isEmpty() && !(update.matches("(?s)(\\d+\\s+\\d+\\s+obj\\b|xref\\b).*")
                    && update.contains("startxref"))) {
                return Optional.of(Reason.TRAILING_DATA);
            }
            from = next + 5;
        }
    }
}

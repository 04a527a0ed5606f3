package vn.dxawards.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Small real PDF files for upload tests. */
public final class Pdfs {

    private Pdfs() {
    }

    public static byte[] onePage() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path onePageFile(String name) {
        try {
            Path file = Files.createTempDirectory("dx-pdf").resolve(name);
            Files.write(file, onePage());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

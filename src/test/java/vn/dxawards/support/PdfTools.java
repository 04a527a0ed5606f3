package vn.dxawards.support;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The standard tools a reader of our PDFs uses: poppler's {@code pdfsig} (signature validation)
 * and {@code pdftoppm} (rendering), Debian package poppler-utils, and PDFBox's text extraction.
 */
public final class PdfTools {

    private PdfTools() {
    }

    /** What {@code pdfsig} prints for the file (it exits non-zero for an invalid signature; the text says why). */
    public static String pdfsig(byte[] pdf) {
        Path file = write(pdf, "signed.pdf");
        return run(List.of("pdfsig", file.toString()));
    }

    /** Renders each page to a PNG at {@code dpi}; answers the images in page order. */
    public static List<Path> pngs(byte[] pdf, int dpi) {
        Path file = write(pdf, "document.pdf");
        Path prefix = file.resolveSibling("page");
        run(List.of("pdftoppm", "-r", String.valueOf(dpi), "-png", file.toString(), prefix.toString()));
        try (Stream<Path> files = Files.list(file.getParent())) {
            return files.filter(p -> p.getFileName().toString().startsWith("page") && p.toString().endsWith(".png"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The share of pixels of the image that are not (nearly) white. */
    public static double inked(Path png) {
        try {
            BufferedImage image = ImageIO.read(png.toFile());
            long dark = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    int brightness = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
                    if (brightness < 600) {
                        dark++;
                    }
                }
            }
            return (double) dark / ((long) image.getWidth() * image.getHeight());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text PDFBox extracts, with every run of white space (line ends of wrapped lines too) as one space. */
    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(byte[] pdf, String name) {
        try {
            Path file = Files.createTempDirectory("dx-pdf").resolve(name);
            Files.write(file, pdf);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command.get(0) + " did not finish");
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(command.get(0) + " (Debian package poppler-utils) is needed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package vn.dxawards.platform.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;

/** PDFs made in the test, each carrying one kind of active content, and an honest one. */
public final class ActivePdfs {

    private ActivePdfs() {
    }

    interface Change {
        void apply(PDDocument document) throws IOException;
    }

    static byte[] made(Change change) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            change.apply(document);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] plain() {
        return made(document -> {
        });
    }

    public static byte[] openActionJavaScript() {
        return made(document -> document.getDocumentCatalog()
                .setOpenAction(new PDActionJavaScript("app.alert('xin chao');")));
    }

    public static byte[] pageOpenJavaScript() {
        return made(document -> {
            PDPageAdditionalActions actions = new PDPageAdditionalActions();
            actions.setO(new PDActionJavaScript("this.print();"));
            document.getPage(0).setActions(actions);
        });
    }

    public static byte[] namedJavaScript() {
        return made(document -> {
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode scripts = new org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode();
            scripts.setNames(Map.of("start", new PDActionJavaScript("app.alert(1);")));
            names.setJavascript(scripts);
            document.getDocumentCatalog().setNames(names);
        });
    }

    public static byte[] launch() {
        PDActionLaunch launch = new PDActionLaunch();
        PDComplexFileSpecification target = new PDComplexFileSpecification();
        target.setFile("calc.exe");
        launch.setFile(target);
        return made(document -> document.getDocumentCatalog().setOpenAction(launch));
    }

    public static byte[] embeddedFile() {
        return made(document -> {
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("hoa-don.exe");
            spec.setEmbeddedFile(new PDEmbeddedFile(document,
                    new java.io.ByteArrayInputStream("MZ...".getBytes(StandardCharsets.US_ASCII))));
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("hoa-don.exe", spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            document.getDocumentCatalog().setNames(names);
        });
    }

    public static byte[] fileAttachmentAnnotation() {
        return made(document -> {
            PDAnnotationFileAttachment annotation = new PDAnnotationFileAttachment();
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("ghi-chu.txt");
            annotation.setFile(spec);
            document.getPage(0).setAnnotations(List.of(annotation));
        });
    }

    public static byte[] xfa() {
        return made(document -> {
            PDAcroForm form = new PDAcroForm(document);
            COSStream xfa = document.getDocument().createCOSStream();
            try (var out = xfa.createOutputStream()) {
                out.write("<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\"/>".getBytes(StandardCharsets.UTF_8));
            }
            form.getCOSObject().setItem(COSName.getPDFName("XFA"), xfa);
            document.getDocumentCatalog().setAcroForm(form);
        });
    }

    public static byte[] withHtmlAppended() {
        return concat(plain(), "\n<html><body><script>alert(document.cookie)</script></body></html>\n"
                .getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] withHtmlAndFakeEofAppended() {
        return concat(plain(), "\n<html><script>alert(1)</script></html>\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] withZipAppended() {
        try (ByteArrayOutputStream zip = new ByteArrayOutputStream(); ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("payload.js"));
            out.write("alert(1)".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.finish();
            return concat(plain(), zip.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real incremental update (what a signing tool appends): accepted. */
    public static byte[] incrementallyUpdated() {
        byte[] original = plain();
        try (PDDocument document = Loader.loadPDF(original); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle("Công văn đề cử");
            document.getDocumentInformation().setModificationDate(Calendar.getInstance());
            document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            document.getDocument().getTrailer().setNeedToBeUpdated(true);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}

package vn.dxawards.platform.documents;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What in an uploaded PDF could act rather than be read, found by walking every object the
 * document reaches from its trailer (names resolved, object streams opened, so neither
 * {@code /J#61vaScript} nor a compressed object hides anything): JavaScript (an OpenAction, an
 * additional action, the names tree, a link), a Launch action, embedded files or file-attachment
 * annotations, an XFA form; and, in the bytes, anything after the final {@code %%EOF} or an
 * appended segment that is not an incremental update (a PDF followed by an HTML page or a ZIP).
 */
public final class PdfActiveContent {

    /** Why a PDF is refused; the code is the end of the message key {@code attachment.active_content.*}. */
    public enum Reason {
        JAVASCRIPT("javascript"), LAUNCH("launch"), EMBEDDED_FILES("embedded_files"), XFA("xfa"),
        TRAILING_DATA("trailing_data");

        public final String code;

        Reason(String code) {
            this.code = code;
        }
    }

    /** Walking stops here: a document of more objects is judged on those (a scan has a few hundred). */
    private static final int MAX_OBJECTS = 500_000;
    private static final COSName JS = COSName.getPDFName("JS");
    private static final COSName JAVASCRIPT = COSName.getPDFName("JavaScript");
    private static final COSName LAUNCH = COSName.getPDFName("Launch");
    private static final COSName EMBEDDED_FILE = COSName.getPDFName("EmbeddedFile");
    private static final COSName EMBEDDED_FILES = COSName.getPDFName("EmbeddedFiles");
    private static final COSName FILE_ATTACHMENT = COSName.getPDFName("FileAttachment");
    private static final COSName EF = COSName.getPDFName("EF");
    private static final COSName XFA = COSName.getPDFName("XFA");

    private PdfActiveContent() {
    }

    /** The first reason to refuse the document, if any; {@code bytes} are the file as uploaded. */
    public static Optional<Reason> find(PDDocument document, byte[] bytes) {
        Optional<Reason> trailing = trailingData(bytes);
        if (trailing.isPresent()) {
            return trailing;
        }
        return walk(document.getDocument().getTrailer());
    }

    static Optional<Reason> walk(COSDictionary trailer) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(trailer);
        while (!todo.isEmpty() && seen.size() < MAX_OBJECTS) {
            COSBase next = todo.pop();
            if (next instanceof COSObject reference) {
                next = reference.getObject();
            }
            if (next == null || !seen.add(next)) {
                continue;
            }
            if (next instanceof COSDictionary dictionary) {
                Optional<Reason> reason = judge(dictionary);
                if (reason.isPresent()) {
                    return reason;
                }
                for (COSBase value : dictionary.getValues()) {
                    if (value != null) {
                        todo.push(value);
                    }
                }
            } else if (next instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    COSBase value = array.get(i);
                    if (value != null) {
                        todo.push(value);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Reason> judge(COSDictionary dictionary) {
        COSName action = dictionary.getCOSName(COSName.S);
        if (JAVASCRIPT.equals(action) || dictionary.containsKey(JS) || dictionary.containsKey(JAVASCRIPT)) {
            return Optional.of(Reason.JAVASCRIPT);
        }
        if (LAUNCH.equals(action)) {
            return Optional.of(Reason.LAUNCH);
        }
        if (EMBEDDED_FILE.equals(dictionary.getCOSName(COSName.TYPE)) || dictionary.containsKey(EMBEDDED_FILES)
                || dictionary.containsKey(EF) || FILE_ATTACHMENT.equals(dictionary.getCOSName(COSName.SUBTYPE))) {
            return Optional.of(Reason.EMBEDDED_FILES);
        }
        if (dictionary.containsKey(XFA)) {
            return Optional.of(Reason.XFA);
        }
        return Optional.empty();
    }

    /**
     * After the first {@code %%EOF}, only incremental updates may follow, each ending in its own
     * {@code %%EOF}: objects ({@code n g obj}) or a cross-reference section, with a
     * {@code startxref}; after the last one, nothing but white space.
     */
    static Optional<Reason> trailingData(byte[] bytes) {
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

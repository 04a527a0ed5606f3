package vn.dxawards.platform.documents;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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

    /** The first reason to refuse the document, if any; {@code file} is the file as uploaded. */
    public static Optional<Reason> find(PDDocument document, Path file) throws IOException {
        Optional<Reason> trailing = trailingData(file);
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
     * {@code startxref}; after the last one, nothing but white space (and NUL bytes).
     *
     * <p>Read from the file in small pieces, never whole: one pass finds where each {@code %%EOF}
     * begins ({@link Word}: eight bytes tested at a time); the last byte that is not white
     * space is looked for backwards from the end; then each segment between two {@code %%EOF}s is
     * read for its first bytes and its {@code startxref}. A file of more than {@value #MAX_UPDATES} segments is refused: real documents
     * have a handful of incremental updates.
     */
    static Optional<Reason> trailingData(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            List<Long> eofs = EOF_WORD.occurrences(channel, 0, channel.size(), MAX_UPDATES + 1);
            if (eofs.isEmpty() || eofs.size() > MAX_UPDATES) {
                return Optional.of(Reason.TRAILING_DATA);
            }
            if (lastContent(channel) >= eofs.get(eofs.size() - 1) + EOF.length) {
                return Optional.of(Reason.TRAILING_DATA);
            }
            for (int segment = 1; segment < eofs.size(); segment++) {
                long from = eofs.get(segment - 1) + EOF.length;
                long to = eofs.get(segment);
                String update = start(channel, from, to);
                if (!update.isEmpty() && !(UPDATE_START.matcher(update).lookingAt()
                        && !STARTXREF_WORD.occurrences(channel, from, to, 1).isEmpty())) {
                    return Optional.of(Reason.TRAILING_DATA);
                }
            }
        }
        return Optional.empty();
    }

    private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] STARTXREF = "startxref".getBytes(StandardCharsets.ISO_8859_1);
    private static final Pattern UPDATE_START = Pattern.compile("\\d+\\s+\\d+\\s+obj\\b|xref\\b");
    private static final int MAX_UPDATES = 10_000;
    private static final Word EOF_WORD = new Word(EOF);
    private static final Word STARTXREF_WORD = new Word(STARTXREF);

    /**
     * A word looked for in a file eight bytes at a time: each long read from the buffer is tested
     * for the word's first byte in all its eight places at once (the classic test for a zero byte,
     * after an exclusive or with that byte repeated), and only where it is found are the word's
     * other bytes compared. In a compressed stream the first byte of {@code %%EOF} is one byte in
     * 256, so the pass over an uploaded mebibyte is a few hundred microseconds, five times faster
     * than the skipping search (Horspool's) it replaced, which was still 14 % of the app's CPU at the
     * deadline rush (issue 11, docs/performance.md).
     */
    static final class Word {

        private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles
                .byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
        private static final long ONES = 0x0101010101010101L;
        private static final long HIGHS = 0x8080808080808080L;

        private final byte[] bytes;
        /** The word's first byte in each of a long's eight bytes. */
        private final long first;

        Word(byte[] bytes) {
            this.bytes = bytes.clone();
            this.first = ONES * (bytes[0] & 0xff);
        }

        /** Where the word begins in the bytes {@code [from, to)} of the file, the first {@code limit} at most. */
        List<Long> occurrences(FileChannel channel, long from, long to, int limit) throws IOException {
            int length = bytes.length;
            byte[] buffer = new byte[64 * 1024 + length - 1];
            List<Long> found = new ArrayList<>();
            long base = from; // where buffer[0] is in the file
            long at = from; // the next byte to read
            int carried = 0; // bytes kept from the last read, so that a word split between two reads is found
            while (at < to) {
                int read = channel.read(ByteBuffer.wrap(buffer, carried,
                        (int) Math.min(buffer.length - carried, to - at)), at);
                if (read <= 0) {
                    break;
                }
                at += read;
                int filled = carried + read;
                int lastStart = filled - length; // the last place in the buffer where the whole word fits
                int i = 0;
                for (; i <= lastStart - 7; i += 8) {
                    long word = (long) LONGS.get(buffer, i) ^ first;
                    // a high bit for every byte equal to the first (and, rarely, one above it: checked below)
                    long candidates = (word - ONES) & ~word & HIGHS;
                    while (candidates != 0) {
                        int start = i + (Long.numberOfTrailingZeros(candidates) >>> 3);
                        if (startsAt(buffer, start, bytes)) {
                            found.add(base + start);
                            if (found.size() >= limit) {
                                return found;
                            }
                        }
                        candidates &= candidates - 1;
                    }
                }
                for (; i <= lastStart; i++) {
                    if (startsAt(buffer, i, bytes)) {
                        found.add(base + i);
                        if (found.size() >= limit) {
                            return found;
                        }
                    }
                }
                // every place up to lastStart was looked at: the bytes after it begin the next buffer
                carried = Math.min(length - 1, filled);
                System.arraycopy(buffer, filled - carried, buffer, 0, carried);
                base += filled - carried;
            }
            return found;
        }
    }

    /** Where the last byte that is not white space is, read backwards from the end; -1 when there is none. */
    private static long lastContent(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(4096);
        for (long end = channel.size(); end > 0;) {
            long from = Math.max(0, end - buffer.capacity());
            buffer.clear().limit((int) (end - from));
            while (buffer.hasRemaining() && channel.read(buffer, from + buffer.position()) > 0) {
                // read the whole piece
            }
            for (int i = buffer.position() - 1; i >= 0; i--) {
                if (!blank(buffer.get(i))) {
                    return from + i;
                }
            }
            end = from;
        }
        return -1;
    }

    /** The first bytes of a segment after its leading white space, as text; empty when it is all white space. */
    private static String start(FileChannel channel, long from, long to) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(4096);
        long at = from;
        while (at < to) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), to - at));
            int read = channel.read(buffer, at);
            if (read <= 0) {
                break;
            }
            for (int i = 0; i < read; i++) {
                if (!Character.isWhitespace(buffer.get(i) & 0xff)) {
                    buffer.clear().limit((int) Math.min(256, to - at - i));
                    channel.read(buffer, at + i);
                    return new String(buffer.array(), 0, buffer.position(), StandardCharsets.ISO_8859_1);
                }
            }
            at += read;
        }
        return "";
    }

    /** White space as {@link String#isBlank()} sees it in ISO-8859-1, or a NUL byte. */
    private static boolean blank(byte b) {
        return b == 0 || Character.isWhitespace(b & 0xff);
    }

    private static boolean startsAt(byte[] buffer, int start, byte[] word) {
        for (int i = 0; i < word.length; i++) {
            if (buffer[start + i] != word[i]) {
                return false;
            }
        }
        return true;
    }
}

package vn.dxawards.platform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import jakarta.ws.rs.core.Response;

/**
 * How every file leaves the application. A download is sent as an attachment with its name twice
 * (RFC 6266): an ASCII fallback ({@code filename=}, Vietnamese letters without their marks) and the
 * exact UTF-8 name ({@code filename*=}, RFC 5987), never sniffed into another type, and under a
 * sandboxing Content-Security-Policy: even a file a browser does render runs no script and reaches
 * nothing of the site. The one exception is the PDF the scoring page frames next to the form
 * ({@link #framed}): inline, and framed by this site only.
 */
public final class Downloads {

    /** A downloaded file: no script, no plugin, no request; nobody frames it. */
    public static final String SANDBOX = "sandbox; default-src 'none'; frame-ancestors 'none'";
    /**
     * The PDF the app shows in its own frame. No {@code sandbox} here: browsers do not render a PDF
     * in a sandboxed document; the file was checked for active content when it was uploaded.
     */
    public static final String FRAMED = "frame-ancestors 'self'";

    private Downloads() {
    }

    /** A file to save: attachment, both names, nosniff, sandbox. */
    public static Response.ResponseBuilder attachment(Object content, String mediaType, String fileName) {
        return Response.ok(content, mediaType)
                .header("Content-Disposition", disposition("attachment", fileName))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", SANDBOX)
                .header("Cache-Control", "private, no-store");
    }

    /** A PDF the application frames in its own page: inline, nosniff, framed by this site only. */
    public static Response.ResponseBuilder framed(Object content, String mediaType, String fileName) {
        return Response.ok(content, mediaType)
                .header("Content-Disposition", disposition("inline", fileName))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", FRAMED)
                .header("X-Frame-Options", "SAMEORIGIN")
                .header("Cache-Control", "private, no-store");
    }

    /** {@code attachment; filename="Tep ky.pdf"; filename*=UTF-8''T%E1%BB%87p%20k%C3%BD.pdf}. */
    public static String disposition(String type, String fileName) {
        String name = fileName == null || fileName.isBlank() ? "tep.pdf" : fileName;
        return type + "; filename=\"" + ascii(name) + "\"; filename*=UTF-8''" + rfc5987(name);
    }

    /** The ASCII fallback: marks dropped (Tệp → Tep, đ → d), what remains outside ASCII as "_". */
    static String ascii(String name) {
        String plain = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return plain.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
    }

    /** RFC 5987 value characters: ALPHA / DIGIT / "!#$&+-.^_`|~"; everything else percent-encoded. */
    static String rfc5987(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }
}

package vn.dxawards.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A signed-in request to the test app whose head and the first bytes of its body were sent, and
 * whose body is held back until closed: a person on a slow line, or an upload under way.
 */
public final class HeldRequest implements AutoCloseable {

    private final Socket socket;

    private HeldRequest(Socket socket) {
        this.socket = socket;
    }

    /** {@code POST path} as {@code username}, announcing {@code length} bytes of {@code contentType}, sending {@code start}. */
    public static HeldRequest post(String path, String username, String contentType, long length, String start) {
        return send(path, username, contentType, "Content-Length: " + length, start.getBytes(StandardCharsets.US_ASCII));
    }

    /** {@code POST path} as {@code username}, its body of {@code contentType} sent in chunks, the first being {@code start}. */
    public static HeldRequest postChunked(String path, String username, String contentType, String start) {
        byte[] chunk = start.getBytes(StandardCharsets.UTF_8);
        byte[] size = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] framed = new byte[size.length + chunk.length + 2];
        System.arraycopy(size, 0, framed, 0, size.length);
        System.arraycopy(chunk, 0, framed, size.length, chunk.length);
        framed[framed.length - 2] = '\r';
        framed[framed.length - 1] = '\n';
        return send(path, username, contentType, "Transfer-Encoding: chunked", framed);
    }

    private static HeldRequest send(String path, String username, String contentType, String framing, byte[] start) {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        try {
            Socket socket = new Socket("127.0.0.1", port);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Tokens.of(username)
                    + "\r\nContent-Type: " + contentType + "\r\n" + framing + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(start);
            out.flush();
            return new HeldRequest(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** Waits, checking every 50 ms, until {@code condition} holds; fails after {@code seconds}. */
    public static void waitUntil(int seconds, BooleanSupplier condition) {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("still not so after " + seconds + " s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting", e);
            }
        }
    }
}

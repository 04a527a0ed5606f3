package vn.dxawards.bench.national;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The benchmark's HTTP side: the app's JSON API with bearer tokens of real Keycloak users (password
 * grant of the public client {@code dx-cli}, refreshed before they expire), each request timed into
 * the current {@link Phase}. A 503 is waited out for its {@code Retry-After} and sent again (counted
 * apart); other answers are returned as they are. Token requests are not timed into phases (their
 * cost shows in Keycloak's CPU).
 */
final class BenchHttp {

    static final ObjectMapper JSON = new ObjectMapper();

    /** An answer: status and body (text), its JSON on demand. */
    record Answer(int status, String body, HttpResponse<String> raw) {
        JsonNode json() {
            try {
                return JSON.readTree(body == null || body.isEmpty() ? "null" : body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + abbreviate(body), e);
            }
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }

        String brief() {
            return status + " " + abbreviate(body);
        }
    }

    private final HttpClient http;
    final String app;
    final String realm;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final int maxRetries = Integer.getInteger("bench.retries503", 50);

    private record Token(String access, String refresh, long expiresAtMillis) {
    }

    BenchHttp(String app, String realm) {
        this.app = app;
        this.realm = realm;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
                    Thread t = new Thread(r, "bench-http");
                    t.setDaemon(true);
                    return t;
                }))
                .build();
    }

    // --- tokens ----------------------------------------------------------------------------------

    String token(String user) {
        Token token = tokens.get(user);
        long now = System.currentTimeMillis();
        if (token != null && token.expiresAtMillis - 60_000 > now) {
            return token.access;
        }
        synchronized (user.intern()) {
            token = tokens.get(user);
            if (token != null && token.expiresAtMillis - 60_000 > System.currentTimeMillis()) {
                return token.access;
            }
            Token fresh = null;
            if (token != null && token.refresh != null) {
                fresh = grant("grant_type=refresh_token&client_id=dx-cli&refresh_token=" + enc(token.refresh), user);
            }
            if (fresh == null) {
                fresh = grant("grant_type=password&client_id=dx-cli&scope=openid&username=" + enc(user)
                        + "&password=demo", user);
            }
            if (fresh == null) {
                throw new IllegalStateException("no token for " + user);
            }
            tokens.put(user, fresh);
            return fresh.access;
        }
    }

    private Token grant(String form, String user) {
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    JsonNode t = JSON.readTree(r.body());
                    return new Token(t.path("access_token").asText(), t.path("refresh_token").asText(null),
                            System.currentTimeMillis() + t.path("expires_in").asLong(300) * 1000);
                }
                if (r.statusCode() == 400 && form.startsWith("grant_type=refresh_token")) {
                    return null;
                }
                System.out.println("BENCH token for " + user + ": " + r.statusCode() + " " + abbreviate(r.body()));
            } catch (IOException e) {
                System.out.println("BENCH token for " + user + ": " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(1000L * (attempt + 1));
        }
        return null;
    }

    // --- requests ----------------------------------------------------------------------------------

    Answer get(Phase phase, String label, String user, String path) {
        return send(phase, label, user, "GET", path, (byte[]) null, null);
    }

    Answer post(Phase phase, String label, String user, String path, Object json) {
        return send(phase, label, user, "POST", path, json == null ? new byte[0] : bytes(json), "application/json");
    }

    Answer put(Phase phase, String label, String user, String path, Object json) {
        return send(phase, label, user, "PUT", path, bytes(json), "application/json");
    }

    /**
     * A multipart upload of one PDF in the part {@code file}. The PDF's bytes are sent from the caller's
     * array as they are, not copied into a body of their own (the JDK's byte-array publisher copies
     * them again, in 16 KiB pieces): at the rush that was 2 MiB of garbage an upload, and most of the
     * load client's CPU was its garbage collector's, on the machine the app is measured on.
     */
    Answer upload(Phase phase, String label, String user, String path, String fileName, byte[] pdf) {
        String boundary = "----dxbench" + UUID.randomUUID().toString().replace("-", "");
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        List<ByteBuffer> parts = new ArrayList<>();
        parts.add(ByteBuffer.wrap(head));
        for (int offset = 0; offset < pdf.length; offset += PIECE) {
            parts.add(ByteBuffer.wrap(pdf, offset, Math.min(PIECE, pdf.length - offset)).slice().asReadOnlyBuffer());
        }
        parts.add(ByteBuffer.wrap(tail));
        long length = head.length + (long) pdf.length + tail.length;
        return send(phase, label, user, "POST", path,
                () -> HttpRequest.BodyPublishers.fromPublisher(new Buffers(parts), length),
                "multipart/form-data; boundary=" + boundary);
    }

    private static final int PIECE = 64 * 1024;

    /** Publishes the given buffers (a duplicate of each, so that a retry sends them again) on demand. */
    private record Buffers(List<ByteBuffer> parts) implements Flow.Publisher<ByteBuffer> {

        @Override
        public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
            Iterator<ByteBuffer> next = parts.stream().map(ByteBuffer::duplicate).iterator();
            subscriber.onSubscribe(new Flow.Subscription() {
                private long demand;
                private boolean emitting;
                private boolean done;

                @Override
                public void request(long n) {
                    synchronized (this) {
                        if (done) {
                            return;
                        }
                        demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
                        if (emitting) {
                            return; // the loop below, further up the stack, sends it
                        }
                        emitting = true;
                    }
                    while (true) {
                        ByteBuffer buffer;
                        synchronized (this) {
                            if (done || demand == 0) {
                                emitting = false;
                                return;
                            }
                            if (!next.hasNext()) {
                                done = true;
                                emitting = false;
                                buffer = null;
                            } else {
                                demand--;
                                buffer = next.next();
                            }
                        }
                        if (buffer == null) {
                            subscriber.onComplete();
                            return;
                        }
                        subscriber.onNext(buffer);
                    }
                }

                @Override
                public synchronized void cancel() {
                    done = true;
                }
            });
        }
    }

    private Answer send(Phase phase, String label, String user, String method, String path, byte[] body, String type) {
        return send(phase, label, user, method, path,
                () -> body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body), type);
    }

    private Answer send(Phase phase, String label, String user, String method, String path,
            Supplier<HttpRequest.BodyPublisher> body, String type) {
        for (int attempt = 0;; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : app + path))
                    .timeout(Duration.ofMinutes(10))
                    .header("Accept", "application/json, */*")
                    .header("Accept-Language", "vi");
            if (user != null) {
                request.header("Authorization", "Bearer " + token(user));
            }
            if (type != null) {
                request.header("Content-Type", type);
            }
            request.method(method, body.get());
            long start = System.nanoTime();
            int status;
            HttpResponse<String> response = null;
            String failure = "";
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
            } catch (IOException e) {
                status = 599; // no answer (connection refused/reset, timeout)
                failure = e.toString(); // said with the phase's first 599
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            long nanos = System.nanoTime() - start;
            if (phase != null) {
                phase.record(label, status, nanos);
            }
            if (status == 503 && response != null && attempt < maxRetries) {
                long wait = retryAfterMillis(response);
                if (wait >= 0) {
                    if (phase != null) {
                        phase.retried503.incrementAndGet();
                    }
                    sleep(wait);
                    continue;
                }
            }
            return new Answer(status, response == null ? failure : response.body(), response);
        }
    }

    private static long retryAfterMillis(HttpResponse<String> response) {
        return response.headers().firstValue("Retry-After").map(v -> {
            try {
                return Math.min(30_000L, Math.max(100L, (long) (Double.parseDouble(v.trim()) * 1000)));
            } catch (NumberFormatException e) {
                return 1000L; // an HTTP date: wait a second
            }
        }).orElse(-1L);
    }

    /** A plain GET without token or timing (readiness, public pages). */
    int probe(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 599;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 599;
        }
    }

    HttpClient client() {
        return http;
    }

    static byte[] bytes(Object json) {
        try {
            return JSON.writeValueAsBytes(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 300 ? one.substring(0, 300) + "…" : one;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

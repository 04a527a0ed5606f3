package vn.dxawards.platform.web;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.dxawards.platform.load.RequestsInFlight;
import vn.dxawards.platform.i18n.Language;
import vn.dxawards.platform.i18n.Messages;

/**
 * The HTTP layer's own rules, ahead of everything else on the public port (pages, API, static
 * files, sign-in redirects, errors raised before the application sees a request):
 * <ul>
 * <li>every request is counted from its head to its answer ({@link RequestsInFlight});</li>
 * <li>security headers on every answer, unless the answer set its own (a file download sets a
 * sandboxing policy; the PDF the scoring page frames allows its own site as a frame parent);</li>
 * <li>a request announcing a body above {@code quarkus.http.limits.max-body-size} is answered with
 * the JSON 413 in the caller's language, after its body was read and dropped, so that a client
 * that sends the whole file before reading the answer reads it (not a cut connection);</li>
 * <li>large bodies are received only up to {@code dx.http.bodies-in-flight} at once, counted by their
 * announced length from the moment their head arrives, so that five hundred nominators uploading at
 * the same second cannot hold five hundred files in memory: one more waits, unread, for the bodies
 * before it, in the order they came, up to {@code dx.http.bodies-wait}; then it is answered 503 with
 * {@code Retry-After} after its body was read and dropped. An upload counts until its files are on
 * disk (it then waits for its worker thread without memory: a hundred 1 MiB uploads arriving one
 * after another need no 503), a form or JSON above 64 KiB until its answer. One body is always
 * received, however large the budget's excess;</li>
 * <li>every body is read whole here, on the event loop, before the request goes on, so that a
 * client sending its body slowly holds no worker thread while it arrives (sixty such clients used
 * to leave every other request unanswered): forms and JSON in memory, uploads (multipart) with
 * their files written to disk as they arrive, handed to RESTEasy Reactive as the parsed form. A
 * form or JSON sent in chunks (no length announced) is read up to 1 MiB (a dossier at its longest
 * is ≈ 150 KB), and counted at 1 MiB in the bodies' budget while it is answered. (An upload sent
 * in chunks — HTTP client libraries do so — is not counted in the bodies' budget.)</li>
 * </ul>
 */
@ApplicationScoped
public class HttpGuard {

    /** Pages and API answers: only this site's scripts, styles and frames; nobody frames us. */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; object-src 'none'; base-uri 'self'; frame-src 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBody;

    /** Production behind TLS: browsers are told to use HTTPS only (a year). */
    @ConfigProperty(name = "dx.http.hsts", defaultValue = "false")
    boolean hsts;

    @Inject
    RequestsInFlight requests;

    /** The announced bytes of the large bodies being received or answered now. */
    @ConfigProperty(name = "dx.http.bodies-in-flight", defaultValue = "64M")
    MemorySize bodiesBudget;

    /** Bodies up to this size are not counted: forms and JSON. */
    static final long LARGE_BODY = 64 * 1024;

    /** How long a large body that does not fit waits, unread, for the bodies before it; 0: answered 503 at once. */
    @ConfigProperty(name = "dx.http.bodies-wait", defaultValue = "10s")
    java.time.Duration bodiesWait;

    private BodiesBudget budget;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::guard);
        router.route().order(Integer.MIN_VALUE + 1).handler(this::uploadParsed);
    }

    void guard(RoutingContext context) {
        requests.started();
        // called once the answer is written, or the connection is gone
        context.addEndHandler(ignored -> requests.ended());
        context.addHeadersEndHandler(ignored -> securityHeaders(context));
        long declared = declared(context.request().getHeader(HttpHeaders.CONTENT_LENGTH));
        if (declared > maxBody.asLongValue()) {
            refuseTooLarge(context);
            return;
        }
        if (declared > LARGE_BODY) {
            enter(context, declared, () -> receive(context, declared));
            return;
        }
        if (declared == 0 && unannounced(context.request()) && !multipart(context.request())
                && context.request().version() != io.vertx.core.http.HttpVersion.HTTP_2) {
            // a form or JSON sent in chunks, its length unknown: read up to the largest form the app
            // takes and counted at that size
            enter(context, CHUNKED_BODY, () -> receive(context, declared));
            return;
        }
        receive(context, declared);
    }

    /** Reads the request's body (if any) and lets the request go on. */
    private void receive(RoutingContext context, long declared) {
        if (context.request().version() == io.vertx.core.http.HttpVersion.HTTP_2) {
            // an HTTP/2 stream's body is left to RESTEasy Reactive: it pauses the request when it takes
            // it over, which Vert.x refuses for an HTTP/2 request already read (every POST over HTTP/2
            // failed). A TLS-terminating proxy speaks HTTP/1.1 to the node; over HTTP/2 a slow body holds
            // its worker thread, as before (docs/operations.md).
            context.next();
            return;
        }
        if (multipart(context.request()) && (declared > 0 || unannounced(context.request()))) {
            // an upload is received here, on the event loop, its files written to disk as they arrive,
            // before the request goes on: a person uploading over a slow line holds no worker thread
            // (RESTEasy Reactive parsed it on the worker, reading as the bytes came: forty such
            // uploads left every other request unanswered). The resource finds the parsed form.
            context.put(UPLOAD_READ, Boolean.TRUE);
            context.request().resume();
            uploads.handle(context);
            UploadDecoding.discardDecodedBytes(context.request());
            return;
        }
        if (declared > 0 || unannounced(context.request())) {
            // any other body (a form, JSON) is read here, on the event loop, before the request goes on:
            // a client that sends it slowly then holds no worker thread while it arrives
            context.request().resume();
            (declared == 0 ? chunkedBodies : declared <= LARGE_BODY ? smallBodies : largeBodies).handle(context);
            return;
        }
        context.next();
    }

    private static final String UPLOAD_READ = "dx.upload-read";

    /**
     * After an upload was read: a multipart body in which no part was found (a damaged body, a
     * boundary that is not the announced one) is a 400 here — the resource would otherwise wait to
     * parse a body that was read already.
     */
    void uploadParsed(RoutingContext context) {
        if (context.get(UPLOAD_READ) != null) {
            if (context.fileUploads().isEmpty() && context.request().formAttributes().isEmpty()) {
                context.response().setStatusCode(400).putHeader(HttpHeaders.CONTENT_TYPE, JSON)
                        .end(jsonError(context, 400, "bad_request", "bad_request"));
                return;
            }
            // its files are on disk: while it waits for a worker thread it holds no memory
            release(context);
        }
        context.next();
    }

    /** Where uploads are written while they arrive (Quarkus' own setting for uploaded files). */
    @ConfigProperty(name = "quarkus.http.body.uploads-directory", defaultValue = "${java.io.tmpdir}/uploads")
    String uploadsDirectory;

    /** Multipart bodies up to the largest body taken; each file to disk, removed when answered. */
    private io.vertx.ext.web.handler.BodyHandler uploads;

    /** A form or JSON above 64 KiB, up to the largest body taken, in memory (counted in the budget). */
    private io.vertx.ext.web.handler.BodyHandler largeBodies;

    @jakarta.annotation.PostConstruct
    void bodyHandlers() {
        budget = new BodiesBudget(bodiesBudget.asLongValue());
        uploads = io.vertx.ext.web.handler.BodyHandler.create(uploadsDirectory).setHandleFileUploads(true)
                .setBodyLimit(maxBody.asLongValue()).setDeleteUploadedFilesOnEnd(true).setMergeFormAttributes(false);
        largeBodies = io.vertx.ext.web.handler.BodyHandler.create(false).setBodyLimit(maxBody.asLongValue())
                .setHandleFileUploads(false);
    }

    private final io.vertx.ext.web.handler.BodyHandler smallBodies = io.vertx.ext.web.handler.BodyHandler.create(false)
            .setBodyLimit(LARGE_BODY).setHandleFileUploads(false);

    /** A form or JSON sent in chunks is read up to this: a dossier at its longest is ≈ 150 KB of JSON. */
    static final long CHUNKED_BODY = 1024 * 1024;

    private final io.vertx.ext.web.handler.BodyHandler chunkedBodies = io.vertx.ext.web.handler.BodyHandler.create(false)
            .setBodyLimit(CHUNKED_BODY).setHandleFileUploads(false);

    /**
     * Counts {@code bytes} in the bodies' budget until the answer is written (an upload: until its
     * files are on disk, {@link #uploadParsed}), then receives the body. When they do not fit, the
     * request waits, paused and unread, for the bodies before it, up to {@code dx.http.bodies-wait};
     * then (or at once, with a thousand waiting already) it is answered 503 with {@code Retry-After}.
     */
    private void enter(RoutingContext context, long bytes, Runnable receive) {
        io.vertx.core.Context loop = io.vertx.core.Vertx.currentContext();
        long waitMillis = bodiesWait.toMillis();
        BodiesBudget.Waiter waiter = budget.take(bytes, waitMillis > 0 && loop != null,
                () -> loop.runOnContext(ignored -> admittedLater(context, bytes, receive)));
        if (waiter == BodiesBudget.TAKEN) {
            counted(context, bytes);
            receive.run();
        } else if (waiter == null) {
            refuseBusy(context);
        } else {
            context.vertx().setTimer(waitMillis, id -> {
                // a client gone while it waited is only taken out of the queue
                if (budget.withdraw(waiter) && !context.response().closed()) {
                    refuseBusy(context);
                }
            });
        }
    }

    /** A waiter's turn came (on its own event loop): received, unless its client is gone. */
    private void admittedLater(RoutingContext context, long bytes, Runnable receive) {
        if (context.response().closed() || context.response().ended()) {
            budget.give(bytes);
            return;
        }
        counted(context, bytes);
        receive.run();
    }

    private void counted(RoutingContext context, long bytes) {
        context.put(COUNTED, new AtomicLong(bytes));
        context.addEndHandler(ignored -> release(context));
    }

    private static final String COUNTED = "dx.body-counted";

    /** Takes the request's body out of the budget, once; the requests waiting that now fit go on. */
    private void release(RoutingContext context) {
        AtomicLong counted = context.get(COUNTED);
        if (counted != null) {
            long bytes = counted.getAndSet(0);
            if (bytes > 0) {
                budget.give(bytes);
            }
        }
    }

    /** A body sent in chunks, without a {@code Content-Length}. */
    private static boolean unannounced(HttpServerRequest request) {
        String encoding = request.getHeader(HttpHeaders.TRANSFER_ENCODING);
        return encoding != null && !encoding.isBlank();
    }

    private static boolean multipart(HttpServerRequest request) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /** The bytes of large bodies being received or answered now. */
    public long bodiesInFlight() {
        return budget.inFlight();
    }

    /** The requests waiting, unread, for room in the bodies' budget. */
    public int bodiesWaiting() {
        return budget.waiting();
    }

    /** The body's announced length; 0 when none is announced (or not as a number). */
    private static long declared(String length) {
        if (length == null) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(length.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void securityHeaders(RoutingContext context) {
        var headers = context.response().headers();
        setIfAbsent(headers, "X-Content-Type-Options", "nosniff");
        setIfAbsent(headers, "Referrer-Policy", "same-origin");
        setIfAbsent(headers, "Permissions-Policy", PERMISSIONS);
        if (!context.normalizedPath().startsWith("/q/")) {
            // Quarkus' own tools (Swagger UI in dev mode) run inline scripts
            setIfAbsent(headers, "Content-Security-Policy", CSP);
        }
        setIfAbsent(headers, "Cross-Origin-Opener-Policy", "same-origin");
        if (!headers.contains("Content-Security-Policy") || !headers.get("Content-Security-Policy")
                .contains("frame-ancestors 'self'")) {
            setIfAbsent(headers, "X-Frame-Options", "DENY");
        } else {
            setIfAbsent(headers, "X-Frame-Options", "SAMEORIGIN");
        }
        if (hsts) {
            setIfAbsent(headers, "Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }

    private static void setIfAbsent(io.vertx.core.MultiMap headers, String name, String value) {
        if (!headers.contains(name)) {
            headers.set(name, value);
        }
    }

    private static final String JSON = "application/json;charset=UTF-8";

    /** The API's error body ({@code status}, {@code code}, {@code message} in the caller's language). */
    private static String jsonError(RoutingContext context, int status, String code, String messageKey, Object... args) {
        Locale locale = english(context) ? Locale.ENGLISH : Messages.VIETNAMESE;
        return new JsonObject().put("status", status).put("code", code)
                .put("message", Messages.text(locale, messageKey, args)).encode();
    }

    /** Reads the body to its end, dropping it, then answers 413 and closes the connection. */
    private void refuseTooLarge(RoutingContext context) {
        String body = jsonError(context, 413, "file_too_large", "request_too_large",
                maxBody.asLongValue() / (1024 * 1024));
        answerAfterBody(context, response -> response.setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, JSON)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body));
    }

    /**
     * Reads the request's body to its end, dropping every piece as it comes, then answers (also
     * when the client breaks off): a client that sends its whole body before reading reads the
     * answer, not a cut connection.
     */
    private static void answerAfterBody(RoutingContext context,
            java.util.function.Consumer<io.vertx.core.http.HttpServerResponse> answer) {
        Runnable once = () -> {
            if (!context.response().ended() && !context.response().closed()) {
                answer.accept(context.response());
            }
        };
        HttpServerRequest request = context.request();
        request.handler(chunk -> {
        });
        request.endHandler(ignored -> once.run());
        request.exceptionHandler(ignored -> once.run());
        request.resume();
    }

    /**
     * Reads the body to its end, dropping it, then answers 503 with {@code Retry-After}; the
     * connection stays. A page's form (no script, or a browser that asks for HTML) gets a small page
     * in the person's language with a way back to the page it came from; the API gets the JSON.
     */
    private void refuseBusy(RoutingContext context) {
        HttpServerRequest request = context.request();
        Locale locale = english(context) ? Locale.ENGLISH : Messages.VIETNAMESE;
        String message = Messages.text(locale, "overloaded");
        boolean page = !context.normalizedPath().startsWith("/api/") && accepts(request, "text/html");
        String body = page ? busyPage(locale, message, backTo(request)) : jsonError(context, 503, "overloaded", "overloaded");
        answerAfterBody(context, response -> response.setStatusCode(503)
                .putHeader(HttpHeaders.CONTENT_TYPE, page ? "text/html;charset=UTF-8" : JSON)
                .putHeader("Retry-After", String.valueOf(ErrorMapper.RETRY_AFTER_SECONDS))
                .end(body));
    }

    private static boolean accepts(HttpServerRequest request, String type) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(type);
    }

    /** The path of the page the form was on (same site only), else the home page. */
    static String backTo(HttpServerRequest request) {
        String referer = request.getHeader(HttpHeaders.REFERER);
        if (referer != null) {
            try {
                java.net.URI uri = java.net.URI.create(referer);
                String host = request.authority() == null ? null : request.authority().host();
                if (uri.getRawPath() != null && uri.getRawPath().startsWith("/") && !uri.getRawPath().startsWith("//")
                        && (uri.getHost() == null || uri.getHost().equals(host))) {
                    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                }
            } catch (IllegalArgumentException e) {
                // not an address: home
            }
        }
        return "/app";
    }

    private static String busyPage(Locale locale, String message, String back) {
        String lang = locale.getLanguage().equals("en") ? "en" : "vi";
        return "<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(Messages.text(locale, "overloaded.title")) + "</title>"
                + "<link rel=\"stylesheet\" href=\"/css/app.css\"></head><body><main id=\"main\">"
                + "<h1>" + escape(Messages.text(locale, "overloaded.title")) + "</h1><p>" + escape(message) + "</p>"
                + "<p><a href=\"" + escape(back) + "\">" + escape(Messages.text(locale, "overloaded.back")) + "</a></p>"
                + "</main></body></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static boolean english(RoutingContext context) {
        Cookie chosen = context.request().getCookie(Language.COOKIE);
        if (chosen != null) {
            return "en".equals(chosen.getValue());
        }
        String accept = context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        return accept != null && accept.trim().toLowerCase(Locale.ROOT).startsWith("en");
    }
}

package vn.dxawards.platform.web;

import vn.dxawards.platform.errors.ApiError;
import vn.dxawards.platform.errors.DomainException;
import vn.dxawards.platform.i18n.Language;
import vn.dxawards.platform.i18n.Messages;
import vn.dxawards.platform.persistence.DatabaseRefusals;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import io.quarkus.arc.Arc;

/** Turns every failure of an API call into {@code {status, code, message}} in the caller's language. */
public class ErrorMapper {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);

    @ServerExceptionMapper
    public Response domain(DomainException e, HttpHeaders headers) {
        return answer(headers, e.status(), e.code(), e.details(), e.args());
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, HttpHeaders headers) {
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")) {
            return answer(headers, 400, "duplicate_json_key", List.of());
        }
        return answer(headers, 400, "malformed_json", List.of());
    }

    /**
     * Well-formed JSON with a value of the wrong type ({@code "vote": "MAYBE"}, a date written
     * 31/12/2030): the field is named. Without this mapper Quarkus answers its own untranslated body.
     */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, HttpHeaders headers) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        if (field.isEmpty()) {
            return unreadable(e, headers);
        }
        if (e instanceof JsonSettings.UnsafeTextException) {
            return answer(headers, 422, "unsafe_text", List.of(), field.toString());
        }
        if (e instanceof JsonSettings.DateOutOfRangeException) {
            return answer(headers, 422, "date_out_of_range", List.of(), field.toString());
        }
        return answer(headers, 400, "invalid_value", List.of(), field.toString());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpHeaders headers) {
        List<String> details = e.getConstraintViolations().stream()
                .map(v -> lastNode(v.getPropertyPath().toString()) + ": " + v.getMessage())
                .sorted()
                .toList();
        return answer(headers, 422, "invalid_input", details);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, HttpHeaders headers) {
        return answer(headers, 401, "unauthenticated", List.of());
    }

    @ServerExceptionMapper
    public Response badToken(AuthenticationFailedException e, HttpHeaders headers) {
        return answer(headers, 401, "unauthenticated", List.of());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers) {
        return answer(headers, 403, "forbidden", List.of());
    }

    /** Two people acted on the same thing at once: the later one is told to reload, nothing is half-written. */
    @ServerExceptionMapper({OptimisticLockException.class, OptimisticLockingException.class,
            org.hibernate.StaleStateException.class})
    public Response concurrent(RuntimeException e, HttpHeaders headers) {
        LOG.debugf(e, "A concurrent change answered 409: %s", e.getMessage());
        return answer(headers, 409, "concurrent_change", List.of());
    }

    /** A message the process was not waiting for: the action does not fit the current state. */
    @ServerExceptionMapper
    public Response notWaiting(org.camunda.bpm.engine.MismatchingMessageCorrelationException e, HttpHeaders headers) {
        return answer(headers, 409, "state_changed", List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        String code = switch (status) {
            case 400 -> "bad_request";
            case 404 -> "not_found.resource";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 413 -> "file_too_large";
            case 415 -> "unsupported_media_type";
            default -> status >= 500 ? "internal_error" : "bad_request";
        };
        if (e.getCause() instanceof MismatchedInputException mismatched) {
            return mismatched(mismatched, headers);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, headers);
        }
        return answer(headers, status, code, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, HttpHeaders headers) {
        // An engine race that lost (see STACK-NOTES: not always an OptimisticLockingException).
        if (causedBy(e, OptimisticLockingException.class) || causedBy(e, OptimisticLockException.class)) {
            LOG.debugf(e, "A lost engine race answered 409: %s", e.getMessage());
            return answer(headers, 409, "concurrent_change", List.of());
        }
        // a task completed by someone else in between (the engine says it cannot find it): the state changed
        org.camunda.bpm.engine.exception.NullValueException gone = cause(e, org.camunda.bpm.engine.exception.NullValueException.class);
        if (gone != null && gone.getMessage() != null && gone.getMessage().contains("Cannot find task")) {
            return answer(headers, 409, "state_changed", List.of());
        }
        DomainException domain = cause(e, DomainException.class);
        if (domain != null) {
            return domain(domain, headers);
        }
        if (overloaded(e)) {
            // Every connection busy (the pool's wait ran out) or the database refusing more: the
            // request did nothing yet that stays, so the client is asked to come back shortly.
            LOG.warnf("Shedding load: %s", e.getMessage());
            Response busy = answer(headers, 503, "overloaded", List.of());
            return Response.fromResponse(busy).header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        Response database = database(e, headers);
        if (database != null) {
            return database;
        }
        if (causedBy(e, java.time.DateTimeException.class)) {
            // a date the calendar cannot compute with (the year 999999999 plus one day)
            return answer(headers, 422, "value_out_of_range", List.of());
        }
        if (brokenMultipart(e)) {
            return answer(headers, 400, "multipart.malformed", List.of());
        }
        if (causedBy(e, io.vertx.core.http.HttpClosedException.class)) {
            // the client went away before its body had arrived: nobody reads the answer, nothing was done
            LOG.debugf("A request ended by its client before its body arrived: %s", e);
            return answer(headers, 400, "bad_request", List.of());
        }
        LOG.error("Unexpected failure of an API call", e);
        return answer(headers, 500, "internal_error", List.of());
    }

    /**
     * What the database refused, by its SQLState (whatever wraps it: Hibernate, the transaction
     * manager, the engine). The transaction has rolled back: nothing of the action is kept, its audit
     * line included (written in the same transaction). Two requests doing the same thing at once:
     * the later one meets the unique constraint (23505) and is told it is already done (409); a
     * serialization failure or a deadlock (40001, 40P01), a lock not available (55P03) or a row a
     * parallel request just removed (23503) is a concurrent change (409); a value the column cannot
     * hold (class 22: too long, out of range, NUL) is the caller's input (422).
     */
    static Response database(Throwable e, HttpHeaders headers) {
        String state = DatabaseRefusals.sqlState(e);
        if (state == null) {
            return null;
        }
        LOG.debugf("A database refusal (SQLState %s) answered as a client error: %s", state, e);
        if ("23505".equals(state)) {
            return answer(headers, 409, "already_done", List.of());
        }
        if (DatabaseRefusals.concurrentChange(e)) {
            return answer(headers, 409, "concurrent_change", List.of());
        }
        if (state.equals("22021") || state.equals("22P05")) {
            return answer(headers, 422, "invalid_text", List.of());
        }
        if (state.startsWith("22")) {
            return answer(headers, 422, "value_out_of_range", List.of());
        }
        return null;
    }

    /** A multipart body that ends before its closing boundary, or has none: the client's fault. */
    private static boolean brokenMultipart(Throwable e) {
        java.io.IOException io = cause(e, java.io.IOException.class);
        if (io == null) {
            return false;
        }
        for (StackTraceElement frame : io.getStackTrace()) {
            if (frame.getClassName().contains(".multipart.")) {
                return true;
            }
        }
        return false;
    }

    public static Response answer(HttpHeaders headers, int status, String code, List<String> details, Object... args) {
        Locale locale = Arc.container().requestContext().isActive()
                ? Arc.container().instance(Language.class).get().locale()
                : Messages.VIETNAMESE;
        String message = Messages.text(locale, code, args);
        if (Arc.container().requestContext().isActive()) {
            Arc.container().instance(vn.dxawards.platform.web.Refusal.class).get().note(code);
        }
        if (wantsHtml(headers)) {
            String page = Arc.container().instance(ErrorPage.class).get().render(status, message);
            return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
        }
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(status, code, message, details))
                .build();
    }

    /** A browser asking for a page (not a script asking for JSON) gets the error as a page. */
    private static boolean wantsHtml(HttpHeaders headers) {
        return headers != null && headers.getAcceptableMediaTypes().stream()
                .findFirst().map(type -> type.isCompatible(MediaType.TEXT_HTML_TYPE) && !type.isWildcardType())
                .orElse(false);
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    /** Seconds a client is asked to wait when the application sheds load. */
    static final int RETRY_AFTER_SECONDS = 2;

    /**
     * No connection to be had: Agroal's acquisition timeout ("Unable to acquire JDBC Connection"),
     * PostgreSQL's "too many connections" (53300) or another lack of resources (class 53).
     */
    static boolean overloaded(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql) {
                String state = sql.getSQLState();
                String message = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
                if (state != null && state.startsWith("53") || message.contains("acquisition timeout")) {
                    return true;
                }
            }
            if (t instanceof org.hibernate.exception.JDBCConnectionException
                    && String.valueOf(t.getMessage()).contains("Unable to acquire JDBC Connection")) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        return cause(e, type) != null;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}

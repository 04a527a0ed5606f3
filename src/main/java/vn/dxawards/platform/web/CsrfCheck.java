package vn.dxawards.platform.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Refuses a page's POST (or other change) whose CSRF token does not match the browser's cookie. */
public class CsrfCheck {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    Csrf csrf;

    // readBody: the form is parsed before this filter, so its token field can be read
    @ServerRequestFilter(readBody = true)
    public Response verify(ResteasyReactiveContainerRequestContext request, RoutingContext routing,
            HttpHeaders headers) {
        String path = routing.normalizedPath();
        if (SAFE.contains(request.getMethod()) || !(path.equals("/app") || path.startsWith("/app/"))) {
            return null;
        }
        String expected = csrf.fromCookie(routing.request().getCookie(Csrf.COOKIE));
        String supplied = request.getHeaderString(Csrf.HEADER);
        if (supplied == null) {
            Object form = ((ResteasyReactiveRequestContext) request.getServerRequestContext())
                    .getFormParameter(Csrf.FIELD, true, false);
            supplied = form == null ? null : form.toString();
        }
        if (expected == null || supplied == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                supplied.getBytes(StandardCharsets.US_ASCII))) {
            return ErrorMapper.answer(headers, 400, "csrf_invalid", java.util.List.of());
        }
        return null;
    }
}

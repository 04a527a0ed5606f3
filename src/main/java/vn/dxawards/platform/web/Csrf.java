package vn.dxawards.platform.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The CSRF token of the pages (double-submit cookie): a random token in an HttpOnly cookie, signed
 * with the deployment's key so that a planted cookie is worthless, and the same token in every
 * form (the tag {@code {#csrf /}}, {@code templates/tags/csrf.html}). {@link CsrfCheck}
 * verifies it on every page POST.
 */
@Named("csrf")
@RequestScoped
public class Csrf {

    public static final String COOKIE = "dx-csrf";
    public static final String FIELD = "csrf-token";
    public static final String HEADER = "X-CSRF-Token";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    RoutingContext routing;

    @ConfigProperty(name = "dx.csrf.signing-key")
    String signingKey;

    /** Production behind TLS (the proxy ends it, so the request itself may look plain). */
    @ConfigProperty(name = "dx.http.secure-cookies", defaultValue = "false")
    boolean secureCookies;

    private String token;

    public String parameterName() {
        return FIELD;
    }

    /** The token of this browser, made (and its cookie set) on first use. */
    public String token() {
        if (token == null) {
            token = fromCookie(routing.request().getCookie(COOKIE));
            if (token == null) {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                routing.response().addCookie(Cookie.cookie(COOKIE, token + "." + sign(token)).setPath("/")
                        .setHttpOnly(true).setSameSite(CookieSameSite.STRICT).setSecure(secureCookies || routing.request().isSSL()));
            }
        }
        return token;
    }

    /** The token a cookie carries, if its signature is right. */
    String fromCookie(Cookie cookie) {
        if (cookie == null) {
            return null;
        }
        String value = cookie.getValue();
        int dot = value.lastIndexOf('.');
        if (dot <= 0) {
            return null;
        }
        String candidate = value.substring(0, dot);
        boolean signed = MessageDigest.isEqual(sign(candidate).getBytes(StandardCharsets.US_ASCII),
                value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
        return signed ? candidate : null;
    }

    private String sign(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}

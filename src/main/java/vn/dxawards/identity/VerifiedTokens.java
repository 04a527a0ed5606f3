package vn.dxawards.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.LongAdder;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Bearer tokens the OIDC extension has verified, remembered until they expire, so that the API
 * client that sends the same token with each of its calls has its signature checked once (issue 11):
 * checking an RS256 signature on every call was a tenth of the app's CPU at the deadline rush, three
 * calls a nominator, the RSA arithmetic often still running uncompiled on a busy node. The same
 * decision as the extension's: only a token it accepted is remembered, under its tenant and the
 * token's exact text (a token changed by one character is another key, checked afresh); it is
 * answered from here only while its {@code exp} is in the future, and never longer than {@link #AT_MOST}.
 * A key removed from the realm's key set is therefore still honoured for the tokens it signed until
 * they expire (minutes; Keycloak's access tokens live 5 minutes by default) — the accepted price, as
 * for any stateless bearer token, whose revocation the extension does not check either.
 *
 * <p>Only bearer access tokens ({@link AccessTokenCredential}); the pages' sign-in (ID token in a
 * session cookie) is left to the extension. The identity is reused with this request's routing
 * context in it (the extension puts the request's context among its attributes).
 */
@ApplicationScoped
public class VerifiedTokens {

    /** However long a token lives, it is checked again after this. */
    static final Duration AT_MOST = Duration.ofMinutes(10);

    /** The attributes under which the OIDC extension keeps its tenant and the token's expiry (seconds). */
    static final String TENANT = "tenant-id";
    static final String EXPIRES = "quarkus.identity.expire-time";

    private record Verified(SecurityIdentity identity, long expiresAtSecond) {
    }

    private final Cache<String, Verified> verified;

    /** How many requests were answered from here (for tests). */
    private final LongAdder answered = new LongAdder();

    @Inject
    public VerifiedTokens(@ConfigProperty(name = "dx.auth.verified-tokens", defaultValue = "10000") long size) {
        this.verified = size <= 0 ? null : Caffeine.newBuilder().maximumSize(size)
                .expireAfter(Expiry.<String, Verified>creating((key, entry) -> Duration.ofSeconds(
                        Math.max(0, Math.min(entry.expiresAtSecond() - Instant.now().getEpochSecond(),
                                AT_MOST.toSeconds())))))
                .build();
    }

    /** The identity the token was given, fitted to this request; {@code null} when not remembered or expired. */
    SecurityIdentity remembered(TokenAuthenticationRequest request) {
        RoutingContext context = HttpSecurityUtils.getRoutingContextAttribute(request);
        String key = key(context, request);
        Verified entry = key == null ? null : verified.getIfPresent(key);
        if (entry == null || Instant.now().getEpochSecond() >= entry.expiresAtSecond()) {
            return null;
        }
        answered.increment();
        return QuarkusSecurityIdentity.builder(entry.identity())
                .addAttribute(RoutingContext.class.getName(), context)
                .addAttribute(AuthenticationRequestContext.class.getName(),
                        context.get(AuthenticationRequestContext.class.getName()))
                .build();
    }

    /** Remembers what the OIDC extension answered for a bearer token it accepted. */
    void remember(SecurityIdentity identity) {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (verified == null || identity.isAnonymous() || token == null
                // the pages' sign-in: an ID token, the access token beside it; left to the extension
                || identity.getCredential(IdTokenCredential.class) != null
                || !(identity.getAttribute(TENANT) instanceof String tenant)
                || !(identity.getAttribute(EXPIRES) instanceof Number expires)) {
            return;
        }
        String key = tenant + ' ' + token.getToken();
        if (verified.getIfPresent(key) == null) {
            verified.put(key, new Verified(withoutRequest(identity), expires.longValue()));
        }
    }

    /**
     * The identity without the request it came with: a remembered identity must not hold a finished
     * request (its routing context, headers, body, the work still chained to it) in memory for
     * minutes. It is built afresh from the principal, roles, credentials, possessed permissions and
     * the attributes that do not hold the request (the routing context, under whatever name, and the
     * blocking helper are left out). Not with {@code QuarkusSecurityIdentity.builder(identity)}: that
     * copy checks permissions by asking the original, and so holds it, and with it the first request
     * — ≈ 20 KB of heap a token: ≈ 700 finished requests, 13 MiB, after the deadline rush
     * (docs/performance.md). What the copy loses is a permission check beyond the permissions the
     * identity possesses (kept); the OIDC extension gives a token's scopes as possessed permissions,
     * and the application asks for none (no {@code @PermissionsAllowed}).
     */
    static SecurityIdentity withoutRequest(SecurityIdentity identity) {
        QuarkusSecurityIdentity.Builder kept = QuarkusSecurityIdentity.builder().setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles()).addCredentials(identity.getCredentials())
                .setAnonymous(identity.isAnonymous());
        if (identity instanceof QuarkusSecurityIdentity built) {
            kept.addPermissions(built.getPermissions());
        }
        identity.getAttributes().forEach((name, value) -> {
            if (!(value instanceof RoutingContext || value instanceof AuthenticationRequestContext
                    || HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE.equals(name)
                    || AuthenticationRequestContext.class.getName().equals(name))) {
                kept.addAttribute(name, value);
            }
        });
        return kept.build();
    }

    long answered() {
        return answered.sum();
    }

    /** The identity remembered for the token, as kept (for tests). */
    SecurityIdentity kept(String tenant, String token) {
        Verified entry = verified == null ? null : verified.getIfPresent(tenant + ' ' + token);
        return entry == null ? null : entry.identity();
    }

    /** Whether the token is remembered for the tenant (for tests). */
    boolean remembers(String tenant, String token) {
        return verified != null && verified.getIfPresent(tenant + ' ' + token) != null;
    }

    private String key(RoutingContext context, TokenAuthenticationRequest request) {
        if (verified == null || context == null || !(request.getToken() instanceof AccessTokenCredential token)
                || !(context.get(TENANT) instanceof String tenant)) {
            return null;
        }
        return tenant + ' ' + token.getToken();
    }

    /** Asked before the OIDC extension: a token remembered needs no second check. */
    @ApplicationScoped
    public static class Provider implements IdentityProvider<TokenAuthenticationRequest> {

        @Inject
        VerifiedTokens tokens;

        @Override
        public Class<TokenAuthenticationRequest> getRequestType() {
            return TokenAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
                AuthenticationRequestContext context) {
            // null: not remembered, the next provider (the OIDC extension's) decides
            return Uni.createFrom().item(tokens.remembered(request));
        }

        @Override
        public int priority() {
            return IdentityProvider.super.priority() + 1_000;
        }
    }

    /** The first to see what the OIDC extension answered, before any other augmentation. */
    @ApplicationScoped
    public static class Keeper implements SecurityIdentityAugmentor {

        @Inject
        VerifiedTokens tokens;

        @Override
        public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
            tokens.remember(identity);
            return Uni.createFrom().item(identity);
        }

        @Override
        public int priority() {
            return Integer.MAX_VALUE;
        }
    }
}

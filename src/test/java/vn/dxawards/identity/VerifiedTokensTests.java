package vn.dxawards.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.StringPermission;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.ext.web.RoutingContext;

/** What a remembered token answers, and when it answers nothing (the OIDC extension checks afresh). */
class VerifiedTokensTests {

    private final VerifiedTokens tokens = new VerifiedTokens(100);

    @Test
    void aTokenTheExtensionAcceptedIsAnsweredWithItsIdentityFittedToTheNewRequest() {
        RoutingContext first = context("Default");
        tokens.remember(identity("token-a", first, Instant.now().getEpochSecond() + 300));

        assertThat(tokens.kept("Default", "token-a").getAttributes().entrySet().stream()
                .filter(attribute -> attribute.getValue() != null).map(Map.Entry::getKey))
                .as("attributes kept: the first request (its context, its blocking helper) is not")
                .containsOnly(VerifiedTokens.TENANT, VerifiedTokens.EXPIRES);
        RoutingContext second = context("Default");
        SecurityIdentity again = tokens.remembered(request("token-a", second));

        assertThat(again).isNotNull();
        assertThat(again.getPrincipal().getName()).isEqualTo("secretary1");
        assertThat(again.getRoles()).containsExactly("secretary");
        assertThat((Object) again.getAttribute(RoutingContext.class.getName())).as("this request's context")
                .isSameAs(second);
        assertThat((Object) again.getAttribute(AuthenticationRequestContext.class.getName()))
                .isEqualTo("blocking-of-" + System.identityHashCode(second));
    }

    /**
     * The first request is not held through the kept identity, not even through its permission
     * check: once nothing else refers to it, the collector takes it (the copy by {@code
     * QuarkusSecurityIdentity.builder(identity)} held it for as long as the token was remembered).
     */
    @Test
    void theFirstRequestIsLeftToTheCollector() throws InterruptedException {
        WeakReference<RoutingContext> first = rememberedOnce("token-w");
        for (int i = 0; i < 20 && first.get() != null; i++) {
            System.gc();
            Thread.sleep(50);
        }
        assertThat(first.get()).as("the first request, after collections").isNull();
        SecurityIdentity again = tokens.remembered(request("token-w", context("Default")));
        assertThat(again.checkPermission(new StringPermission("read-dossiers")).await().indefinitely())
                .as("a permission the identity possessed").isTrue();
        assertThat(again.checkPermission(new StringPermission("delete-dossiers")).await().indefinitely())
                .as("one it did not").isFalse();
    }

    private WeakReference<RoutingContext> rememberedOnce(String token) {
        RoutingContext first = context("Default");
        tokens.remember(QuarkusSecurityIdentity.builder(identity(token, first, Instant.now().getEpochSecond() + 300))
                .addPermission(new StringPermission("read-dossiers")).build());
        return new WeakReference<>(first);
    }

    @Test
    void anotherTokenAnotherTenantAnExpiredTokenOrASignInByIdTokenIsNotAnswered() {
        long later = Instant.now().getEpochSecond() + 300;
        tokens.remember(identity("token-a", context("Default"), later));
        tokens.remember(identity("token-gone", context("Default"), Instant.now().getEpochSecond()));
        tokens.remember(QuarkusSecurityIdentity.builder(identity("token-web", context("web"), later))
                .addCredential(new IdTokenCredential("id-token")).build());

        assertThat(tokens.remembered(request("token-b", context("Default")))).as("another token").isNull();
        assertThat(tokens.remembered(request("token-A", context("Default")))).as("one character changed").isNull();
        assertThat(tokens.remembered(request("token-a", context("web")))).as("another tenant").isNull();
        assertThat(tokens.remembered(request("token-a", context(null)))).as("no tenant resolved").isNull();
        assertThat(tokens.remembered(request("token-gone", context("Default")))).as("expired").isNull();
        assertThat(tokens.remembers("web", "token-web")).as("a page sign-in").isFalse();
        assertThat(tokens.remembered(new TokenAuthenticationRequest(new IdTokenCredential("token-a"))))
                .as("an ID token, even of the same text").isNull();
    }

    @Test
    void withNoRoomNothingIsRemembered() {
        VerifiedTokens none = new VerifiedTokens(0);
        none.remember(identity("token-a", context("Default"), Instant.now().getEpochSecond() + 300));
        assertThat(none.remembered(request("token-a", context("Default")))).isNull();
    }

    private static SecurityIdentity identity(String token, RoutingContext context, long expires) {
        Principal principal = () -> "secretary1";
        return QuarkusSecurityIdentity.builder().setPrincipal(principal).addRole("secretary")
                .addCredential(new AccessTokenCredential(token))
                .addAttribute(VerifiedTokens.TENANT, context.get(VerifiedTokens.TENANT))
                .addAttribute(VerifiedTokens.EXPIRES, expires)
                .addAttribute(RoutingContext.class.getName(), context)
                // under another name too: whatever the name, the kept identity holds no request
                .addAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, context)
                .addAttribute(AuthenticationRequestContext.class.getName(),
                        context.get(AuthenticationRequestContext.class.getName())).build();
    }

    private static TokenAuthenticationRequest request(String token, RoutingContext context) {
        TokenAuthenticationRequest request = new TokenAuthenticationRequest(new AccessTokenCredential(token));
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return request;
    }

    /** A routing context that only holds the attributes the OIDC extension puts in it. */
    private static RoutingContext context(String tenant) {
        Map<String, Object> data = new HashMap<>();
        RoutingContext context = (RoutingContext) Proxy.newProxyInstance(VerifiedTokensTests.class.getClassLoader(),
                new Class<?>[] {RoutingContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "get" -> data.get((String) args[0]);
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
        if (tenant != null) {
            data.put(VerifiedTokens.TENANT, tenant);
        }
        data.put(AuthenticationRequestContext.class.getName(), "blocking-of-" + System.identityHashCode(context));
        return context;
    }
}

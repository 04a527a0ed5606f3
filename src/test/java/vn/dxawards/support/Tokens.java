package vn.dxawards.support;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Real access tokens from the test Keycloak (demo realm, public client {@code dx-cli}, password
 * grant; every demo user's password is {@code demo}). Cached per user for the token's lifetime.
 */
public final class Tokens {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    public static String of(String username) {
        return CACHE.computeIfAbsent(username, Tokens::fetch);
    }

    private static String fetch(String username) {
        String realm = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        return given()
                .formParam("grant_type", "password")
                .formParam("client_id", "dx-cli")
                .formParam("username", username)
                .formParam("password", "demo")
                .when().post(realm + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }
}

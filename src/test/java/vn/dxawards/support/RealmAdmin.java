package vn.dxawards.support;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The demo realm file and the admin API of the Keycloak the tests run against (admin/admin on the
 * master realm), for the helpers that bring an older Keycloak up to the realm file.
 *
 * @param realm the realm file as read
 * @param url the realm's admin API, e.g. {@code http://localhost:8190/admin/realms/dx-awards}
 * @param token an admin access token
 */
record RealmAdmin(JsonNode realm, String url, String token) {

    private static final Path REALM_FILE = Path.of("keycloak", "dx-awards-realm.json");

    static RealmAdmin connect(ObjectMapper json) {
        JsonNode realm;
        try {
            realm = json.readTree(REALM_FILE.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String realmUrl = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        String server = realmUrl.substring(0, realmUrl.indexOf("/realms/"));
        String token = given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post(server + "/realms/master/protocol/openid-connect/token").then().statusCode(200).extract()
                .path("access_token");
        return new RealmAdmin(realm, server + "/admin/realms/" + realm.path("realm").asText(), token);
    }
}

package vn.dxawards.support;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;

/**
 * The jurors' sector expertise on the running Keycloak, as the demo realm file declares it: a
 * Keycloak imported from an older realm file lacks the {@code expertise} attribute in its user
 * profile and on its jurors. Adds exactly what the file has (the user-profile attribute, the
 * jurors' values) through the admin API, once per test run; a Keycloak imported from the current
 * file is left as it is.
 */
public final class RealmExpertise {

    private static boolean done;

    private RealmExpertise() {
    }

    public static synchronized void ensure() {
        if (done) {
            return;
        }
        ObjectMapper json = new ObjectMapper();
        RealmAdmin keycloak = RealmAdmin.connect(json);
        JsonNode realm = keycloak.realm();
        String admin = keycloak.url();
        String token = keycloak.token();

        try {
            JsonNode fileProfile = json.readTree(realm.path("components").path("org.keycloak.userprofile.UserProfileProvider")
                    .get(0).path("config").path("kc.user.profile.config").get(0).asText());
            JsonNode wanted = null;
            for (JsonNode attribute : fileProfile.path("attributes")) {
                if ("expertise".equals(attribute.path("name").asText())) {
                    wanted = attribute;
                }
            }
            ObjectNode profile = (ObjectNode) json.readTree(given().auth().oauth2(token)
                    .get(admin + "/users/profile").then().statusCode(200).extract().asString());
            boolean present = false;
            for (JsonNode attribute : profile.path("attributes")) {
                present |= "expertise".equals(attribute.path("name").asText());
            }
            if (!present && wanted != null) {
                ((ArrayNode) profile.path("attributes")).add(wanted);
                given().auth().oauth2(token).contentType(ContentType.JSON).body(json.writeValueAsString(profile))
                        .put(admin + "/users/profile").then().statusCode(200);
            }

            for (JsonNode user : realm.path("users")) {
                JsonNode expertise = user.path("attributes").path("expertise");
                if (!expertise.isArray() || expertise.isEmpty()) {
                    continue;
                }
                List<Map<String, Object>> found = given().auth().oauth2(token)
                        .queryParam("username", user.path("username").asText()).queryParam("exact", true)
                        .get(admin + "/users").then().statusCode(200).extract().jsonPath().getList("$");
                String id = (String) found.get(0).get("id");
                ObjectNode current = (ObjectNode) json.readTree(given().auth().oauth2(token)
                        .get(admin + "/users/" + id).then().statusCode(200).extract().asString());
                if (expertise.equals(current.path("attributes").path("expertise"))) {
                    continue;
                }
                ObjectNode attributes = current.has("attributes") ? (ObjectNode) current.get("attributes")
                        : current.putObject("attributes");
                attributes.set("expertise", expertise);
                given().auth().oauth2(token).contentType(ContentType.JSON).body(json.writeValueAsString(current))
                        .put(admin + "/users/" + id).then().statusCode(204);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        done = true;
    }
}

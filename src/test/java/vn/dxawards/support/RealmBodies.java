package vn.dxawards.support;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;

/**
 * The nominating bodies' groups on the running Keycloak, as the demo realm file declares them: a
 * Keycloak imported from an older realm file has none. Adds the missing groups (name and
 * attributes, nothing else) through the admin API, once per test run; existing groups are left as
 * they are.
 */
public final class RealmBodies {

    private static boolean done;

    private RealmBodies() {
    }

    public static synchronized void ensure() {
        if (done) {
            return;
        }
        ObjectMapper json = new ObjectMapper();
        try {
            RealmAdmin keycloak = RealmAdmin.connect(json);
            JsonNode realm = keycloak.realm();
            String admin = keycloak.url();
            String token = keycloak.token();
            List<String> present = given().auth().oauth2(token).queryParam("max", 1000).get(admin + "/groups").then()
                    .statusCode(200).extract().jsonPath().getList("name");
            for (JsonNode group : realm.path("groups")) {
                if (present.contains(group.path("name").asText())) {
                    continue;
                }
                given().auth().oauth2(token).contentType(ContentType.JSON)
                        .body(json.writeValueAsString(json.createObjectNode().put("name", group.path("name").asText())
                                .set("attributes", group.path("attributes"))))
                        .post(admin + "/groups").then().statusCode(201);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        done = true;
    }
}

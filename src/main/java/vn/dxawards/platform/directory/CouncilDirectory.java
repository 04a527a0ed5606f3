package vn.dxawards.platform.directory;

import vn.dxawards.identity.Role;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.dxawards.platform.errors.DomainException;

/**
 * The appraisal council as the identity provider knows it: every user with the realm role
 * {@code juror} (the chair included), with their {@code org} and {@code province} attributes and their
 * sector expertise ({@code expertise}: category codes, comma-separated, or several values).
 * Read through Keycloak's admin API with the application client's service account.
 */
@ApplicationScoped
public class CouncilDirectory {

    /** A council member as the identity provider describes them. */
    public record Member(String username, String fullName, String org, String province, String expertise,
            boolean chair) {
    }

    /** Whom a notification reaches: the address and language the identity provider knows for them. */
    public record Person(String username, String fullName, String email, String locale) {
    }

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String realmUrl;

    @ConfigProperty(name = "quarkus.oidc.client-id")
    String clientId;

    @ConfigProperty(name = "quarkus.oidc.credentials.secret")
    String clientSecret;

    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public List<Member> council() {
        return ask(() -> {
            String token = serviceToken();
            Set<String> chairs = new TreeSet<>();
            for (JsonNode user : usersWithRole(token, Role.CHAIR.realmRole)) {
                chairs.add(user.path("username").asText());
            }
            Map<String, Member> members = new LinkedHashMap<>();
            for (JsonNode user : usersWithRole(token, Role.JUROR.realmRole)) {
                String username = user.path("username").asText();
                members.put(username, new Member(username, fullName(user),
                        attribute(user, "org"), attribute(user, "province"), expertise(user),
                        chairs.contains(username)));
            }
            return new ArrayList<>(members.values());
        });
    }

    /** The person with this username, if the identity provider knows them. */
    public Optional<Person> person(String username) {
        return ask(() -> {
            String adminBase = realmUrl.replaceFirst("/realms/", "/admin/realms/");
            JsonNode users = get(serviceToken(), adminBase + "/users?exact=true&briefRepresentation=false&username="
                    + encode(username));
            for (JsonNode user : users) {
                if (username.equalsIgnoreCase(user.path("username").asText())) {
                    return Optional.of(person(user));
                }
            }
            return Optional.<Person>empty();
        });
    }

    /** Everyone with this realm role (e.g. the secretariat). */
    public List<Person> withRole(Role role) {
        return ask(() -> usersWithRole(serviceToken(), role.realmRole).stream().map(CouncilDirectory::person).toList());
    }

    private static Person person(JsonNode user) {
        String email = user.path("email").asText("");
        return new Person(user.path("username").asText(), fullName(user), email.isBlank() ? null : email,
                attribute(user, "locale"));
    }

    /** Vietnamese names read family name first ("Nguyễn Thị Thu Hà"); the username when there is none. */
    private static String fullName(JsonNode user) {
        String fullName = (user.path("lastName").asText("") + " " + user.path("firstName").asText("")).trim();
        return fullName.isEmpty() ? user.path("username").asText() : fullName;
    }

    /** A call to the identity provider's admin API; an outage is a 503 in the person's language. */
    private static <T> T ask(Call<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new DomainException(503, "directory_unavailable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DomainException(503, "directory_unavailable");
        }
    }

    @FunctionalInterface
    private interface Call<T> {
        T run() throws IOException, InterruptedException;
    }

    private JsonNode get(String token, String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("admin API answered " + response.statusCode());
        }
        return json.readTree(response.body());
    }

    private String serviceToken() throws IOException, InterruptedException {
        String form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret="
                + encode(clientSecret);
        HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("token endpoint answered " + response.statusCode());
        }
        return json.readTree(response.body()).path("access_token").asText();
    }

    private List<JsonNode> usersWithRole(String token, String role) throws IOException, InterruptedException {
        // {server}/realms/{realm} -> {server}/admin/realms/{realm}
        String adminBase = realmUrl.replaceFirst("/realms/", "/admin/realms/");
        List<JsonNode> users = new ArrayList<>();
        int page = 200;
        for (int first = 0;; first += page) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(adminBase + "/roles/" + role
                    + "/users?briefRepresentation=false&first=" + first + "&max=" + page))
                    .timeout(Duration.ofSeconds(15))
                    .header("Authorization", "Bearer " + token)
                    .GET()
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("admin API answered " + response.statusCode());
            }
            JsonNode batch = json.readTree(response.body());
            batch.forEach(users::add);
            if (batch.size() < page) {
                return users;
            }
        }
    }

    private static String attribute(JsonNode user, String name) {
        JsonNode values = user.path("attributes").path(name);
        if (values.isArray() && !values.isEmpty() && !values.get(0).asText().isBlank()) {
            return values.get(0).asText();
        }
        return null;
    }

    /** The expertise codes, comma-separated (the attribute may hold one comma-separated value or several values). */
    private static String expertise(JsonNode user) {
        JsonNode values = user.path("attributes").path("expertise");
        List<String> codes = new ArrayList<>();
        values.forEach(v -> {
            for (String code : v.asText("").split(",")) {
                if (!code.isBlank() && !codes.contains(code.trim())) {
                    codes.add(code.trim());
                }
            }
        });
        return codes.isEmpty() ? null : String.join(",", codes);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

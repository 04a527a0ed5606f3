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
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.dxawards.platform.errors.DomainException;

/**
 * The appraisal council as the identity provider knows it: every user with the realm role
 * {@code juror} (the chair included), with their {@code org} and {@code province} attributes and their
 * sector expertise ({@code expertise}: category codes, comma-separated, or several values).
 * Read through Keycloak's admin API with the application client's service account: its token comes
 * from the OIDC client (quarkus-oidc-client, configured from the app's own OIDC settings) and is kept
 * until shortly before it expires; each read is retried twice on a failure (an outage, a token the
 * server no longer accepts) and bounded in time (SmallRye Fault Tolerance), then answers 503.
 */
@ApplicationScoped
public class CouncilDirectory {

    /** A council member as the identity provider describes them. */
    public record Member(String username, String fullName, String org, String province, String expertise,
            boolean chair) {
    }

    /**
     * A nominating body as the identity provider names it: a group whose {@code org} attribute is the
     * code its users carry, named as people read it, with its locality ({@code province}) if it has one.
     */
    public record Body(String code, String name, String province) {
    }

    /** Whom a notification reaches: the address and language the identity provider knows for them. */
    public record Person(String username, String fullName, String email, String locale) {
    }

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String realmUrl;

    @Inject
    OidcClient oidc;

    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** The service account's tokens, reused while the access token is valid (refresh skew included). */
    private volatile Tokens tokens;

    private final AtomicInteger tokenRequests = new AtomicInteger();

    /** The identity provider did not answer as it should: retried, then a 503 in the person's language. */
    static final class Unavailable extends DomainException {
        private static final long serialVersionUID = 1L;

        Unavailable() {
            super(503, "directory_unavailable");
        }
    }

    @Retry(maxRetries = 2, delay = 300, jitter = 200, retryOn = Unavailable.class)
    @Timeout(value = 45, unit = java.time.temporal.ChronoUnit.SECONDS)
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
    @Retry(maxRetries = 2, delay = 300, jitter = 200, retryOn = Unavailable.class)
    @Timeout(value = 45, unit = java.time.temporal.ChronoUnit.SECONDS)
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
    @Retry(maxRetries = 2, delay = 300, jitter = 200, retryOn = Unavailable.class)
    @Timeout(value = 45, unit = java.time.temporal.ChronoUnit.SECONDS)
    public List<Person> withRole(Role role) {
        return ask(() -> usersWithRole(serviceToken(), role.realmRole).stream().map(CouncilDirectory::person).toList());
    }

    /** The nominating bodies the identity provider names: its groups that carry an {@code org} code. */
    @Retry(maxRetries = 2, delay = 300, jitter = 200, retryOn = Unavailable.class)
    @Timeout(value = 45, unit = java.time.temporal.ChronoUnit.SECONDS)
    public List<Body> bodies() {
        return ask(() -> {
            String adminBase = realmUrl.replaceFirst("/realms/", "/admin/realms/");
            String token = serviceToken();
            List<Body> bodies = new ArrayList<>();
            int page = 200;
            for (int first = 0;; first += page) {
                JsonNode batch = get(token, adminBase + "/groups?briefRepresentation=false&first=" + first + "&max="
                        + page);
                for (JsonNode group : batch) {
                    String code = attribute(group, "org");
                    String name = group.path("name").asText("");
                    if (code != null && !name.isBlank()) {
                        bodies.add(new Body(code, name, attribute(group, "province")));
                    }
                }
                if (batch.size() < page) {
                    return bodies;
                }
            }
        });
    }

    /** How many times a new token was asked for (for the tests: a token is reused, not asked per call). */
    int tokenRequests() {
        return tokenRequests.get();
    }

    /** Replaces the cached token (for the tests: one the server refuses). */
    void useToken(Tokens replacement) {
        tokens = replacement;
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
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException known) {
                throw known;
            }
            throw new Unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable();
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
        checked(response);
        return json.readTree(response.body());
    }

    /** Not 200: an error; a token the server refuses (401) is dropped, so that the retry asks for a new one. */
    private void checked(HttpResponse<String> response) throws IOException {
        if (response.statusCode() == 401) {
            tokens = null;
        }
        if (response.statusCode() != 200) {
            throw new IOException("admin API answered " + response.statusCode());
        }
    }

    /** The service account's access token: the cached one while valid, else a new one from the OIDC client. */
    private String serviceToken() {
        Tokens current = tokens;
        if (current == null || current.isAccessTokenExpired()) {
            tokenRequests.incrementAndGet();
            current = oidc.getTokens().await().atMost(Duration.ofSeconds(20));
            tokens = current;
        }
        return current.getAccessToken();
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
            checked(response);
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

package vn.dxawards.bench.national;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The benchmark's users in realm {@code dx-awards}, made through Keycloak's admin REST API (admin /
 * admin of the master realm) the way the demo realm's users are made: realm role, attributes
 * {@code org} (the nominating body or the juror's affiliation), {@code province} (locality code) and,
 * for jurors, {@code expertise} (category codes, comma-separated); password {@code demo}. Idempotent:
 * a user that exists is reused (attributes corrected, role granted if missing).
 */
final class BenchUsers {

    /** A user as the benchmark wants it. */
    record Wanted(String username, String role, String org, String province, String expertise) {
    }

    private final HttpClient http;
    private final String server;
    private final String admin;
    private String adminToken;
    private long adminTokenAt;
    private final Map<String, JsonNode> roles = new ConcurrentHashMap<>();

    BenchUsers(HttpClient http, String server) {
        this.http = http;
        this.server = server;
        this.admin = server + "/admin/realms/dx-awards";
    }

    private synchronized String adminToken() throws IOException, InterruptedException {
        if (adminToken == null || System.currentTimeMillis() - adminTokenAt > 30_000) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("Keycloak admin token: " + r.statusCode() + " " + BenchHttp.abbreviate(r.body()));
            }
            adminToken = BenchHttp.JSON.readTree(r.body()).path("access_token").asText();
            adminTokenAt = System.currentTimeMillis();
        }
        return adminToken;
    }

    private HttpResponse<String> call(String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(admin + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + adminToken());
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(BenchHttp.bytes(body)));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(String method, String path, Object body) throws IOException, InterruptedException {
        HttpResponse<String> r = call(method, path, body);
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + BenchHttp.abbreviate(r.body()));
        }
        return r.body().isEmpty() ? null : BenchHttp.JSON.readTree(r.body());
    }

    /** Usernames holding a realm role. */
    Set<String> withRole(String role) throws IOException, InterruptedException {
        Set<String> names = new HashSet<>();
        for (int first = 0;; first += 500) {
            JsonNode page = json("GET", "/roles/" + role + "/users?briefRepresentation=true&first=" + first + "&max=500", null);
            page.forEach(u -> names.add(u.path("username").asText()));
            if (page.size() < 500) {
                return names;
            }
        }
    }

    /** Existing users whose name starts with the prefix, by username (with attributes). */
    Map<String, JsonNode> existing(String prefix) throws IOException, InterruptedException {
        Map<String, JsonNode> users = new HashMap<>();
        for (int first = 0;; first += 500) {
            JsonNode page = json("GET", "/users?briefRepresentation=false&first=" + first + "&max=500&search="
                    + BenchHttp.enc(prefix), null);
            page.forEach(u -> {
                if (u.path("username").asText().startsWith(prefix)) {
                    users.put(u.path("username").asText(), u);
                }
            });
            if (page.size() < 500) {
                return users;
            }
        }
    }

    /** Makes sure each wanted user exists as wanted; answers how many were created or changed. */
    int ensure(List<Wanted> wanted, Map<String, JsonNode> existing, Set<String> holders, int threads)
            throws InterruptedException {
        java.util.concurrent.atomic.AtomicInteger changed = new java.util.concurrent.atomic.AtomicInteger();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        for (Wanted w : wanted) {
            pool.submit(() -> {
                try {
                    if (ensure(w, existing.get(w.username()), holders.contains(w.username()))) {
                        changed.incrementAndGet();
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS);
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.size() + " users could not be made, first: " + failures.get(0), failures.get(0));
        }
        return changed.get();
    }

    private boolean ensure(Wanted w, JsonNode user, boolean hasRole) throws IOException, InterruptedException {
        Map<String, List<String>> attributes = new HashMap<>();
        attributes.put("org", List.of(w.org()));
        if (w.province() != null) {
            attributes.put("province", List.of(w.province()));
        }
        if (w.expertise() != null) {
            attributes.put("expertise", List.of(w.expertise()));
        }
        boolean changed = false;
        String id;
        if (user == null) {
            Map<String, Object> rep = new HashMap<>();
            rep.put("username", w.username());
            rep.put("enabled", true);
            rep.put("emailVerified", true);
            rep.put("email", w.username() + "@bench.dx-awards.vn");
            rep.put("firstName", "Bench");
            rep.put("lastName", w.username());
            rep.put("attributes", attributes);
            rep.put("requiredActions", List.of());
            rep.put("credentials", List.of(Map.of("type", "password", "value", "demo", "temporary", false)));
            HttpResponse<String> r = call("POST", "/users", rep);
            if (r.statusCode() != 201 && r.statusCode() != 409) {
                throw new IllegalStateException("create " + w.username() + ": " + r.statusCode() + " " + BenchHttp.abbreviate(r.body()));
            }
            JsonNode found = json("GET", "/users?exact=true&username=" + BenchHttp.enc(w.username()), null);
            id = found.get(0).path("id").asText();
            changed = true;
        } else {
            id = user.path("id").asText();
            JsonNode current = user.path("attributes");
            boolean same = attributes.entrySet().stream().allMatch(e -> current.path(e.getKey()).path(0).asText("").equals(e.getValue().get(0)))
                    && (w.province() != null || current.path("province").isMissingNode())
                    && (w.expertise() != null || current.path("expertise").isMissingNode());
            if (!same) {
                Map<String, Object> rep = new HashMap<>();
                rep.put("username", w.username());
                rep.put("email", user.path("email").asText(w.username() + "@bench.dx-awards.vn"));
                rep.put("firstName", user.path("firstName").asText("Bench"));
                rep.put("lastName", user.path("lastName").asText(w.username()));
                rep.put("attributes", attributes);
                json("PUT", "/users/" + id, rep);
                changed = true;
            }
        }
        if (!hasRole) {
            json("POST", "/users/" + id + "/role-mappings/realm", List.of(role(w.role())));
            changed = true;
        }
        return changed;
    }

    /** Takes a realm role away from the users named (those that have it). */
    void revoke(String role, List<String> usernames) throws IOException, InterruptedException {
        for (String username : usernames) {
            JsonNode found = json("GET", "/users?exact=true&username=" + BenchHttp.enc(username), null);
            if (found.isEmpty()) {
                continue;
            }
            json("DELETE", "/users/" + found.get(0).path("id").asText() + "/role-mappings/realm", List.of(role(role)));
        }
    }

    private JsonNode role(String name) {
        return roles.computeIfAbsent(name, n -> {
            try {
                JsonNode r = json("GET", "/roles/" + n, null);
                return BenchHttp.JSON.createObjectNode().put("id", r.path("id").asText()).put("name", n);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }
}

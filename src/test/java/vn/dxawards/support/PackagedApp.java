package vn.dxawards.support;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The packaged app ({@code target/quarkus-app/quarkus-run.jar}, profile prod) started as its own
 * process on loopback, as a replica in production runs: configured only through environment
 * variables, on a database of its own choosing, with real Keycloak tokens. Every process started
 * here is killed when the test JVM ends, whatever happens.
 */
public final class PackagedApp implements AutoCloseable {

    public static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    public static final String DB_USER = env("DX_TEST_DB_USER", "dxawards");
    public static final String DB_PASSWORD = env("DX_TEST_DB_PASSWORD", "dxawards");
    /** The test database's URL (as the test profile reads it); the packaged-app tests make their own beside it. */
    private static final String TEST_DB_URL = env("DX_TEST_DB_URL", "jdbc:postgresql://localhost:5432/dxawards_test");
    public static final String DB_SERVER = TEST_DB_URL.substring(0, TEST_DB_URL.lastIndexOf('/') + 1);
    public static final String REALM = "http://localhost:" + env("KC_PORT", "8190") + "/realms/dx-awards";

    private static final List<PackagedApp> STARTED = new ArrayList<>();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> STARTED.forEach(app -> app.process.destroyForcibly())));
    }

    public final String name;
    public final int port;
    /** The management interface's port (health, metrics, OpenAPI): free, of this process only. */
    public final int managementPort;
    public final Path log;
    private final Process process;
    private final long startedAtNanos;
    private Duration readyAfter;

    private PackagedApp(String name, int port, int managementPort, Path log, Process process, long startedAtNanos) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
        this.process = process;
        this.startedAtNanos = startedAtNanos;
    }

    /**
     * Starts the packaged app on the database {@code database} under the node name {@code name};
     * {@code settings} are further environment variables (they win over the defaults here).
     */
    public static PackagedApp start(String name, String database, Map<String, String> settings) {
        return start(name, database, settings, List.of());
    }

    /** As {@link #start(String, String, Map)}, with the variables {@code unset} left out entirely. */
    public static PackagedApp start(String name, String database, Map<String, String> settings, List<String> unset) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run the packaged-app tests with ./mvnw verify");
        }
        int port = freePort();
        int managementPort = freePort();
        while (managementPort == port) {
            managementPort = freePort();
        }
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_PROFILE", "prod");
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
        env.put("DX_DB_URL", DB_SERVER + database);
        env.put("DX_DB_USER", DB_USER);
        env.put("DX_DB_PASSWORD", DB_PASSWORD);
        // the test database keeps the demo password, which production refuses unless told (issue 14)
        env.put("DX_ALLOW_DEFAULT_DB_PASSWORD", "true");
        env.put("DX_OIDC_URL", REALM);
        env.put("DX_ENGINE_NODE_NAME", name);
        env.put("DX_ENGINE_JOB_EXECUTOR_WAIT_TIME_MILLIS", "200");
        env.put("DX_ENGINE_JOB_EXECUTOR_MAX_WAIT_MILLIS", "1000");
        // the prod profile has no demo secrets: every replica gets them from its environment
        env.put("DX_OIDC_CLIENT_SECRET", "dx-app-demo-secret");
        env.put("DX_SESSION_SECRET", "packaged-app-test-session-secret-0123456789");
        env.put("DX_CSRF_KEY", "packaged-app-test-csrf-key-0123456789");
        // production refuses a loopback public address (PublicAddressGuard): a public-looking one
        env.put("DX_PUBLIC_BASE_URL", "https://top100.dx-awards.test");
        env.putAll(settings);
        unset.forEach(env::remove);
        try {
            Path log = Path.of("target", "packaged-apps", name + ".log");
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar",
                    JAR.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(env);
            unset.forEach(builder.environment()::remove);
            long started = System.nanoTime();
            PackagedApp app = new PackagedApp(name, port, managementPort, log, builder.start(), started);
            synchronized (STARTED) {
                STARTED.add(app);
            }
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the process to end by itself; answers its exit code. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(name + " still runs after " + timeout);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The management interface (health, metrics, OpenAPI), which the public port does not serve. */
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** Waits until /q/health/ready on the management port answers UP; answers the time from the process start. */
    public Duration awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended during start-up:\n" + tail(60));
            }
            try {
                HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    readyAfter = Duration.ofNanos(System.nanoTime() - startedAtNanos);
                    return readyAfter;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        throw new IllegalStateException(name + " not ready after " + timeout + ":\n" + tail(60));
    }

    public Duration readyAfter() {
        return readyAfter;
    }

    /** Freezes the process (SIGSTOP): it holds what it holds, and commits nothing more. */
    public void suspend() {
        signal("STOP");
    }

    public void resume() {
        signal("CONT");
    }

    private void signal(String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** kill -9: no shutdown hook runs, open transactions die with the connections. */
    public void kill() {
        process.destroyForcibly();
        waitFor();
    }

    /** A graceful stop (SIGTERM), as Kubernetes stops a pod. */
    public void stop() {
        process.destroy();
        waitFor();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private void waitFor() {
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String tail(int lines) {
        List<String> all = logText().lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /** A JSON API request to this app as a demo user, with a real bearer token. */
    public RequestSpecification as(String username) {
        return given().baseUri(url()).auth().oauth2(token(username)).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    public static String token(String username) {
        return TOKENS.computeIfAbsent(username, user -> given()
                .formParam("grant_type", "password")
                .formParam("client_id", "dx-cli")
                .formParam("username", user)
                .formParam("password", "demo")
                .when().post(REALM + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token"));
    }

    // --- databases -------------------------------------------------------------------------------

    /** A database name of this test run: the test database's name with a suffix ({@code dxawards_test_replicas}). */
    /**
     * A database of this test run's own beside the test database: the JVM's pid in its name, so that
     * two runs on one server (two engineers, two clones) never share, nor drop, each other's.
     */
    public static String databaseNamed(String suffix) {
        return databasePrefix(suffix) + ProcessHandle.current().pid();
    }

    private static String databasePrefix(String suffix) {
        String base = TEST_DB_URL.substring(TEST_DB_URL.lastIndexOf('/') + 1).split("\\?")[0];
        return base + "_" + suffix + "_";
    }

    public static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(DB_SERVER + database, DB_USER, DB_PASSWORD);
    }

    /**
     * Drops (see {@link #dropDatabase}) and creates the database: empty, owned by the test role, from
     * template0 (a copy of template1 fails while anyone else on the server is connected to it). Left-overs
     * of earlier runs of this machine (their JVM gone) that the test role owns go too.
     */
    public static void recreateDatabase(String database) throws SQLException {
        dropStale(database);
        dropDatabase(database);
        try (Connection admin = connect("postgres"); Statement sql = admin.createStatement()) {
            sql.execute("create database " + database + " template template0 encoding 'UTF8'");
        }
    }

    /**
     * Drops a database this test created. Only the test role's own sessions on it are ended (a
     * {@code with (force)} would also try to end other roles' sessions, which the role may not do, and
     * is not its business); then the drop waits, up to 30 s, for any other session to leave, and
     * otherwise fails naming who is still connected.
     */
    public static void dropDatabase(String database) throws SQLException {
        try (Connection admin = connect("postgres")) {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (true) {
                try (PreparedStatement end = admin.prepareStatement("""
                        select pg_terminate_backend(pid) from pg_stat_activity
                        where datname = ? and usename = current_user and pid <> pg_backend_pid()""")) {
                    end.setString(1, database);
                    end.execute();
                }
                try (Statement sql = admin.createStatement()) {
                    sql.execute("drop database if exists " + database);
                    return;
                } catch (SQLException e) {
                    // 55006: object_in_use (someone is still connected)
                    if (!"55006".equals(e.getSQLState()) || System.nanoTime() > deadline) {
                        throw new SQLException("could not drop " + database + ": " + e.getMessage()
                                + "; connected: " + sessions(admin, database), e.getSQLState(), e);
                    }
                    sleep(500);
                }
            }
        }
    }

    private static void dropStale(String database) throws SQLException {
        String prefix = database.substring(0, database.lastIndexOf('_') + 1);
        List<String> stale = new ArrayList<>();
        try (Connection admin = connect("postgres"); PreparedStatement sql = admin.prepareStatement("""
                select datname from pg_database
                where starts_with(datname, ?) and pg_get_userbyid(datdba) = current_user""")) {
            sql.setString(1, prefix);
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    stale.add(rows.getString(1));
                }
            }
        }
        for (String name : stale) {
            String pid = name.substring(prefix.length());
            if (!name.equals(database) && pid.matches("\\d+") && ProcessHandle.of(Long.parseLong(pid)).isEmpty()) {
                try {
                    dropDatabase(name);
                } catch (SQLException e) {
                    System.out.println("left " + name + " in place: " + e.getMessage());
                }
            }
        }
    }

    private static List<String> sessions(Connection admin, String database) throws SQLException {
        List<String> sessions = new ArrayList<>();
        try (PreparedStatement sql = admin.prepareStatement(
                "select usename, application_name, pid from pg_stat_activity where datname = ?")) {
            sql.setString(1, database);
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    sessions.add(rows.getString(1) + "/" + rows.getString(2) + "/pid " + rows.getInt(3));
                }
            }
        }
        return sessions;
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

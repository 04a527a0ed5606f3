package vn.dxawards.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's two commands (scripts/run.sh, scripts/test.sh) and scripts/keycloak.sh on a busy or
 * slow machine: a taken port fails in seconds naming the port and the process holding it, before
 * anything is built; a slow Keycloak start is waited for; and after every failure or interruption no
 * process of theirs is left.
 *
 * <p>Fast and independent of the shared services: the scripts run from a copy of the repository in
 * a temporary folder, with a stand-in Keycloak distribution (its {@code kc.sh} serves the realm's
 * discovery document with Python's http.server), a stand-in {@code ./mvnw} and a stand-in
 * {@code postgres.sh}. Every process they start carries a marker in its environment, by which the
 * leftovers are found in /proc.
 */
@EnabledOnOs(OS.LINUX)
class ScriptsTests {

    private static final Path REPO = Path.of("").toAbsolutePath();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path tmp;

    Path repo;
    String marker;
    final List<ServerSocket> taken = new ArrayList<>();
    final List<Process> scripts = new ArrayList<>();

    /** What a script printed and how it ended. */
    record Run(int exit, String output, Duration took) {
    }

    @BeforeEach
    void copyOfTheRepository() throws IOException {
        repo = tmp.resolve("repo");
        marker = "dx-scripts-test-" + UUID.randomUUID();
        Files.createDirectories(repo.resolve("scripts"));
        try (Stream<Path> files = Files.list(REPO.resolve("scripts"))) {
            for (Path script : files.filter(f -> f.toString().endsWith(".sh")).toList()) {
                Files.copy(script, repo.resolve("scripts").resolve(script.getFileName()));
            }
        }
        Files.createDirectories(repo.resolve("keycloak"));
        Files.copy(REPO.resolve("keycloak/dx-awards-realm.json"), repo.resolve("keycloak/dx-awards-realm.json"));
        Files.createDirectories(repo.resolve("src/main/java"));
        Files.writeString(repo.resolve("pom.xml"), "<project/>\n");
        // the stand-in Maven wrapper: records its call, sleeps FAKE_MVN_SLEEP s, exits FAKE_MVN_EXIT
        executable(repo.resolve("mvnw"), """
                #!/usr/bin/env bash
                echo "mvnw $*" >>"$(dirname "$0")/mvnw.calls"
                sleep "${FAKE_MVN_SLEEP:-0}"
                if [ -n "${FAKE_MVN_JAR:-}" ]; then
                  mkdir -p "$(dirname "$0")/target/quarkus-app"
                  echo "not a jar" >"$(dirname "$0")/target/quarkus-app/quarkus-run.jar"
                fi
                exit "${FAKE_MVN_EXIT:-0}"
                """);
        // PostgreSQL is not what is tested here (and the shared server is left alone)
        executable(repo.resolve("scripts/postgres.sh"), """
                #!/usr/bin/env bash
                echo "postgres.sh $*"
                """);
        // the lint tools and axe-core count as installed
        executable(repo.resolve("tools/lint/node_modules/.bin/bpmnlint"), "#!/bin/sh\n");
        Files.createDirectories(repo.resolve("tools/browser/node_modules/axe-core"));
        Files.writeString(repo.resolve("tools/browser/node_modules/axe-core/axe.min.js"), "");
        fakeKeycloak(repo.resolve(".cache/keycloak-26.7.3"));
    }

    @AfterEach
    void cleanUp() throws IOException {
        for (ServerSocket socket : taken) {
            socket.close();
        }
        scripts.forEach(Process::destroyForcibly);
        for (ProcessHandle left : leftovers()) {
            left.destroyForcibly();
        }
    }

    @Test
    void aTakenKeycloakManagementPortFailsTheRunCommandInSecondsNamingItsProcess() throws Exception {
        int kcPort = freePortPair();
        take(kcPort + 1000);
        Run run = run(List.of("scripts/run.sh"), Map.of("KC_PORT", "" + kcPort, "DX_APP_PORT", "" + freePort()));
        assertThat(run.exit()).as(run.output()).isNotZero();
        assertThat(run.took()).as("failed fast").isLessThan(Duration.ofSeconds(20));
        assertThat(run.output()).contains("port " + (kcPort + 1000)).contains("Keycloak management")
                .contains("pid=" + ProcessHandle.current().pid());
        assertThat(repo.resolve("mvnw.calls")).as("nothing was built").doesNotExist();
        assertNothingLeft();
    }

    @Test
    void aTakenAppPortFailsTheRunCommandInSecondsNamingItsProcess() throws Exception {
        int appPort = freePort();
        take(appPort);
        Run run = run(List.of("scripts/run.sh"), Map.of("KC_PORT", "" + freePortPair(), "DX_APP_PORT", "" + appPort));
        assertThat(run.exit()).as(run.output()).isNotZero();
        assertThat(run.took()).isLessThan(Duration.ofSeconds(20));
        assertThat(run.output()).contains("port " + appPort).contains("DX_APP_PORT")
                .contains("pid=" + ProcessHandle.current().pid());
        assertThat(repo.resolve("mvnw.calls")).doesNotExist();
        assertNothingLeft();
    }

    @Test
    void aTakenManagementPortFailsTheRunCommandInSecondsNamingItsSetting() throws Exception {
        int managementPort = freePort();
        take(managementPort);
        Run run = run(List.of("scripts/run.sh"), Map.of("KC_PORT", "" + freePortPair(), "DX_APP_PORT", "" + freePort(),
                "DX_MANAGEMENT_PORT", "" + managementPort));
        assertThat(run.exit()).as(run.output()).isNotZero();
        assertThat(run.took()).isLessThan(Duration.ofSeconds(20));
        assertThat(run.output()).contains("port " + managementPort).contains("DX_MANAGEMENT_PORT")
                .contains("pid=" + ProcessHandle.current().pid());
        assertThat(repo.resolve("mvnw.calls")).doesNotExist();
        assertNothingLeft();
    }

    @Test
    void aTakenKeycloakPortFailsTheTestCommandInSecondsNamingItsProcess() throws Exception {
        int kcPort = freePortPair();
        take(kcPort);
        Run run = run(List.of("scripts/test.sh"), Map.of("KC_PORT", "" + kcPort, "QUARKUS_HTTP_TEST_PORT", "" + freePort()));
        assertThat(run.exit()).as(run.output()).isNotZero();
        assertThat(run.took()).isLessThan(Duration.ofSeconds(20));
        assertThat(run.output()).contains("port " + kcPort).contains("pid=" + ProcessHandle.current().pid());
        assertThat(repo.resolve("mvnw.calls")).doesNotExist();
        assertNothingLeft();
    }

    /** Slow: a start delayed past the old fixed limits' spirit; built once, started optimised twice. */
    @Test
    void aSlowKeycloakStartIsWaitedForAndBuiltOnlyOnce() throws Exception {
        int kcPort = freePortPair();
        Map<String, String> env = Map.of("KC_PORT", "" + kcPort, "KC_START_DELAY", "5");
        Run first = run(List.of("scripts/keycloak.sh", "start"), env);
        assertThat(first.exit()).as(first.output()).isZero();
        assertThat(first.output()).contains("Building Keycloak once").contains("ready in");
        assertThat(first.took()).isGreaterThanOrEqualTo(Duration.ofSeconds(5));
        assertThat(realmAnswers(kcPort)).isTrue();
        assertThat(run(List.of("scripts/keycloak.sh", "stop"), env).exit()).isZero();
        assertNothingLeft();

        Run second = run(List.of("scripts/keycloak.sh", "start"), Map.of("KC_PORT", "" + kcPort));
        assertThat(second.exit()).as(second.output()).isZero();
        assertThat(second.output()).doesNotContain("Building Keycloak");
        assertThat(Files.readAllLines(repo.resolve(".cache/keycloak-26.7.3/calls")))
                .filteredOn(l -> l.startsWith("build")).singleElement().asString()
                .contains("--db=dev-file").contains("--cache=local");
        assertThat(Files.readAllLines(repo.resolve(".cache/keycloak-26.7.3/calls")))
                .filteredOn(l -> l.startsWith("start")).hasSize(2).allSatisfy(l -> assertThat(l).contains("--optimized"));
        assertThat(run(List.of("scripts/keycloak.sh", "stop"), Map.of()).exit()).isZero();
        assertNothingLeft();
    }

    @Test
    void aKeycloakThatExitsDuringItsStartFailsAtOnceAndLeavesNothing() throws Exception {
        Run run = run(List.of("scripts/keycloak.sh", "start"), Map.of("KC_PORT", "" + freePortPair(), "FAKE_KC_EXIT", "3"));
        assertThat(run.exit()).isNotZero();
        assertThat(run.output()).contains("exited before it was ready").contains("fake Keycloak gives up");
        assertThat(run.took()).isLessThan(Duration.ofSeconds(20));
        assertNothingLeft();
    }

    @Test
    void aFailedBuildStopsTheKeycloakTheRunCommandStarted() throws Exception {
        int kcPort = freePortPair();
        Run run = run(List.of("scripts/run.sh"), Map.of("KC_PORT", "" + kcPort, "DX_APP_PORT", "" + freePort(),
                "FAKE_MVN_SLEEP", "2", "FAKE_MVN_EXIT", "1"));
        assertThat(run.exit()).as(run.output()).isNotZero();
        assertThat(run.output()).contains("the build failed");
        assertThat(repo.resolve("mvnw.calls")).exists();
        assertThat(realmAnswers(kcPort)).isFalse();
        assertNothingLeft();
    }

    @Test
    void aFailedTestRunStopsTheKeycloakTheTestCommandStarted() throws Exception {
        int kcPort = freePortPair();
        Run run = run(List.of("scripts/test.sh"), Map.of("KC_PORT", "" + kcPort, "QUARKUS_HTTP_TEST_PORT", "" + freePort(),
                "KC_START_DELAY", "3", "FAKE_MVN_EXIT", "1"));
        assertThat(run.exit()).as(run.output()).isNotZero();
        assertThat(run.output()).contains("ready in").contains("Stopping Keycloak");
        assertThat(Files.readString(repo.resolve("mvnw.calls"))).contains("verify");
        assertThat(realmAnswers(kcPort)).isFalse();
        assertNothingLeft();
    }

    /**
     * The second run reuses the first run's build (nothing changed), and an app that cannot start is
     * said so clearly; both times the Keycloak the command started is stopped again.
     */
    @Test
    void anUnchangedBuildIsReusedAndAnAppThatDoesNotStartIsReported() throws Exception {
        int kcPort = freePortPair();
        Map<String, String> env = Map.of("KC_PORT", "" + kcPort, "DX_APP_PORT", "" + freePort(), "FAKE_MVN_JAR", "1");
        Run first = run(List.of("scripts/run.sh"), env);
        assertThat(first.exit()).isNotZero();
        assertThat(first.output()).contains("Building DX Awards").contains("DX Awards exited before it was ready")
                .contains("DX Awards did not become ready");
        assertNothingLeft();
        Run second = run(List.of("scripts/run.sh"), env);
        assertThat(second.exit()).isNotZero();
        assertThat(second.output()).contains("Nothing changed since the last build").doesNotContain("Building DX Awards");
        assertThat(Files.readAllLines(repo.resolve("mvnw.calls"))).hasSize(1);
        assertThat(realmAnswers(kcPort)).isFalse();
        assertNothingLeft();
        // a change in the sources builds again
        Files.writeString(repo.resolve("src/main/java/Changed.java"), "class Changed {}\n");
        Run third = run(List.of("scripts/run.sh"), env);
        assertThat(third.output()).contains("Building DX Awards");
        assertThat(Files.readAllLines(repo.resolve("mvnw.calls"))).hasSize(2);
        assertNothingLeft();
    }

    /** Ctrl-C (SIGINT to the command's process group) while the app is being built. */
    @Test
    void anInterruptedRunCommandStopsWhatItStartedAndNothingElse() throws Exception {
        int kcPort = freePortPair();
        // someone else's Keycloak-looking process from the same distribution would be named by the pid
        // file; here a stranger holds an unrelated port and must survive
        ServerSocket stranger = take(freePort());
        Process process = start(List.of("setsid", "bash", "scripts/run.sh"), Map.of("KC_PORT", "" + kcPort,
                "DX_APP_PORT", "" + freePort(), "FAKE_MVN_SLEEP", "60"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        while (!realmAnswers(kcPort) || !Files.exists(repo.resolve("mvnw.calls"))) {
            assertThat(System.nanoTime()).as("Keycloak up and the build under way").isLessThan(deadline);
            assertThat(process.isAlive()).as("run.sh alive").isTrue();
            Thread.sleep(300);
        }
        // bash's own kill: a minimal Debian (the CI container) has no kill binary
        new ProcessBuilder("bash", "-c", "kill -INT -- -" + process.pid()).inheritIO().start().waitFor();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("run.sh ended after Ctrl-C").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.println(output);
        assertThat(output).contains("Stopping Keycloak");
        assertThat(realmAnswers(kcPort)).isFalse();
        assertNothingLeft();
        assertThat(stranger.isClosed()).isFalse();
    }

    // --- helpers -------------------------------------------------------------------------------

    /** A Keycloak distribution whose kc.sh records its calls and serves the realm's discovery document. */
    void fakeKeycloak(Path home) throws IOException {
        executable(home.resolve("bin/kc.sh"), """
                #!/usr/bin/env bash
                # stand-in for Keycloak's kc.sh (ScriptsTests)
                home="$(cd "$(dirname "$0")/.." && pwd)"
                echo "$*" >>"$home/calls"
                case "$1" in
                  build) mkdir -p "$home/lib/quarkus"; exit 0 ;;
                  start) ;;
                  *) exit 2 ;;
                esac
                if [ -n "${FAKE_KC_EXIT:-}" ]; then echo "fake Keycloak gives up"; exit "$FAKE_KC_EXIT"; fi
                port=$(printf '%s\\n' "$@" | sed -n 's/^--http-port=//p')
                www="$home/www-$port"
                mkdir -p "$www/realms/dx-awards/.well-known"
                echo '{"issuer":"http://localhost:'"$port"'/realms/dx-awards"}' >"$www/realms/dx-awards/.well-known/openid-configuration"
                echo "fake Keycloak starting on $port"
                python3 -m http.server --bind 127.0.0.1 --directory "$www" "$port" &
                child=$!
                trap 'kill -TERM $child; wait $child; echo "fake Keycloak stopped"; exit 0' TERM INT
                wait $child
                """);
    }

    Run run(List<String> command, Map<String, String> env) throws Exception {
        long started = System.nanoTime();
        Process process = start(command, env);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s ended", command).isTrue();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("%s (%d s, exit %d):%n%s%n", command, took.toSeconds(), process.exitValue(), output);
        return new Run(process.exitValue(), output, took);
    }

    Process start(List<String> command, Map<String, String> env) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("KC_") || k.startsWith("DX_") || k.startsWith("QUARKUS_"));
        builder.environment().put("DX_SCRIPTS_TEST_MARKER", marker);
        builder.environment().put("DX_STALL_TIMEOUT", "60");
        // the app's management port: a free one, never a default another run may hold
        builder.environment().put("DX_MANAGEMENT_PORT", String.valueOf(freePort()));
        builder.environment().put("DX_MANAGEMENT_TEST_PORT", String.valueOf(freePort()));
        builder.environment().putAll(env);
        Process process = builder.start();
        scripts.add(process);
        return process;
    }

    /** Every live process that carries this test's marker in its environment. */
    List<ProcessHandle> leftovers() throws IOException {
        List<ProcessHandle> found = new ArrayList<>();
        byte[] needle = ("DX_SCRIPTS_TEST_MARKER=" + marker).getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                byte[] environ;
                try {
                    environ = Files.readAllBytes(proc.resolve("environ"));
                } catch (IOException | SecurityException e) {
                    continue;
                }
                if (indexOf(environ, needle) >= 0) {
                    ProcessHandle.of(Long.parseLong(proc.getFileName().toString())).filter(ProcessHandle::isAlive)
                            .ifPresent(found::add);
                }
            }
        }
        return found;
    }

    void assertNothingLeft() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        List<ProcessHandle> left = leftovers();
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            left = leftovers();
        }
        assertThat(left).as("processes the scripts left: %s",
                left.stream().map(p -> p.pid() + " " + p.info().commandLine().orElse("?")).toList()).isEmpty();
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    ServerSocket take(int port) throws IOException {
        ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress());
        taken.add(socket);
        return socket;
    }

    static boolean realmAnswers(int port) {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(
                    "http://localhost:" + port + "/realms/dx-awards/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A free port whose management port (+1000) is free too, below 64535. */
    static int freePortPair() {
        for (int i = 0; i < 50; i++) {
            int port = freePort();
            if (port < 64535 && isFree(port + 1000)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port pair");
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static void executable(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}

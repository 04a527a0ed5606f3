package vn.dxawards.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.dxawards.support.Management;

/**
 * The container image definition (src/main/docker/Dockerfile.jvm), read instruction by instruction
 * since no registry is reachable to build it here: a pinned base, a non-root user, the app's port,
 * health endpoints that answer on the running app, and no secret baked in.
 */
@QuarkusTest
class ContainerImageTests {

    private static final Path DOCKERFILE = Path.of("src/main/docker/Dockerfile.jvm");

    private static List<Instruction> instructions;

    /** One Dockerfile instruction: its keyword and its arguments with continuation lines joined. */
    record Instruction(String keyword, String arguments) {
    }

    @BeforeAll
    static void read() throws IOException {
        instructions = parse(Files.readString(DOCKERFILE));
    }

    static List<Instruction> parse(String dockerfile) {
        List<Instruction> parsed = new ArrayList<>();
        StringBuilder logical = new StringBuilder();
        for (String line : dockerfile.split("\\R")) {
            String trimmed = line.strip();
            if (logical.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith("#"))) {
                continue;
            }
            if (!logical.isEmpty() && trimmed.startsWith("#")) {
                continue; // a comment line inside a continued instruction
            }
            if (trimmed.endsWith("\\")) {
                logical.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            logical.append(trimmed);
            String[] parts = logical.toString().strip().split("\\s+", 2);
            parsed.add(new Instruction(parts[0].toUpperCase(), parts.length > 1 ? parts[1].strip() : ""));
            logical.setLength(0);
        }
        return parsed;
    }

    private static List<Instruction> all(String keyword) {
        return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
    }

    /** key=value pairs of ENV and LABEL instructions (values may be double-quoted). */
    private static Map<String, String> pairs(String keyword) {
        Map<String, String> pairs = new LinkedHashMap<>();
        Matcher m = Pattern.compile("([A-Za-z0-9_.\\-]+)=(\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|(\\S+))")
                .matcher("");
        for (Instruction instruction : all(keyword)) {
            m.reset(instruction.arguments());
            while (m.find()) {
                String value = m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5);
                pairs.put(m.group(1), value);
            }
        }
        return pairs;
    }

    @Test
    void theBaseImageIsPinnedByTag() {
        List<Instruction> from = all("FROM");
        assertThat(from).as("a stage that picks the natives, and the image").hasSize(2);
        for (Instruction stage : from) {
            String image = stage.arguments().replaceFirst("^--platform=\\S+\\s+", "").split("\\s+")[0];
            String tag = image.contains("@") ? image.substring(image.indexOf('@') + 1)
                    : image.substring(image.lastIndexOf(':') + 1);
            assertThat(image).as("base image %s", image).contains(":");
            assertThat(tag).isNotEqualTo("latest").matches("[0-9][0-9A-Za-z.\\-]*|sha256:[0-9a-f]{64}");
        }
    }

    /**
     * The image is built for the architectures the release workflow claims, each with only its own
     * OR-Tools natives: the first stage runs on the build machine (no emulation) and deletes the other
     * architecture's native jar; an architecture without natives fails the build.
     */
    @Test
    void eachClaimedArchitectureGetsOnlyItsOwnNatives() throws IOException {
        String release = Files.readString(Path.of(".github/workflows/release.yml"));
        Matcher platforms = Pattern.compile("PLATFORMS:\\s*(\\S+)").matcher(release);
        assertThat(platforms.find()).as("PLATFORMS in release.yml").isTrue();
        assertThat(release).contains("platforms: ${{ env.PLATFORMS }}");
        Map<String, String> natives = Map.of("amd64", "x86-64", "arm64", "aarch64");
        List<String> claimed = List.of(platforms.group(1).split(","));
        assertThat(claimed).containsExactlyInAnyOrder("linux/amd64", "linux/arm64");
        assertThat(all("FROM").get(0).arguments()).startsWith("--platform=$BUILDPLATFORM").endsWith("AS app");
        assertThat(all("ARG")).extracting(Instruction::arguments).containsExactly("TARGETARCH");
        String prune = all("RUN").get(0).arguments();
        for (String platform : claimed) {
            String arch = platform.substring("linux/".length());
            String other = natives.entrySet().stream().filter(e -> !e.getKey().equals(arch)).findFirst().orElseThrow()
                    .getValue();
            assertThat(prune).as(arch).contains(arch + ") rm -v /deployments/lib/main/com.google.ortools.ortools-linux-"
                    + other + "-*.jar ;;");
        }
        assertThat(prune).contains("*) echo").contains("exit 1");
        // the Maven build keeps only the Linux natives the stage chooses from
        String pom = Files.readString(Path.of("pom.xml"));
        assertThat(pom).contains("<artifactId>ortools-darwin-x86-64</artifactId>", "<artifactId>ortools-darwin-aarch64</artifactId>",
                "<artifactId>ortools-win32-x86-64</artifactId>");
        // the image itself copies only from the pruned stage
        assertThat(all("COPY").subList(1, all("COPY").size()))
                .allSatisfy(copy -> assertThat(copy.arguments()).startsWith("--from=app "));
    }

    @Test
    void theAppRunsAsANonRootUserTheChartAlsoExpects() throws IOException {
        List<Instruction> users = all("USER");
        assertThat(users).as("a USER instruction").isNotEmpty();
        String user = users.get(users.size() - 1).arguments().split(":")[0];
        assertThat(user).isNotIn("root", "0");
        assertThat(user).as("numeric, so Kubernetes can check runAsNonRoot").matches("[1-9][0-9]*");
        // the last USER comes after every COPY/RUN: nothing runs as root at start
        assertThat(instructions.indexOf(users.get(users.size() - 1)))
                .isGreaterThan(instructions.lastIndexOf(all("COPY").get(all("COPY").size() - 1)));
        String values = Files.readString(Path.of("helm/dx-awards/values.yaml"));
        Matcher runAsUser = Pattern.compile("runAsUser:\\s*(\\d+)").matcher(values);
        while (runAsUser.find()) {
            assertThat(runAsUser.group(1)).as("the chart's runAsUser").isEqualTo(user);
        }
    }

    @Test
    void theExposedPortIsTheAppsPortOnAllInterfaces() throws IOException {
        // the configured port, as the packaged app uses it (a running test app listens elsewhere)
        Properties properties = new Properties();
        try (var in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        int appPort = Integer.parseInt(properties.getProperty("quarkus.http.port"));
        int managementPort = Integer.parseInt(properties.getProperty("quarkus.management.port"));
        List<Instruction> expose = all("EXPOSE");
        assertThat(expose).hasSize(1);
        assertThat(expose.get(0).arguments().replace("/tcp", "").split("\\s+"))
                .containsExactly(String.valueOf(appPort), String.valueOf(managementPort));
        Map<String, String> env = pairs("ENV");
        assertThat(env).containsEntry("QUARKUS_HTTP_HOST", "0.0.0.0")
                .containsEntry("QUARKUS_HTTP_PORT", String.valueOf(appPort))
                // the management interface (health, metrics, OpenAPI) is reachable from outside the container too
                .containsEntry("QUARKUS_MANAGEMENT_HOST", "0.0.0.0")
                .containsEntry("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort))
                .containsEntry("QUARKUS_PROFILE", "prod");
    }

    @Test
    void theImageRunsThePackagedApp() {
        assertThat(all("COPY").get(0).arguments()).contains("target/quarkus-app/ /deployments/");
        assertThat(all("COPY").subList(1, all("COPY").size())).extracting(Instruction::arguments)
                .anySatisfy(a -> assertThat(a).contains("/deployments/quarkus-run.jar"))
                .anySatisfy(a -> assertThat(a).contains("/deployments/lib/"));
        assertThat(pairs("ENV")).containsEntry("JAVA_APP_JAR", "/deployments/quarkus-run.jar");
        assertThat(all("ENTRYPOINT")).hasSize(1);
    }

    @Test
    void theHealthEndpointsNamedByTheImageAnswerOnTheApp() {
        Map<String, String> labels = pairs("LABEL");
        String liveness = labels.get("vn.dxawards.health.liveness");
        String readiness = labels.get("vn.dxawards.health.readiness");
        String startup = labels.get("vn.dxawards.health.startup");
        assertThat(liveness).isEqualTo("/q/health/live");
        assertThat(readiness).isEqualTo("/q/health/ready");
        List<Instruction> healthcheck = all("HEALTHCHECK");
        assertThat(healthcheck).hasSize(1);
        // on the management port (the second one exposed), where the running app answers them
        assertThat(healthcheck.get(0).arguments()).contains("http://127.0.0.1:" + pairs("ENV").get("QUARKUS_MANAGEMENT_PORT")
                + liveness);
        for (String endpoint : List.of(liveness, readiness, startup)) {
            Management.request().get(endpoint).then().statusCode(200).body("status", equalTo("UP"));
            given().get(endpoint).then().statusCode(404);
        }
    }

    @Test
    void noSecretIsBakedIntoTheImage() {
        Pattern secretish = Pattern.compile("(?i).*(secret|password|passwd|token|credential|key).*");
        assertThat(pairs("ENV").keySet()).noneMatch(name -> secretish.matcher(name).matches());
        assertThat(all("ARG")).extracting(Instruction::arguments).allMatch(arg -> arg.equals("TARGETARCH"));
        assertThat(all("COPY")).noneSatisfy(copy -> assertThat(copy.arguments()).containsPattern("(?i)\\.(p12|jks|pem|key)\\b"));
    }

    @Test
    void theReleaseWorkflowBuildsThisImage() throws IOException {
        String release = Files.readString(Path.of(".github/workflows/release.yml"));
        assertThat(release).contains("file: src/main/docker/Dockerfile.jvm").contains("ghcr.io/${{ github.repository }}");
    }
}

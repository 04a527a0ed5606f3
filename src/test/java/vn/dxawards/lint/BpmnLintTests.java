package vn.dxawards.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The BPMN files in processes/ have no finding from bpmnlint's recommended rules. */
class BpmnLintTests {

    @Test
    void processesPassTheRecommendedRules() throws Exception {
        long models;
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            models = files.filter(f -> f.toString().endsWith(".bpmn")).count();
        }
        assertThat(models).as("BPMN models in processes/").isGreaterThanOrEqualTo(4);

        Lint.Result result = Lint.run(null);

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains(models + " models, no findings");
    }
}

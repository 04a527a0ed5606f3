package vn.dxawards.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The BPMN files in processes/ have no finding from bpmnlint's recommended rules. */
class BpmnLintTests {

    @Test
    void processesPassTheRecommendedRules() throws Exception {
        Lint.Result result = Lint.run(null);

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("3 models, no findings");
    }
}

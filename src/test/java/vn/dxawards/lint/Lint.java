package vn.dxawards.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs tools/lint/lint.sh (bpmnlint, and Redocly for an API document) and answers its exit code and output. */
final class Lint {

    record Result(int exitCode, String output) {
    }

    private Lint() {
    }

    static Result run(Path apiDocument) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "tools/lint/lint.sh"));
        if (apiDocument != null) {
            command.add(apiDocument.toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return new Result(-1, output + "\n(timed out)");
        }
        return new Result(process.exitValue(), output);
    }
}

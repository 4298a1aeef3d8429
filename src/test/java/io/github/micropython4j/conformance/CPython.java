package io.github.micropython4j.conformance;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** CPython 3, the reference for tests without an {@code .exp} file and for every cpydiff case. */
final class CPython {
    private static final Map<String, String> ENVIRONMENT = Map.of("PYTHONIOENCODING", "utf-8");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private final String executable;

    /** @param executable the {@code python3} command */
    CPython(String executable) {
        this.executable = executable;
    }

    /** The version line CPython prints, for the report. */
    String version() {
        ProcessRun run = ProcessRun.run(List.of(executable, "--version"), Path.of("."), ENVIRONMENT, null, true, TIMEOUT);
        return Output.text(run.stdout()).strip();
    }

    /**
     * A test's expected output as run-tests.py makes it when the test has no {@code .exp}
     * file: {@code python3 -BS FILE} in the test's directory, stderr merged, and a failed run
     * marked {@code CPYTHON3 CRASH:}.
     */
    String expectedOutput(Path testFile) {
        Path file = testFile.toAbsolutePath();
        ProcessRun run = ProcessRun.run(List.of(executable, "-BS", file.toString()), file.getParent(),
                ENVIRONMENT, null, true, TIMEOUT);
        String output = Output.text(run.stdout());
        return Output.canonical(run.exitCode() == 0 ? output : "CPYTHON3 CRASH:\n" + output);
    }

    /** Runs a file with stderr merged, as run-tests.py runs its byte-order feature check. */
    String run(Path file) {
        ProcessRun run = ProcessRun.run(List.of(executable, "-BS", file.toAbsolutePath().toString()),
                file.toAbsolutePath().getParent(), ENVIRONMENT, null, true, TIMEOUT);
        return Output.canonical(Output.text(run.stdout()));
    }

    /** A cpydiff case as gen-cpydiff.py runs it: the program on stdin, stdout and stderr apart. */
    Output runFromStdin(Path testFile) {
        ProcessRun run = ProcessRun.run(List.of(executable), testFile.toAbsolutePath().getParent(),
                ENVIRONMENT, testFile, false, TIMEOUT);
        return new Output(Output.text(run.stdout()), Output.text(run.stderr()), null, "");
    }
}

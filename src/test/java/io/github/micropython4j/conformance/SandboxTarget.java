package io.github.micropython4j.conformance;

import io.github.micropython4j.MicroPythonSession;
import io.github.micropython4j.Outcome;
import io.github.micropython4j.RunResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Runs a test file in a fresh sandbox session, the way run-tests.py runs it natively: the
 * test's directory is the current directory (mounted read-only at {@code /}, so tests find
 * their data files as {@code data/...}), stdout and stderr together, {@code CRASH} appended
 * when the run ends with an uncaught exception or a non-zero {@code sys.exit}.
 *
 * <p>Limits are the library's defaults (16 MiB memory, recursion) except fuel, which is
 * practically unlimited, and the wall clock, which is run-tests.py's per-test timeout.
 */
final class SandboxTarget {
    private static final long FUEL = 1_000_000_000_000L;
    /** The file name the session gives the code it runs, and the one CPython uses for stdin. */
    private static final String SESSION_FILE_NAME = "\"<string>\"";
    private static final String STDIN_FILE_NAME = "\"<stdin>\"";
    private final Duration timeout;

    /** @param timeout the wall-clock limit of one test */
    SandboxTarget(Duration timeout) {
        this.timeout = timeout;
    }

    /** Runs {@code testFile} (read as UTF-8) as the {@code __main__} module of a new session. */
    Output run(Path testFile) {
        String code = read(testFile);
        try (MicroPythonSession session = MicroPythonSession.builder()
                .fuelLimit(FUEL)
                .timeout(timeout)
                .readOnlyDirectory(testFile.toAbsolutePath().getParent(), "/")
                .build()) {
            return toOutput(session.run(code));
        }
    }

    /**
     * Runs {@code testFile} as gen-cpydiff.py runs a case: the tracebacks name the file
     * {@code <stdin>}, as CPython's and MicroPython's do when they read a program from stdin.
     */
    Output runAsStdin(Path testFile) {
        Output output = run(testFile);
        return new Output(output.stdout(), output.stderr().replace(SESSION_FILE_NAME, STDIN_FILE_NAME),
                output.ending(), output.note());
    }

    private static Output toOutput(RunResult result) {
        String stderr = result.stderr() + result.error().map(e -> e.traceback()).orElse("");
        Outcome outcome = result.outcome();
        if (outcome == Outcome.OK || (outcome == Outcome.EXIT && result.exitCode().orElse(1) == 0)) {
            return new Output(result.stdout(), stderr, null, "");
        }
        String note = outcome + result.detail().map(d -> ": " + d).orElse("")
                + result.error().map(e -> " (" + e.type() + ": " + e.message() + ")").orElse("");
        String ending = outcome == Outcome.TIMEOUT ? Output.TIMEOUT : Output.CRASH;
        return new Output(result.stdout(), stderr, ending, note);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

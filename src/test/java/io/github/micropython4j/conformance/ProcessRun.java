package io.github.micropython4j.conformance;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of an external program (native MicroPython or CPython), its output captured through
 * temporary files so that no pipe can fill up and block it.
 *
 * @param stdout what it wrote to stdout (and to stderr, when the streams were merged)
 * @param stderr what it wrote to stderr when the streams were kept apart
 * @param exitCode its exit status, or -1 when it was killed
 * @param timedOut whether it ran past the timeout and was killed
 */
record ProcessRun(byte[] stdout, byte[] stderr, int exitCode, boolean timedOut) {

    /**
     * Runs {@code command} in {@code directory}.
     *
     * @param stdin a file fed to the program's stdin, or null for none
     * @param mergeStderr whether stderr goes into {@link #stdout()}, as run-tests.py does
     */
    static ProcessRun run(List<String> command, Path directory, Map<String, String> environment,
            Path stdin, boolean mergeStderr, Duration timeout) {
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("conformance-", ".out");
            err = Files.createTempFile("conformance-", ".err");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectOutput(out.toFile())
                    .redirectInput(stdin == null ? ProcessBuilder.Redirect.from(new File("/dev/null"))
                            : ProcessBuilder.Redirect.from(stdin.toFile()));
            if (mergeStderr) {
                builder.redirectErrorStream(true);
            } else {
                builder.redirectError(err.toFile());
            }
            builder.environment().putAll(environment);
            Process process = builder.start();
            boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                process.destroyForcibly().waitFor();
            }
            return new ProcessRun(Files.readAllBytes(out), Files.readAllBytes(err),
                    finished ? process.exitValue() : -1, !finished);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file left behind is harmless
            }
        }
    }
}

package io.github.micropython4j.guest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micropython4j.MicroPythonSession;
import io.github.micropython4j.Outcome;
import io.github.micropython4j.PythonError;
import io.github.micropython4j.RunResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A directory of test scripts under {@code src/test/resources/python/} whose expected results
 * CPython 3 made (that directory's {@code regenerate.sh}): {@code name.py} must print exactly
 * {@code name.expected} when run in a fresh session. A script with a {@code name.traceback}
 * ends in an uncaught exception, and the sandbox's traceback text must be exactly CPython's
 * (regenerate.sh runs the script as {@code python3 -c}, so CPython names the file
 * {@code "<string>"} and shows no source lines, as the sandbox does); any other script must
 * end normally. Modules the scripts import are in the directory's {@code modules} folder,
 * mounted read-only at {@code /modules}.
 */
final class CPythonScriptDirectory {
    private static final long FUEL = 2_000_000_000L;

    private final Path directory;

    /** @param name the directory's name under {@code src/test/resources/python} */
    CPythonScriptDirectory(String name) {
        this.directory = Path.of("src/test/resources/python", name);
    }

    /** The scripts' names, without {@code .py}, sorted. */
    List<String> scripts() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".py"))
                    .map(n -> n.substring(0, n.length() - 3))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs one script in a fresh session and compares its output (and traceback) with CPython's. */
    void assertPrintsWhatCPythonPrints(String name) {
        String code = read(name + ".py");
        String expected = read(name + ".expected");
        Path tracebackFile = directory.resolve(name + ".traceback");
        MicroPythonSession.Builder builder = MicroPythonSession.builder().fuelLimit(FUEL);
        Path modules = directory.resolve("modules");
        if (Files.isDirectory(modules)) {
            builder.readOnlyDirectory(modules.toAbsolutePath(), "/modules");
        }
        try (var session = builder.build()) {
            RunResult result = session.run(code);

            if (Files.exists(tracebackFile)) {
                assertThat(result.outcome()).as("%s: %s", name, result).isEqualTo(Outcome.PYTHON_ERROR);
                assertThat(result.error().map(PythonError::traceback)).as(name).hasValue(read(name + ".traceback"));
            } else {
                assertThat(result.outcome()).as("%s: %s\n%s", name, result, result.error()).isEqualTo(Outcome.OK);
            }
            assertThat(result.stdout()).as(name).isEqualTo(expected);
        }
    }

    /** Each script has the output CPython gave, and the directory is not empty. */
    void assertEveryScriptHasItsExpectedOutput() {
        assertThat(scripts()).isNotEmpty();
        for (String name : scripts()) {
            assertThat(directory.resolve(name + ".expected")).as(name).exists();
            if (name.startsWith("traceback_")) {
                assertThat(directory.resolve(name + ".traceback")).as(name).exists();
            }
        }
    }

    private String read(String file) {
        try {
            return Files.readString(directory.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.github.micropython4j.guest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micropython4j.MicroPythonSession;
import io.github.micropython4j.Outcome;
import io.github.micropython4j.RunResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The standard-library scripts under src/test/resources/python/stdlib: each runs in a fresh
 * session and must print exactly what CPython 3 printed ({@code name.expected}, made by that
 * folder's regenerate.sh).
 */
class StdlibScriptsTest {
    private static final Path SCRIPTS = Path.of("src/test/resources/python/stdlib");

    static List<String> scripts() throws IOException {
        try (Stream<Path> files = Files.list(SCRIPTS)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".py"))
                    .map(n -> n.substring(0, n.length() - 3))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void printsWhatCPythonPrints(String name) throws IOException {
        String code = Files.readString(SCRIPTS.resolve(name + ".py"), StandardCharsets.UTF_8);
        String expected = Files.readString(SCRIPTS.resolve(name + ".expected"), StandardCharsets.UTF_8);
        try (var session = MicroPythonSession.builder().fuelLimit(2_000_000_000L).build()) {
            RunResult result = session.run(code);

            assertThat(result.outcome()).as("%s: %s\n%s", name, result, result.stderr()).isEqualTo(Outcome.OK);
            assertThat(result.stdout()).isEqualTo(expected);
        }
    }

    @Test
    void everyScriptHasItsExpectedOutput() throws IOException {
        for (String name : scripts()) {
            assertThat(SCRIPTS.resolve(name + ".expected")).as(name).exists();
        }
        assertThat(scripts()).isNotEmpty();
    }
}

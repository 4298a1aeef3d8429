package io.github.micropython4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every script under src/test/resources/python/hostile must end within the limits, as a Python
 * error or a limit outcome, and leave a session that still runs code.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileScriptsTest {
    private static final Path HOSTILE = Path.of("src/test/resources/python/hostile");
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    static List<Path> hostileScripts() throws IOException {
        try (Stream<Path> files = Files.list(HOSTILE)) {
            return files.filter(file -> file.toString().endsWith(".py")).sorted().collect(Collectors.toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileScripts")
    void endsWithinTheLimitsAndTheSessionGoesOn(Path script) throws IOException {
        try (MicroPythonSession session = MicroPythonSession.builder().timeout(TIMEOUT).outputLimit(64 * 1024).build()) {
            RunResult result = session.run(Files.readString(script, StandardCharsets.UTF_8));

            assertThat(result.outcome()).as(result.toString())
                    .isIn(Outcome.PYTHON_ERROR, Outcome.TIMEOUT, Outcome.MEMORY_LIMIT, Outcome.OUTPUT_LIMIT);
            assertThat(result.elapsed()).isLessThan(TIMEOUT.plusSeconds(3));
            assertThat(result.stdout().length() + result.stderr().length()).isLessThan(64 * 1024 + 100);
            RunResult after = session.run("print('alive')");
            assertThat(after.outcome()).isEqualTo(Outcome.OK);
            assertThat(after.stdout()).isEqualTo("alive\n");
        }
    }
}

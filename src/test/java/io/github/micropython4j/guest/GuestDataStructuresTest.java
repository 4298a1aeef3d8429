package io.github.micropython4j.guest;

import static io.github.micropython4j.guest.PythonScripts.expected;
import static io.github.micropython4j.guest.PythonScripts.script;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.micropython4j.MicroPythonSession;
import io.github.micropython4j.Outcome;
import io.github.micropython4j.RunResult;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dicts, sorting and collections behave as in CPython 3 (patches 0020-0030): each script under
 * {@code src/test/resources/python/core/} prints, in a fresh session with the default limits,
 * exactly what CPython printed for it ({@code regenerate.sh}).
 */
class GuestDataStructuresTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dict_order", "dict_views", "dict_large", "sort_stable", "collections_deque"})
    void scriptPrintsWhatCPythonPrints(String name) {
        try (var session = MicroPythonSession.builder().build()) {
            RunResult result = session.run(script("core/" + name));

            assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.OK);
            assertThat(result.stdout()).isEqualTo(expected("core/" + name));
        }
    }

    @Test
    void aModuleOfManyDistinctNamesIsRefusedCleanly() {
        // Past 65,535 names a compiler scope's 16-bit counts wrapped around and names were
        // written past the end of their array (native MicroPython crashed); now it is an error.
        String code = "src = ''.join('v%d = %d\\n' % (i, i) for i in range(70000))\n"
                + "try:\n    exec(src)\nexcept SyntaxError as e:\n    print('SyntaxError', e)\n";
        // Compiling 70,000 lines takes seconds of cold (not yet JIT-compiled) compiler code.
        try (var session = MicroPythonSession.builder()
                .fuelLimit(1_000_000_000)
                .memoryLimit(64 << 20)
                .timeout(Duration.ofMinutes(5))
                .build()) {
            RunResult result = session.run(code);

            assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.OK);
            assertThat(result.stdout()).isEqualTo("SyntaxError too many names in one scope\n");
            assertThat(session.run("v1 = 5\nprint(v1 + 1)").stdout()).isEqualTo("6\n");
        }
    }
}

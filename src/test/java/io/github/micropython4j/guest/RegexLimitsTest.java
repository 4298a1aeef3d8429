package io.github.micropython4j.guest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micropython4j.MicroPythonSession;
import io.github.micropython4j.Outcome;
import io.github.micropython4j.RunResult;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The {@code re} module's matcher is C code that can run for a long time or take much memory:
 * every limit must still hold inside it, and the session must go on with {@code re} working.
 */
class RegexLimitsTest {
    private static final String CATASTROPHIC = "import re\nre.match(r'(a+)+$', 'a' * 40 + 'b')";
    private static final String STILL_WORKS = "import re\nprint(re.match(r'(a+)+$', 'aaaa').group(), marker)";

    @Test
    void catastrophicBacktrackingRunsOutOfFuelAndTheSessionGoesOn() {
        try (var session = MicroPythonSession.builder().fuelLimit(2_000_000).build()) {
            session.run("marker = 42");

            RunResult result = session.run(CATASTROPHIC);
            RunResult after = session.run(STILL_WORKS);

            assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.FUEL_EXHAUSTED);
            assertThat(result.sessionReset()).isFalse();
            assertThat(result.fuelUsed().orElseThrow()).isLessThan(2_100_000L);
            assertThat(after.stdout()).as(after.toString()).isEqualTo("aaaa 42\n");
        }
    }

    @Test
    void catastrophicBacktrackingStopsAtTheTimeoutWhenFuelIsPlenty() {
        try (var session = MicroPythonSession.builder()
                .fuelLimit(Long.MAX_VALUE / 4)
                .timeout(Duration.ofMillis(500))
                .build()) {
            session.run("marker = 42");

            RunResult result = session.run(CATASTROPHIC);
            RunResult after = session.run(STILL_WORKS);

            assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.TIMEOUT);
            assertThat(result.sessionReset()).isFalse();
            assertThat(after.stdout()).as(after.toString()).isEqualTo("aaaa 42\n");
        }
    }

    @Test
    void backtrackingStateBeyondTheMemoryLimitIsACatchableMemoryError() {
        try (var session = MicroPythonSession.builder().memoryLimit(8L << 20).build()) {
            session.run("marker = 42");

            RunResult result = session.run(String.join("\n",
                    "import re",
                    "s = 'ab' * (1 << 20)",
                    "try:",
                    "    re.match(r'(?:ab|cd)*$', s)",
                    "except MemoryError:",
                    "    print('MemoryError')",
                    "del s"));
            RunResult after = session.run(STILL_WORKS);

            assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.OK);
            assertThat(result.stdout()).isEqualTo("MemoryError\n");
            assertThat(after.stdout()).as(after.toString()).isEqualTo("aaaa 42\n");
        }
    }

    @Test
    void resultsLargerThanTheMemoryLimitAreAMemoryError() {
        try (var session = MicroPythonSession.builder().memoryLimit(8L << 20).build()) {
            session.run("marker = 42");

            RunResult findall = session.run("import re\ns = 'x' * (1 << 20)\nparts = re.findall('x', s)");
            RunResult sub = session.run("import re\nt = re.sub('x', 'yyyyyyyyyy', 'x' * (1 << 20))");
            RunResult after = session.run(STILL_WORKS);

            assertThat(findall.error()).as(findall.toString())
                    .hasValueSatisfying(e -> assertThat(e.type()).isEqualTo("MemoryError"));
            assertThat(sub.error()).as(sub.toString())
                    .hasValueSatisfying(e -> assertThat(e.type()).isEqualTo("MemoryError"));
            assertThat(findall.sessionReset()).isFalse();
            assertThat(after.stdout()).as(after.toString()).isEqualTo("aaaa 42\n");
        }
    }

    @Test
    void deeplyNestedPatternsAreARecursionErrorNotATrap() {
        try (var session = MicroPythonSession.builder().build()) {
            session.run("marker = 42");

            RunResult result = session.run("import re\nre.compile('(' * 20000 + 'a' + ')' * 20000)");
            RunResult after = session.run(STILL_WORKS);

            assertThat(result.error()).as(result.toString())
                    .hasValueSatisfying(e -> assertThat(e.type()).isEqualTo("RecursionError"));
            assertThat(result.sessionReset()).isFalse();
            assertThat(after.stdout()).as(after.toString()).isEqualTo("aaaa 42\n");
        }
    }

    @Test
    void longSubjectsWithoutBacktrackingNeedNoStack() {
        try (var session = MicroPythonSession.builder().memoryLimit(8L << 20).build()) {
            RunResult result = session.run(String.join("\n",
                    "import re",
                    "s = 'ab' * (1 << 20) + '!'",
                    "print(re.search(r'[ab]*!', s).span(), re.fullmatch(r'(?:a|b)*!', s) is not None)"));

            assertThat(result.stdout()).as(result.toString()).isEqualTo("(0, 2097153) True\n");
        }
    }

    @Test
    void theEngineRefusesMalformedProgramsFromUserCode() {
        try (var session = MicroPythonSession.builder().build()) {
            // each is wrong in one way: a jump out of the program, a mark beyond the groups, a
            // truncated instruction, a repeat whose item is not where it says, a reference to a
            // group that does not exist, a character class too short, an unknown opcode
            RunResult result = session.run(String.join("\n",
                    "import _re",
                    "bad = [[11, 99], [9, 7, 0], [1], [12, 0, 5, 0, 99, 0, 1, 97, 0], [16, 5, 0, 0], [7, 5, 0], [99, 0]]",
                    "for code in bad:",
                    "    try:",
                    "        _re.Program(None, code, 2, 0, True, -1, False, 0)",
                    "        print('accepted', code)",
                    "    except ValueError as e:",
                    "        print(e)",
                    "# a lookaround's or an atomic group's end without its start fails to match, no more",
                    "for code in ([19, 0], [21, 0], [20, 19, 0]):",
                    "    print(_re.Program(None, code, 2, 0, True, -1, False, 0).search('abc'))"));

            assertThat(result.stdout()).as(result.toString()).isEqualTo(String.join("\n",
                    "bad program: bad operand",
                    "bad program: bad operand",
                    "bad program: truncated instruction",
                    "bad program: bad operand",
                    "bad program: bad operand",
                    "bad program: truncated instruction",
                    "bad program: bad opcode",
                    "None", "None", "None", ""));
        }
    }
}

package io.github.micropython4j.guest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micropython4j.MicroPythonSession;
import io.github.micropython4j.Outcome;
import io.github.micropython4j.PythonError;
import io.github.micropython4j.RunResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Deep recursion is a Python RecursionError, never a wasm trap or a Java StackOverflowError. */
class GuestRecursionTest {

    @Test
    void unboundedRecursionRaisesRecursionErrorAndTheSessionGoesOn() {
        try (var session = MicroPythonSession.builder().build()) {
            session.run("def f(n): return f(n+1)");

            RunResult result = session.run("f(0)");
            RunResult after = session.run("print(1+1)");

            assertThat(result.outcome()).isEqualTo(Outcome.PYTHON_ERROR);
            assertThat(result.sessionReset()).isFalse();
            assertThat(result.error()).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo("RecursionError"));
            assertThat(after.stdout()).isEqualTo("2\n");
        }
    }

    @Test
    void deepRecursionsTracebackIsShortEndsWithTheRecursionErrorAndMatchesItsFrames() {
        try (var session = MicroPythonSession.builder().build()) {
            RunResult result = session.run("def f(n):\n    return f(n + 1) if n < 100000 else n\n\nf(0)\n");

            PythonError error = result.error().orElseThrow(() -> new AssertionError(result.toString()));
            assertThat(error.type()).isEqualTo("RecursionError");
            assertThat(error.traceback().getBytes(StandardCharsets.UTF_8).length).isLessThan(10 * 1024);
            // CPython's shape: the outermost frame, the first three of the run of identical
            // frames, how many more there were, the exception.
            assertThat(error.traceback()).matches("Traceback \\(most recent call last\\):\n"
                    + "  File \"<string>\", line 4, in <module>\n"
                    + "(  File \"<string>\", line 2, in f\n){3}"
                    + "  \\[Previous line repeated \\d+ more times\\]\n"
                    + "RecursionError: maximum recursion depth exceeded\n");
            // frames() holds the frames the text shows, outermost first.
            PythonError.Frame inF = new PythonError.Frame("<string>", 2, "f");
            assertThat(error.frames()).containsExactly(new PythonError.Frame("<string>", 4, "<module>"), inF, inF, inF);
        }
    }

    @Test
    void aTracebackTooLongForTheResultKeepsItsBeginningAndItsLastLine() {
        try (var session = MicroPythonSession.builder().build()) {
            // Alternating frames are not repeats: CPython prints every one of them too.
            // Long names make the text longer than the result's field (its first and last 32 KiB).
            RunResult result = session.run("def ping_with_a_rather_long_name(n): return pong_with_a_rather_long_name(n + 1)\n"
                    + "def pong_with_a_rather_long_name(n): return ping_with_a_rather_long_name(n + 1)\n"
                    + "ping_with_a_rather_long_name(0)\n");

            PythonError error = result.error().orElseThrow(() -> new AssertionError(result.toString()));
            String traceback = error.traceback();
            assertThat(traceback.getBytes(StandardCharsets.UTF_8).length).isBetween(32 * 1024, 64 * 1024 + 100);
            assertThat(traceback).startsWith("Traceback (most recent call last):\n"
                            + "  File \"<string>\", line 3, in <module>\n"
                            + "  File \"<string>\", line 1, in ping_with_a_rather_long_name\n"
                            + "  File \"<string>\", line 2, in pong_with_a_rather_long_name\n")
                    .containsPattern("\n\\[\\.\\.\\. \\d+ bytes cut \\.\\.\\.\\]\n"
                            + "  File \"<string>\", line [12], in p[io]ng_with_a_rather_long_name\n")
                    .endsWith("\nRecursionError: maximum recursion depth exceeded\n");
            // The kept beginning may end inside a frame line (the line before the marker).
            String marker = traceback.lines().filter(line -> line.startsWith("[... ")).findFirst().orElseThrow();
            String head = traceback.substring(0, traceback.indexOf("\n" + marker));
            String cutLine = head.substring(head.lastIndexOf('\n') + 1);
            assertThat(List.of("  File \"<string>\", line 1, in ping_with_a_rather_long_name",
                    "  File \"<string>\", line 2, in pong_with_a_rather_long_name"))
                    .as("the cut line %s", cutLine).anyMatch(frame -> frame.startsWith(cutLine));
            assertThat(traceback.lines().filter(line -> !line.equals(cutLine) && !line.startsWith("  File \"<string>\", line "))).containsExactly(
                    "Traceback (most recent call last):",
                    traceback.lines().filter(line -> line.startsWith("[... ")).findFirst().orElseThrow(),
                    "RecursionError: maximum recursion depth exceeded");
        }
    }

    @Test
    void framesAreThoseTheTracebackShowsForEveryRun() {
        try (var session = MicroPythonSession.builder().build()) {
            RunResult result = session.run(String.join("\n",
                    "def down(n):",
                    "    if n == 0:",
                    "        return up(5)",
                    "    return down(n - 1)",
                    "def up(n):",
                    "    if n == 0:",
                    "        raise RuntimeError('top')",
                    "    return up(n - 1)",
                    "down(4)"));

            PythonError error = result.error().orElseThrow(() -> new AssertionError(result.toString()));
            List<String> shown = error.traceback().lines()
                    .filter(line -> line.startsWith("  File "))
                    .collect(Collectors.toList());
            assertThat(error.frames()).extracting(f -> String.format("  File \"%s\", line %d, in %s", f.file(), f.line(), f.function()))
                    .isEqualTo(shown);
            assertThat(error.traceback()).contains("  [Previous line repeated 1 more time]\n"
                    + "  File \"<string>\", line 3, in down\n")
                    .contains("  [Previous line repeated 2 more times]\n"
                    + "  File \"<string>\", line 7, in up\n");
            assertThat(shown).hasSize(1 + 3 + 1 + 3 + 1);
        }
    }

    @Test
    void recursionErrorIsARuntimeErrorAndCatchable() {
        try (var session = MicroPythonSession.builder().build()) {
            RunResult result = session.run(String.join("\n",
                    "def f(n): return f(n+1)",
                    "try:",
                    "    f(0)",
                    "except RecursionError as e:",
                    "    print(type(e).__name__, isinstance(e, RuntimeError))"));

            assertThat(result.stdout()).as(result.toString()).isEqualTo("RecursionError True\n");
        }
    }

    @Test
    void cpythonsDefaultDepthOfAThousandWorks() {
        try (var session = MicroPythonSession.builder().build()) {
            RunResult result = session.run(String.join("\n",
                    "def depth(n): return 0 if n == 0 else 1 + depth(n - 1)",
                    "print(depth(1000))"));

            assertThat(result.stdout()).as(result.toString()).isEqualTo("1000\n");
        }
    }

    @Test
    void deepRecursionThroughCBuiltinsIsARecursionErrorToo() {
        try (var session = MicroPythonSession.builder().build()) {
            RunResult nestedRepr = session.run("x = []\nfor _ in range(100000): x = [x]\nrepr(x)");
            RunResult viaMap = session.run("def g(n): return list(map(g, [n + 1]))\ng(0)");
            RunResult after = session.run("print('alive')");

            assertThat(nestedRepr.error()).as(nestedRepr.toString())
                    .hasValueSatisfying(e -> assertThat(e.type()).isEqualTo("RecursionError"));
            assertThat(viaMap.error()).as(viaMap.toString())
                    .hasValueSatisfying(e -> assertThat(e.type()).isEqualTo("RecursionError"));
            assertThat(after.stdout()).isEqualTo("alive\n");
        }
    }

    @Test
    void comparingAndHashingDeeplyNestedContainersIsARecursionError() {
        try (var session = MicroPythonSession.builder().build()) {
            session.run("a = []\nb = []\nfor _ in range(50000):\n    a = [a]\n    b = [b]\nt = ()\nfor _ in range(50000):\n    t = (t,)");

            RunResult compare = session.run("a == b");
            RunResult hashing = session.run("hash(t)");
            RunResult after = session.run("print(len(a), len(t))");

            assertThat(compare.error()).as(compare.toString())
                    .hasValueSatisfying(e -> assertThat(e.type()).isEqualTo("RecursionError"));
            assertThat(hashing.error()).as(hashing.toString())
                    .hasValueSatisfying(e -> assertThat(e.type()).isEqualTo("RecursionError"));
            assertThat(after.sessionReset()).isFalse();
            assertThat(after.stdout()).isEqualTo("1 1\n");
        }
    }
}

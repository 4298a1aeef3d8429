package io.github.micropython4j.guest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micropython4j.MicroPythonSession;
import io.github.micropython4j.Outcome;
import io.github.micropython4j.RunResult;
import io.github.micropython4j.SessionSnapshot;
import org.junit.jupiter.api.Test;

/**
 * The session loop keeps the compiled code of its last few requests (port/main.c): running the
 * same code again must behave exactly as compiling it afresh, with the same fuel.
 */
class CompiledCodeCacheTest {

    @Test
    void codeRunAgainActsOnTheCurrentGlobalsEveryTime() {
        try (MicroPythonSession session = MicroPythonSession.builder().build()) {
            session.run("x = 0\nlog = []");
            for (int i = 1; i <= 20; i++) {
                RunResult result = session.run("x += 1\nlog.append(x)\nprint(x)\nx * 10");

                assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.OK);
                assertThat(result.stdout()).isEqualTo(i + "\n");
                assertThat(result.value()).contains(i * 10);
            }
            assertThat(session.run("len(log), sum(log)").value()).contains(java.util.List.of(20, 210));
        }
    }

    @Test
    void functionsAndClassesDefinedAgainAreNewObjects() {
        try (MicroPythonSession session = MicroPythonSession.builder().build()) {
            String define = "def f(acc=[]):\n    acc.append(1)\n    return len(acc)\nclass C:\n    n = 0\nseen.append((f, C))";
            session.run("seen = []");
            session.run(define);
            session.run("f(); f(); C.n = 5");
            session.run(define);

            // the second run made a fresh default list and a fresh class, as CPython does
            assertThat(session.run("f(), C.n, seen[0][0] is seen[1][0], seen[0][1] is seen[1][1]").value())
                    .contains(java.util.List.of(1, 0, false, false));
        }
    }

    @Test
    void theSameCodeUsesTheSameFuelWhenItIsFoundCompiled() {
        String code = "total = 0\nfor i in range(100):\n    total += i * i\ntotal";
        try (MicroPythonSession session = MicroPythonSession.builder().build()) {
            long first = session.run(code).fuelUsed().orElseThrow();
            for (int i = 0; i < 5; i++) {
                RunResult again = session.run(code);

                assertThat(again.value()).contains(328350);
                // the hit is charged what compiling took; interned names and dict sizes may
                // shift a lookup's probes by a few units, as they do without the cache
                assertThat(again.fuelUsed().orElseThrow()).isBetween(first - 20, first + 20);
            }
        }
    }

    @Test
    void aFuelLimitStopsCodeFoundCompiledAtTheSamePoint() {
        String code = "n = 0\nwhile True:\n    n += 1";
        try (MicroPythonSession session = MicroPythonSession.builder().fuelLimit(200_000).build()) {
            RunResult first = session.run(code);
            long reached = session.get("n", Long.class);
            RunResult again = session.run(code);

            assertThat(first.outcome()).isEqualTo(Outcome.FUEL_EXHAUSTED);
            assertThat(again.outcome()).isEqualTo(Outcome.FUEL_EXHAUSTED);
            assertThat(session.get("n", Long.class)).isBetween(reached - 5, reached + 5);
        }
    }

    @Test
    void theSameTextUnderAnotherNameOrModeIsCompiledForIt() {
        try (MicroPythonSession session = MicroPythonSession.builder().build()) {
            String failing = "1 / 0";
            RunResult plain = session.run(failing);
            RunResult named = session.run(failing, "plugin.py");
            RunResult plainAgain = session.run(failing);

            assertThat(plain.error().orElseThrow().traceback()).contains("File \"<string>\", line 1");
            assertThat(named.error().orElseThrow().traceback()).contains("File \"plugin.py\", line 1");
            assertThat(plainAgain.error().orElseThrow().traceback()).contains("File \"<string>\", line 1");

            // as a module body the last expression is the run's value; interactively it is echoed
            assertThat(session.run("6 * 7").value()).contains(42);
            RunResult interactive = session.runInteractive("6 * 7");
            assertThat(interactive.stdout()).isEqualTo("42\n");
            assertThat(interactive.value()).isEmpty();
            assertThat(session.run("6 * 7").value()).contains(42);
        }
    }

    @Test
    void codeThatDoesNotCompileFailsEveryTime() {
        try (MicroPythonSession session = MicroPythonSession.builder().build()) {
            for (int i = 0; i < 3; i++) {
                RunResult result = session.run("x = (");

                assertThat(result.outcome()).isEqualTo(Outcome.PYTHON_ERROR);
                assertThat(result.error().orElseThrow().type()).isEqualTo("SyntaxError");
            }
        }
    }

    @Test
    void compiledCodeSurvivesCollectionsAndManyOtherRuns() {
        try (MicroPythonSession session = MicroPythonSession.builder().build()) {
            session.run("x = 0");
            session.run("x += 1");
            // more distinct requests than the cache holds, and collections that would free
            // compiled code nothing pointed to
            for (int i = 0; i < 20; i++) {
                session.run("import gc\njunk = [bytes(100) for _ in range(2000)]\ndel junk\ngc.collect()\ny = " + i);
            }
            session.run("x += 1");
            session.run("import gc\ngc.collect()\nz = [str(i) * 3 for i in range(5000)]\ndel z\ngc.collect()");

            assertThat(session.run("x += 1").outcome()).isEqualTo(Outcome.OK);
            assertThat(session.get("x", Long.class)).isEqualTo(3L);
        }
    }

    @Test
    void aRestoredSnapshotRunsCodeItFoundCompiledInItsOwnGlobals() {
        SessionSnapshot snapshot;
        try (MicroPythonSession session = MicroPythonSession.builder().build()) {
            session.run("x = 100");
            session.run("x += 1");
            snapshot = session.snapshot();
            session.run("x += 1");
            assertThat(session.get("x", Long.class)).isEqualTo(102L);
        }
        try (MicroPythonSession restored = MicroPythonSession.builder().restore(snapshot).build()) {
            RunResult result = restored.run("x += 1");

            assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.OK);
            assertThat(restored.get("x", Long.class)).isEqualTo(102L);
        }
    }

    @Test
    void keptCodeIsDroppedOnceTheHeapNearsTheMemoryLimit() {
        try (MicroPythonSession session = MicroPythonSession.builder().memoryLimit(6L << 20).build()) {
            // 8 distinct requests of 3.8 KB, each kept with its long string constant
            for (int i = 0; i < 8; i++) {
                assertThat(session.run("s = len('" + "x".repeat(3800) + i + "')").outcome()).isEqualTo(Outcome.OK);
            }
            String allocated = "import gc\ngc.collect()\ngc.mem_alloc()";
            long withKeptCode = ((Number) session.run(allocated).value().orElseThrow()).longValue();

            // fill the heap to within a megabyte of the limit, without running out of memory
            RunResult filled = session.run(String.join("\n",
                    "import gc",
                    "blocks = []",
                    "while gc.mem_free() > 800_000:  # free heap plus what the heap may still grow by",
                    "    blocks.append(bytearray(16384))",
                    "del blocks",
                    "gc.collect()"));
            assertThat(filled.outcome()).as(filled.toString()).isEqualTo(Outcome.OK);
            long afterwards = ((Number) session.run(allocated).value().orElseThrow()).longValue();

            assertThat(afterwards).isLessThan(withKeptCode - 40_000);
        }
    }
}

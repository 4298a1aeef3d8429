package io.github.micropython4j.guest;

import static io.github.micropython4j.guest.PythonScripts.expected;
import static io.github.micropython4j.guest.PythonScripts.script;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.micropython4j.MicroPythonSession;
import io.github.micropython4j.Outcome;
import io.github.micropython4j.RunResult;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The guest's garbage collector runs during execution, sees every live object, and keeps a
 * garbage-heavy program inside a small memory limit. These scripts guard the build's pointer
 * spilling (and the unspilled dispatch loop): without it they print wrong results or trap.
 */
class GuestGcTest {

    @Test
    void mixedPythonWithFrequentCollectionsMatchesCPython() {
        try (var session = MicroPythonSession.builder()
                .timeout(Duration.ofMinutes(3))
                .fuelLimit(100_000_000_000L)
                .build()) {
            // Collect after every 256 bytes allocated: every few allocations.
            RunResult result = session.run("import gc\ngc.threshold(256)\n" + script("gc_stress"));

            assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.OK);
            assertThat(result.stdout()).isEqualTo(expected("gc_stress"));
        }
    }

    @Test
    void garbageFromEarlierRunsIsCollected() {
        // The frames of a run reuse the shadow stack, and the GC scans it conservatively: a
        // pointer an earlier run left in a slot the next run's frames do not write kept these
        // 4 MB alive (the second script did, on a build that did not clear the stack).
        String[] earlierRuns = {
            "[0, 0, 0, 0, 0, bytearray(4_000_000)][0]",
            "x = bytearray(4_000_000)\ndel x",
            "def f():\n    b = bytearray(4_000_000)\n    return 1\nf()",
            "def f(n):\n    return f(n - 1) if n else len(bytearray(4_000_000))\nf(20)",
        };
        for (String earlierRun : earlierRuns) {
            try (var session = MicroPythonSession.builder().build()) {
                assertThat(session.run(earlierRun).outcome()).isEqualTo(Outcome.OK);

                RunResult result = session.run("import gc\ngc.collect()\nprint(gc.mem_alloc())");

                assertThat(Long.parseLong(result.stdout().trim())).as(earlierRun).isLessThan(100_000);
            }
        }
    }

    @Test
    void generatorsThrowIntoYieldFromWhileCollectingAtEveryAllocation() {
        String code = String.join("\n",
                "import gc",
                "gc.threshold(1)",
                "def inner():",
                "    got = []",
                "    while True:",
                "        try:",
                "            got.append((yield len(got)))",
                "        except ValueError as e:",
                "            got.append('caught %s' % e)",
                "        if len(got) > 5:",
                "            return got",
                "def outer():",
                "    result = yield from inner()",
                "    yield ','.join(str(x) for x in result)",
                "g = outer()",
                "print(next(g), g.send('a'), g.throw(ValueError('v1')), g.send([1, 2]))",
                "print(g.throw(ValueError('v2')), g.send({'k': 'v'}))",
                "print(next(g))");
        try (var session = MicroPythonSession.builder().build()) {
            RunResult result = session.run(code);

            assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.OK);
            assertThat(result.stdout()).isEqualTo("0 1 2 3\n4 5\na,caught v1,[1, 2],caught v2,{'k': 'v'},None\n");
        }
    }

    @Test
    void halfAGigabyteOfShortLivedGarbageFitsIn16MiB() {
        try (var session = MicroPythonSession.builder()
                .memoryLimit(16 << 20)
                .timeout(Duration.ofMinutes(3))
                .fuelLimit(100_000_000_000L)
                .build()) {
            RunResult result = session.run(script("gc_garbage_loop"));

            assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.OK);
            assertThat(result.stdout()).isEqualTo(expected("gc_garbage_loop"));
        }
    }

    @Test
    void memoryErrorIsCatchableAndTheSessionGoesOn() {
        try (var session = MicroPythonSession.builder().memoryLimit(3 << 20).build()) {
            session.run("keep = [1, 2, 3]");

            RunResult caught = session.run(script("memory_error"));
            RunResult after = session.run("print(1 + 1, keep)");

            assertThat(caught.outcome()).as(caught.toString()).isEqualTo(Outcome.OK);
            assertThat(caught.stdout()).isEqualTo("MemoryError\n");
            assertThat(after.stdout()).isEqualTo("2 [1, 2, 3]\n");
        }
    }

    @Test
    void theHeapGrowsOnDemandUpToTheMemoryLimit() {
        try (var session = MicroPythonSession.builder().memoryLimit(64 << 20).build()) {
            // 24 MiB in one object: far beyond the initial heap, within the limit.
            RunResult result = session.run("b = bytearray(24 * 1024 * 1024)\nb[-1] = 7\nprint(len(b), b[-1])");

            assertThat(result.stdout()).as(result.toString()).isEqualTo("25165824 7\n");
        }
    }

    @Test
    void sequenceRepetitionThatWouldOverflowIsAMemoryError() {
        try (var session = MicroPythonSession.builder().build()) {
            for (String code : new String[] {"[0] * 2**30", "(1, 2) * 2**29", "'ab' * (2**31 - 1)", "b'x' * (2**31 - 1)"}) {
                RunResult result = session.run(code);

                assertThat(result.error()).as(code + " -> " + result).hasValueSatisfying(
                        e -> assertThat(e.type()).isEqualTo("MemoryError"));
            }
            assertThat(session.run("print(len([0] * 1000))").stdout()).isEqualTo("1000\n");
        }
    }
}

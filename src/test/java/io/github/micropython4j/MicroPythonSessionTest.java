package io.github.micropython4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MicroPythonSessionTest {

    private static MicroPythonSession session() {
        return MicroPythonSession.builder().timeout(Duration.ofSeconds(20)).build();
    }

    @Test
    void globalsPersistAcrossRuns() {
        try (MicroPythonSession session = session()) {
            assertThat(session.run("x = 20\ndef add(a):\n    return a + x").outcome()).isEqualTo(Outcome.OK);
            RunResult result = session.run("print(add(22))");
            assertThat(result.outcome()).isEqualTo(Outcome.OK);
            assertThat(result.stdout()).isEqualTo("42\n");
            assertThat(result.sessionReset()).isFalse();
        }
    }

    @Test
    void stdoutAndStderrAreCapturedPerRun() {
        try (MicroPythonSession session = session()) {
            RunResult first = session.run("import sys\nprint('one')\nprint('warn', file=sys.stderr)");
            RunResult second = session.run("print('two')");

            assertThat(first.stdout()).isEqualTo("one\n");
            assertThat(first.stderr()).isEqualTo("warn\n");
            assertThat(second.stdout()).isEqualTo("two\n");
            assertThat(second.stderr()).isEmpty();
            assertThat(second.elapsed()).isPositive();
        }
    }

    @Test
    void uncaughtExceptionGivesTypeMessageTracebackAndLineNumbers() {
        try (MicroPythonSession session = session()) {
            RunResult result = session.run("def inner():\n    return {}['missing']\n\ndef outer():\n    inner()\n\nouter()\n");

            assertThat(result.outcome()).isEqualTo(Outcome.PYTHON_ERROR);
            PythonError error = result.error().orElseThrow();
            assertThat(error.type()).isEqualTo("KeyError");
            assertThat(error.message()).isEqualTo("'missing'");
            assertThat(error.frames()).containsExactly(
                    new PythonError.Frame("<string>", 7, "<module>"),
                    new PythonError.Frame("<string>", 5, "outer"),
                    new PythonError.Frame("<string>", 2, "inner"));
            assertThat(error.traceback()).isEqualTo("Traceback (most recent call last):\n"
                    + "  File \"<string>\", line 7, in <module>\n"
                    + "  File \"<string>\", line 5, in outer\n"
                    + "  File \"<string>\", line 2, in inner\n"
                    + "KeyError: 'missing'\n");
            assertThat(result.exitCode()).isEmpty();
            assertThat(result.sessionReset()).isFalse();
            assertThat(session.run("print('still alive')").stdout()).isEqualTo("still alive\n");
        }
    }

    @Test
    void syntaxErrorIsAPythonError() {
        try (MicroPythonSession session = session()) {
            RunResult result = session.run("x = (");
            assertThat(result.outcome()).isEqualTo(Outcome.PYTHON_ERROR);
            assertThat(result.error().orElseThrow().type()).isEqualTo("SyntaxError");
        }
    }

    @Test
    void sysExitReportsTheCodeAndKeepsTheSession() {
        try (MicroPythonSession session = session()) {
            session.run("kept = 1");
            RunResult exit = session.run("import sys\nprint('bye')\nsys.exit(3)");
            assertThat(exit.outcome()).isEqualTo(Outcome.EXIT);
            assertThat(exit.exitCode()).hasValue(3);
            assertThat(exit.stdout()).isEqualTo("bye\n");
            assertThat(exit.error()).isEmpty();

            assertThat(session.run("raise SystemExit").exitCode()).hasValue(0);
            RunResult message = session.run("import sys\nsys.exit('fatal problem')");
            assertThat(message.exitCode()).hasValue(1);
            assertThat(message.stderr()).isEqualTo("fatal problem\n");

            assertThat(session.run("print(kept)").stdout()).isEqualTo("1\n");
        }
    }

    @Test
    void interactiveRunsEchoExpressionValues() {
        try (MicroPythonSession session = session()) {
            assertThat(session.runInteractive("x = 6").stdout()).isEmpty();
            assertThat(session.runInteractive("x * 7").stdout()).isEqualTo("42\n");
            assertThat(session.runInteractive("'a' + 'b'").stdout()).isEqualTo("'ab'\n");
            assertThat(session.run("x * 7").stdout()).isEmpty();
        }
    }

    @Test
    void oneMebibyteSnippetRuns() {
        StringBuilder code = new StringBuilder("total = 0\n");
        String line = "total += 1  # padding padding padding padding padding padding padding padding\n";
        int lines = (1 << 20) / line.length() + 1;
        code.append(line.repeat(lines)).append("print(total)\n");
        assertThat(code.length()).isGreaterThan(1 << 20);

        // Compiling counts as work too: a mebibyte of source needs more than the default second.
        try (MicroPythonSession session = MicroPythonSession.builder().fuelLimit(1_000_000_000).build()) {
            RunResult result = session.run(code.toString());
            assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.OK);
            assertThat(result.stdout()).isEqualTo(lines + "\n");
        }
    }

    @Test
    void timeoutEndsTheRunAndKeepsTheSession() {
        try (MicroPythonSession session = MicroPythonSession.builder()
                .timeout(Duration.ofMillis(700))
                .fuelLimit(Long.MAX_VALUE)
                .build()) {
            session.run("before = 1");

            RunResult result = session.run("print('started')\ntry:\n    while True:\n        pass\nexcept BaseException:\n    print('caught')");

            assertThat(result.outcome()).isEqualTo(Outcome.TIMEOUT);
            assertThat(result.sessionReset()).isFalse();
            assertThat(result.stdout()).isEqualTo("started\n");
            assertThat(result.detail()).hasValue("wall-clock timeout of 0.7s exceeded");
            assertThat(result.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(700));

            RunResult after = session.run("print('before' in globals())");
            assertThat(after.outcome()).isEqualTo(Outcome.OK);
            assertThat(after.stdout()).isEqualTo("True\n");
            assertThat(after.sessionReset()).isFalse();
        }
    }

    @Test
    void aGuestStuckWhereItCannotStopIsDiscardedAfterTheTimeoutAndTheResultSaysSo() {
        // The host function ignores interruption: the guest cannot reach a safe point.
        try (MicroPythonSession session = MicroPythonSession.builder()
                .timeout(Duration.ofMillis(300))
                .hostFunction("stuck", (args, kwargs) -> {
                    long until = System.nanoTime() + 4_000_000_000L;
                    while (System.nanoTime() < until) {
                        Thread.onSpinWait();
                    }
                    return null;
                })
                .build()) {
            session.run("before = 1");

            RunResult result = session.run("import host\nhost.stuck()");

            assertThat(result.outcome()).isEqualTo(Outcome.TIMEOUT);
            assertThat(result.sessionReset()).isTrue();
            assertThat(result.detail()).hasValueSatisfying(d -> assertThat(d).contains("session was reset"));
            assertThat(result.fuelUsed()).isEmpty();
            RunResult after = session.run("print('before' in globals())");
            assertThat(after.stdout()).isEqualTo("False\n");
        }
    }

    @Test
    void sleepIsInterruptedByTheTimeout() {
        try (MicroPythonSession session = MicroPythonSession.builder().timeout(Duration.ofMillis(500)).build()) {
            session.run("pass");
            RunResult result = session.run("import time\ntime.sleep(1000)");
            assertThat(result.outcome()).isEqualTo(Outcome.TIMEOUT);
            assertThat(result.sessionReset()).isFalse(); // the sleep itself ended, not the guest
            RunResult again = session.run("import time\ntime.sleep_ms(10)\nprint('slept')");
            assertThat(again.stdout()).as(again.toString()).isEqualTo("slept\n");
        }
    }

    @Test
    void outputLimitCutsTheOutputWithAMarker() {
        try (MicroPythonSession session = MicroPythonSession.builder().outputLimit(1000).build()) {
            RunResult result = session.run("while True:\n    print('x' * 99)");

            assertThat(result.outcome()).isEqualTo(Outcome.OUTPUT_LIMIT);
            assertThat(result.stdout()).startsWith("x".repeat(99) + "\n")
                    .endsWith("\n[output truncated: limit 1000 bytes]\n")
                    .hasSize(1000 + "\n[output truncated: limit 1000 bytes]\n".length());
            assertThat(result.sessionReset()).isFalse();
            assertThat(result.detail()).hasValue("output limit of 1000 bytes exceeded");
            assertThat(session.run("print('ok')").stdout()).isEqualTo("ok\n");
        }
    }

    @Test
    void memoryLimitRaisesMemoryErrorInsideTheGuest() {
        try (MicroPythonSession session = MicroPythonSession.builder().memoryLimit(4 << 20).build()) {
            RunResult caught = session.run(
                    "try:\n    b = bytearray(8 * 1024 * 1024)\nexcept MemoryError:\n    print('caught')");
            assertThat(caught.outcome()).isEqualTo(Outcome.OK);
            assertThat(caught.stdout()).isEqualTo("caught\n");

            RunResult uncaught = session.run("b = bytearray(8 * 1024 * 1024)");
            assertThat(uncaught.outcome()).isEqualTo(Outcome.MEMORY_LIMIT);
            assertThat(uncaught.error().orElseThrow().type()).isEqualTo("MemoryError");
            assertThat(uncaught.sessionReset()).isFalse();
            assertThat(uncaught.detail()).hasValue("memory limit of 4194304 bytes exhausted");

            RunResult small = session.run("b = bytearray(1024 * 1024)\nprint(len(b))");
            assertThat(small.stdout()).isEqualTo("1048576\n");
        }
    }

    @Test
    void memoryLimitBelowWhatTheGuestNeedsIsRejected() {
        assertThatThrownBy(() -> MicroPythonSession.builder().memoryLimit(1024).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("below the guest's initial memory");
    }

    @Test
    void deepRecursionIsARecursionError() {
        try (MicroPythonSession session = session()) {
            RunResult result = session.run("def f(n):\n    return f(n + 1) + 1\nf(0)");
            assertThat(result.outcome()).isEqualTo(Outcome.PYTHON_ERROR);
            assertThat(result.error().orElseThrow().type()).isEqualTo("RecursionError");
            assertThat(session.run("print(1)").stdout()).isEqualTo("1\n");
        }
    }

    @Test
    void closeDuringARunEndsItAndReturnsOnceTheWorkerThreadHasEnded() throws Exception {
        Set<Thread> before = workerThreads();
        CountDownLatch spinning = new CountDownLatch(1);
        MicroPythonSession session = MicroPythonSession.builder()
                .timeout(Duration.ofSeconds(60))
                .stdout(new java.io.OutputStream() {
                    @Override
                    public void write(int b) {
                        spinning.countDown();
                    }
                })
                .build();
        session.run("pass");
        Set<Thread> workers = workerThreads();
        workers.removeAll(before);
        assertThat(workers).hasSize(1);
        CompletableFuture<RunResult> running = session.runAsync("print('spinning')\nwhile True:\n    pass");
        spinning.await();
        assertThat(running).isNotDone();

        session.close();

        assertThat(workers).allSatisfy(worker -> assertThat(worker.isAlive()).as(worker.getName()).isFalse());
        RunResult result = running.get(1, TimeUnit.MINUTES);
        assertThat(result.outcome()).isEqualTo(Outcome.SESSION_CLOSED);
    }

    @Test
    void runAfterCloseFailsAndCloseIsIdempotent() {
        MicroPythonSession session = session();
        session.close();
        session.close();
        assertThatThrownBy(() -> session.run("print(1)"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the session is closed");
        assertThatThrownBy(() -> session.runAsync("print(1)")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closeEndsQueuedRuns() throws Exception {
        MicroPythonSession session = MicroPythonSession.builder().timeout(Duration.ofSeconds(60)).build();
        CompletableFuture<RunResult> running = session.runAsync("while True:\n    pass");
        CompletableFuture<RunResult> queued = session.runAsync("print('never')");
        session.close();
        assertThat(running.get(1, TimeUnit.SECONDS).outcome()).isEqualTo(Outcome.SESSION_CLOSED);
        assertThat(queued.get(1, TimeUnit.SECONDS).outcome()).isEqualTo(Outcome.SESSION_CLOSED);
        assertThat(queued.get().stdout()).isEmpty();
    }

    @Test
    void concurrentRunsAreSerialised() throws Exception {
        int threads = 8;
        int runsPerThread = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (MicroPythonSession session = session()) {
            session.run("counter = 0\nlog = []");
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<RunResult>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    List<RunResult> results = new ArrayList<>();
                    for (int i = 0; i < runsPerThread; i++) {
                        // A run that another run could interleave with would lose increments.
                        results.add(session.run("c = counter\nfor _ in range(200):\n    pass\ncounter = c + 1\nprint(counter)"));
                    }
                    return results;
                }));
            }
            start.countDown();
            List<String> outputs = new ArrayList<>();
            for (Future<List<RunResult>> future : futures) {
                for (RunResult result : future.get(60, TimeUnit.SECONDS)) {
                    assertThat(result.outcome()).isEqualTo(Outcome.OK);
                    outputs.add(result.stdout());
                }
            }
            int total = threads * runsPerThread;
            assertThat(session.run("print(counter)").stdout()).isEqualTo(total + "\n");
            assertThat(outputs).doesNotHaveDuplicates().hasSize(total);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void runAsyncCompletesInSubmissionOrder() throws Exception {
        try (MicroPythonSession session = session()) {
            session.run("seen = []");
            List<CompletableFuture<RunResult>> futures = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                futures.add(session.runAsync("seen.append(" + i + ")"));
            }
            CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).get(30, TimeUnit.SECONDS);
            assertThat(session.run("print(seen)").stdout()).isEqualTo("[0, 1, 2, 3, 4]\n");
        }
    }

    @Test
    void oneShotRunUsesAFreshSession() {
        RunResult result = MicroPython.run("print(sum(range(10)))");
        assertThat(result.outcome()).isEqualTo(Outcome.OK);
        assertThat(result.stdout()).isEqualTo("45\n");
    }

    @Test
    void builderRejectsBadSettings() {
        MicroPythonSession.Builder builder = MicroPythonSession.builder();
        assertThatThrownBy(() -> builder.memoryLimit(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.timeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.outputLimit(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.hostPayloadLimit(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.maxHostCallsPerRun(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.readOnlyDirectory(java.nio.file.Path.of("."), "relative"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Set<Thread> workerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("micropython4j-session-"))
                .filter(Thread::isAlive)
                .collect(Collectors.toSet());
    }

    @Test
    void whatARunLeavesInTheInterpreterDoesNotReachTheNextRun() {
        try (MicroPythonSession session = MicroPythonSession.builder().build()) {
            RunResult locked = session.run("import micropython\nmicropython.heap_lock()");
            RunResult scheduled = session.run("import micropython\nmicropython.schedule(print, 'injected')");
            RunResult next = session.run("x = [1] * 1000\nprint(len(x))");

            assertThat(locked.outcome()).isEqualTo(Outcome.OK);
            assertThat(scheduled.stdout()).doesNotContain("injected");
            assertThat(next.outcome()).as(next.toString()).isEqualTo(Outcome.OK);
            assertThat(next.stdout()).isEqualTo("1000\n");
        }
    }

    @Test
    void systemExitWithAnIntTooLargeForAnExitCodeExitsWithOne() {
        try (MicroPythonSession session = MicroPythonSession.builder().build()) {
            RunResult result = session.run("raise SystemExit(2**40)");

            assertThat(result.outcome()).isEqualTo(Outcome.EXIT);
            assertThat(result.exitCode()).hasValue(1);
        }
    }

    @Test
    void codeTooLargeForTheGuestIsAMemoryErrorAndTheSessionKeepsItsState() {
        try (MicroPythonSession session = MicroPythonSession.builder().memoryLimit(8 << 20).build()) {
            session.run("x = 42");

            RunResult tooLarge = session.run("#" + "a".repeat(20_000_000));
            RunResult after = session.run("print(x)");

            assertThat(tooLarge.outcome()).as(tooLarge.toString()).isEqualTo(Outcome.MEMORY_LIMIT);
            assertThat(tooLarge.sessionReset()).isFalse();
            assertThat(after.stdout()).isEqualTo("42\n");
            assertThat(after.sessionReset()).isFalse();
        }
    }

    @Test
    void guestCodeCannotReachTheSessionImportsOrForgeAResult() {
        try (MicroPythonSession session = MicroPythonSession.builder().build()) {
            RunResult module = session.run("import micropython4j");
            RunResult viaHost = session.run("import host\nhost.session_result(1, 0, 0, 0)");
            RunResult viaBuiltins = session.run("session_result(1, 0, 0, 0)");
            RunResult fakeOutput = session.run("import sys\nsys.stdout.write('\\x00\\x00\\x00\\x00')\nraise ValueError('real')");
            RunResult after = session.run("print(1 + 1)");

            assertThat(module.error()).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo("ModuleNotFoundError"));
            assertThat(viaHost.outcome()).isEqualTo(Outcome.PYTHON_ERROR);
            assertThat(viaHost.error().orElseThrow().type()).isEqualTo("AttributeError");
            assertThat(viaBuiltins.error()).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo("NameError"));
            assertThat(fakeOutput.outcome()).isEqualTo(Outcome.PYTHON_ERROR);
            assertThat(fakeOutput.stdout()).isEqualTo("\0\0\0\0");
            assertThat(fakeOutput.error().orElseThrow().message()).isEqualTo("real");
            assertThat(after.outcome()).isEqualTo(Outcome.OK);
            assertThat(after.stdout()).isEqualTo("2\n");
        }
    }
}

package io.github.micropython4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A result is all a host learns about untrusted code: each one says exactly what happened. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class RunResultTruthTest {

    @Test
    void aMemoryErrorTheCodeRaisesItselfIsAPythonError() {
        try (MicroPythonSession session = MicroPythonSession.builder().build()) {
            RunResult raised = session.run("raise MemoryError('mine')");
            RunResult lookAlike = session.run("class MemoryError(Exception): pass\nraise MemoryError('not really')");
            RunResult afterCatching = session.run(
                    "try:\n    bytearray(64 << 20)\nexcept MemoryError:\n    pass\nraise MemoryError('mine too')");

            assertThat(raised.outcome()).as(raised.toString()).isEqualTo(Outcome.PYTHON_ERROR);
            assertThat(raised.error().orElseThrow().message()).isEqualTo("mine");
            assertThat(lookAlike.outcome()).as(lookAlike.toString()).isEqualTo(Outcome.PYTHON_ERROR);
            assertThat(lookAlike.error().orElseThrow().type()).isEqualTo("MemoryError");
            // an allocation did fail in this run, and the uncaught exception is the built-in MemoryError
            assertThat(afterCatching.outcome()).isEqualTo(Outcome.MEMORY_LIMIT);
        }
    }

    @Test
    void hittingTheMemoryCapIsAMemoryLimitAndTheSessionKeepsItsState() {
        try (MicroPythonSession session = MicroPythonSession.builder().memoryLimit(4 << 20).build()) {
            session.run("kept = 'yes'");

            RunResult result = session.run("big = bytearray(8 << 20)");

            assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.MEMORY_LIMIT);
            assertThat(result.error().orElseThrow().type()).isEqualTo("MemoryError");
            assertThat(result.detail()).hasValue("memory limit of 4194304 bytes exhausted");
            assertThat(result.sessionReset()).isFalse();
            assertThat(session.run("print(kept)").stdout()).isEqualTo("yes\n");
        }
    }

    @Test
    void fuelUsedOnExhaustionCountsEveryUnitChargedIncludingTheWayToTheSafePoint() {
        try (MicroPythonSession session = MicroPythonSession.builder().fuelLimit(2_000_000).build()) {
            RunResult result = session.run("while True:\n    pass");

            assertThat(result.outcome()).isEqualTo(Outcome.FUEL_EXHAUSTED);
            assertThat(result.fuelUsed().orElseThrow()).isGreaterThanOrEqualTo(2_000_000);
        }
    }

    @Test
    void aTracebackNamesTheFileTheCodeCameFrom() {
        try (MicroPythonSession session = MicroPythonSession.builder().build()) {
            RunResult result = session.run("x = 1\ndef f():\n    return 1 / 0\nf()\n", "job.py");

            PythonError error = result.error().orElseThrow();
            assertThat(error.frames()).extracting(PythonError.Frame::file).containsOnly("job.py");
            assertThat(error.frames()).extracting(PythonError.Frame::line).containsExactly(4, 3);
            assertThat(error.traceback())
                    .contains("  File \"job.py\", line 4, in <module>\n")
                    .contains("  File \"job.py\", line 3, in f\n");
            assertThat(session.run("1/0").error().orElseThrow().frames().get(0).file()).isEqualTo("<string>");
        }
    }

    @Test
    void aDeepRecursionsTracebackEndsWithTheRecursionErrorLine() {
        try (MicroPythonSession session = MicroPythonSession.builder().build()) {
            RunResult result = session.run("def f(n):\n    return f(n + 1)\nf(0)\n");

            PythonError error = result.error().orElseThrow();
            assertThat(error.type()).isEqualTo("RecursionError");
            assertThat(error.traceback()).endsWith("\nRecursionError: maximum recursion depth exceeded\n");
            assertThat(error.traceback()).startsWith("Traceback (most recent call last):\n");
        }
    }

    @Test
    void outputStreamsToTheHostWhileTheRunIsStillGoing() {
        CountDownLatch seen = new CountDownLatch(1);
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        OutputStream stdout = new OutputStream() {
            @Override
            public void write(int b) {
                captured.write(b);
                if (captured.toString(StandardCharsets.UTF_8).contains("first\n")) {
                    seen.countDown();
                }
            }
        };
        try (MicroPythonSession session = MicroPythonSession.builder()
                .stdout(stdout)
                .timeout(Duration.ofMinutes(1))
                // the run goes on only once the host has seen its first line
                .hostFunction("wait_until_seen", (args, kwargs) -> seen.await(30, TimeUnit.SECONDS))
                .build()) {
            RunResult result = session.run("print('first')\nprint(wait_until_seen())");

            assertThat(result.stdout()).isEqualTo("first\nTrue\n");
            assertThat(captured.toString(StandardCharsets.UTF_8)).isEqualTo("first\nTrue\n");
        }
    }

    @Test
    void cancellingARunStopsTheGuestAndTheSessionGoesOnWithItsState() throws Exception {
        try (MicroPythonSession session = MicroPythonSession.builder().fuelLimit(Long.MAX_VALUE).build()) {
            session.run("x = 42");

            CompletableFuture<RunResult> spinning = session.runAsync("while True:\n    x += 0");
            CompletableFuture<RunResult> queued = session.runAsync("x = -1");
            queued.cancel(true);
            assertThat(spinning.cancel(true)).isTrue();

            RunResult next = session.run("print(x)");
            assertThat(next.stdout()).as(next.toString()).isEqualTo("42\n");
            assertThat(next.sessionReset()).isFalse();
            assertThat(spinning).isCancelled();
            // the cancelled guest left no thread behind: once idle, no thread runs a session's guest
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!sessionThreads().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(sessionThreads()).isEmpty();
        }
    }

    @Test
    void cancellingARunDuringAHostCallInterruptsTheCall() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        try (MicroPythonSession session = MicroPythonSession.builder()
                .hostFunction("wait", (args, kwargs) -> {
                    entered.countDown();
                    Thread.sleep(600_000);
                    return null;
                })
                .build()) {
            session.run("y = 'kept'");
            CompletableFuture<RunResult> waiting = session.runAsync("wait()");
            entered.await();

            waiting.cancel(true);

            assertThat(session.run("print(y)").stdout()).isEqualTo("kept\n");
        }
    }

    @Test
    void closeReturnsOnceTheGuestHasLeftItsThread() throws Exception {
        MicroPythonSession session = MicroPythonSession.builder()
                .hostFunction("thread_name", (args, kwargs) -> Thread.currentThread().getName())
                .timeout(Duration.ofMinutes(1))
                .build();
        String guestThread = session.run("print(thread_name())").stdout().strip();
        assertThat(guestThread).startsWith("micropython4j-session-");
        CompletableFuture<RunResult> spinning = session.runAsync("while True:\n    pass");
        while (!sessionThreads().contains(guestThread)) {
            Thread.sleep(10);
        }

        session.close();

        assertThat(sessionThreads()).doesNotContain(guestThread);
        assertThat(spinning.get(1, TimeUnit.SECONDS).outcome()).isEqualTo(Outcome.SESSION_CLOSED);
    }

    @Test
    void closeWithAHostFunctionIgnoringInterruptionReturnsAtItsBoundAndSaysSo() throws Exception {
        CompletableFuture<String> guestThread = new CompletableFuture<>();
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger warnings = new AtomicInteger();
        Logger logger = Logger.getLogger("io.github.micropython4j");
        Handler counter = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()
                        && String.valueOf(record.getMessage()).contains("still running")) {
                    warnings.incrementAndGet();
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        logger.addHandler(counter);
        try {
            MicroPythonSession session = MicroPythonSession.builder()
                    .hostFunction("stubborn", (args, kwargs) -> {
                        guestThread.complete(Thread.currentThread().getName());
                        while (true) {
                            try {
                                release.await();
                                return null;
                            } catch (InterruptedException ignored) {
                                // a badly behaved host function
                            }
                        }
                    })
                    .build();
            session.runAsync("stubborn()");
            String stuck = guestThread.join();

            session.close();

            assertThat(warnings).hasValue(1);
            assertThat(sessionThreads()).contains(stuck);
            release.countDown();
        } finally {
            logger.removeHandler(counter);
            release.countDown();
        }
    }

    private static Set<String> sessionThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(n -> n.startsWith("micropython4j-session-"))
                .collect(Collectors.toSet());
    }
}

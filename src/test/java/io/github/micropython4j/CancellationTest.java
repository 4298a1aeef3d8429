package io.github.micropython4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.micropython4j.testing.LiveThreads;
import java.io.OutputStream;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Cancelling {@code runAsync}'s future stops the guest (outcome {@link Outcome#CANCELLED} inside),
 * keeps the session's state, and leaves no thread behind, however often it is done.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class CancellationTest {

    /** The library's threads apart from the pooled guest threads, whose number varies with timing (LiveThreads). */
    private static long liveThreads() {
        return LiveThreads.libraryApartFromPool();
    }

    @Test
    void cancellingAnInfiniteLoopStopsItAndTheSessionRunsTheNextSnippetWithItsState() throws Exception {
        CountDownLatch[] looping = new CountDownLatch[1];
        OutputStream signal = new OutputStream() {
            @Override
            public void write(int b) {
                looping[0].countDown();
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                looping[0].countDown();
            }
        };
        try (MicroPythonSession session = MicroPythonSession.builder()
                .fuelLimit(Long.MAX_VALUE).timeout(java.time.Duration.ofMinutes(5)).stdout(signal).build()) {
            session.run("state = 'kept'\nrounds = 0");
            long threadsBefore = liveThreads();
            for (int round = 0; round < 20; round++) {
                looping[0] = new CountDownLatch(1);
                CompletableFuture<RunResult> spinning = session.runAsync("rounds += 1\nprint('looping')\nwhile True:\n    pass");
                assertThat(looping[0].await(30, TimeUnit.SECONDS)).isTrue();

                assertThat(spinning.cancel(true)).isTrue();

                assertThat(spinning).isCancelled();
                assertThatThrownBy(spinning::join).isInstanceOf(CancellationException.class);
                RunResult next = session.run("state, rounds");
                assertThat(next.sessionReset()).as(next.toString()).isFalse();
                assertThat(next.value()).contains(java.util.List.of("kept", round + 1));
            }
            assertThat(LiveThreads.settled(() -> (int) liveThreads(), (int) threadsBefore)).isLessThanOrEqualTo((int) threadsBefore);
            assertThat(LiveThreads.pooledGuests()).isLessThanOrEqualTo(8);
        }
    }

    @Test
    void cancellingDuringAHostCallInterruptsItAndTheSessionGoesOn() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch[] entered = new CountDownLatch[1];
        try (MicroPythonSession session = MicroPythonSession.builder()
                .hostFunction("wait", (args, kwargs) -> {
                    mostAtOnce.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    entered[0].countDown();
                    try {
                        Thread.sleep(600_000);
                    } finally {
                        inside.decrementAndGet();
                    }
                    return null;
                })
                .build()) {
            session.run("y = 'kept'");
            long threadsBefore = liveThreads();
            for (int round = 0; round < 20; round++) {
                entered[0] = new CountDownLatch(1);
                CompletableFuture<RunResult> waiting = session.runAsync("wait()\ny = 'changed'");
                assertThat(entered[0].await(30, TimeUnit.SECONDS)).isTrue();

                waiting.cancel(true);

                RunResult next = session.run("y");
                assertThat(next.value()).as(next.toString()).contains("kept");
                assertThat(next.sessionReset()).isFalse();
                assertThat(inside).hasValue(0);
            }
            assertThat(mostAtOnce).hasValue(1);
            assertThat(LiveThreads.settled(() -> (int) liveThreads(), (int) threadsBefore)).isLessThanOrEqualTo((int) threadsBefore);
            assertThat(LiveThreads.pooledGuests()).isLessThanOrEqualTo(8);
        }
    }

    @Test
    void dependentActionsRunInTheGivenExecutor() throws Exception {
        AtomicInteger executed = new AtomicInteger();
        Executor counting = command -> {
            executed.incrementAndGet();
            command.run();
        };
        try (MicroPythonSession session = MicroPythonSession.builder().build()) {
            RunResult result = session.runAsync("6 * 7", counting).get(30, TimeUnit.SECONDS);
            assertThat(result.value()).contains(42);
            assertThat(executed).hasValue(1);
        }
    }

    @Test
    void aQueuedRunThatIsCancelledNeverRuns() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (MicroPythonSession session = MicroPythonSession.builder()
                .hostFunction("hold", (args, kwargs) -> {
                    started.countDown();
                    release.await();
                    return null;
                })
                .build()) {
            session.run("marker = 'before'");
            CompletableFuture<RunResult> holding = session.runAsync("hold()");
            started.await();
            CompletableFuture<RunResult> queued = session.runAsync("marker = 'after'");
            assertThat(queued.cancel(true)).isTrue();
            assertThat(queued).isCancelled();
            release.countDown();

            assertThat(holding.get(30, TimeUnit.SECONDS).outcome()).isEqualTo(Outcome.OK);
            assertThat(session.run("marker").value()).contains("before");
        }
    }

    @Test
    void cancellingARunAtOnceCancelsItsFutureWhetherItHadStartedOrNot() throws Exception {
        // Right after runAsync the run may still be queued or already running: either way the
        // future is cancelled, and the session goes on with its state.
        try (MicroPythonSession session = MicroPythonSession.builder().fuelLimit(Long.MAX_VALUE).build()) {
            session.run("n = 0");
            for (int round = 0; round < 50; round++) {
                CompletableFuture<RunResult> spinning = session.runAsync("n += 1\nwhile True:\n    pass");

                assertThat(spinning.cancel(true)).isTrue();

                assertThat(spinning).isCancelled();
                RunResult next = session.run("n <= " + (round + 1));
                assertThat(next.value()).as(next.toString()).contains(true);
            }
        }
    }
}

package io.github.micropython4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micropython4j.Outcome;
import io.github.micropython4j.PythonError;
import io.github.micropython4j.RunResult;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** How a {@link Run} ends: exactly once, and truthfully, whatever races with the guest. */
class RunTest {
    private static final PythonError BOOM = new PythonError("ValueError", "boom", "Traceback...\nValueError: boom\n", List.of());
    private static final PythonError MEMORY = new PythonError("MemoryError", "", "MemoryError\n", List.of());

    private final TestTank tank = new TestTank();

    private Run started(long fuel) {
        Run run = new Run(1, "pass", Run.DEFAULT_SOURCE_NAME, false, TestConfigs.withFuel(fuel));
        assertThat(run.start(null, false, tank)).isTrue();
        return run;
    }

    private static RunResult result(Run run) {
        assertThat(run.result()).isDone();
        return run.result().join();
    }

    @Test
    void aStopRequestedAfterTheGuestReportedKeepsTheGuestsResult() {
        Run run = started(1_000_000);
        tank.level -= 700;

        run.reporting();
        run.requestStop(Run.StopReason.TIMEOUT);
        run.reported(GuestReport.exception(BOOM, false), tank);

        RunResult result = result(run);
        assertThat(result.outcome()).isEqualTo(Outcome.PYTHON_ERROR);
        assertThat(result.error()).contains(BOOM);
        assertThat(result.fuelUsed()).hasValue(700);
    }

    @RepeatedTest(200)
    void aStopRacingTheReportEndsTheRunExactlyOnceAndOnlyIfItCameFirst() throws Exception {
        Run run = started(1_000_000);
        CountDownLatch go = new CountDownLatch(1);
        Thread timer = new Thread(() -> {
            await(go);
            run.requestStop(Run.StopReason.TIMEOUT);
        });
        timer.start();
        go.countDown();
        run.reporting();
        boolean stopCameFirst = run.stopRequest() != null;
        run.reported(GuestReport.ok(), tank);
        timer.join();

        assertThat(result(run).outcome()).isEqualTo(stopCameFirst ? Outcome.TIMEOUT : Outcome.OK);
    }

    @Test
    void aRunThatEndedByItselfAfterAStopRequestReportsTheStopWithItsException() {
        Run run = started(1_000_000);
        run.requestStop(Run.StopReason.TIMEOUT); // e.g. a host function cut short, which raised

        run.reporting();
        run.reported(GuestReport.exception(BOOM, false), tank);

        RunResult result = result(run);
        assertThat(result.outcome()).isEqualTo(Outcome.TIMEOUT);
        assertThat(result.error()).contains(BOOM);
        assertThat(result.sessionReset()).isFalse();
    }

    @Test
    void fuelUsedOnExhaustionIncludesTheOverdraftSpent() {
        Run run = started(2_000_000);
        tank.level = -1;
        while (!run.fuelExhausted(tank)) {
            tank.level = -1;
        }
        tank.level -= 5_000; // reaching a safe point

        run.reporting();
        run.reported(GuestReport.aborted(), tank);

        RunResult result = result(run);
        assertThat(result.outcome()).isEqualTo(Outcome.FUEL_EXHAUSTED);
        assertThat(result.fuelUsed()).hasValue(2_000_001 + 5_000);
    }

    @Test
    void aMemoryErrorIsAMemoryLimitOnlyWhenAnAllocationFailed() {
        Run userRaised = started(1_000_000);
        userRaised.reported(GuestReport.exception(MEMORY, false), tank);
        Run capHit = started(1_000_000);
        capHit.reported(GuestReport.exception(MEMORY, true), tank);

        assertThat(result(userRaised).outcome()).isEqualTo(Outcome.PYTHON_ERROR);
        assertThat(result(capHit).outcome()).isEqualTo(Outcome.MEMORY_LIMIT);
        assertThat(result(capHit).error()).contains(MEMORY);
        assertThat(result(capHit).sessionReset()).isFalse();
    }

    @Test
    void anAbortTheHostDidNotAskForIsACrashThatDiscardsTheGuest() {
        Run run = started(1_000_000);

        boolean discard = run.reported(GuestReport.aborted(), tank);

        assertThat(discard).isTrue();
        assertThat(result(run).outcome()).isEqualTo(Outcome.CRASH);
        assertThat(result(run).sessionReset()).isTrue();
    }

    @Test
    void everyCrashResetsTheSession() {
        Run run = started(1_000_000);

        run.guestDied(new GuestFailure(GuestFailure.Kind.TRAP, "the guest trapped: unreachable", null), false);

        assertThat(result(run).outcome()).isEqualTo(Outcome.CRASH);
        assertThat(result(run).sessionReset()).isTrue();
        assertThat(result(run).detail()).hasValue("the guest trapped: unreachable");
    }

    @Test
    void aGuestThatSpentItsOverdraftEndsTheRunWithItsKnownFuel() {
        Run run = started(1_000);
        tank.level = -1;
        assertThat(run.fuelExhausted(tank)).isTrue();
        tank.level = -1;
        Throwable overdraft = org.assertj.core.api.Assertions.catchThrowable(() -> run.fuelExhausted(tank));

        run.guestDied(new GuestFailure(GuestFailure.Kind.HOST_ABORT, "aborted", overdraft), false);

        RunResult result = result(run);
        assertThat(result.outcome()).isEqualTo(Outcome.FUEL_EXHAUSTED);
        assertThat(result.sessionReset()).isTrue();
        assertThat(result.fuelUsed()).hasValue(1_001 + FuelAccount.OVERDRAFT + 1);
    }

    @Test
    void aCancelledRunThatHadNotStartedNeverStarts() {
        Run run = new Run(1, "pass", Run.DEFAULT_SOURCE_NAME, false, TestConfigs.config());

        run.cancel();

        assertThat(result(run).outcome()).isEqualTo(Outcome.CANCELLED);
        assertThat(run.start(null, false, tank)).isFalse();
    }

    @Test
    void theFirstEndingWinsAndLaterOnesChangeNothing() {
        Run run = started(1_000_000);
        run.sessionClosed();

        run.reported(GuestReport.ok(), tank);
        run.guestDied(new GuestFailure(GuestFailure.Kind.TRAP, "late", null), false);

        assertThat(result(run).outcome()).isEqualTo(Outcome.SESSION_CLOSED);
    }

    @Test
    void aNamedRequestCarriesItsSourceNameBeforeTheCode() {
        Run run = new Run(3, "x = 1", "job.py", false, TestConfigs.config());

        assertThat(run.flags() & ProtocolCodec.FLAG_NAMED).isNotZero();
        assertThat(new String(run.request(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("job.py\0x = 1");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package io.github.micropython4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RunControlTest {

    /** Simulates the guest's meter: one unit per tick, calling back when the tank goes negative. */
    private static final class MeteredGuest implements RunControl.FuelTank {
        final RunControl control;
        long level;
        boolean abortRequested;

        MeteredGuest(RunControl control) {
            this.control = control;
        }

        @Override
        public long level() {
            return level;
        }

        @Override
        public void fill(long units) {
            level = units;
        }

        /** Runs up to {@code ticks} ticks; returns how many ran before an abort was requested. */
        long tick(long ticks) {
            for (long i = 0; i < ticks; i++) {
                level--;
                if (level < 0 && control.exhausted(this)) {
                    abortRequested = true;
                    return i + 1;
                }
            }
            return ticks;
        }
    }

    @Test
    void countsExactlyTheUnitsUsedAcrossSlices() {
        RunControl control = new RunControl(10_000_000);
        MeteredGuest guest = new MeteredGuest(control);
        control.startRun(guest, 1);

        guest.tick(3_456_789);

        assertThat(guest.abortRequested).isFalse();
        assertThat(control.finishRun(guest)).isEqualTo(3_456_789);
        assertThat(control.stopReason()).isNull();
    }

    @Test
    void stopsWhenTheBudgetIsSpentAndReportsTheBudget() {
        RunControl control = new RunControl(2_500_000);
        MeteredGuest guest = new MeteredGuest(control);
        control.startRun(guest, 1);

        long ran = guest.tick(10_000_000);

        assertThat(guest.abortRequested).isTrue();
        assertThat(ran).isEqualTo(2_500_001); // the budget, plus the tick that found it spent
        assertThat(guest.level).isEqualTo(RunControl.OVERDRAFT);
        guest.tick(1000);
        assertThat(control.finishRun(guest)).isEqualTo(2_500_000);
        assertThat(control.stopReason()).isEqualTo(RunControl.StopReason.FUEL);
    }

    @Test
    void aGuestThatSpendsItsOverdraftTooIsGivenUp() {
        RunControl control = new RunControl(1_000);
        MeteredGuest guest = new MeteredGuest(control);
        control.startRun(guest, 1);
        guest.tick(2_000);

        assertThatThrownBy(() -> guest.tick(RunControl.OVERDRAFT + 1))
                .isInstanceOf(RunControl.OverdraftExhaustedException.class)
                .extracting(e -> ((RunControl.OverdraftExhaustedException) e).reason())
                .isEqualTo(RunControl.StopReason.FUEL);
    }

    @Test
    void aStopRequestedFromAnotherThreadTakesEffectAtTheNextSlice() throws Exception {
        RunControl control = new RunControl(Long.MAX_VALUE);
        MeteredGuest guest = new MeteredGuest(control);
        control.startRun(guest, 1);
        guest.tick(10);
        Thread other = new Thread(() -> control.requestStop(1, RunControl.StopReason.TIMEOUT));
        other.start();
        other.join();

        long ran = guest.tick(10 * RunControl.SLICE);

        assertThat(guest.abortRequested).isTrue();
        assertThat(ran).isLessThanOrEqualTo(RunControl.SLICE);
        assertThat(control.stopReason()).isEqualTo(RunControl.StopReason.TIMEOUT);
    }

    @Test
    void stopNowMakesTheNextTickStopAndKeepsTheCountExact() {
        RunControl control = new RunControl(Long.MAX_VALUE);
        MeteredGuest guest = new MeteredGuest(control);
        control.startRun(guest, 1);
        guest.tick(500);
        control.requestStop(1, RunControl.StopReason.OUTPUT_LIMIT);

        control.stopNow(guest);
        long ran = guest.tick(5);

        assertThat(ran).isEqualTo(1);
        assertThat(control.finishRun(guest)).isEqualTo(501);
        assertThat(control.stopReason()).isEqualTo(RunControl.StopReason.OUTPUT_LIMIT);
    }

    @Test
    void outsideRunsTheGuestIsNeverStopped() {
        RunControl control = new RunControl(10);
        MeteredGuest guest = new MeteredGuest(control);

        guest.tick(1_000);

        assertThat(guest.abortRequested).isFalse();
        assertThat(guest.level).isGreaterThan(RunControl.SLICE);
    }

    @Test
    void eachRunStartsWithAFreshBudgetAndNoStopRequest() {
        RunControl control = new RunControl(100);
        MeteredGuest guest = new MeteredGuest(control);
        control.startRun(guest, 1);
        guest.tick(1_000);
        control.finishRun(guest);

        control.startRun(guest, 1);
        guest.abortRequested = false;
        guest.tick(50);

        assertThat(guest.abortRequested).isFalse();
        assertThat(control.finishRun(guest)).isEqualTo(50);
        assertThat(control.stopReason()).isNull();
    }

    @Test
    void aBulkChargeBeyondTheSliceIsPaidFromTheNextSlicesExactly() {
        RunControl control = new RunControl(10_000_000);
        MeteredGuest guest = new MeteredGuest(control);
        control.startRun(guest, 1);
        guest.tick(10);

        guest.level -= 2_500_000; // one memory.copy of 160 MB
        boolean stop = control.exhausted(guest);

        assertThat(stop).isFalse();
        assertThat(control.finishRun(guest)).isEqualTo(2_500_010);
    }

    @Test
    void aBulkChargeBeyondTheBudgetStopsTheRun() {
        RunControl control = new RunControl(2_000_000);
        MeteredGuest guest = new MeteredGuest(control);
        control.startRun(guest, 1);

        guest.level -= 5_000_000;

        assertThat(control.exhausted(guest)).isTrue();
        assertThat(control.stopReason()).isEqualTo(RunControl.StopReason.FUEL);
        assertThat(control.finishRun(guest)).isEqualTo(2_000_000);
    }

    @Test
    void aStopRequestedForAnEarlierRunIsIgnored() {
        RunControl control = new RunControl(Long.MAX_VALUE);
        MeteredGuest guest = new MeteredGuest(control);
        control.startRun(guest, 1);
        control.finishRun(guest);
        control.startRun(guest, 2);

        control.requestStop(1, RunControl.StopReason.TIMEOUT);

        assertThat(control.stopRequested()).isFalse();
        assertThat(guest.tick(3 * RunControl.SLICE)).isEqualTo(3 * RunControl.SLICE);
        assertThat(guest.abortRequested).isFalse();
    }

    @Test
    void aGuestWithoutTheMeterReportsNoFuelCount() {
        RunControl control = new RunControl(1_000);
        control.startRun(RunControl.UNMETERED, 1);

        assertThat(control.finishRun(RunControl.UNMETERED)).isEqualTo(-1);
    }
}

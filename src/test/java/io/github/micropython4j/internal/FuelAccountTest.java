package io.github.micropython4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FuelAccountTest {

    /** Simulates the guest's meter: one unit per tick, calling back when the tank goes negative. */
    private static final class MeteredGuest implements FuelAccount.Tank {
        final FuelAccount account;
        long level;
        boolean stopRequested;
        boolean abortRequested;

        MeteredGuest(FuelAccount account) {
            this.account = account;
            account.start(this);
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
                if (level < 0 && account.exhausted(this, stopRequested)) {
                    abortRequested = true;
                    return i + 1;
                }
            }
            return ticks;
        }
    }

    @Test
    void countsExactlyTheUnitsUsedAcrossSlices() {
        FuelAccount account = new FuelAccount(10_000_000);
        MeteredGuest guest = new MeteredGuest(account);

        guest.tick(3_456_789);

        assertThat(guest.abortRequested).isFalse();
        assertThat(account.finish(guest)).isEqualTo(3_456_789);
        assertThat(account.isStopping()).isFalse();
    }

    @Test
    void stopsWhenTheBudgetIsSpentAndCountsTheOverdraftUsed() {
        FuelAccount account = new FuelAccount(2_500_000);
        MeteredGuest guest = new MeteredGuest(account);

        long ran = guest.tick(10_000_000);

        assertThat(guest.abortRequested).isTrue();
        assertThat(ran).isEqualTo(2_500_001); // the budget, plus the tick that found it spent
        assertThat(guest.level).isEqualTo(FuelAccount.OVERDRAFT);
        guest.tick(1000); // on the way to a safe point
        assertThat(account.finish(guest)).isEqualTo(2_500_001 + 1000);
    }

    @Test
    void aGuestThatSpendsItsOverdraftTooIsGivenUpAndItsUseIsKnown() {
        FuelAccount account = new FuelAccount(1_000);
        MeteredGuest guest = new MeteredGuest(account);
        guest.tick(2_000);

        assertThatThrownBy(() -> guest.tick(FuelAccount.OVERDRAFT + 1))
                .isInstanceOf(FuelAccount.OverdraftExhaustedException.class);
        assertThat(account.used()).isEqualTo(1_001 + FuelAccount.OVERDRAFT + 1);
    }

    @Test
    void aRequestedStopTakesEffectAtTheNextSlice() {
        FuelAccount account = new FuelAccount(Long.MAX_VALUE);
        MeteredGuest guest = new MeteredGuest(account);
        guest.tick(10);
        guest.stopRequested = true;

        long ran = guest.tick(10 * FuelAccount.SLICE);

        assertThat(guest.abortRequested).isTrue();
        assertThat(ran).isLessThanOrEqualTo(FuelAccount.SLICE);
        assertThat(account.isStopping()).isTrue();
    }

    @Test
    void stopNowMakesTheNextTickStopAndKeepsTheCountExact() {
        FuelAccount account = new FuelAccount(Long.MAX_VALUE);
        MeteredGuest guest = new MeteredGuest(account);
        guest.tick(500);
        guest.stopRequested = true;

        account.stopNow(guest);
        long ran = guest.tick(5);

        assertThat(ran).isEqualTo(1);
        assertThat(account.finish(guest)).isEqualTo(501);
    }

    @Test
    void aBulkChargeBeyondTheSliceIsPaidFromTheNextSlicesExactly() {
        FuelAccount account = new FuelAccount(10_000_000);
        MeteredGuest guest = new MeteredGuest(account);
        guest.tick(10);

        guest.level -= 2_500_000; // one memory.copy of 160 MB

        assertThat(account.exhausted(guest, false)).isFalse();
        assertThat(account.finish(guest)).isEqualTo(2_500_010);
    }

    @Test
    void aBulkChargeBeyondTheBudgetStopsTheRunAndCountsAll() {
        FuelAccount account = new FuelAccount(2_000_000);
        MeteredGuest guest = new MeteredGuest(account);

        guest.level -= 5_000_000;

        assertThat(account.exhausted(guest, false)).isTrue();
        assertThat(account.finish(guest)).isEqualTo(5_000_000);
    }

    @Test
    void theUseOfARunThatNeverEndedIsUnknown() {
        FuelAccount account = new FuelAccount(1_000);
        new MeteredGuest(account).tick(10);

        assertThat(account.used()).isEqualTo(-1);
    }
}

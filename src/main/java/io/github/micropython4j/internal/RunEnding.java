package io.github.micropython4j.internal;

import io.github.micropython4j.Outcome;
import io.github.micropython4j.PythonError;

/**
 * How a run ended, before its output and timing are attached.
 *
 * @param outcome the outcome
 * @param error the uncaught Python exception, or null
 * @param exitCode the {@code sys.exit} status, or null
 * @param sessionReset whether the guest instance was discarded
 * @param detail an explanation, or null
 * @param fuelUsed the fuel units the run used, or null if the guest could not count them
 */
record RunEnding(Outcome outcome, PythonError error, Integer exitCode, boolean sessionReset, String detail,
        Long fuelUsed) {

    static RunEnding of(Outcome outcome, boolean sessionReset, String detail) {
        return new RunEnding(outcome, null, null, sessionReset, detail, null);
    }

    /** This ending with the fuel the run used; a negative count (no meter) means unknown. */
    RunEnding withFuelUsed(long units) {
        return new RunEnding(outcome, error, exitCode, sessionReset, detail, units < 0 ? null : units);
    }
}

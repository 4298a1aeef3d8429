package io.github.micropython4j.internal;

import io.github.micropython4j.Outcome;
import io.github.micropython4j.PythonError;
import java.time.Duration;

/**
 * The session runtime's account of one finished run; the public API turns it into a
 * {@code RunResult}. Not part of the API.
 *
 * @param outcome how the run ended
 * @param stdout captured stdout
 * @param stderr captured stderr
 * @param error the uncaught Python exception, or null
 * @param exitCode the {@code sys.exit} status, or null
 * @param elapsed time from delivery to the guest until the end
 * @param sessionReset whether the guest instance was discarded
 * @param detail an explanation for limit and failure outcomes, or null
 * @param fuelUsed the fuel units the run used, or null if unknown (the guest was discarded)
 */
public record RunReport(
        Outcome outcome,
        String stdout,
        String stderr,
        PythonError error,
        Integer exitCode,
        Duration elapsed,
        boolean sessionReset,
        String detail,
        Long fuelUsed) {}

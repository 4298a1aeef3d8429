package io.github.micropython4j;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The immutable result of one run: what the code printed, how it ended and how long it took.
 */
public final class RunResult {
    private final Outcome outcome;
    private final String stdout;
    private final String stderr;
    private final PythonError error;
    private final Integer exitCode;
    private final Duration elapsed;
    private final boolean sessionReset;
    private final String detail;
    private final Long fuelUsed;

    RunResult(
            Outcome outcome,
            String stdout,
            String stderr,
            PythonError error,
            Integer exitCode,
            Duration elapsed,
            boolean sessionReset,
            String detail,
            Long fuelUsed) {
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.stdout = Objects.requireNonNull(stdout, "stdout");
        this.stderr = Objects.requireNonNull(stderr, "stderr");
        this.error = error;
        this.exitCode = exitCode;
        this.elapsed = Objects.requireNonNull(elapsed, "elapsed");
        this.sessionReset = sessionReset;
        this.detail = detail;
        this.fuelUsed = fuelUsed;
    }

    /** How the run ended. */
    public Outcome outcome() {
        return outcome;
    }

    /** Whether the run ended normally ({@link Outcome#OK}). */
    public boolean isOk() {
        return outcome == Outcome.OK;
    }

    /** Everything the run wrote to {@code sys.stdout}, cut at the output limit. */
    public String stdout() {
        return stdout;
    }

    /** Everything the run wrote to {@code sys.stderr}, cut at the output limit. */
    public String stderr() {
        return stderr;
    }

    /**
     * The uncaught Python exception, present for {@link Outcome#PYTHON_ERROR} and for a
     * {@link Outcome#MEMORY_LIMIT} the guest reported as {@code MemoryError}.
     */
    public Optional<PythonError> error() {
        return Optional.ofNullable(error);
    }

    /** The {@code sys.exit} status, present exactly when the outcome is {@link Outcome#EXIT}. */
    public OptionalInt exitCode() {
        return exitCode == null ? OptionalInt.empty() : OptionalInt.of(exitCode);
    }

    /** Wall-clock time from the moment the guest received the code to the end of the run. */
    public Duration elapsed() {
        return elapsed;
    }

    /**
     * Whether the session's interpreter was discarded because of this run (timeout, output limit,
     * crash) or found discarded before it. The next run starts with fresh globals.
     */
    public boolean sessionReset() {
        return sessionReset;
    }

    /**
     * A human-readable explanation for outcomes other than {@link Outcome#OK},
     * {@link Outcome#PYTHON_ERROR} and {@link Outcome#EXIT}, e.g. which limit was hit.
     */
    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    /**
     * The fuel units the run used (see {@link MicroPythonSession.Builder#fuelLimit}): the same
     * code given the same budget uses the same fuel on every run. Empty if the guest had to be
     * discarded before it could count (then {@link #sessionReset()} is true).
     */
    public OptionalLong fuelUsed() {
        return fuelUsed == null ? OptionalLong.empty() : OptionalLong.of(fuelUsed);
    }

    @Override
    public String toString() {
        return "RunResult[outcome=" + outcome
                + (error != null ? ", error=" + error.type() + ": " + error.message() : "")
                + (exitCode != null ? ", exitCode=" + exitCode : "")
                + (detail != null ? ", detail=" + detail : "")
                + ", sessionReset=" + sessionReset
                + ", elapsed=" + elapsed
                + ", stdout=" + stdout.length() + " chars, stderr=" + stderr.length() + " chars]";
    }
}

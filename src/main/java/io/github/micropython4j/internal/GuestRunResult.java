package io.github.micropython4j.internal;

import io.github.micropython4j.Outcome;
import io.github.micropython4j.PythonError;
import io.github.micropython4j.RunResult;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The {@link RunResult} a {@link Run} builds when it ends; see there for the components.
 *
 * @param exitCodeOrNull the exit status, for {@link Outcome#EXIT} only
 * @param errorOrNull the uncaught exception, or null
 * @param detailOrNull the explanation, or null
 * @param fuelUsedOrMinusOne the units used, or -1 if unknown
 * @param valueOrNull the last expression's value as plain Java values, or null (none, or {@code None})
 * @param valueProblemOrNull why the last expression's value could not cross, or null
 */
record GuestRunResult(
        Outcome outcome,
        String stdout,
        String stderr,
        PythonError errorOrNull,
        Integer exitCodeOrNull,
        Duration elapsed,
        boolean sessionReset,
        String detailOrNull,
        long fuelUsedOrMinusOne,
        Object valueOrNull,
        String valueProblemOrNull) implements RunResult {

    GuestRunResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(stderr, "stderr");
        Objects.requireNonNull(elapsed, "elapsed");
    }

    @Override
    public Optional<PythonError> error() {
        return Optional.ofNullable(errorOrNull);
    }

    @Override
    public OptionalInt exitCode() {
        return exitCodeOrNull == null ? OptionalInt.empty() : OptionalInt.of(exitCodeOrNull);
    }

    @Override
    public Optional<String> detail() {
        return Optional.ofNullable(detailOrNull);
    }

    @Override
    public OptionalLong fuelUsed() {
        return fuelUsedOrMinusOne < 0 ? OptionalLong.empty() : OptionalLong.of(fuelUsedOrMinusOne);
    }

    @Override
    public Optional<Object> value() {
        return Optional.ofNullable(valueOrNull);
    }

    @Override
    public Optional<String> valueProblem() {
        return Optional.ofNullable(valueProblemOrNull);
    }

    @Override
    public String toString() {
        return "RunResult[outcome=" + outcome
                + (errorOrNull != null ? ", error=" + errorOrNull.type() + ": " + errorOrNull.message() : "")
                + (exitCodeOrNull != null ? ", exitCode=" + exitCodeOrNull : "")
                + (detailOrNull != null ? ", detail=" + detailOrNull : "")
                + ", sessionReset=" + sessionReset
                + ", elapsed=" + elapsed
                + (fuelUsedOrMinusOne >= 0 ? ", fuelUsed=" + fuelUsedOrMinusOne : "")
                + (valueOrNull != null ? ", value=" + abbreviated(String.valueOf(valueOrNull)) : "")
                + (valueProblemOrNull != null ? ", valueProblem=" + valueProblemOrNull : "")
                + ", stdout=" + stdout.length() + " chars, stderr=" + stderr.length() + " chars]";
    }

    private static String abbreviated(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}

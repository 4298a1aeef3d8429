package io.github.micropython4j;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The immutable result of one run: what the code printed, how it ended, the value of its last
 * expression, how long it took and how much fuel it used. Results are made by the session; every
 * accessor is cheap.
 *
 * <pre>{@code
 * RunResult result = session.run("print(6 * 7)");
 * switch (result.outcome()) {
 *     case OK -> System.out.print(result.stdout());                       // 42
 *     case PYTHON_ERROR -> System.err.print(result.error().orElseThrow().traceback());
 *     default -> System.err.println(result.outcome() + ": " + result.detail().orElse(""));
 * }
 * }</pre>
 */
public interface RunResult {

    /** How the run ended. */
    Outcome outcome();

    /** Whether the run ended normally ({@link Outcome#OK}). */
    default boolean isOk() {
        return outcome() == Outcome.OK;
    }

    /** Everything the run wrote to {@code sys.stdout}, cut at the output limit. */
    String stdout();

    /** Everything the run wrote to {@code sys.stderr}, cut at the output limit. */
    String stderr();

    /**
     * The uncaught Python exception: present for {@link Outcome#PYTHON_ERROR}, for a
     * {@link Outcome#MEMORY_LIMIT} the guest reported as {@code MemoryError}, and for a run
     * stopped by a limit after its code had raised (a host function cut short by the timeout,
     * say).
     */
    Optional<PythonError> error();

    /** The {@code sys.exit} status, present exactly when the outcome is {@link Outcome#EXIT}. */
    OptionalInt exitCode();

    /** Wall-clock time from the moment the guest received the code to the end of the run. */
    Duration elapsed();

    /**
     * Whether the session's interpreter was discarded because of this run (see
     * {@link Outcome}) or found discarded before it: the next run starts with fresh globals.
     */
    boolean sessionReset();

    /**
     * A human-readable explanation for outcomes other than {@link Outcome#OK},
     * {@link Outcome#PYTHON_ERROR} and {@link Outcome#EXIT}, e.g. which limit was hit.
     */
    Optional<String> detail();

    /**
     * The fuel units the run used (see {@link MicroPythonSession.Builder#fuelLimit}),
     * including what a stopping run used beyond its budget to reach a safe point, so it can
     * exceed the limit on {@link Outcome#FUEL_EXHAUSTED}. The same code given the same budget
     * uses the same fuel on every run. Empty only when the count is unknown: the run never
     * started, or its guest had to be abandoned while still running.
     */
    OptionalLong fuelUsed();

    /**
     * The value of the code's last statement, when that statement is an expression and the run
     * ended normally, converted to Java as host function arguments are: {@link Boolean},
     * {@link Integer}/{@link Long}/{@link java.math.BigInteger} (by size), {@link Double},
     * {@link String}, {@link java.util.List} (from a list or tuple) and {@link java.util.Map} (from
     * a dict with str keys), nested, with {@code null} for {@code None} inside them; a
     * {@code datetime}, {@code date} or {@code time} becomes its ISO-8601 string. Empty when the
     * last statement is not an expression, when its value is {@code None}, for
     * {@link MicroPythonSession#runInteractive} (which prints values instead), and when the value
     * cannot cross, which {@link #valueProblem()} then explains. The value's JSON may take up to
     * the host payload limit ({@link MicroPythonSession.Builder#hostPayloadLimit}).
     *
     * <pre>{@code
     * session.run("prices = {'tea': 2.5, 'cake': 4}").value();   // Optional.empty: an assignment
     * session.run("sum(prices.values())").value();               // Optional[6.5]
     * session.run("sorted(prices)").value();                     // Optional[[cake, tea]]
     * }</pre>
     */
    Optional<Object> value();

    /**
     * Why the last expression's value could not cross to Java, e.g.
     * {@code "TypeError: value is of type 'set': only None, bool, int, ..."} or
     * {@code "ValueError: value is too large: more than 1048576 bytes of JSON (the host payload limit)"};
     * empty when it crossed or there was no value.
     *
     * <pre>{@code
     * RunResult result = session.run("{1, 2}");
     * result.value();          // Optional.empty
     * result.valueProblem();   // Optional[TypeError: value is of type 'set': only None, bool, ...]
     * }</pre>
     */
    Optional<String> valueProblem();
}

package io.github.micropython4j.plugins;

import io.github.micropython4j.PythonError;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one hook call: which plugin answered, how the call ended, the returned value or
 * what went wrong. A failing plugin never throws; its failure is described here.
 *
 * <pre>{@code
 * HookResult result = host.call("enrich", "transform", Map.of("id", 7));
 * if (result.isOk()) {
 *     Map<?, ?> row = (Map<?, ?>) result.value().orElse(null);
 * } else {
 *     log.warn(result.error().orElseThrow());   // "plugin 'enrich', hook 'transform': TIMEOUT: ..."
 * }
 * }</pre>
 */
public final class HookResult {
    private final String plugin;
    private final String hook;
    private final HookOutcome outcome;
    private final Object value;
    private final String error;
    private final PythonError pythonError;
    private final Duration elapsed;

    private HookResult(String plugin, String hook, HookOutcome outcome, Object value, String error,
                       PythonError pythonError, Duration elapsed) {
        this.plugin = Objects.requireNonNull(plugin, "plugin");
        this.hook = Objects.requireNonNull(hook, "hook");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.value = value;
        this.error = error;
        this.pythonError = pythonError;
        this.elapsed = Objects.requireNonNull(elapsed, "elapsed");
    }

    static HookResult ok(String plugin, String hook, Object value, Duration elapsed) {
        return new HookResult(plugin, hook, HookOutcome.OK, value, null, null, elapsed);
    }

    static HookResult failed(String plugin, String hook, HookOutcome outcome, String reason,
                             PythonError pythonError, Duration elapsed) {
        String error = "plugin '" + plugin + "', hook '" + hook + "': " + outcome + ": " + reason;
        return new HookResult(plugin, hook, outcome, null, error, pythonError, elapsed);
    }

    /** The name of the plugin that was called. */
    public String plugin() {
        return plugin;
    }

    /** The name of the hook that was called. */
    public String hook() {
        return hook;
    }

    /** How the call ended. */
    public HookOutcome outcome() {
        return outcome;
    }

    /** Whether the hook returned normally and its value crossed to Java. */
    public boolean isOk() {
        return outcome == HookOutcome.OK;
    }

    /**
     * The hook's return value as plain Java values ({@code Boolean}, {@code Integer}/{@code Long}/
     * {@code BigInteger}, {@code Double}, {@code String}, {@code List}, {@code Map}); empty when it
     * returned {@code None} or did not return normally.
     */
    public Optional<Object> value() {
        return Optional.ofNullable(value);
    }

    /**
     * What went wrong, naming the plugin and the hook, e.g.
     * {@code plugin 'enrich', hook 'transform': PYTHON_ERROR: ValueError: no id}; empty when ok.
     */
    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    /** The uncaught Python exception with its traceback, when the hook raised one. */
    public Optional<PythonError> pythonError() {
        return Optional.ofNullable(pythonError);
    }

    /** Wall-clock time of the call, from the host's side. */
    public Duration elapsed() {
        return elapsed;
    }

    @Override
    public String toString() {
        return isOk() ? "HookResult[" + plugin + "." + hook + " OK " + value + "]" : "HookResult[" + error + "]";
    }
}

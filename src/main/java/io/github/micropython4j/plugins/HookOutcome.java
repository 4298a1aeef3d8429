package io.github.micropython4j.plugins;

import io.github.micropython4j.Outcome;

/**
 * How one hook call ended. The first values mirror the session's {@link Outcome}s; the others
 * are the plugin host's own: a value that cannot cross to Java, a plugin that did not load, a
 * hook or plugin that does not exist, a host that was closed.
 *
 * <pre>{@code
 * HookResult result = host.call("enrich", "transform", row);
 * if (result.outcome() == HookOutcome.TIMEOUT) { ... }
 * }</pre>
 */
public enum HookOutcome {
    /** The hook returned a value that crossed to Java. */
    OK,
    /** The hook raised an exception it did not catch (touching a file or URL it was not given, say). */
    PYTHON_ERROR,
    /** The hook called {@code sys.exit}. */
    EXIT,
    /** The hook used up the plugin's fuel (an endless loop, say). */
    FUEL_EXHAUSTED,
    /** The hook ran past the plugin's timeout. */
    TIMEOUT,
    /** The hook ran out of the plugin's memory. */
    MEMORY_LIMIT,
    /** The hook wrote more than the plugin's output limit. */
    OUTPUT_LIMIT,
    /** The sandbox failed; the plugin was restarted from its file. */
    CRASH,
    /** The hook returned a value JSON cannot carry (a set, an object, bytes, NaN, ...). */
    RETURN_NOT_JSON,
    /** The plugin's file did not load; {@link PluginInfo#loadError()} says why. */
    NOT_LOADED,
    /** The plugin defines no hook of that name. */
    NO_SUCH_HOOK,
    /** There is no plugin of that name. */
    NO_SUCH_PLUGIN,
    /** The plugin was closed (by {@link PluginHost#close()} or a reload) during the call. */
    CLOSED;

    /** Whether the plugin's own limits stopped the hook. */
    public boolean isLimit() {
        return this == FUEL_EXHAUSTED || this == TIMEOUT || this == MEMORY_LIMIT || this == OUTPUT_LIMIT;
    }

    static HookOutcome of(Outcome outcome) {
        return switch (outcome) {
            case OK -> OK;
            case PYTHON_ERROR -> PYTHON_ERROR;
            case EXIT -> EXIT;
            case FUEL_EXHAUSTED -> FUEL_EXHAUSTED;
            case TIMEOUT -> TIMEOUT;
            case MEMORY_LIMIT -> MEMORY_LIMIT;
            case OUTPUT_LIMIT -> OUTPUT_LIMIT;
            case CRASH -> CRASH;
            case CANCELLED, SESSION_CLOSED -> CLOSED;
        };
    }
}

package io.github.micropython4j;

/**
 * One-shot entry point: {@code MicroPython.run("print(1 + 1)")} runs code in a fresh session with
 * the default limits and closes it. Use {@link MicroPythonSession} to keep globals between runs,
 * change limits or give the code host functions.
 */
public final class MicroPython {
    private MicroPython() {}

    /** Runs {@code code} in a new session with default settings and returns its result. */
    public static RunResult run(String code) {
        try (MicroPythonSession session = MicroPythonSession.builder().build()) {
            return session.run(code);
        }
    }
}

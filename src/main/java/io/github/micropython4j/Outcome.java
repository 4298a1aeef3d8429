package io.github.micropython4j;

/**
 * How a run ended. Every limit and every failure of the sandbox ends a run with one of these
 * kinds; {@link MicroPythonSession#run(String)} never throws for them.
 */
public enum Outcome {
    /** The code ran to its end. */
    OK,
    /** The code raised an exception that it did not catch; see {@link RunResult#error()}. */
    PYTHON_ERROR,
    /** The code called {@code sys.exit(n)} or raised {@code SystemExit}; see {@link RunResult#exitCode()}. */
    EXIT,
    /**
     * The run used up its fuel (its budget of work, see {@link MicroPythonSession.Builder#fuelLimit})
     * and was stopped; Python code cannot catch this. The session keeps its state unless
     * {@link RunResult#sessionReset()} says otherwise.
     */
    FUEL_EXHAUSTED,
    /**
     * The run took longer than the session's timeout and was stopped; Python code cannot catch
     * this. The session keeps its state unless {@link RunResult#sessionReset()} says otherwise.
     */
    TIMEOUT,
    /**
     * The guest ran out of the memory the session allows: an allocation failed at the memory
     * limit and the {@code MemoryError} it raised was not caught (then {@link RunResult#error()}
     * holds it and the session keeps its state), or the guest failed with all its memory in use
     * (then the session was reset). A {@code MemoryError} raised by the code itself, without an
     * allocation failing, is a {@link #PYTHON_ERROR}.
     */
    MEMORY_LIMIT,
    /**
     * The run wrote more than the session's output limit; the output was cut, marked, and the
     * run stopped. The session keeps its state unless {@link RunResult#sessionReset()} says otherwise.
     */
    OUTPUT_LIMIT,
    /**
     * The run was cancelled by the host (its future from {@link MicroPythonSession#runAsync(String)}
     * was cancelled) and stopped like a timeout. The session keeps its state unless
     * {@link RunResult#sessionReset()} says otherwise.
     */
    CANCELLED,
    /**
     * The sandbox itself failed during the run (a trap in the guest, an exhausted JVM stack, a
     * broken guest/host exchange). The session was always reset ({@link RunResult#sessionReset()}
     * is true); {@link RunResult#detail()} says what happened.
     */
    CRASH,
    /** The session was closed before or while this run executed. */
    SESSION_CLOSED;

    /** Whether this outcome means one of the session's resource limits stopped the run. */
    public boolean isLimit() {
        return this == FUEL_EXHAUSTED || this == TIMEOUT || this == MEMORY_LIMIT || this == OUTPUT_LIMIT;
    }
}

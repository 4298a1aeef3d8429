package io.github.micropython4j.cli;

import io.github.micropython4j.Outcome;
import io.github.micropython4j.RunResult;
import java.io.PrintStream;

/**
 * Shows on the console what a run's output (streamed as it was written) does not: its
 * traceback or the limit it hit. Maps its outcome to an exit status.
 */
final class ResultPrinter {
    static final int EXIT_OK = 0;
    static final int EXIT_PYTHON_ERROR = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_LIMIT = 124;
    static final int EXIT_INTERRUPTED = 130;

    private final PrintStream err;
    private final boolean reportResets;

    /**
     * @param reportResets whether to say when the interpreter was restarted (useful only when
     *     later input depends on earlier state, as at the prompt)
     */
    ResultPrinter(PrintStream err, boolean reportResets) {
        this.err = err;
        this.reportResets = reportResets;
    }

    /** Prints the run's traceback, or the limit it hit. */
    void print(RunResult result) {
        result.error().ifPresent(error -> err.print(error.traceback()));
        if (result.outcome() == Outcome.CANCELLED) {
            err.println("KeyboardInterrupt");
        } else if (result.outcome().isLimit() || result.outcome() == Outcome.CRASH) {
            err.println("micropython4j: " + result.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + ": " + result.detail().orElse("no detail"));
        }
        if (reportResets && result.sessionReset()) {
            err.println("micropython4j: the interpreter was restarted; earlier definitions are gone");
        }
        err.flush();
    }

    /** The process exit status for a run. */
    static int exitStatus(RunResult result) {
        switch (result.outcome()) {
            case OK:
                return EXIT_OK;
            case EXIT:
                return result.exitCode().orElse(EXIT_OK);
            case FUEL_EXHAUSTED:
            case TIMEOUT:
            case MEMORY_LIMIT:
            case OUTPUT_LIMIT:
                return EXIT_LIMIT;
            case CANCELLED:
                return EXIT_INTERRUPTED;
            default:
                return EXIT_PYTHON_ERROR;
        }
    }
}

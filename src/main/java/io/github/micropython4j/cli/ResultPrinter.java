package io.github.micropython4j.cli;

import io.github.micropython4j.Outcome;
import io.github.micropython4j.RunResult;
import java.io.PrintStream;

/** Shows a run's output and problems on the console and maps its outcome to an exit status. */
final class ResultPrinter {
    static final int EXIT_OK = 0;
    static final int EXIT_PYTHON_ERROR = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_LIMIT = 124;

    private final PrintStream out;
    private final PrintStream err;
    private final boolean reportResets;

    /**
     * @param reportResets whether to say when the interpreter was restarted (useful only when
     *     later input depends on earlier state, as at the prompt)
     */
    ResultPrinter(PrintStream out, PrintStream err, boolean reportResets) {
        this.out = out;
        this.err = err;
        this.reportResets = reportResets;
    }

    /** Prints what the run wrote, then its traceback or the limit it hit. */
    void print(RunResult result) {
        out.print(result.stdout());
        out.flush();
        err.print(result.stderr());
        result.error().ifPresent(error -> err.print(error.traceback()));
        if (result.outcome().isLimit() || result.outcome() == Outcome.CRASH) {
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
            default:
                return EXIT_PYTHON_ERROR;
        }
    }
}

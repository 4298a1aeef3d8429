package io.github.micropython4j.cli;

import io.github.micropython4j.MicroPythonSession;
import io.github.micropython4j.Outcome;
import io.github.micropython4j.RunResult;
import java.io.BufferedReader;
import java.io.IOException;

/**
 * The prompt fed from a pipe or file: one session, statements read as Python's prompt reads
 * them (a block ends with a blank line), expression values echoed, state kept; no prompts.
 */
final class Repl {
    private final MicroPythonSession session;
    private final ReplInput input;
    private final ResultPrinter printer;

    Repl(MicroPythonSession session, BufferedReader reader, ResultPrinter printer) {
        this.session = session;
        this.printer = printer;
        this.input = new ReplInput(reader, prompt -> { });
    }

    /** Runs statements until end of input or {@code sys.exit}; returns the exit status. */
    int run() throws IOException {
        String statement;
        while ((statement = input.nextStatement()) != null) {
            RunResult result = session.runInteractive(statement);
            printer.print(result);
            if (result.outcome() == Outcome.EXIT) {
                return ResultPrinter.exitStatus(result);
            }
        }
        return ResultPrinter.EXIT_OK;
    }
}

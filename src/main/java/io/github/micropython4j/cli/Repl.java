package io.github.micropython4j.cli;

import io.github.micropython4j.MicroPythonSession;
import io.github.micropython4j.Outcome;
import io.github.micropython4j.RunResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;

/** The interactive prompt: one session, statements echo their value, state persists. */
final class Repl {
    private final MicroPythonSession session;
    private final ReplInput input;
    private final PrintStream out;
    private final ResultPrinter printer;

    Repl(MicroPythonSession session, BufferedReader reader, PrintStream out, PrintStream err, boolean showPrompts) {
        this.session = session;
        this.out = out;
        this.printer = new ResultPrinter(out, err, true);
        this.input = new ReplInput(reader, showPrompts ? this::prompt : prompt -> { });
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

    private void prompt(String prompt) {
        out.print(prompt);
        out.flush();
    }
}

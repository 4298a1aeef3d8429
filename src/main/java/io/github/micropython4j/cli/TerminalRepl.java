package io.github.micropython4j.cli;

import io.github.micropython4j.MicroPythonSession;
import io.github.micropython4j.Outcome;
import io.github.micropython4j.RunResult;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * The interactive prompt on a terminal, with JLine's line editing and history: {@code >>> } and
 * {@code ... } prompts as the statement is typed, Ctrl-C stops a running statement (the session
 * keeps its state) or clears the line being typed, Ctrl-D exits. Expression values are echoed
 * and tracebacks name the input {@code <stdin>}, as in Python's own prompt.
 */
final class TerminalRepl {
    private final MicroPythonSession session;
    private final Terminal terminal;
    private final ResultPrinter printer;
    private final Path historyFile;

    /** @param historyFile where history persists between sessions, or null to keep it in memory */
    TerminalRepl(MicroPythonSession session, Terminal terminal, ResultPrinter printer, Path historyFile) {
        this.session = session;
        this.terminal = terminal;
        this.printer = printer;
        this.historyFile = historyFile;
    }

    /** Reads and runs statements until Ctrl-D or {@code sys.exit}; returns the exit status. */
    int run() {
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .parser(new PythonLineParser())
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, ReplInput.CONTINUATION_PROMPT)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_TAB, true);
        if (historyFile != null) {
            builder.variable(LineReader.HISTORY_FILE, historyFile);
        }
        LineReader reader = builder.build();
        terminal.handle(Terminal.Signal.INT, signal -> session.interrupt());
        while (true) {
            String statement;
            try {
                statement = reader.readLine(ReplInput.PROMPT);
            } catch (UserInterruptException e) {
                terminal.writer().println("KeyboardInterrupt");
                terminal.flush();
                continue;
            } catch (EndOfFileException e) {
                return ResultPrinter.EXIT_OK;
            }
            if (statement.isBlank()) {
                continue;
            }
            RunResult result = session.runInteractive(statement.stripTrailing());
            printer.print(result);
            if (result.outcome() == Outcome.EXIT) {
                return ResultPrinter.exitStatus(result);
            }
        }
    }
}

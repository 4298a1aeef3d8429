package io.github.micropython4j.cli;

import io.github.micropython4j.MicroPythonSession;
import io.github.micropython4j.RunResult;
import java.io.BufferedReader;
import java.io.Console;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The command line: {@code java -jar micropython4j.jar [options] [-c CODE | FILE | -]}; see
 * {@code --help}. Without a program it runs an interactive prompt.
 */
public final class Main {
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean interactive;

    /**
     * A command line bound to these streams.
     *
     * @param interactive whether stdin is a terminal, so the prompt shows {@code >>> }
     */
    public Main(InputStream in, PrintStream out, PrintStream err, boolean interactive) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.interactive = interactive;
    }

    /** Runs the command line and exits the JVM with its status. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = new Main(System.in, out, err, stdinIsTerminal()).run(args);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs the command line and returns the process exit status. */
    public int run(String[] args) {
        CliOptions options;
        try {
            options = CliOptions.parse(args);
        } catch (UsageException e) {
            return usageError(e.getMessage());
        }
        if (options.help()) {
            out.println(CliOptions.USAGE);
            return ResultPrinter.EXIT_OK;
        }
        String program;
        try {
            program = program(options);
        } catch (UsageException e) {
            return usageError(e.getMessage());
        }
        MicroPythonSession session;
        try {
            session = configure(options).build();
        } catch (IllegalArgumentException e) {
            return usageError(e.getMessage());
        }
        try (session) {
            if (program == null) {
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                return new Repl(session, reader, out, err, interactive).run();
            }
            RunResult result = session.run(program);
            new ResultPrinter(out, err, false).print(result);
            return ResultPrinter.exitStatus(result);
        } catch (IOException e) {
            err.println("micropython4j: cannot read input: " + e.getMessage());
            return ResultPrinter.EXIT_PYTHON_ERROR;
        }
    }

    private String program(CliOptions options) throws UsageException {
        if (options.code() != null) {
            return options.code();
        }
        if (options.file() == null) {
            return null;
        }
        try {
            if (options.file().equals("-")) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            return Files.readString(Path.of(options.file()), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new UsageException("cannot read '" + options.file() + "': " + e);
        }
    }

    private static MicroPythonSession.Builder configure(CliOptions options) {
        MicroPythonSession.Builder builder = MicroPythonSession.builder();
        if (options.memoryLimit() != null) {
            builder.memoryLimit(options.memoryLimit());
        }
        if (options.timeout() != null) {
            builder.timeout(options.timeout());
        }
        if (options.fuel() != null) {
            builder.fuelLimit(options.fuel());
        }
        for (CliOptions.Mount mount : options.mounts()) {
            if (mount.writable()) {
                builder.readWriteDirectory(mount.hostDirectory(), mount.guestPath());
            } else {
                builder.readOnlyDirectory(mount.hostDirectory(), mount.guestPath());
            }
        }
        if (options.scratch() != null) {
            builder.scratchDirectory(CliOptions.SCRATCH_PATH, options.scratch());
        }
        return builder;
    }

    private int usageError(String message) {
        err.println("micropython4j: " + message);
        err.println("try --help");
        return ResultPrinter.EXIT_USAGE;
    }

    /** Whether stdin is a terminal: a console exists and (on Java 22+) says it is a terminal. */
    private static boolean stdinIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // before Java 22 a console exists only for a terminal
        }
    }
}

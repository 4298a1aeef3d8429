package io.github.micropython4j.cli;

import io.github.micropython4j.MicroPythonSession;
import io.github.micropython4j.NetworkPolicy;
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
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

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
     * @param interactive whether stdin is a terminal: the prompt then edits lines with JLine and
     *     shows {@code >>> } and {@code ... } as statements are typed
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
            session = configure(options).stdout(out).stderr(err).build();
        } catch (IllegalArgumentException e) {
            return usageError(e.getMessage());
        }
        try (session) {
            if (program == null) {
                return interactive ? terminalRepl(session) : pipedRepl(session);
            }
            RunResult result = session.run(program, sourceName(options));
            new ResultPrinter(err, false).print(result);
            return ResultPrinter.exitStatus(result);
        } catch (IOException e) {
            err.println("micropython4j: cannot read input: " + e.getMessage());
            return ResultPrinter.EXIT_PYTHON_ERROR;
        }
    }

    /** The name tracebacks give the program, as CPython names it: the file as given, {@code <stdin>}, {@code <string>}. */
    private static String sourceName(CliOptions options) {
        if (options.file() == null) {
            return "<string>";
        }
        return options.file().equals("-") ? "<stdin>" : options.file();
    }

    private int pipedRepl(MicroPythonSession session) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return new Repl(session, reader, new ResultPrinter(err, true)).run();
    }

    private int terminalRepl(MicroPythonSession session) throws IOException {
        boolean system = in == System.in;
        TerminalBuilder builder = TerminalBuilder.builder().name("micropython4j").encoding(StandardCharsets.UTF_8);
        if (system) {
            builder.system(true);
        } else {
            builder.system(false).streams(in, out).type(Terminal.TYPE_DUMB);
        }
        try (Terminal terminal = builder.build()) {
            Path history = system ? Path.of(System.getProperty("user.home"), ".micropython4j_history") : null;
            return new TerminalRepl(session, terminal, new ResultPrinter(err, true), history).run();
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
        if (!options.netHosts().isEmpty()) {
            NetworkPolicy.Builder policy = NetworkPolicy.newBuilder();
            for (CliOptions.NetHost net : options.netHosts()) {
                if (net.port() == CliOptions.NetHost.ANY_PORT) {
                    policy.allowHost(net.host());
                } else {
                    policy.allowHost(net.host(), net.port());
                }
            }
            builder.network(policy.build());
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

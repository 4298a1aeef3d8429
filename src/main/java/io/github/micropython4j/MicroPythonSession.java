package io.github.micropython4j;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.micropython4j.internal.Conversions;
import io.github.micropython4j.internal.HostObject;
import io.github.micropython4j.internal.SessionConfig;
import io.github.micropython4j.internal.SessionRuntime;
import io.github.micropython4j.internal.wasi.Environment;
import io.github.micropython4j.internal.wasi.MountSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.io.OutputStream;

/**
 * A sandboxed MicroPython interpreter whose globals persist from one run to the next.
 *
 * <p>Each session runs its guest on its own thread inside its own wasm instance: Python code can
 * reach nothing but the host functions and directories given to the {@link Builder}. Runs are
 * executed one at a time in the order they were submitted, from any number of threads. Every way a
 * run can end, including every limit, is reported as an {@link Outcome} on the {@link RunResult};
 * when a limit or a crash forces the interpreter to be discarded, the session transparently starts
 * a fresh one (globals are lost) and the result says so with {@link RunResult#sessionReset()}.
 *
 * <pre>{@code
 * try (MicroPythonSession session = MicroPythonSession.builder()
 *         .timeout(Duration.ofSeconds(5))
 *         .hostFunction("greet", (args, kwargs) -> "hello " + args.get(0))
 *         .build()) {
 *     session.set("who", "world");
 *     session.run("name = greet(who)");
 *     System.out.println(session.run("print(name)").stdout()); // hello world
 *     System.out.println(session.run("len(name)").value());    // Optional[11]
 *     String name = session.get("name", String.class);         // "hello world"
 * }
 * }</pre>
 *
 * <p>Values cross between Java and Python as JSON, converted on the Java side by the session's
 * Jackson {@link ObjectMapper} ({@link Builder#objectMapper}): {@code None}, bools, ints, finite
 * floats, str, lists and tuples, dicts with str keys, and {@code datetime}, {@code date} and
 * {@code time} as ISO-8601 strings; each way at most the host payload limit.
 */
public final class MicroPythonSession implements AutoCloseable {
    private final SessionRuntime runtime;

    private MicroPythonSession(SessionConfig config, SessionSnapshot restore) {
        this.runtime = restore == null ? new SessionRuntime(config) : new SessionRuntime(config, restore.image());
    }

    /** A builder with the default limits and no host functions or directories. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs Python code as a module body in the session's globals and waits for the result.
     * Tracebacks name the code {@code "<string>"}.
     *
     * @throws IllegalStateException if the session is closed, or if called from one of this
     *     session's own host functions (which would wait for itself)
     */
    public RunResult run(String code) {
        return run(code, "<string>");
    }

    /**
     * Runs Python code as {@link #run(String)} does, naming it {@code sourceName} in tracebacks
     * and errors, as CPython names a script: {@code File "job.py", line 3, in <module>}.
     *
     * @param sourceName the file name to report, e.g. {@code "job.py"}; no NUL characters
     * @throws IllegalArgumentException if {@code sourceName} is empty or contains NUL
     * @throws IllegalStateException as for {@link #run(String)}
     */
    public RunResult run(String code, String sourceName) {
        Objects.requireNonNull(code, "code");
        return runtime.run(code, checkedSourceName(sourceName), false);
    }

    /**
     * Runs code the way the interactive prompt does: the value of an expression statement is
     * echoed with {@code repr} to stdout, e.g. {@code "1 + 1"} prints {@code 2}, and tracebacks
     * name it {@code "<stdin>"}.
     *
     * @throws IllegalStateException as for {@link #run(String)}
     */
    public RunResult runInteractive(String code) {
        Objects.requireNonNull(code, "code");
        return runtime.run(code, "<stdin>", true);
    }

    /**
     * Queues Python code and returns at once. The future completes with the result, and
     * exceptionally only when cancelled; runs are executed in submission order. Dependent actions
     * run in the common fork/join pool, never on the session's guest thread. Cancelling the
     * future ({@code future.cancel(true)}, then {@code get()} throws {@code CancellationException})
     * drops the run if it is still queued, or stops it like a timeout does if it is running; the
     * session keeps its state and goes on with the next run.
     *
     * <pre>{@code
     * CompletableFuture<RunResult> job = session.runAsync("while True:\n    pass");
     * job.cancel(true);                        // the guest stops at its next safe point
     * session.run("print('still here')");      // runs at once, globals intact
     * }</pre>
     *
     * @throws IllegalStateException if the session is closed
     */
    public CompletableFuture<RunResult> runAsync(String code) {
        Objects.requireNonNull(code, "code");
        return runtime.runAsync(code, "<string>", false);
    }

    /**
     * {@link #runAsync(String)}, with dependent actions run by {@code executor}.
     *
     * <pre>{@code
     * session.runAsync("sum(range(10))", appExecutor)
     *         .thenAccept(result -> log.info("sum: " + result.value().orElse(null)));   // on appExecutor
     * }</pre>
     *
     * @throws IllegalStateException if the session is closed
     */
    public CompletableFuture<RunResult> runAsync(String code, Executor executor) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(executor, "executor");
        return runtime.runAsync(code, "<string>", false, executor);
    }

    /**
     * Freezes the session's Python state (globals, functions, classes, imported modules: the
     * whole interpreter) once the runs submitted before this call are done, and returns it. The
     * session goes on unchanged. Taking one costs microseconds: the session and the snapshot
     * share memory until the session changes it.
     *
     * @throws IllegalStateException if the session is closed, if called from one of its own host
     *     functions, or if its Python code has files or directories open ({@code open(...)} not
     *     closed, {@code os.ilistdir} not exhausted): their descriptors are host state a snapshot
     *     cannot carry
     */
    public SessionSnapshot snapshot() {
        return new SessionSnapshot(runtime.snapshot());
    }

    /**
     * Stops the run in progress at its next safe point, as Ctrl-C stops a statement at Python's
     * prompt: it ends with {@link Outcome#CANCELLED}, the session keeps its state, and queued
     * runs go on. Does nothing when no run is executing. Any thread may call it.
     */
    public void interrupt() {
        runtime.interrupt();
    }

    /**
     * Sets the Python global {@code name} to {@code value}, converted by the session's
     * {@link ObjectMapper} to JSON and by the guest's {@code json} module to Python: maps and
     * records become dicts, lists and arrays lists, numbers ints or floats, {@code java.time}
     * values ISO-8601 strings, {@code null} {@code None}. Queued like a run; returns once it is set.
     *
     * <pre>{@code
     * session.set("order", Map.of("id", 42, "lines", List.of(new Line("tea", 2))));
     * session.run("print(order['lines'][0]['sku'])");   // tea
     * }</pre>
     *
     * @param name a Python identifier
     * @throws IllegalArgumentException if {@code name} is not an identifier, the mapper cannot
     *     write {@code value}, or its JSON is over the host payload limit
     * @throws IllegalStateException if the session is closed, if called from one of its own host
     *     functions, or if the guest could not store it (out of memory, say)
     */
    public void set(String name, Object value) {
        runtime.set(checkedName(name), value);
    }

    /**
     * The value of the Python global {@code name} as plain Java values, converted as
     * {@link RunResult#value()} converts (an int is an {@link Integer}, {@link Long} or
     * {@link java.math.BigInteger} by size; {@code None} is {@code null}).
     *
     * <pre>{@code
     * session.run("totals = {'tea': 3, 'cake': 2**70}");
     * Map<?, ?> totals = (Map<?, ?>) session.get("totals");   // {tea=3, cake=1180591620717411303424}
     * }</pre>
     *
     * @throws NoSuchElementException if there is no such global
     * @throws IllegalArgumentException if {@code name} is not an identifier, or the value cannot
     *     cross (a function, a set, an object, over the host payload limit); the message says why
     * @throws IllegalStateException if the session is closed, or if called from one of its own
     *     host functions
     */
    public Object get(String name) {
        return runtime.get(checkedName(name), Object.class);
    }

    /**
     * The value of the Python global {@code name}, converted to {@code type} by the session's
     * {@link ObjectMapper}: records and beans from dicts, enums from their names, {@code java.time}
     * types from ISO-8601 strings, ...
     *
     * <pre>{@code
     * record Line(String sku, int quantity) {}
     * session.run("line = {'sku': 'tea', 'quantity': 2}");
     * Line line = session.get("line", Line.class);
     * }</pre>
     *
     * @throws NoSuchElementException if there is no such global
     * @throws IllegalArgumentException as {@link #get(String)} does, and if the value cannot be
     *     converted to {@code type}
     * @throws IllegalStateException as {@link #get(String)} does
     */
    public <T> T get(String name, Class<T> type) {
        Objects.requireNonNull(type, "type");
        return runtime.get(checkedName(name), type);
    }

    /**
     * The value of the Python global {@code name}, converted to a generic type.
     *
     * <pre>{@code
     * List<Line> lines = session.get("lines", new TypeReference<List<Line>>() {});
     * }</pre>
     *
     * @throws NoSuchElementException if there is no such global
     * @throws IllegalArgumentException as {@link #get(String, Class)} does
     * @throws IllegalStateException as {@link #get(String)} does
     */
    public <T> T get(String name, TypeReference<T> type) {
        Objects.requireNonNull(type, "type");
        return runtime.get(checkedName(name), type.getType());
    }

    private static String checkedName(String name) {
        Objects.requireNonNull(name, "name");
        if (!PythonNames.isIdentifier(name)) {
            throw new IllegalArgumentException("a global's name must be a Python identifier: '" + name + "'");
        }
        return name;
    }

    /**
     * Closes the session: a run in progress ends with {@link Outcome#SESSION_CLOSED}, queued runs
     * too, and the guest is stopped. Returns once the guest's thread has ended, which takes
     * milliseconds, except when the thread is inside a host function that ignores interruption:
     * then it returns after 5 seconds and reports the thread to the {@code io.github.micropython4j}
     * {@link System.Logger}; the thread ends when the function returns, and no other call of the
     * session's host functions starts before that. Closing twice does nothing.
     */
    @Override
    public void close() {
        runtime.close();
    }

    private static String checkedSourceName(String sourceName) {
        Objects.requireNonNull(sourceName, "sourceName");
        if (sourceName.isEmpty() || sourceName.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("source name must be non-empty and contain no NUL: '" + sourceName + "'");
        }
        return sourceName;
    }

    /**
     * Configures and creates a {@link MicroPythonSession}. Every setting has a default; each
     * setter checks its argument at once.
     */
    public static final class Builder {
        private static final long MIB = 1024 * 1024;

        private long memoryLimit = 16 * MIB;
        /** About a second of work on a 2-core machine (bench/results.md). */
        static final long DEFAULT_FUEL_LIMIT = 30_000_000;
        /** What a read-write directory may grow by per session, by default. */
        static final long DEFAULT_QUOTA_BYTES = 64 * MIB;
        /** How many files and directories a writable directory may gain per session, by default. */
        static final int DEFAULT_MAX_FILES = 1000;

        private Duration timeout = Duration.ofSeconds(30);
        private long fuelLimit = DEFAULT_FUEL_LIMIT;
        private long outputLimit = MIB;
        private int hostPayloadLimit = (int) MIB;
        private int maxHostCallsPerRun = 10_000;
        private final Map<String, HostFunction> hostFunctions = new LinkedHashMap<>();
        private final List<HostObject> hostObjects = new ArrayList<>();
        private final java.util.Set<String> hostNames = new java.util.HashSet<>();
        private ObjectMapper objectMapper;
        private final List<MountSpec> mounts = new ArrayList<>();
        private Map<String, String> environment = Map.of();
        private OutputStream stdout;
        private OutputStream stderr;
        private NetworkPolicy network = NetworkPolicy.newBuilder().build();
        private SessionSnapshot restore;

        private Builder() {}

        /**
         * The most linear memory the guest may use, in bytes (default 16 MiB), rounded down to
         * whole 64 KiB wasm pages. Python code that needs more gets a {@code MemoryError}.
         */
        public Builder memoryLimit(long bytes) {
            if (bytes <= 0 || bytes > (4L << 30)) {
                throw new IllegalArgumentException("memory limit must be between 1 byte and 4 GiB: " + bytes);
            }
            this.memoryLimit = bytes;
            return this;
        }

        /** The wall-clock limit of one run (default 30 s); past it the run ends with {@link Outcome#TIMEOUT}. */
        public Builder timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive: " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * The fuel each run may use (default 30,000,000 units, about one second
         * of typical work). One unit is one byte of Python bytecode run (a bytecode takes one
         * to three), or one turn of a loop in a builtin written in C (summing, sorting, copying,
         * hashing, ...).
         * Counting is deterministic: the same code with the same budget
         * stops at the same point on every run and machine, unless it reads clocks or random
         * numbers. A run that uses it up ends with {@link Outcome#FUEL_EXHAUSTED}; Python code
         * cannot catch that, and the session keeps its state.
         */
        public Builder fuelLimit(long units) {
            if (units <= 0) {
                throw new IllegalArgumentException("fuel limit must be positive: " + units);
            }
            this.fuelLimit = units;
            return this;
        }

        /**
         * The most bytes one run may write to stdout and stderr together (default 1 MiB); past it
         * the output is cut with a marker and the run ends with {@link Outcome#OUTPUT_LIMIT}.
         */
        public Builder outputLimit(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("output limit must be positive: " + bytes);
            }
            this.outputLimit = bytes;
            return this;
        }

        /**
         * The largest JSON a host call may carry each way, in bytes (default 1 MiB). A larger
         * request or result raises {@code ValueError} in the calling Python code.
         */
        public Builder hostPayloadLimit(int bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("host payload limit must be positive: " + bytes);
            }
            this.hostPayloadLimit = bytes;
            return this;
        }

        /** The most host calls one run may make (default 10,000); further calls raise {@code RuntimeError}. */
        public Builder maxHostCallsPerRun(int calls) {
            if (calls < 0) {
                throw new IllegalArgumentException("host call limit must not be negative: " + calls);
            }
            this.maxHostCallsPerRun = calls;
            return this;
        }

        /**
         * Makes {@code function} callable from Python as {@code host.name(...)}.
         *
         * @param name a Python identifier (ASCII, not a keyword, not starting with {@code _}, not
         *     {@code call}), unique in this session
         * @throws IllegalArgumentException if the name is not an identifier or already taken
         */
        public Builder hostFunction(String name, HostFunction function) {
            Objects.requireNonNull(function, "function");
            claimHostName(name);
            hostFunctions.put(name, function);
            return this;
        }

        /**
         * Makes every public method of {@code target} annotated {@link PythonCallable} callable
         * from Python, as a builtin and as {@code host.name(...)}, with arguments converted to the
         * method's parameter types by the session's {@link ObjectMapper} (see
         * {@link PythonCallable}). Exceptions the method throws reach Python as a
         * {@link HostFunction}'s do.
         *
         * <pre>{@code
         * public final class Calendar {
         *     @PythonCallable
         *     public LocalDate nextWorkday(LocalDate from) { ... }
         * }
         * MicroPythonSession session = MicroPythonSession.builder().hostObject(new Calendar()).build();
         * session.run("nextWorkday('2025-05-31')").value();   // Optional[2025-06-02]
         * }</pre>
         *
         * @throws IllegalArgumentException if {@code target} has no such method, a Python name is
         *     not an identifier or already taken, or a method cannot be called (its class is not
         *     public, or its package not open to this library)
         */
        public Builder hostObject(Object target) {
            HostObject object = HostObject.of(target);
            List<String> names = object.names();
            for (String name : names) {
                checkHostName(name);
            }
            hostNames.addAll(names);
            hostObjects.add(object);
            return this;
        }

        /**
         * The Jackson mapper that converts values between Java and Python: host function results,
         * typed host objects' arguments and results, {@link MicroPythonSession#set}/{@code get}.
         * By default one with Jackson's defaults, the JSR-310 module writing {@code java.time}
         * values as ISO-8601 strings, and strict numbers (no {@code None} for a primitive, no float
         * for an integer). The mapper must not be reconfigured once the session is built.
         *
         * <pre>{@code
         * ObjectMapper mapper = JsonMapper.builder()
         *         .addModule(new JavaTimeModule())
         *         .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
         *         .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)   // Python-style keys
         *         .build();
         * MicroPythonSession.builder().objectMapper(mapper);
         * }</pre>
         */
        public Builder objectMapper(ObjectMapper mapper) {
            this.objectMapper = Objects.requireNonNull(mapper, "mapper");
            return this;
        }

        private void claimHostName(String name) {
            checkHostName(name);
            hostNames.add(name);
        }

        private void checkHostName(String name) {
            if (!PythonNames.isIdentifier(name)) {
                throw new IllegalArgumentException("host function name must be a Python identifier: '" + name + "'");
            }
            if (name.startsWith("_") || name.equals("call")) {
                // host._x is reserved for the module's own attributes; host.call is the generic call
                throw new IllegalArgumentException("host function name must not start with '_' or be 'call': '" + name + "'");
            }
            if (hostNames.contains(name)) {
                throw new IllegalArgumentException("host function '" + name + "' is already defined");
            }
        }

        /**
         * Passes the guest's stdout to {@code stream} as it is written (up to the output limit,
         * with the same truncation marker), besides keeping it for {@link RunResult#stdout()}.
         * Writes happen on the session's guest thread; a stream that blocks holds up the run
         * (its timeout still applies), and one that throws ends the run as a crash.
         */
        public Builder stdout(OutputStream stream) {
            this.stdout = Objects.requireNonNull(stream, "stream");
            return this;
        }

        /** Passes the guest's stderr to {@code stream} as it is written; see {@link #stdout(OutputStream)}. */
        public Builder stderr(OutputStream stream) {
            this.stderr = Objects.requireNonNull(stream, "stream");
            return this;
        }

        /**
         * Lets the guest read (never change) the host directory {@code hostDirectory} at the
         * absolute guest path {@code guestPath}: writes there fail with {@code OSError} EROFS.
         * Paths are resolved on the host one component at a time; a symbolic link inside the
         * directory is followed only if its target stays inside it.
         *
         * @param guestPath an absolute, normalised path such as {@code /data} or {@code /data/in};
         *     mounts may not be nested
         * @throws IllegalArgumentException if {@code guestPath} is not such a path or overlaps
         *     another mount
         */
        public Builder readOnlyDirectory(Path hostDirectory, String guestPath) {
            return mount(MountSpec.readOnly(absolute(hostDirectory), guestPath));
        }

        /**
         * Lets the guest read and change the host directory {@code hostDirectory} at
         * {@code guestPath}, within the default quota: it may add up to 64 MiB and 1,000 files
         * and directories during the session (net of what it deletes). Past the quota, writes
         * fail with {@code OSError} ENOSPC. Links are treated as for
         * {@link #readOnlyDirectory(Path, String)}.
         *
         * @throws IllegalArgumentException as for {@link #readOnlyDirectory(Path, String)}
         */
        public Builder readWriteDirectory(Path hostDirectory, String guestPath) {
            return readWriteDirectory(hostDirectory, guestPath, DEFAULT_QUOTA_BYTES, DEFAULT_MAX_FILES);
        }

        /**
         * As {@link #readWriteDirectory(Path, String)}, with a quota: the guest may add at most
         * {@code quotaBytes} bytes and {@code maxFiles} files and directories during the session.
         *
         * @throws IllegalArgumentException if a quota is not positive, or as for
         *     {@link #readOnlyDirectory(Path, String)}
         */
        public Builder readWriteDirectory(Path hostDirectory, String guestPath, long quotaBytes, int maxFiles) {
            return mount(MountSpec.readWrite(absolute(hostDirectory), guestPath, quotaBytes, maxFiles));
        }

        /**
         * Gives the guest a fresh, empty directory at {@code guestPath} (a new host temporary
         * directory) that lives as long as the session: {@link MicroPythonSession#close()} deletes
         * it and everything in it. The guest may store up to {@code quotaBytes} bytes and 1,000
         * files and directories there; past that, writes fail with {@code OSError} ENOSPC.
         *
         * @throws IllegalArgumentException if the quota is not positive, or as for
         *     {@link #readOnlyDirectory(Path, String)}
         */
        public Builder scratchDirectory(String guestPath, long quotaBytes) {
            return mount(MountSpec.scratch(guestPath, quotaBytes, DEFAULT_MAX_FILES));
        }

        /**
         * The environment variables the guest sees through {@code os.getenv} and
         * {@code os.environ} (default: none). Replaces what an earlier call set.
         *
         * @throws IllegalArgumentException if a name is empty or holds {@code =}, or a name or
         *     value holds a NUL character
         */
        public Builder environment(Map<String, String> variables) {
            Objects.requireNonNull(variables, "variables");
            Map<String, String> copy = new LinkedHashMap<>();
            variables.forEach((name, value) -> {
                Environment.check(name, value);
                copy.put(name, value);
            });
            this.environment = copy;
            return this;
        }

        private static Path absolute(Path hostDirectory) {
            return Objects.requireNonNull(hostDirectory, "hostDirectory").toAbsolutePath().normalize();
        }

        private Builder mount(MountSpec spec) {
            for (MountSpec existing : mounts) {
                if (existing.guestPath().equals(spec.guestPath())) {
                    throw new IllegalArgumentException("guest path '" + spec.guestPath() + "' is already mounted");
                }
                if (existing.overlaps(spec)) {
                    throw new IllegalArgumentException("guest path '" + spec.guestPath() + "' overlaps the mount at '"
                            + existing.guestPath() + "': mounts cannot be nested");
                }
            }
            mounts.add(spec);
            return this;
        }

        /**
         * The HTTP requests Python code may make ({@code urllib.request}, {@code requests}),
         * each decided by {@code policy} on the host before any connection. Default: no network,
         * every request is refused.
         */
        public Builder network(NetworkPolicy policy) {
            this.network = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Starts the session from {@code snapshot} instead of a fresh interpreter: its globals,
         * functions, classes and imported modules are there. Everything else comes from this
         * builder: limits, host functions (a snapshot of a session that had host functions needs
         * them here to call them), directories, environment ({@code os.environ} is read afresh)
         * and network policy. Should the interpreter have to be replaced later (a crash, a guest
         * that would not stop), the replacement is a fresh one, as in any session.
         */
        public Builder restore(SessionSnapshot snapshot) {
            this.restore = Objects.requireNonNull(snapshot, "snapshot");
            return this;
        }

        /**
         * Creates the session, its interpreter at rest until the first run: a copy of one started
         * once per JVM (the first session in a JVM starts it), or of the snapshot to restore.
         *
         * @throws IllegalArgumentException if a mounted directory does not exist, the memory
         *     limit is too small for the interpreter to start, or smaller than the snapshot to
         *     restore
         * @throws java.io.UncheckedIOException if a scratch directory cannot be created
         */
        public MicroPythonSession build() {
            for (MountSpec mount : mounts) {
                if (mount.hostDirectory() != null && !Files.isDirectory(mount.hostDirectory())) {
                    throw new IllegalArgumentException("not a directory: " + mount.hostDirectory());
                }
            }
            Conversions conversions = objectMapper != null
                    ? new Conversions(objectMapper) : Conversions.withDefaultMapper();
            Map<String, HostFunction> functions = new LinkedHashMap<>(hostFunctions);
            for (HostObject object : hostObjects) {
                functions.putAll(object.functions(conversions));
            }
            return new MicroPythonSession(new SessionConfig(memoryLimit, timeout, fuelLimit, outputLimit,
                    hostPayloadLimit, maxHostCallsPerRun, functions, mounts, environment, network.rules(),
                    stdout, stderr, conversions), restore);
        }
    }
}

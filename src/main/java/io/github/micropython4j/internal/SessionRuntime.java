package io.github.micropython4j.internal;

import io.github.micropython4j.Outcome;
import io.github.micropython4j.RunResult;
import io.github.micropython4j.internal.wasi.GuestFileSystem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The machinery behind one {@code MicroPythonSession}: queues runs, keeps one live guest worker,
 * replaces it when it dies or is retired (a crash, a guest that would not stop), and shuts
 * everything down on {@link #close()}. The only public type of the internals; reachable only
 * through the public API where the module system applies.
 */
public final class SessionRuntime implements AutoCloseable {
    /**
     * How long {@link #close()} waits for the guest threads to end. They end within
     * milliseconds unless one is inside a host function that ignores interruption.
     */
    public static final Duration CLOSE_BOUND = Duration.ofSeconds(5);
    private static final System.Logger LOG = System.getLogger("io.github.micropython4j");
    private static final AtomicInteger SESSION_NUMBERS = new AtomicInteger();

    private final SessionConfig config;
    private final boolean interpreted;
    /** The session's files: shared by its guests, closed (scratch deleted) with the session. */
    private final GuestFileSystem files;
    private final int memoryLimitPages;
    private final String threadNamePrefix;
    private final HostCallDispatcher hostCalls;
    private final RunQueue queue = new RunQueue();
    private final Object lock = new Object();
    /** Every worker whose thread may still be alive, including retired ones. */
    private final List<GuestWorker> workers = new ArrayList<>(); // guarded by lock
    private GuestWorker worker; // the one taking runs; guarded by lock
    private int workerNumber; // guarded by lock
    private int nextRunId = 1; // guarded by lock
    private boolean closed; // guarded by lock
    private boolean stateLost; // guarded by lock

    /**
     * Starts a session's first guest in the background.
     *
     * @throws IllegalArgumentException if the memory limit is below what the guest needs to start,
     *     or a mounted directory does not exist
     * @throws IllegalStateException if the guest binary was built without the fuel meter
     * @throws java.io.UncheckedIOException if a scratch directory cannot be created
     */
    public SessionRuntime(SessionConfig config) {
        this(config, false);
    }

    /** @param interpreted run the guest on Chicory's interpreter (about 300 times slower; for tests) */
    SessionRuntime(SessionConfig config, boolean interpreted) {
        ChicoryEngine.requireFuelMeter();
        this.config = config;
        this.interpreted = interpreted;
        this.memoryLimitPages = ChicoryEngine.memoryLimitPages(config.memoryLimitBytes());
        this.hostCalls = new HostCallDispatcher(config.hostCallTable(), config.hostPayloadLimitBytes(),
                config.conversions());
        this.files = GuestFileSystem.open(config.mounts());
        this.threadNamePrefix = "micropython4j-session-" + SESSION_NUMBERS.incrementAndGet() + "-worker-";
        synchronized (lock) {
            startWorker();
        }
    }

    /**
     * Runs code and waits for its result.
     *
     * @param sourceName the name tracebacks give the code ({@code "<string>"} by default)
     * @param interactive compile as interactive input, echoing expression values
     * @throws IllegalStateException if the session is closed, or if called on its own guest
     *     thread (from a host function), which would wait for itself
     */
    public RunResult run(String code, String sourceName, boolean interactive) {
        if (isGuestThread()) {
            throw new IllegalStateException("a host function cannot wait for a run of its own session");
        }
        return submit(code, sourceName, interactive).result().join();
    }

    /**
     * Queues code and returns at once. The future completes with the result, never
     * exceptionally; dependent actions run in {@code executor}. Cancelling it stops the run
     * (outcome {@link Outcome#CANCELLED}; the session keeps its state).
     *
     * @throws IllegalStateException if the session is closed
     */
    public CompletableFuture<RunResult> runAsync(String code, String sourceName, boolean interactive,
            Executor executor) {
        Run run = submit(code, sourceName, interactive);
        RunFuture future = new RunFuture(run);
        run.result().whenCompleteAsync((result, failure) -> future.complete(result), executor);
        return future;
    }

    /** {@link #runAsync(String, String, boolean, Executor)} in the common fork/join pool. */
    public CompletableFuture<RunResult> runAsync(String code, String sourceName, boolean interactive) {
        return runAsync(code, sourceName, interactive, ForkJoinPool.commonPool());
    }

    /**
     * Sets the guest's global {@code name} to {@code value}, converted by the session's mapper;
     * waits until it is set.
     *
     * @param name a Python identifier (checked by the caller)
     * @throws IllegalArgumentException if the mapper cannot write {@code value} or its JSON is
     *     over the host payload limit
     * @throws IllegalStateException if the session is closed, if called on its own guest thread, or
     *     if the guest could not set it (e.g. no memory left: the state the result gives)
     */
    public void set(String name, Object value) {
        checkNotGuestThread();
        byte[] json = config.conversions().toGuest(value);
        if (json.length > config.hostPayloadLimitBytes()) {
            throw new IllegalArgumentException("the value for global '" + name + "' is too large: " + json.length
                    + " bytes of JSON (the host payload limit is " + config.hostPayloadLimitBytes() + " bytes)");
        }
        RunResult result = submit(ProtocolCodec.setGlobalRequest(name, json)).result().join();
        if (!result.isOk()) {
            throw new IllegalStateException("could not set global '" + name + "': " + describe(result));
        }
    }

    /**
     * The guest's global {@code name}, converted to {@code type} (a {@link Class} or a generic
     * type; {@code Object} gives the plain values of {@link io.github.micropython4j.RunResult#value()}).
     *
     * @param name a Python identifier (checked by the caller)
     * @throws java.util.NoSuchElementException if there is no such global
     * @throws IllegalArgumentException if its value cannot cross to Java (a function, a set, too
     *     large, ...) or cannot be converted to {@code type}; the message says why
     * @throws IllegalStateException if the session is closed, if called on its own guest thread,
     *     or if a limit stopped the guest while it converted the value
     */
    public <T> T get(String name, java.lang.reflect.Type type) {
        checkNotGuestThread();
        RunResult result = submit(ProtocolCodec.getGlobalRequest(name)).result().join();
        if (result.outcome() == Outcome.PYTHON_ERROR && result.error().orElseThrow().type().equals("NameError")) {
            throw new java.util.NoSuchElementException("the session has no global named '" + name + "'");
        }
        if (!result.isOk()) {
            throw new IllegalStateException("could not get global '" + name + "': " + describe(result));
        }
        if (result.valueProblem().isPresent()) {
            throw new IllegalArgumentException("global '" + name + "' cannot cross to Java: "
                    + result.valueProblem().get());
        }
        var javaType = config.conversions().type(type);
        try {
            return config.conversions().convert(result.value().orElse(null), javaType);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("global '" + name + "' cannot be converted to "
                    + javaType.toCanonical() + ": " + e.getMessage(), e);
        }
    }

    private static String describe(RunResult result) {
        return result.outcome() + result.detail().map(detail -> " (" + detail + ")").orElse("")
                + result.error().map(error -> " " + error.type() + ": " + error.message()).orElse("");
    }

    private void checkNotGuestThread() {
        if (isGuestThread()) {
            throw new IllegalStateException("a host function cannot wait for a request to its own session");
        }
    }

    private Run submit(String code, String sourceName, boolean interactive) {
        return submit(ProtocolCodec.codeRequest(
                sourceName.equals(Run.DEFAULT_SOURCE_NAME) ? null : sourceName, code, interactive));
    }

    private Run submit(ProtocolCodec.Request request) {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("the session is closed");
            }
            Run run = new Run(nextRunId++, request, config);
            queue.add(run);
            if (worker == null) {
                startWorker();
            }
            return run;
        }
    }

    /**
     * Ends every run (with {@link Outcome#SESSION_CLOSED}), stops the guest and waits up to
     * {@link #CLOSE_BOUND} for its thread to end; a thread still inside a host function after
     * that is reported to the {@code io.github.micropython4j} logger and left to end by itself.
     */
    @Override
    public void close() {
        List<GuestWorker> stopping;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            stopping = new ArrayList<>(workers);
            worker = null;
        }
        for (Run run : queue.drain()) {
            run.sessionClosed();
        }
        for (GuestWorker each : stopping) {
            Run run = each.currentRun();
            if (run != null) {
                run.sessionClosed();
            }
            each.retire();
        }
        long deadline = System.nanoTime() + CLOSE_BOUND.toNanos();
        for (GuestWorker each : stopping) {
            if (!each.join(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
                LOG.log(System.Logger.Level.WARNING, "micropython4j: closed the session, but its thread {0} is still"
                        + " running (a host function ignoring interruption?); it ends when the function returns",
                        each.threadName());
            }
        }
        files.close();
    }

    /**
     * Stops the run the guest is executing, as if its future had been cancelled (outcome
     * {@link Outcome#CANCELLED}); queued runs go on. Does nothing when no run is executing.
     */
    public void interrupt() {
        GuestWorker current;
        synchronized (lock) {
            current = worker;
        }
        Run run = current != null ? current.currentRun() : null;
        if (run != null) {
            run.cancel();
        }
    }

    /** Whether the calling thread is one of this session's guest threads (i.e. inside a host function). */
    public boolean isGuestThread() {
        synchronized (lock) {
            for (GuestWorker each : workers) {
                if (each.runsOn(Thread.currentThread())) {
                    return true;
                }
            }
            return false;
        }
    }

    boolean isClosed() {
        synchronized (lock) {
            return closed;
        }
    }

    /** {@code retired} takes no more runs: another worker takes over the queue. */
    void workerRetired(GuestWorker retired) {
        synchronized (lock) {
            if (worker == retired) {
                worker = null;
                if (!closed && !queue.isEmpty()) {
                    startWorker();
                }
            }
        }
    }

    /**
     * The thread of {@code ended} is about to end.
     *
     * @param failure why its guest died, or null if it left its session loop when asked
     * @param lostState whether its guest died with the session's state and no run reported it
     * @param reachedSessionLoop whether its guest got through start-up
     */
    void workerEnded(GuestWorker ended, GuestFailure failure, boolean lostState, boolean reachedSessionLoop) {
        List<Run> unstartable = List.of();
        synchronized (lock) {
            workers.remove(ended);
            if (worker != ended) {
                return;
            }
            worker = null;
            stateLost |= lostState;
            if (closed || queue.isEmpty()) {
                return;
            }
            if (reachedSessionLoop) {
                startWorker();
            } else {
                unstartable = queue.drain();
            }
        }
        for (Run run : unstartable) {
            run.guestDied(new GuestFailure(GuestFailure.Kind.HOST_ABORT, "the guest failed to start: "
                    + (failure != null ? failure.getMessage() : "unknown"), failure), false);
        }
    }

    private void startWorker() {
        workerNumber++;
        worker = new GuestWorker(this, threadNamePrefix + workerNumber, config, files, memoryLimitPages, interpreted,
                queue, hostCalls, stateLost);
        stateLost = false;
        workers.add(worker);
        worker.start();
    }

    /** The future {@code runAsync} returns: cancelling it stops the run. */
    private static final class RunFuture extends CompletableFuture<RunResult> {
        private final Run run;

        RunFuture(Run run) {
            this.run = run;
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            run.cancel();
            return super.cancel(mayInterruptIfRunning);
        }
    }
}

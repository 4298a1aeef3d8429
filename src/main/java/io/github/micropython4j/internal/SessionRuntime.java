package io.github.micropython4j.internal;

import io.github.micropython4j.Outcome;
import io.github.micropython4j.RunResult;
import io.github.micropython4j.internal.wasi.GuestFileSystem;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The machinery behind one {@code MicroPythonSession}: queues runs, keeps one live guest worker
 * (started from the template, or from a snapshot), has it scheduled on a guest thread while runs
 * are queued, replaces it when it dies or is retired (a crash, a guest that would not stop; the
 * replacement starts from the template), takes snapshots between runs, and shuts everything down
 * on {@link #close()}. Public for the API package; reachable only through the public API where
 * the module system applies.
 */
public final class SessionRuntime implements AutoCloseable {
    /**
     * How long {@link #close()} waits for the guest threads to end. They end within
     * milliseconds unless one is inside a host function that ignores interruption.
     */
    public static final Duration CLOSE_BOUND = Duration.ofSeconds(5);
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
    /** Snapshots asked for while runs were queued, oldest first; taken when those runs are done. */
    private final Deque<SnapshotRequest> snapshots = new ArrayDeque<>(); // guarded by lock
    /** Every worker whose thread may still be alive, including retired ones. */
    private final List<GuestWorker> workers = new ArrayList<>(); // guarded by lock
    private GuestWorker worker; // the one taking runs; guarded by lock
    private int workerNumber; // guarded by lock
    private int nextRunId = 1; // guarded by lock
    private boolean closed; // guarded by lock
    private boolean stateLost; // guarded by lock

    /**
     * Starts a session's first guest from the template, at rest until the first run.
     *
     * @throws IllegalArgumentException if the memory limit is below what the guest needs to start,
     *     or a mounted directory does not exist
     * @throws IllegalStateException if the guest binary was built without the fuel meter
     * @throws java.io.UncheckedIOException if a scratch directory cannot be created
     */
    public SessionRuntime(SessionConfig config) {
        this(config, null, false);
    }

    /**
     * Starts a session whose first guest continues from {@code restored}: its interpreter as it
     * was when the snapshot was taken, with this session's limits, files and host functions.
     *
     * @throws IllegalArgumentException if the snapshot's memory is larger than the memory limit,
     *     or as for {@link #SessionRuntime(SessionConfig)}
     */
    public SessionRuntime(SessionConfig config, SessionImage restored) {
        this(config, restored.memory(), false);
    }

    /**
     * @param restored the image the first guest starts from; null for the template
     * @param interpreted run the guest on Chicory's interpreter (about 300 times slower; for tests)
     */
    SessionRuntime(SessionConfig config, MemoryImage restored, boolean interpreted) {
        ChicoryEngine.requireFuelMeter();
        this.config = config;
        this.interpreted = interpreted;
        this.memoryLimitPages = ChicoryEngine.memoryLimitPages(config.memoryLimitBytes());
        if (restored != null && restored.memoryBytes() > (long) memoryLimitPages * MemoryImage.PAGE_SIZE) {
            throw new IllegalArgumentException("the snapshot holds " + restored.memoryBytes()
                    + " bytes of memory, more than the memory limit of " + config.memoryLimitBytes() + " bytes");
        }
        this.hostCalls = new HostCallDispatcher(config.hostCallTable(), config.hostPayloadLimitBytes(),
                config.conversions());
        this.files = GuestFileSystem.open(config.mounts());
        this.threadNamePrefix = "micropython4j-session-" + SESSION_NUMBERS.incrementAndGet() + "-worker-";
        try {
            synchronized (lock) {
                startWorker(restored != null ? restored : ChicoryEngine.template(interpreted));
            }
        } catch (RuntimeException e) {
            files.close();
            throw e;
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
                startWorker(ChicoryEngine.template(interpreted));
            }
            worker.schedule();
            return run;
        }
    }

    /**
     * Ends every run (with {@link Outcome#SESSION_CLOSED}), stops the guest and waits up to
     * {@link #CLOSE_BOUND} for it to leave its thread; a thread still inside a host function after
     * that is reported to the {@code io.github.micropython4j} logger and left to finish by itself.
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
            for (SnapshotRequest request : snapshots) {
                request.result.completeExceptionally(
                        new IllegalStateException("the session was closed before the snapshot was taken"));
            }
            snapshots.clear();
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
                Log.LOG.log(System.Logger.Level.WARNING, "micropython4j: closed the session, but its thread {0} is still"
                        + " running its guest (a host function ignoring interruption?); it stops when the function"
                        + " returns", each.threadName());
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

    /**
     * Takes a snapshot of the interpreter once the runs queued before this call are done.
     *
     * @throws IllegalStateException if the session is closed (before the snapshot was taken), if
     *     called from one of its host functions, or if the guest has files open
     */
    public SessionImage snapshot() {
        if (isGuestThread()) {
            throw new IllegalStateException("a host function cannot take a snapshot of its own session");
        }
        SnapshotRequest request;
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("the session is closed");
            }
            if (worker == null) {
                startWorker(ChicoryEngine.template(interpreted));
            }
            if (!worker.isScheduled()) { // at rest with nothing queued: now
                return new SessionImage(worker.capture());
            }
            request = new SnapshotRequest(nextRunId - 1);
            snapshots.addLast(request);
        }
        try {
            return request.result.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw e;
        }
    }

    /**
     * Called by {@code drainer} with its guest at rest, before each run: takes the snapshots now
     * due, and tells whether to run the next run (false: the queue is empty or the worker no
     * longer the session's; it is then no longer scheduled).
     */
    boolean continueDraining(GuestWorker drainer) {
        synchronized (lock) {
            if (drainer != worker || closed) {
                drainer.unscheduled();
                return false;
            }
            int next = queue.peekId();
            while (!snapshots.isEmpty() && (next < 0 || next > snapshots.peekFirst().afterRun)) {
                SnapshotRequest due = snapshots.removeFirst();
                try {
                    due.result.complete(new SessionImage(drainer.capture()));
                } catch (RuntimeException e) {
                    due.result.completeExceptionally(e);
                }
            }
            if (next < 0) {
                drainer.unscheduled();
                return false;
            }
            return true;
        }
    }

    /** {@code retired} takes no more runs: another worker takes over the queue. */
    void workerRetired(GuestWorker retired) {
        synchronized (lock) {
            if (worker == retired) {
                worker = null;
                if (!closed && (!queue.isEmpty() || !snapshots.isEmpty())) {
                    startReplacement();
                }
            }
        }
    }

    /**
     * {@code ended} will not run its guest again: it died, or was retired and has left its thread.
     *
     * @param failure why its guest died, or null if it was retired
     * @param lostState whether its guest died with the session's state and no run reported it
     */
    void workerEnded(GuestWorker ended, GuestFailure failure, boolean lostState) {
        synchronized (lock) {
            workers.remove(ended);
            if (worker != ended) {
                return;
            }
            worker = null;
            stateLost |= lostState;
            if (!closed && (!queue.isEmpty() || !snapshots.isEmpty())) {
                startReplacement();
            }
        }
    }

    /** Bytes of guest memory the session holds on its own, beyond the image its guest started from. */
    long ownedMemoryBytes() {
        synchronized (lock) {
            return worker == null ? 0 : worker.ownedMemoryBytes();
        }
    }

    /** A fresh interpreter for the queue; if none can start, the queued runs and snapshots fail. Caller holds the lock. */
    private void startReplacement() {
        try {
            startWorker(ChicoryEngine.template(interpreted));
            worker.schedule();
        } catch (RuntimeException e) {
            GuestFailure failure = new GuestFailure(GuestFailure.Kind.HOST_ABORT, "the guest failed to start: " + e, e);
            for (Run run : queue.drain()) {
                run.guestDied(failure, false);
            }
            for (SnapshotRequest request : snapshots) {
                request.result.completeExceptionally(new IllegalStateException(failure.getMessage(), e));
            }
            snapshots.clear();
        }
    }

    /** Caller holds the lock. */
    private void startWorker(MemoryImage image) {
        workerNumber++;
        worker = new GuestWorker(this, threadNamePrefix + workerNumber, config, files, memoryLimitPages, interpreted,
                queue, hostCalls, stateLost, image);
        stateLost = false;
        workers.add(worker);
    }

    /** A snapshot to take once the runs up to {@code afterRun} are done. */
    private static final class SnapshotRequest {
        final int afterRun;
        final CompletableFuture<SessionImage> result = new CompletableFuture<>();

        SnapshotRequest(int afterRun) {
            this.afterRun = afterRun;
        }
    }

    /** The future {@code runAsync} returns: cancelling it stops the run. */
    private static final class RunFuture extends CompletableFuture<RunResult> {
        private final Run run;

        RunFuture(Run run) {
            this.run = run;
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            // the future first: a run still queued ends at once, and its result must not
            // complete the future before the cancellation does
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            run.cancel();
            return cancelled;
        }
    }

    /** The logger, looked up when first used: looking it up starts java.util.logging, some 100 classes. */
    private static final class Log {
        static final System.Logger LOG = System.getLogger("io.github.micropython4j");
    }
}

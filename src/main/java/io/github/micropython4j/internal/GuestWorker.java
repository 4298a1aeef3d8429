package io.github.micropython4j.internal;

import io.github.micropython4j.internal.wasi.GuestFileSystem;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;

/**
 * Owns one guest instance and the thread it runs on. The thread instantiates the guest, calls
 * {@code _start} and serves the guest's imports; the guest blocks in {@code session_next} until
 * the session's queue has a run. A retired worker takes no more runs and its thread winds down.
 */
final class GuestWorker implements GuestProtocol.Session {
    /** The guest's wasm calls nest as JVM calls, so the thread gets a deep stack. */
    private static final long STACK_SIZE = 512L << 20;

    /** What the worker tells its session. */
    interface Listener {
        /** The guest received {@code run}. */
        void runStarted(GuestWorker worker, PendingRun run);

        /** The guest reported the end of {@code run}; {@code stopReason} is null unless the host stopped it. */
        void runFinished(GuestWorker worker, PendingRun run, GuestReport report, long fuelUsed,
                RunControl.StopReason stopReason);

        /** The thread is about to end; {@code failure} is null if the guest left its loop when asked. */
        void workerEnded(GuestWorker worker, GuestFailure failure);
    }

    private final RunQueue queue;
    private final SessionConfig config;
    private final GuestFileSystem files;
    private final int memoryLimitPages;
    private final Listener listener;
    private final BoundedOutput output;
    private final HostCallDispatcher hostCalls;
    private final RunControl control;
    private final Thread thread;
    private volatile boolean retired;
    private volatile boolean reachedSessionLoop;
    private volatile PendingRun current;
    /** Makes the host functions builtins; the guest runs it before any submitted run. */
    private PendingRun bootstrap;

    GuestWorker(String threadName, SessionConfig config, GuestFileSystem files, int memoryLimitPages, RunQueue queue,
            Listener listener) {
        this.queue = queue;
        this.config = config;
        this.files = files;
        this.memoryLimitPages = memoryLimitPages;
        this.listener = listener;
        this.output = new BoundedOutput(config.outputLimitBytes());
        this.hostCalls = new HostCallDispatcher(
                config.hostFunctions(), config.hostPayloadLimitBytes(), config.maxHostCallsPerRun());
        this.control = new RunControl(config.fuelPerRun());
        this.bootstrap = hostFunctionsAsBuiltins(config.hostFunctions().keySet());
        this.thread = new Thread(null, this::runGuest, threadName, STACK_SIZE);
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /**
     * Asks the guest to stop its current run at the next safe point, keeping its state; the
     * run then ends with {@code reason}.
     */
    void requestStop(PendingRun run, RunControl.StopReason reason) {
        control.requestStop(run.id(), reason);
    }

    /** Stops taking runs and interrupts the guest. */
    void retire() {
        retired = true;
        queue.wakeAll();
        thread.interrupt();
    }

    /** Waits up to {@code timeout} for the thread to end; returns whether it did. */
    boolean join(Duration timeout) {
        try {
            thread.join(Math.max(1, timeout.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }

    boolean isAlive() {
        return thread.isAlive();
    }

    boolean runsOn(Thread candidate) {
        return thread == candidate;
    }

    /** Whether the guest got through its start-up to the session loop. */
    boolean reachedSessionLoop() {
        return reachedSessionLoop;
    }

    /** The run the guest is executing, or null. */
    PendingRun currentRun() {
        return current;
    }

    /** Whether the current run went over the output limit. */
    boolean outputLimitExceeded() {
        return output.limitExceeded();
    }

    @Override
    public boolean isRetired() {
        return retired;
    }

    @Override
    public PendingRun awaitRun() {
        if (bootstrap != null) {
            current = bootstrap;
            return bootstrap;
        }
        reachedSessionLoop = true;
        PendingRun run = queue.take(this::isRetired);
        if (run == null) {
            return null;
        }
        output.drain();
        hostCalls.startRun();
        run.started(output);
        current = run;
        listener.runStarted(this, run);
        return run;
    }

    @Override
    public void finishRun(int id, GuestReport report, long fuelUsed, RunControl.StopReason stopReason) {
        PendingRun run = current;
        if (run == null || run.id() != id) {
            throw new ProtocolViolation("session_result for request " + id + ", which is not running");
        }
        current = null;
        if (run == bootstrap) {
            bootstrap = null;
            if (report.status() != GuestReport.Status.OK) {
                throw new ProtocolViolation("the guest could not install the host functions: " + report);
            }
            return;
        }
        listener.runFinished(this, run, report, fuelUsed, stopReason);
    }

    /**
     * Python code that makes each host function callable by its bare name, as a builtin (so the
     * session's globals stay the user's own and a global of the same name shadows it); null if
     * there are none. Names are Python identifiers, checked by the builder.
     */
    private static PendingRun hostFunctionsAsBuiltins(Set<String> names) {
        if (names.isEmpty()) {
            return null;
        }
        StringBuilder code = new StringBuilder("import builtins, host\n");
        for (String name : new TreeSet<>(names)) {
            code.append("builtins.").append(name).append(" = host.").append(name).append('\n');
        }
        code.append("del builtins, host\n");
        return new PendingRun(0, code.toString(), false);
    }

    private void runGuest() {
        GuestFailure failure = null;
        try {
            ChicoryEngine.run(files, config.environment(), memoryLimitPages, config.interpreted(), output,
                    new GuestProtocol(this, hostCalls, control, memoryLimitPages));
            if (!retired) {
                failure = new GuestFailure(GuestFailure.Kind.LEFT_SESSION_LOOP,
                        "the guest returned from _start without being asked to", null);
            }
        } catch (GuestFailure e) {
            failure = e;
        } catch (Throwable e) { // anything else (e.g. the module failed to load) must still end the run
            failure = new GuestFailure(GuestFailure.Kind.HOST_ABORT, String.valueOf(e), e);
        } finally {
            listener.workerEnded(this, failure);
        }
    }
}

package io.github.micropython4j.internal;

import io.github.micropython4j.Outcome;
import io.github.micropython4j.RunResult;
import io.github.micropython4j.internal.wasi.GuestFileSystem;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;

/**
 * Owns one guest instance and the thread it runs on. The thread instantiates the guest, calls
 * {@code _start} and serves the guest's imports (through {@link GuestProtocol}); the guest
 * blocks in {@code session_next} until the session's queue has a run. A retired worker takes no
 * more runs and its thread winds down.
 */
final class GuestWorker implements GuestProtocol.RunSource {
    /** The guest's wasm calls nest as JVM calls, so the thread gets a deep stack. */
    private static final long STACK_SIZE = 512L << 20;

    private final SessionRuntime session;
    private final SessionConfig config;
    private final RunQueue queue;
    private final GuestFileSystem files;
    private final int memoryLimitPages;
    private final boolean interpreted;
    private final GuestProtocol protocol;
    private final Thread thread;
    /** Whether this guest replaced one that was lost without a run saying so. */
    private boolean replacesLostGuest;
    /** Makes the host functions builtins; the guest runs it before any submitted run. */
    private Run bootstrap;
    private volatile boolean retired;
    private volatile boolean reachedSessionLoop;

    GuestWorker(SessionRuntime session, String threadName, SessionConfig config, GuestFileSystem files,
            int memoryLimitPages, boolean interpreted, RunQueue queue, HostCallDispatcher hostCalls,
            boolean replacesLostGuest) {
        this.session = session;
        this.config = config;
        this.files = files;
        this.queue = queue;
        this.memoryLimitPages = memoryLimitPages;
        this.interpreted = interpreted;
        this.replacesLostGuest = replacesLostGuest;
        this.protocol = new GuestProtocol(this, hostCalls, memoryLimitPages);
        this.bootstrap = hostFunctionsAsBuiltins(config.hostFunctions().keySet(), config);
        this.thread = new Thread(null, this::runGuest, threadName, STACK_SIZE);
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Stops taking runs, interrupts the guest and lets the session replace this worker. */
    void retire() {
        retired = true;
        queue.wakeAll();
        thread.interrupt();
        session.workerRetired(this);
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

    boolean runsOn(Thread candidate) {
        return thread == candidate;
    }

    String threadName() {
        return thread.getName();
    }

    /** The run the guest is executing, or null. */
    Run currentRun() {
        return protocol.current();
    }

    @Override
    public boolean isRetired() {
        return retired;
    }

    @Override
    public Run next(FuelAccount.Tank fuel) {
        if (bootstrap != null && bootstrap.start(this, false, fuel)) {
            return bootstrap;
        }
        reachedSessionLoop = true;
        for (;;) {
            Run run = queue.take(this::isRetired);
            if (run == null) {
                return null;
            }
            if (run.start(this, replacesLostGuest, fuel)) {
                replacesLostGuest = false;
                return run;
            }
        }
    }

    @Override
    public void ended(Run run, boolean discardGuest) {
        if (run == bootstrap) {
            bootstrap = null;
            RunResult result = run.result().join();
            if (result.outcome() != Outcome.OK) {
                throw new ProtocolViolation("the guest could not install the host functions: " + result);
            }
        }
        if (discardGuest) {
            retire();
        }
    }

    /**
     * Python code that makes each host function callable by its bare name, as a builtin (so the
     * session's globals stay the user's own and a global of the same name shadows it); null if
     * there are none. Names are Python identifiers, checked by the builder.
     */
    private static Run hostFunctionsAsBuiltins(Set<String> names, SessionConfig config) {
        if (names.isEmpty()) {
            return null;
        }
        StringBuilder code = new StringBuilder("import builtins, host\n");
        for (String name : new TreeSet<>(names)) {
            code.append("builtins.").append(name).append(" = host.").append(name).append('\n');
        }
        code.append("del builtins, host\n");
        return new Run(0, code.toString(), Run.DEFAULT_SOURCE_NAME, false, config);
    }

    private void runGuest() {
        GuestFailure failure = null;
        try {
            ChicoryEngine.run(files, config.environment(), memoryLimitPages, interpreted, protocol);
            if (!retired) {
                failure = new GuestFailure(GuestFailure.Kind.LEFT_SESSION_LOOP,
                        "the guest returned from _start without being asked to", null);
            }
        } catch (GuestFailure e) {
            failure = e;
        } catch (Throwable e) { // anything else (e.g. the module failed to load) must still end the run
            failure = new GuestFailure(GuestFailure.Kind.HOST_ABORT, String.valueOf(e), e);
        } finally {
            Run run = protocol.current();
            if (run != null) {
                run.guestDied(failure != null ? failure
                        : new GuestFailure(GuestFailure.Kind.INTERRUPTED, "the guest was stopped", null),
                        session.isClosed());
            }
            session.workerEnded(this, failure, failure != null && run == null, reachedSessionLoop);
        }
    }
}

package io.github.micropython4j.internal;

import io.github.micropython4j.Outcome;
import io.github.micropython4j.RunResult;
import io.github.micropython4j.internal.wasi.GuestFileSystem;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;

/**
 * Owns one guest instance and runs it. Between runs the guest is at rest, its whole state in its
 * memory, and no thread is involved; when the session has runs queued the worker is scheduled on
 * a {@link GuestThreads} thread, which enters the guest's session loop once per run (the guest
 * asks for runs through {@link GuestProtocol}; after each the stack it used is cleared) until
 * the queue is empty. A retired worker takes no more runs, and its guest is stopped.
 */
final class GuestWorker implements GuestProtocol.RunSource {
    /**
     * A run that wrote this many pages (64 KiB each) of the guest's 1 MiB shadow stack went deep
     * enough to have touched megabytes of its thread's JVM stack: that thread ends afterwards, so
     * the memory goes back to the operating system instead of staying with an idle thread.
     */
    static final int DEEP_STACK_PAGES = 4;

    private final SessionRuntime session;
    private final String name;
    private final SessionConfig config;
    private final RunQueue queue;
    private final GuestProtocol protocol;
    private final ChicoryEngine.Guest guest;
    /** Makes the host functions builtins; the guest runs it before any submitted run. */
    private Run bootstrap; // guest thread only
    /** Whether this guest replaced one that was lost without a run saying so. */
    private boolean replacesLostGuest; // guest thread only
    /** Whether the guest has been handed a run since it last entered its session loop. */
    private boolean handedOne; // guest thread only
    private volatile boolean retired;
    private boolean scheduled; // guarded by the session's lock
    private Thread thread; // running the guest now; guarded by this

    /**
     * Starts a guest from {@code image}, at rest.
     *
     * @throws IllegalArgumentException if the image does not fit the memory limit
     */
    GuestWorker(SessionRuntime session, String name, SessionConfig config, GuestFileSystem files,
            int memoryLimitPages, boolean interpreted, RunQueue queue, HostCallDispatcher hostCalls,
            boolean replacesLostGuest, MemoryImage image) {
        this.session = session;
        this.name = name;
        this.config = config;
        this.queue = queue;
        this.replacesLostGuest = replacesLostGuest;
        this.protocol = new GuestProtocol(this, hostCalls, memoryLimitPages);
        this.bootstrap = hostFunctionsAsBuiltins(config.hostFunctions().keySet(), config);
        this.guest = ChicoryEngine.start(image, files, config.environment(), memoryLimitPages, interpreted, protocol);
    }

    /** Has a thread run the queued runs, unless one is on it already. Caller holds the session's lock. */
    void schedule() {
        if (!scheduled && !retired) {
            scheduled = true;
            GuestThreads.execute(this::drain);
        }
    }

    /** Whether a thread has been asked to run the queue and has not yet found it empty. Caller holds the session's lock. */
    boolean isScheduled() {
        return scheduled;
    }

    /** The queue is empty: the next run schedules the worker again. Caller holds the session's lock. */
    void unscheduled() {
        scheduled = false;
    }

    /**
     * The guest's state as an image. Only while the guest is at rest: the caller holds the
     * session's lock and the worker is not scheduled, or is its own thread between two runs.
     *
     * @throws IllegalStateException if the guest has files open
     */
    MemoryImage capture() {
        return guest.capture();
    }

    /** Bytes of memory the guest holds on its own, beyond the image it started from. */
    long ownedMemoryBytes() {
        return guest.ownedMemoryBytes();
    }

    /** Stops taking runs, interrupts the guest if it is running, and lets the session replace this worker. */
    void retire() {
        boolean running;
        synchronized (this) {
            if (retired) {
                return;
            }
            retired = true;
            running = thread != null;
            if (running) {
                thread.interrupt();
            } else {
                guest.close();
            }
        }
        session.workerRetired(this);
        if (!running) {
            session.workerEnded(this, null, false);
        }
    }

    /** Waits up to {@code timeout} for the guest to leave its thread; returns whether it did. */
    synchronized boolean join(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (thread != null) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                wait(Math.max(1, left / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return thread == null;
    }

    synchronized boolean runsOn(Thread candidate) {
        return thread == candidate;
    }

    /** The name of the thread while it runs this guest. */
    String threadName() {
        return name;
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
        if (handedOne) {
            return null; // one run per entry: the host clears the stack the run used before the next
        }
        if (bootstrap != null && bootstrap.start(this, false, fuel)) {
            handedOne = true;
            return bootstrap;
        }
        for (;;) {
            Run run = queue.poll();
            if (run == null) {
                return null;
            }
            if (run.start(this, replacesLostGuest, fuel)) {
                replacesLostGuest = false;
                handedOne = true;
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

    /** On a {@link GuestThreads} thread: runs the queue, one entry into the guest per run. */
    private void drain() {
        synchronized (this) {
            if (retired) {
                return;
            }
            thread = Thread.currentThread();
        }
        String idleName = thread.getName();
        thread.setName(name);
        GuestFailure failure = null;
        try {
            while (session.continueDraining(this)) {
                handedOne = false;
                int stackPages = guest.resume();
                if (stackPages >= DEEP_STACK_PAGES) {
                    GuestThreads.endAfterTask();
                }
            }
        } catch (GuestFailure e) {
            failure = e;
        } catch (Throwable e) { // anything else must still end the run and the guest
            failure = new GuestFailure(GuestFailure.Kind.HOST_ABORT, String.valueOf(e), e);
        } finally {
            Run run = failure != null ? protocol.current() : null;
            if (run != null) {
                run.guestDied(failure, session.isClosed());
            }
            boolean ended;
            Thread.currentThread().setName(idleName);
            synchronized (this) {
                thread = null;
                Thread.interrupted(); // an interrupt meant for this guest must not reach the thread's next task
                ended = retired || failure != null;
                retired = ended;
                if (ended) {
                    guest.close();
                }
                notifyAll();
            }
            if (ended) {
                session.workerEnded(this, failure, failure != null && run == null);
            }
        }
    }
}

package io.github.micropython4j.internal;

import io.github.micropython4j.Outcome;
import io.github.micropython4j.internal.wasi.GuestFileSystem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The machinery behind one {@code MicroPythonSession}: queues runs, keeps one live guest worker,
 * replaces it when it dies or is retired (timeout, limits, crashes), and shuts everything down on
 * {@link #close()}. Not part of the API.
 */
public final class SessionRuntime implements GuestWorker.Listener, AutoCloseable {
    private static final Duration CLOSE_GRACE = Duration.ofMillis(900);
    /** How long a timed-out guest may take to stop by itself before it is discarded. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(2);
    private static final AtomicInteger SESSION_NUMBERS = new AtomicInteger();

    private final SessionConfig config;
    /** The session's files: shared by its guests, closed (scratch deleted) with the session. */
    private final GuestFileSystem files;
    private final int memoryLimitPages;
    private final OutcomeClassifier classifier;
    private final String threadNamePrefix;
    private final RunQueue queue = new RunQueue();
    private final Object lock = new Object();
    private final List<GuestWorker> retiredWorkers = new ArrayList<>();
    private GuestWorker worker;
    private int workerNumber;
    private int nextRunId = 1;
    private boolean closed;
    private boolean stateLost;

    /**
     * Starts a session's first guest in the background.
     *
     * @throws IllegalArgumentException if the memory limit is below what the guest needs to start,
     *     or a mounted directory does not exist
     * @throws java.io.UncheckedIOException if a scratch directory cannot be created
     */
    public SessionRuntime(SessionConfig config) {
        this.config = config;
        this.memoryLimitPages = ChicoryEngine.memoryLimitPages(config.memoryLimitBytes());
        this.files = GuestFileSystem.open(config.mounts());
        this.classifier = new OutcomeClassifier(config);
        this.threadNamePrefix = "micropython4j-session-" + SESSION_NUMBERS.incrementAndGet() + "-worker-";
        synchronized (lock) {
            startWorker();
        }
    }

    /**
     * Queues code for the guest.
     *
     * @param code Python source
     * @param interactive compile as interactive input, echoing expression values
     * @return completes once the run has ended, however it ended
     * @throws IllegalStateException if the session is closed
     */
    public CompletableFuture<RunReport> submit(String code, boolean interactive) {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("the session is closed");
            }
            PendingRun run = new PendingRun(nextRunId++, code, interactive);
            queue.add(run);
            if (worker == null) {
                startWorker();
            }
            return run.report();
        }
    }

    /** Whether the calling thread is this session's guest thread (i.e. inside a host function). */
    public boolean isGuestThread() {
        synchronized (lock) {
            return worker != null && worker.runsOn(Thread.currentThread());
        }
    }

    /** Ends every run, stops the guest and waits (about a second at most) for its thread to end. */
    @Override
    public void close() {
        List<GuestWorker> toStop = new ArrayList<>();
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            if (worker != null) {
                toStop.add(worker);
                worker = null;
            }
            toStop.addAll(retiredWorkers);
            retiredWorkers.clear();
        }
        for (PendingRun run : queue.drain()) {
            run.finish(RunEnding.of(Outcome.SESSION_CLOSED, false, "the session was closed before the run started"));
        }
        RunEnding closedDuringRun = RunEnding.of(Outcome.SESSION_CLOSED, true, "the session was closed during the run");
        for (GuestWorker stopping : toStop) {
            PendingRun run = stopping.currentRun();
            if (run != null) {
                run.force(closedDuringRun);
            }
            stopping.retire();
            if (run != null) {
                run.finish(closedDuringRun);
            }
        }
        long deadline = System.nanoTime() + CLOSE_GRACE.toNanos();
        for (GuestWorker stopping : toStop) {
            stopping.join(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        }
        files.close();
    }

    @Override
    public void runStarted(GuestWorker startedOn, PendingRun run) {
        synchronized (lock) {
            if (stateLost) {
                stateLost = false;
                run.noteFreshGuest();
            }
        }
        run.armTimer(Watchdog.schedule(config.timeout(), () -> timedOut(startedOn, run)));
    }

    @Override
    public void runFinished(GuestWorker finishedOn, PendingRun run, GuestReport report, long fuelUsed,
            RunControl.StopReason stopReason) {
        run.finish(classifier.fromReport(report, fuelUsed, stopReason));
    }

    @Override
    public void workerEnded(GuestWorker ended, GuestFailure failure) {
        PendingRun run = ended.currentRun();
        boolean sessionClosed;
        synchronized (lock) {
            sessionClosed = closed;
        }
        if (run != null) {
            run.finish(sessionClosed
                    ? RunEnding.of(Outcome.SESSION_CLOSED, true, "the session was closed during the run")
                    : failure == null
                            ? classifier.timeout()
                            : classifier.fromFailure(failure, ended.outputLimitExceeded()));
        }
        List<PendingRun> unstartable = List.of();
        String why = "the guest failed to start: " + (failure != null ? failure.getMessage() : "unknown");
        synchronized (lock) {
            retiredWorkers.remove(ended);
            if (worker == ended) {
                worker = null;
                if (!closed) {
                    if (run == null && failure != null) {
                        stateLost = true;
                    }
                    if (!queue.isEmpty()) {
                        if (ended.reachedSessionLoop()) {
                            startWorker();
                        } else {
                            unstartable = queue.drain();
                        }
                    }
                }
            }
        }
        for (PendingRun waiting : unstartable) {
            waiting.finish(RunEnding.of(Outcome.CRASH, true, why));
        }
    }

    /** Asks the guest to stop; if it has not within {@link #STOP_GRACE}, discards it. */
    private void timedOut(GuestWorker runningOn, PendingRun run) {
        runningOn.requestStop(run, RunControl.StopReason.TIMEOUT);
        run.armTimer(Watchdog.schedule(STOP_GRACE, () -> didNotStop(runningOn, run)));
    }

    private void didNotStop(GuestWorker runningOn, PendingRun run) {
        RunEnding timeout = classifier.timeout();
        if (run.force(timeout)) {
            retire(runningOn);
            run.finish(timeout);
        }
    }

    private void retire(GuestWorker retiring) {
        retiring.retire();
        synchronized (lock) {
            if (worker != retiring) {
                return;
            }
            worker = null;
            if (retiring.isAlive()) {
                retiredWorkers.add(retiring);
            }
            if (!closed && !queue.isEmpty()) {
                startWorker();
            }
        }
    }

    private void startWorker() {
        workerNumber++;
        worker = new GuestWorker(threadNamePrefix + workerNumber, config, files, memoryLimitPages, queue, this);
        worker.start();
    }
}

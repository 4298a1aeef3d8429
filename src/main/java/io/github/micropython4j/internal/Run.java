package io.github.micropython4j.internal;

import io.github.micropython4j.Outcome;
import io.github.micropython4j.PythonError;
import io.github.micropython4j.RunResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * One run, from the moment it is submitted until its result is delivered: its code, fuel,
 * timer, stop requests, output and host-call count, and how it ended. It ends exactly once,
 * whoever gets there first: the guest's report, the guest's death, the timer's last resort, a
 * cancellation or the session closing; whatever comes later changes nothing. A result the guest
 * reported stands even if a stop request arrives a moment later.
 *
 * <p>Methods named for the guest ({@link #fuelExhausted}, {@link #afterOutput},
 * {@link #reported}, ...) run on the session's guest thread; {@link #requestStop},
 * {@link #cancel} and {@link #sessionClosed} may be called from any thread.
 */
final class Run {
    /** Why a run was asked to stop. */
    enum StopReason {
        FUEL, TIMEOUT, OUTPUT_LIMIT, CANCELLED
    }

    private enum State {
        /** Waiting for the guest. */
        QUEUED,
        /** The guest is executing it: stop requests take effect. */
        RUNNING,
        /** The guest has finished it and is reporting: its result stands, stop requests are ignored. */
        REPORTING,
        /** The result is delivered. */
        ENDED
    }

    /** How long a stopping guest may take to reach a safe point before it is abandoned. */
    static final Duration STOP_GRACE = Duration.ofSeconds(2);
    /** The source name of code given without one, as CPython names {@code exec}'d strings. */
    static final String DEFAULT_SOURCE_NAME = "<string>";

    private final int id;
    private final int flags;
    private final byte[] request;
    private final SessionConfig config;
    private final BoundedOutput output;
    private final FuelAccount fuel;
    private final CompletableFuture<RunResult> result = new CompletableFuture<>();
    private int hostCalls; // guest thread only

    private State state = State.QUEUED; // guarded by this
    private StopReason stopRequested; // guarded by this
    private GuestWorker worker; // guarded by this
    private Watchdog.Alarm timer; // guarded by this
    private Thread inHostCall; // guarded by this
    private long startNanos; // guarded by this
    private boolean freshGuest; // guarded by this

    /**
     * A run of {@code code}, reported as coming from {@code sourceName}.
     *
     * @param interactive compile as interactive input, echoing expression values
     */
    Run(int id, String code, String sourceName, boolean interactive, SessionConfig config) {
        this(id, ProtocolCodec.codeRequest(sourceName.equals(DEFAULT_SOURCE_NAME) ? null : sourceName, code,
                interactive), config);
    }

    /** A run of any request: code, or setting or getting a global. */
    Run(int id, ProtocolCodec.Request request, SessionConfig config) {
        this.id = id;
        this.config = config;
        this.flags = request.flags();
        this.request = request.bytes();
        this.output = new BoundedOutput(config.outputLimitBytes(), config.stdout(), config.stderr());
        this.fuel = new FuelAccount(config.fuelPerRun());
    }

    int id() {
        return id;
    }

    int flags() {
        return flags;
    }

    /** The bytes {@code session_next} hands over: the code, after its source name if it has one, or a global's name. */
    byte[] request() {
        return request;
    }

    /** The most bytes of JSON a value the guest reports for this run may take: the host payload limit. */
    int valueLimit() {
        return config.hostPayloadLimitBytes();
    }

    /** Completes once the run has ended, however it ended; never exceptionally. */
    CompletableFuture<RunResult> result() {
        return result;
    }

    /**
     * The guest on {@code worker} received the run: its clock and timer start and its fuel is
     * handed out. Returns false if the run ended while it waited (cancelled, session closed).
     *
     * @param freshGuest whether this guest replaced one that was lost, so earlier state is gone
     */
    boolean start(GuestWorker worker, boolean freshGuest, FuelAccount.Tank tank) {
        synchronized (this) {
            if (state != State.QUEUED) {
                return false;
            }
            state = State.RUNNING;
            this.worker = worker;
            this.freshGuest = freshGuest;
            startNanos = System.nanoTime();
            timer = Watchdog.schedule(config.timeout(), this::timeUp);
        }
        fuel.start(tank);
        return true;
    }

    // ---- on the guest's thread ----

    /**
     * The guest's fuel ran dry: returns false after a refill, true to stop the run.
     *
     * @throws FuelAccount.OverdraftExhaustedException if the stopping run spent its overdraft
     */
    boolean fuelExhausted(FuelAccount.Tank tank) {
        boolean stop = fuel.exhausted(tank, stopRequest() != null);
        if (stop) {
            requestStop(StopReason.FUEL); // no effect if another reason came first
        }
        return stop;
    }

    /** The units of fuel the run has used so far. */
    long fuelUsedSoFar(FuelAccount.Tank tank) {
        return fuel.usedSoFar(tank);
    }

    /** The guest wrote output to stdout ({@code toStderr} false) or stderr; see {@link #afterOutput}. */
    void write(boolean toStderr, byte[] bytes, int offset, int length) {
        output.write(toStderr, bytes, offset, length);
    }

    /** The guest's write call returned: past the output limit, the run stops at once. */
    void afterOutput(FuelAccount.Tank tank) {
        if (output.limitExceeded()) {
            requestStop(StopReason.OUTPUT_LIMIT);
            fuel.stopNow(tank);
        }
    }

    /**
     * Waits up to {@code millis} or until a stop is requested (the guest's {@code time.sleep});
     * a requested stop then takes effect at once.
     */
    void sleep(long millis, FuelAccount.Tank tank) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        synchronized (this) {
            while (stopRequested == null) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                wait(left / 1_000_000, (int) (left % 1_000_000));
            }
        }
        fuel.stopNow(tank);
    }

    /** Counts a host call; returns false if the run has made all the calls it may. */
    boolean countHostCall() {
        hostCalls++;
        return hostCalls <= config.maxHostCallsPerRun();
    }

    /** The most host calls the run may make. */
    int hostCallLimit() {
        return config.maxHostCallsPerRun();
    }

    /** The guest's thread starts running a host function: a stop request will interrupt it. */
    synchronized void enterHostCall() {
        inHostCall = Thread.currentThread();
        if (stopRequested != null) {
            inHostCall.interrupt();
        }
    }

    /**
     * The host function returned. An interrupt meant for it is cleared, since the compiled guest
     * would take it as a reason to unwind at once; the stop request itself stays.
     */
    synchronized void leaveHostCall() {
        inHostCall = null;
        if (stopRequested != null) {
            Thread.interrupted();
        }
    }

    /**
     * The guest finished the run and starts reporting how: from now on its result stands and
     * stop requests are ignored (a request that came before still counts).
     */
    synchronized void reporting() {
        if (state == State.RUNNING) {
            state = State.REPORTING;
        }
    }

    /**
     * The guest reported how the run ended. Ends the run unless it already ended.
     *
     * @return whether the guest must be discarded (it aborted the run without being asked to)
     */
    boolean reported(GuestReport report, FuelAccount.Tank tank) {
        long used = fuel.finish(tank);
        synchronized (this) {
            if (state == State.ENDED) {
                return false;
            }
            if (report.status() == GuestReport.Status.ABORTED && stopRequested == null) {
                end(ending(Outcome.CRASH, "the guest aborted the run although the host did not ask it to")
                        .reset().fuel(used));
                return true;
            }
            if (stopRequested != null) {
                // Stopped at a safe point, or ended by itself after the request (a host function
                // cut short by the timeout raised, say): the request is why it ended.
                end(stopped(stopRequested, false).error(report.error()).fuel(used));
                return false;
            }
            end(fromReport(report).fuel(used));
            return false;
        }
    }

    /**
     * The guest died during the run. Ends the run unless it already ended.
     *
     * @param sessionClosing whether the session is closing (which is why the guest was stopped)
     */
    void guestDied(GuestFailure failure, boolean sessionClosing) {
        long used = fuel.used();
        synchronized (this) {
            if (state == State.ENDED) {
                return;
            }
            if (sessionClosing) {
                end(closedDuringRun());
            } else if (failure.getCause() instanceof FuelAccount.OverdraftExhaustedException && stopRequested != null) {
                end(stopped(stopRequested, true).fuel(used));
            } else if (output.limitExceeded()) {
                end(stopped(StopReason.OUTPUT_LIMIT, true));
            } else if (failure.kind() == GuestFailure.Kind.INTERRUPTED && stopRequested != null) {
                end(stopped(stopRequested, true));
            } else if (failure.kind() == GuestFailure.Kind.MEMORY_EXHAUSTED) {
                end(ending(Outcome.MEMORY_LIMIT, memoryLimitDetail() + "; " + failure.getMessage()).reset());
            } else {
                end(ending(Outcome.CRASH, failure.getMessage()).reset());
            }
        }
    }

    // ---- from any thread ----

    /**
     * Asks the guest to stop the run at its next safe point, keeping its state; the first
     * reason asked for wins. Does nothing once the run has ended, or before it started
     * (use {@link #cancel()}).
     */
    synchronized void requestStop(StopReason reason) {
        if (state != State.RUNNING || stopRequested != null) {
            return;
        }
        stopRequested = reason;
        notifyAll(); // a sleeping guest
        if (inHostCall != null) {
            inHostCall.interrupt(); // a host function that honours interruption returns early
        }
    }

    /** The host cancelled the run: it ends at once if it has not started, else it is stopped. */
    void cancel() {
        synchronized (this) {
            if (state == State.QUEUED) {
                end(stopped(StopReason.CANCELLED, false));
                return;
            }
        }
        requestStop(StopReason.CANCELLED);
        armLastResort();
    }

    /** The session was closed: a waiting run ends at once, a running one when its guest stops. */
    void sessionClosed() {
        synchronized (this) {
            if (state == State.QUEUED) {
                end(new Ending(Outcome.SESSION_CLOSED, "the session was closed before the run started"));
            } else if (state == State.RUNNING) {
                end(closedDuringRun());
            }
        }
    }

    /** The stop request this run has, or null. */
    synchronized StopReason stopRequest() {
        return stopRequested;
    }

    private void timeUp() {
        requestStop(StopReason.TIMEOUT);
        armLastResort();
    }

    private synchronized void armLastResort() {
        if (state == State.RUNNING) {
            timer = Watchdog.schedule(STOP_GRACE, this::abandon);
        }
    }

    /** The guest did not stop within the grace period: the run ends and its guest is discarded. */
    private void abandon() {
        synchronized (this) {
            if (state != State.RUNNING) {
                return;
            }
            // Retired before the result is out: a caller woken by the result submits its next
            // run at once, and this guest, back from a host function that ignored interruption,
            // must not take that run and then be interrupted in the middle of it.
            worker.retire();
            end(stopped(stopRequested, true));
        }
    }

    // ---- endings ----

    private Ending fromReport(GuestReport report) {
        switch (report.status()) {
            case OK:
                return new Ending(Outcome.OK, null).value(report);
            case EXCEPTION:
                if (report.allocationFailed()) {
                    return new Ending(Outcome.MEMORY_LIMIT, memoryLimitDetail()).error(report.error());
                }
                return new Ending(Outcome.PYTHON_ERROR, null).error(report.error());
            case EXIT:
                return new Ending(Outcome.EXIT, null).exitCode(report.exitCode());
            default:
                throw new AssertionError(report.status());
        }
    }

    private Ending stopped(StopReason reason, boolean reset) {
        String how = reset ? "; the guest did not stop in time and the session was reset" : "";
        switch (reason) {
            case FUEL:
                return new Ending(Outcome.FUEL_EXHAUSTED,
                        "fuel limit of " + config.fuelPerRun() + " units exhausted" + how).reset(reset);
            case TIMEOUT:
                return new Ending(Outcome.TIMEOUT,
                        "wall-clock timeout of " + format(config.timeout()) + " exceeded" + how).reset(reset);
            case OUTPUT_LIMIT:
                return new Ending(Outcome.OUTPUT_LIMIT,
                        "output limit of " + config.outputLimitBytes() + " bytes exceeded" + how).reset(reset);
            case CANCELLED:
                return new Ending(Outcome.CANCELLED, "the run was cancelled" + how).reset(reset);
            default:
                throw new AssertionError(reason);
        }
    }

    private Ending closedDuringRun() {
        return new Ending(Outcome.SESSION_CLOSED, "the session was closed during the run").reset();
    }

    private Ending ending(Outcome outcome, String detail) {
        return new Ending(outcome, detail);
    }

    private String memoryLimitDetail() {
        return "memory limit of " + config.memoryLimitBytes() + " bytes exhausted";
    }

    private static String format(Duration duration) {
        return duration.toString().substring(2).toLowerCase(Locale.ROOT);
    }

    /** Delivers the result. Caller holds the lock and has checked that the run has not ended. */
    private void end(Ending ending) {
        state = State.ENDED;
        if (timer != null) {
            timer.cancel();
        }
        boolean started = startNanos != 0;
        Duration elapsed = started ? Duration.ofNanos(System.nanoTime() - startNanos) : Duration.ZERO;
        result.complete(new GuestRunResult(ending.outcome, output.stdout(), output.stderr(), ending.error,
                ending.exitCode, elapsed, ending.reset || freshGuest, ending.detail, ending.fuelUsed,
                ending.value, ending.valueProblem));
    }

    /** How a run ends, before it becomes a result. */
    private static final class Ending {
        final Outcome outcome;
        final String detail;
        PythonError error;
        Integer exitCode;
        boolean reset;
        long fuelUsed = -1;
        Object value;
        String valueProblem;

        Ending(Outcome outcome, String detail) {
            this.outcome = outcome;
            this.detail = detail;
        }

        /** The value the guest reported, as plain Java values, or why there is none. */
        Ending value(GuestReport report) {
            this.valueProblem = report.valueProblem();
            if (report.valueJson() != null) {
                this.value = Conversions.fromGuest(report.valueJson().getBytes(StandardCharsets.UTF_8));
            }
            return this;
        }

        Ending error(PythonError error) {
            this.error = error;
            return this;
        }

        Ending exitCode(Integer exitCode) {
            this.exitCode = exitCode;
            return this;
        }

        Ending reset() {
            return reset(true);
        }

        Ending reset(boolean reset) {
            this.reset = reset;
            return this;
        }

        Ending fuel(long used) {
            this.fuelUsed = used;
            return this;
        }
    }

    @Override
    public String toString() {
        return "Run[" + id + ", " + new String(request, 0, Math.min(request.length, 40), StandardCharsets.UTF_8) + "]";
    }
}

package io.github.micropython4j.internal;

/**
 * Fuel accounting and stop requests for the runs of one guest.
 *
 * <p>The guest's fuel meter counts down its exported {@code fuel} global (a unit per byte of
 * Python bytecode run, charged at jumps, and per loop iteration in C) and calls {@code fuel_exhausted}
 * when the global goes negative. The run's budget is handed out in slices, so the guest
 * comes back to the host regularly: that is where the host stops a run whose fuel is spent,
 * whose time is up or whose output overflowed. Stopping grants a small overdraft and asks the
 * guest for a VM abort, which unwinds past Python's exception handlers at the next safe
 * point; if the overdraft is spent too, the guest is beyond saving and
 * {@link OverdraftExhaustedException} unwinds it.
 *
 * <p>Units used are counted by the guest alone, so the same code with the same budget uses the
 * same fuel on every run and engine; only where a run stops for time depends on the clock.
 * Methods other than {@link #requestStop} and {@link #awaitStop} run on the guest's thread.
 */
final class RunControl {
    /** Units the guest may use before it reports back (a few milliseconds of work). */
    static final long SLICE = 1_000_000;
    /** Units a stopping guest may use to reach a safe point. */
    static final long OVERDRAFT = 20_000_000;
    /** Fuel for the guest's own bookkeeping outside runs, where no budget applies. */
    static final long IDLE_ALLOWANCE = Long.MAX_VALUE / 4;

    /** Why a run was asked to stop. */
    enum StopReason {
        FUEL, TIMEOUT, OUTPUT_LIMIT
    }

    /** The guest's fuel global, read and written on the guest's thread. */
    interface FuelTank {
        long level();

        void fill(long units);
    }

    /** A tank for a guest built without the meter: it has nothing to count. */
    static final FuelTank UNMETERED = new FuelTank() {
        @Override
        public long level() {
            return 0;
        }

        @Override
        public void fill(long units) {}
    };

    private final long budget;
    private boolean inRun;
    private int runId; // guarded by this
    private long handedOut;
    private long usedBeforeOverdraft = -1; // >= 0 once stopping
    private StopReason stopping;
    private volatile StopReason requested;
    private Thread inHostCall; // the guest's thread while it runs a host function; guarded by this

    /** @param budget the fuel units each run may use */
    RunControl(long budget) {
        if (budget <= 0) {
            throw new IllegalArgumentException("fuel budget must be positive: " + budget);
        }
        this.budget = budget;
    }

    /** Run {@code id} starts: fills the tank with its first slice. */
    synchronized void startRun(FuelTank tank, int id) {
        inRun = true;
        runId = id;
        requested = null;
        stopping = null;
        usedBeforeOverdraft = -1;
        handedOut = Math.min(SLICE, budget);
        tank.fill(handedOut);
    }

    /**
     * The guest's fuel ran dry: refills the tank and returns false to go on, or grants the
     * overdraft and returns true to stop the run.
     *
     * @throws OverdraftExhaustedException if the run was already stopping and spent its overdraft
     */
    boolean exhausted(FuelTank tank) {
        if (!inRun) {
            tank.fill(IDLE_ALLOWANCE);
            return false;
        }
        if (stopping != null) {
            throw new OverdraftExhaustedException(stopping);
        }
        // The tank is below zero by what the guest took beyond its slice: the units of one
        // charge (a loop tick, the bytecode since the last jump, a bulk copy). New slices
        // pay for that first.
        long level = tank.level();
        StopReason reason = requested;
        while (reason == null && level < 0 && handedOut < budget) {
            long slice = Math.min(SLICE, budget - handedOut);
            handedOut += slice;
            level += slice;
        }
        if (reason == null && level >= 0) {
            tank.fill(level);
            return false;
        }
        stopping = reason != null ? reason : StopReason.FUEL;
        usedBeforeOverdraft = handedOut - level;
        tank.fill(OVERDRAFT);
        return true;
    }

    /**
     * Asks the guest to stop run {@code id} at its next report, unless another run is executing
     * by now; the first reason asked for wins. Any thread may call this.
     */
    synchronized void requestStop(int id, StopReason reason) {
        if (id == runId && requested == null) {
            requested = reason;
            notifyAll();
            if (inHostCall != null) {
                inHostCall.interrupt(); // a host function that honours interruption returns early
            }
        }
    }

    /** The guest's thread starts running a host function. */
    synchronized void enterHostCall() {
        inHostCall = Thread.currentThread();
    }

    /**
     * The host function returned. An interrupt meant for it is cleared, since the compiled guest
     * would take it as a reason to unwind at once; the stop request itself stays.
     */
    synchronized void leaveHostCall() {
        inHostCall = null;
        if (requested != null) {
            Thread.interrupted();
        }
    }

    /**
     * Waits up to {@code millis} or until a stop is requested (the guest's {@code time.sleep}).
     *
     * @return whether a stop was requested
     */
    synchronized boolean awaitStop(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (requested == null) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(left / 1_000_000, (int) (left % 1_000_000));
        }
        return true;
    }

    /**
     * Makes a requested stop take effect at the guest's next tick, returning the unused part of
     * the current slice to the budget. Guest thread only.
     */
    void stopNow(FuelTank tank) {
        if (inRun && stopping == null && requested != null) {
            handedOut -= Math.max(0, tank.level());
            tank.fill(0);
        }
    }

    /** Whether a stop was requested for the current run. */
    boolean stopRequested() {
        return requested != null;
    }

    /**
     * The run ended (the guest reported): returns the fuel it used, at most its budget, or -1
     * for a guest built without the meter.
     */
    long finishRun(FuelTank tank) {
        long used = tank == UNMETERED ? -1 : Math.min(budget, unitsUsed(tank));
        inRun = false;
        tank.fill(IDLE_ALLOWANCE);
        return used;
    }

    /**
     * Why the current or last run was stopped, or null if it was not. A run that ended by
     * itself after a stop was requested (say, a host function cut short by the timeout raised
     * an exception) counts as stopped for that reason too.
     */
    StopReason stopReason() {
        return stopping != null ? stopping : requested;
    }

    private long unitsUsed(FuelTank tank) {
        if (usedBeforeOverdraft >= 0) {
            return usedBeforeOverdraft + (OVERDRAFT - tank.level());
        }
        return handedOut - tank.level();
    }

    /** The guest spent its overdraft without reaching a safe point; it must be discarded. */
    static final class OverdraftExhaustedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient StopReason reason;

        OverdraftExhaustedException(StopReason reason) {
            super("the guest did not stop within its overdraft of " + OVERDRAFT + " fuel units");
            this.reason = reason;
        }

        StopReason reason() {
            return reason;
        }
    }
}

package io.github.micropython4j.internal;

/**
 * One run's fuel: its budget, handed to the guest's meter in slices, and the units it used.
 *
 * <p>The guest's fuel meter counts down its exported {@code fuel} global (a unit per byte of
 * Python bytecode run, charged at jumps, and per loop iteration in C) and calls
 * {@code fuel_exhausted} when the global goes negative. Handing the budget out in slices makes
 * the guest come back to the host regularly: that is where a run whose fuel is spent, or whose
 * stop was requested, is stopped. Stopping grants an overdraft and asks the guest for a VM
 * abort, which unwinds past Python's exception handlers at the next safe point; if the
 * overdraft is spent too, the guest is beyond saving and {@link OverdraftExhaustedException}
 * unwinds it.
 *
 * <p>Units used are counted by the guest alone, so the same code with the same budget uses the
 * same fuel on every run and engine. Used on the guest's thread only.
 */
final class FuelAccount {
    /** Units the guest may use before it reports back (a few milliseconds of work). */
    static final long SLICE = 1_000_000;
    /** Units a stopping guest may use to reach a safe point. */
    static final long OVERDRAFT = 20_000_000;
    /** Fuel for the guest's own bookkeeping outside runs, where no budget applies. */
    static final long IDLE_ALLOWANCE = Long.MAX_VALUE / 4;

    /** The guest's fuel global. */
    interface Tank {
        long level();

        void fill(long units);
    }

    private final long budget;
    private long handedOut;
    /** Units used when the overdraft was granted; -1 while the run is not stopping. */
    private long usedBeforeOverdraft = -1;
    /** Units used, as last counted: when the run ended or its guest died. -1 if unknown. */
    private long used = -1;

    /** @param budget the units the run may use */
    FuelAccount(long budget) {
        if (budget <= 0) {
            throw new IllegalArgumentException("fuel budget must be positive: " + budget);
        }
        this.budget = budget;
    }

    /** The run starts: fills the tank with its first slice. */
    void start(Tank tank) {
        handedOut = Math.min(SLICE, budget);
        tank.fill(handedOut);
    }

    /**
     * The guest's fuel ran dry: refills the tank and returns false to go on, or grants the
     * overdraft and returns true to stop the run (the budget is spent, or {@code stopRequested}).
     *
     * @throws OverdraftExhaustedException if the run was already stopping and spent its overdraft
     */
    boolean exhausted(Tank tank, boolean stopRequested) {
        long level = tank.level();
        if (isStopping()) {
            used = usedBeforeOverdraft + OVERDRAFT - level;
            throw new OverdraftExhaustedException();
        }
        // The tank is below zero by what the guest took beyond its slice: the units of one
        // charge (a loop tick, the bytecode since the last jump, a bulk copy). New slices pay
        // for that first.
        while (!stopRequested && level < 0 && handedOut < budget) {
            long slice = Math.min(SLICE, budget - handedOut);
            handedOut += slice;
            level += slice;
        }
        if (!stopRequested && level >= 0) {
            tank.fill(level);
            return false;
        }
        usedBeforeOverdraft = handedOut - level;
        tank.fill(OVERDRAFT);
        return true;
    }

    /**
     * Makes a stop take effect at the guest's next charge: returns the unused part of the
     * current slice to the budget and empties the tank.
     */
    void stopNow(Tank tank) {
        if (!isStopping()) {
            handedOut -= Math.max(0, tank.level());
            tank.fill(0);
        }
    }

    /** Whether the overdraft was granted: the run is stopping. */
    boolean isStopping() {
        return usedBeforeOverdraft >= 0;
    }

    /** The units the run has used so far, overdraft included. */
    long usedSoFar(Tank tank) {
        return isStopping() ? usedBeforeOverdraft + OVERDRAFT - tank.level() : handedOut - tank.level();
    }

    /** The run ended: counts the units it used, overdraft included. */
    long finish(Tank tank) {
        used = usedSoFar(tank);
        return used;
    }

    /** The units used as last counted ({@link #finish}, or the overdraft running out), or -1. */
    long used() {
        return used;
    }

    /** The guest spent its overdraft without reaching a safe point; it must be discarded. */
    static final class OverdraftExhaustedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OverdraftExhaustedException() {
            super("the guest did not stop within its overdraft of " + OVERDRAFT + " fuel units");
        }
    }
}

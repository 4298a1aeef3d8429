package io.github.micropython4j.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The session's runs waiting for the guest. It outlives guest instances: after a reset the next
 * worker takes up where the previous one stopped, and a retired worker never takes another run.
 */
final class RunQueue {
    private final Deque<Run> runs = new ArrayDeque<>();

    synchronized void add(Run run) {
        runs.addLast(run);
        notifyAll();
    }

    synchronized boolean isEmpty() {
        return runs.isEmpty();
    }

    /**
     * Waits for the next run.
     *
     * @param retired tells whether the taking worker has been retired
     * @return the next run, or null once the worker is retired or its thread interrupted
     */
    synchronized Run take(BooleanSupplier retired) {
        while (!retired.getAsBoolean()) {
            Run run = runs.pollFirst();
            if (run != null) {
                return run;
            }
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    /** Wakes waiting workers so they notice they were retired. */
    synchronized void wakeAll() {
        notifyAll();
    }

    /** Removes and returns every waiting run. */
    synchronized List<Run> drain() {
        List<Run> drained = new ArrayList<>(runs);
        runs.clear();
        return drained;
    }
}

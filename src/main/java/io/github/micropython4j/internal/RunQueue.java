package io.github.micropython4j.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The session's runs waiting for the guest. It outlives guest instances: after a reset the next
 * worker takes up where the previous one stopped, and a retired worker never takes another run.
 */
final class RunQueue {
    private final Deque<Run> runs = new ArrayDeque<>();

    synchronized void add(Run run) {
        runs.addLast(run);
    }

    synchronized boolean isEmpty() {
        return runs.isEmpty();
    }

    /** Removes and returns the next run, or null if there is none. */
    synchronized Run poll() {
        return runs.pollFirst();
    }

    /** The id of the next run, or -1 if there is none. */
    synchronized int peekId() {
        Run next = runs.peekFirst();
        return next == null ? -1 : next.id();
    }

    /** Removes and returns every waiting run. */
    synchronized List<Run> drain() {
        List<Run> drained = new ArrayList<>(runs);
        runs.clear();
        return drained;
    }
}

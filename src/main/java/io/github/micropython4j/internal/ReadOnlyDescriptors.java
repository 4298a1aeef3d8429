package io.github.micropython4j.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * Tracks which WASI file descriptors lead into a read-only mount, so the engine can refuse every
 * WASI call that would change something there. Chicory's WASI has no read-only directories of its
 * own; this follows descriptors from the preopens through {@code path_open}, {@code fd_renumber}
 * and {@code fd_close}, the only ways Chicory's WASI creates, moves or frees one.
 */
final class ReadOnlyDescriptors {
    private final Set<Integer> readOnly = new HashSet<>();

    ReadOnlyDescriptors(Set<Integer> readOnlyPreopens) {
        readOnly.addAll(readOnlyPreopens);
    }

    /** Whether changes through {@code fd} (or paths relative to it) are allowed. */
    synchronized boolean allowsChanges(int fd) {
        return !readOnly.contains(fd);
    }

    /** Whether {@code path_open} relative to {@code dirFd} with these arguments is allowed. */
    synchronized boolean allowsOpen(int dirFd, boolean wantsChange) {
        return !(wantsChange && readOnly.contains(dirFd));
    }

    /** {@code path_open} relative to {@code dirFd} returned {@code newFd}. */
    synchronized void opened(int dirFd, int newFd) {
        if (readOnly.contains(dirFd)) {
            readOnly.add(newFd);
        } else {
            readOnly.remove(newFd);
        }
    }

    /** {@code fd_close(fd)} succeeded. */
    synchronized void closed(int fd) {
        readOnly.remove(fd);
    }

    /** {@code fd_renumber(from, to)} succeeded: {@code to} now is what {@code from} was. */
    synchronized void renumbered(int from, int to) {
        if (from == to) {
            return;
        }
        boolean wasReadOnly = readOnly.remove(from);
        if (wasReadOnly) {
            readOnly.add(to);
        } else {
            readOnly.remove(to);
        }
    }
}

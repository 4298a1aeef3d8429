package io.github.micropython4j.internal;

/** Unwinds a guest whose worker was retired (timeout, close) the next time it calls the host. */
final class WorkerRetiredException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WorkerRetiredException() {
        super("the session's worker was retired", null, false, false);
    }
}

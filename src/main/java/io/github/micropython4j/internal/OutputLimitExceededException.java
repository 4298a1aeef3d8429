package io.github.micropython4j.internal;

/**
 * Thrown out of a guest write once the run's output limit is reached. It unwinds the guest from
 * inside WASI {@code fd_write}, which ends the run (and, for now, the guest instance: the C side
 * offers no way to stop a run from the host while keeping the interpreter).
 */
final class OutputLimitExceededException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutputLimitExceededException(long limit) {
        super("output limit of " + limit + " bytes exceeded");
    }
}

package io.github.micropython4j.internal.wasi;

/**
 * A WASI call failed with {@link #errno()}; the import returns that number to the guest. Thrown
 * for ordinary outcomes (a missing file, a full quota), so it carries no stack trace.
 */
final class WasiError extends Exception {
    private static final long serialVersionUID = 1L;

    private final int errno;

    WasiError(int errno) {
        super(null, null, false, false);
        this.errno = errno;
    }

    int errno() {
        return errno;
    }

    @Override
    public String getMessage() {
        return "WASI errno " + errno;
    }
}

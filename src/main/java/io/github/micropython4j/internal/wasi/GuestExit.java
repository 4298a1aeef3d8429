package io.github.micropython4j.internal.wasi;

/** The guest called WASI {@code proc_exit}: its instance is finished. */
public final class GuestExit extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    GuestExit(int exitCode) {
        super("the guest called proc_exit(" + exitCode + ")", null, false, false);
        this.exitCode = exitCode;
    }

    /** The code the guest passed to {@code proc_exit}. */
    public int exitCode() {
        return exitCode;
    }
}

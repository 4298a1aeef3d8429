package io.github.micropython4j.internal;

/**
 * Why a guest instance stopped for good, in the engine-neutral terms the rest of the code uses.
 * The engine translates the wasm runtime's exceptions into this.
 */
final class GuestFailure extends Exception {
    private static final long serialVersionUID = 1L;

    /** The kinds of guest death. */
    enum Kind {
        /** The guest thread was interrupted (timeout or close). */
        INTERRUPTED,
        /** The JVM stack ran out while running the guest. */
        STACK_EXHAUSTED,
        /** The guest trapped with its memory grown to the limit. */
        MEMORY_EXHAUSTED,
        /** The guest trapped (unreachable, out-of-bounds access, ...). */
        TRAP,
        /** The guest called WASI {@code proc_exit}. */
        EXITED,
        /** The guest returned from {@code _start} without being asked to. */
        LEFT_SESSION_LOOP,
        /** Host code aborted the guest by throwing; see the cause. */
        HOST_ABORT
    }

    private final Kind kind;

    GuestFailure(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }
}

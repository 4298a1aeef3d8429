package io.github.micropython4j.internal;

/** The guest broke the wire protocol (micropython-wasm-build/README.md): a bug in the C port, never in user code. */
final class ProtocolViolation extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ProtocolViolation(String message) {
        super(message);
    }

    ProtocolViolation(String message, Throwable cause) {
        super(message, cause);
    }
}

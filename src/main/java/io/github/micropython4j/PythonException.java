package io.github.micropython4j;

import java.util.Objects;

/**
 * Thrown by a {@link HostFunction} to raise a Python exception of a chosen built-in type in the
 * calling Python code, e.g. {@code throw new PythonException("KeyError", "no such user")}.
 */
public class PythonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pythonType;

    /**
     * Creates the exception.
     *
     * @param pythonType the Python exception class name, e.g. {@code "KeyError"}; a name the guest
     *     does not know becomes {@code RuntimeError}
     * @param message the exception's message
     * @throws IllegalArgumentException if {@code pythonType} is not a Python identifier
     */
    public PythonException(String pythonType, String message) {
        this(pythonType, message, null);
    }

    /**
     * Creates the exception with a cause, which the session logs (with its stack trace) to the
     * {@code io.github.micropython4j} {@link System.Logger} at {@code DEBUG}; Python sees only
     * the type and message.
     *
     * @param pythonType the Python exception class name, e.g. {@code "KeyError"}; a name the guest
     *     does not know becomes {@code RuntimeError}
     * @param message the exception's message
     * @param cause the Java exception behind it, or null
     * @throws IllegalArgumentException if {@code pythonType} is not a Python identifier
     */
    public PythonException(String pythonType, String message, Throwable cause) {
        super(message, cause);
        Objects.requireNonNull(pythonType, "pythonType");
        if (!PythonNames.isIdentifier(pythonType)) {
            throw new IllegalArgumentException("not a Python identifier: '" + pythonType + "'");
        }
        this.pythonType = pythonType;
    }

    /** The Python exception class name to raise. */
    public String pythonType() {
        return pythonType;
    }
}

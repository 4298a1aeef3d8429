package io.github.micropython4j;

import java.util.List;
import java.util.Map;

/**
 * A Java function that Python code in a session can call, registered with
 * {@link MicroPythonSession.Builder#hostFunction(String, HostFunction)}.
 *
 * <p>Arguments arrive as plain Java values converted from JSON by Jackson: {@code null},
 * {@link Boolean}, {@link Integer}/{@link Long}/{@link java.math.BigInteger}, {@link Double},
 * {@link String}, {@link List} and {@link Map}. The return value is converted to JSON by Jackson the
 * same way (so it may also be a record or a bean) and reaches Python as the matching Python value.
 *
 * <p>An exception thrown by the function becomes a Python exception the code can catch:
 * {@link PythonException} picks the Python type, {@link IllegalArgumentException} becomes
 * {@code ValueError} and any other exception {@code RuntimeError}, each with the exception's
 * message. The function runs on the session's worker thread; when the run times out that thread is
 * interrupted, so a long-running function should respond to interruption.
 */
@FunctionalInterface
public interface HostFunction {

    /**
     * Handles one call from Python.
     *
     * @param args the positional arguments, never null
     * @param kwargs the keyword arguments, never null
     * @return the result, JSON-serialisable by Jackson; null becomes {@code None}
     * @throws Exception to raise a Python exception in the caller
     */
    Object call(List<Object> args, Map<String, Object> kwargs) throws Exception;
}

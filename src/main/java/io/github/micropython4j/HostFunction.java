package io.github.micropython4j;

import java.util.List;
import java.util.Map;

/**
 * A Java function that Python code in a session can call, registered with
 * {@link MicroPythonSession.Builder#hostFunction(String, HostFunction)}.
 *
 * <pre>{@code
 * MicroPythonSession.builder()
 *         .hostFunction("lookup", (args, kwargs) -> users.find((String) args.get(0), (Integer) kwargs.get("limit")))
 * // Python: lookup("ada", limit=3)
 * }</pre>
 *
 * <p>Arguments arrive as plain Java values converted from JSON: {@code null},
 * {@link Boolean}, {@link Integer}/{@link Long}/{@link java.math.BigInteger} (by size), {@link Double},
 * {@link String}, {@link List} and {@link Map}. The return value is converted to JSON by the
 * session's Jackson mapper (so it may also be a record, a bean or a {@code java.time} value) and
 * reaches Python as the matching Python value. For typed parameters, use a host object with
 * {@link PythonCallable} methods instead.
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

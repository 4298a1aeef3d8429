package io.github.micropython4j.internal;

import io.github.micropython4j.HostFunction;
import io.github.micropython4j.PythonException;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Runs a session's host functions for {@code host_call}: enforces the payload and per-run call
 * limits, converts JSON to Java values and back ({@link Conversions}), and turns every failure into an error envelope
 * that the guest raises as a Python exception. One host call of a session runs at a time, also
 * across guests: the thread of a guest the session had to abandon may still be inside one.
 */
final class HostCallDispatcher {
    /** The internal functions' results ({@code _http}) do not depend on how the user configured the mapper. */
    private static final Conversions INTERNAL = Conversions.withDefaultMapper();

    private final Map<String, HostFunction> functions;
    private final int payloadLimit;
    private final Conversions conversions;
    private final Semaphore oneAtATime = new Semaphore(1);

    HostCallDispatcher(Map<String, HostFunction> functions, int payloadLimit, Conversions conversions) {
        this.functions = Map.copyOf(functions);
        this.payloadLimit = payloadLimit;
        this.conversions = conversions;
    }

    /** A dispatcher with no host functions (the guest that becomes the template makes no calls). */
    static HostCallDispatcher none(int payloadLimit) {
        return new HostCallDispatcher(Map.of(), payloadLimit, INTERNAL);
    }

    /**
     * Handles one call of {@code run} and returns the response envelope.
     *
     * @param name the host function's name
     * @param requestLength the request's size in bytes, checked before it is read
     * @param request reads the request JSON from the guest
     */
    byte[] call(Run run, String name, int requestLength, Supplier<byte[]> request) {
        if (!run.countHostCall()) {
            return ProtocolCodec.hostFailure("RuntimeError", "too many host calls in one run (limit "
                    + run.hostCallLimit() + ")");
        }
        HostFunction function = functions.get(name);
        if (function == null) {
            return ProtocolCodec.hostFailure("AttributeError", "no host function named '" + name + "'");
        }
        if (requestLength > payloadLimit) {
            return ProtocolCodec.hostFailure("ValueError", "host function arguments too large: "
                    + requestLength + " bytes of JSON (limit " + payloadLimit + " bytes)");
        }
        HostCallRequest decoded;
        try {
            decoded = ProtocolCodec.decodeHostCall(request.get());
        } catch (ProtocolViolation e) {
            return ProtocolCodec.hostFailure("TypeError", e.getMessage());
        }
        run.enterHostCall();
        try {
            oneAtATime.acquire();
        } catch (InterruptedException e) {
            run.leaveHostCall();
            return ProtocolCodec.hostFailure("RuntimeError", "host function '" + name
                    + "' was not called: the run was stopped while another call of this session was still running");
        }
        try {
            return encodeResult(name, function.call(decoded.args(), decoded.kwargs()));
        } catch (PythonException e) {
            Log.LOG.log(System.Logger.Level.DEBUG, "host function '" + name + "' raised " + e.pythonType(), e);
            return ProtocolCodec.hostFailure(e.pythonType(), messageOf(e));
        } catch (IllegalArgumentException e) {
            Log.LOG.log(System.Logger.Level.DEBUG, "host function '" + name + "' raised ValueError", e);
            return ProtocolCodec.hostFailure("ValueError", messageOf(e));
        } catch (InterruptedException e) {
            return ProtocolCodec.hostFailure("RuntimeError", "host function '" + name + "' was interrupted");
        } catch (Exception e) {
            Log.LOG.log(System.Logger.Level.WARNING, "host function '" + name + "' failed", e);
            return ProtocolCodec.hostFailure("RuntimeError", messageOf(e));
        } finally {
            oneAtATime.release();
            run.leaveHostCall();
        }
    }

    private byte[] encodeResult(String name, Object value) {
        byte[] response;
        try {
            Conversions writer = name.startsWith("_") ? INTERNAL : conversions;
            response = ProtocolCodec.hostSuccess(writer.toGuest(value));
        } catch (IllegalArgumentException e) {
            return ProtocolCodec.hostFailure("TypeError", "result of host function '" + name
                    + "' cannot be converted to JSON: " + e.getMessage());
        }
        if (response.length > payloadLimit) {
            return ProtocolCodec.hostFailure("ValueError", "host function result too large: "
                    + response.length + " bytes of JSON (limit " + payloadLimit + " bytes)");
        }
        return response;
    }

    private static String messageOf(Exception e) {
        String message = e.getMessage();
        return message != null ? message : e.getClass().getSimpleName();
    }

    /** The logger, looked up when first used: looking it up starts java.util.logging, some 100 classes. */
    private static final class Log {
        static final System.Logger LOG = System.getLogger("io.github.micropython4j");
    }
}

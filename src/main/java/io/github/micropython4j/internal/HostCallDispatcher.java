package io.github.micropython4j.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.micropython4j.HostFunction;
import io.github.micropython4j.PythonException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs the session's host functions for {@code host_call}: enforces the payload and per-run call
 * limits, converts JSON to Java values and back, and turns every failure into an error envelope
 * that the guest raises as a Python exception.
 */
final class HostCallDispatcher {
    private final Map<String, HostFunction> functions;
    private final int payloadLimit;
    private final int maxCallsPerRun;
    private int callsThisRun;

    HostCallDispatcher(Map<String, HostFunction> functions, int payloadLimit, int maxCallsPerRun) {
        this.functions = Map.copyOf(functions);
        this.payloadLimit = payloadLimit;
        this.maxCallsPerRun = maxCallsPerRun;
    }

    /** Resets the per-run call count. */
    void startRun() {
        callsThisRun = 0;
    }

    /**
     * Handles one call and returns the response envelope.
     *
     * @param name the host function's name
     * @param requestLength the request's size in bytes, checked before it is read
     * @param request reads the request JSON from the guest
     */
    byte[] call(String name, int requestLength, Supplier<byte[]> request) {
        callsThisRun++;
        if (callsThisRun > maxCallsPerRun) {
            return ProtocolCodec.hostFailure("RuntimeError",
                    "too many host calls in one run (limit " + maxCallsPerRun + ")");
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
        Object value;
        try {
            value = function.call(decoded.args(), decoded.kwargs());
        } catch (PythonException e) {
            return ProtocolCodec.hostFailure(e.pythonType(), messageOf(e));
        } catch (IllegalArgumentException e) {
            return ProtocolCodec.hostFailure("ValueError", messageOf(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ProtocolCodec.hostFailure("RuntimeError", "host function '" + name + "' was interrupted");
        } catch (Exception e) {
            return ProtocolCodec.hostFailure("RuntimeError", messageOf(e));
        }
        return encodeResult(name, value);
    }

    private byte[] encodeResult(String name, Object value) {
        byte[] response;
        try {
            response = ProtocolCodec.hostSuccess(value);
        } catch (JsonProcessingException e) {
            return ProtocolCodec.hostFailure("TypeError", "result of host function '" + name
                    + "' cannot be converted to JSON: " + e.getOriginalMessage());
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
}

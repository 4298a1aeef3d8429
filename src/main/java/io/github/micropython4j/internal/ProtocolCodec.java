package io.github.micropython4j.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.micropython4j.PythonError;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The one place that encodes and decodes the guest/host wire format (micropython-wasm-build/README.md): the requests
 * and header of {@code session_next}, the field payloads of {@code session_result} and the JSON
 * envelopes of {@code host_call}/{@code host_result}. Values inside them are JSON that
 * {@link Conversions} maps.
 */
final class ProtocolCodec {
    /** Request flag bit 0: compile as single (interactive) input so expressions echo their value. */
    static final int FLAG_REPL = 1;
    /** Request flag bit 1: the request starts with the code's source name and a NUL byte. */
    static final int FLAG_NAMED = 2;
    /** Request flag bit 2: report the value of the code's last statement if it is an expression. */
    static final int FLAG_VALUE = 4;
    /** Request flag bit 3: the request is a global's name, a NUL byte and the global's new value as JSON. */
    static final int FLAG_SET_GLOBAL = 8;
    /** Request flag bit 4: the request is a global's name; the guest reports its value. */
    static final int FLAG_GET_GLOBAL = 16;
    /** EXCEPTION flag bit 0: the built-in {@code MemoryError}, after an allocation failed in the run. */
    static final int EXCEPTION_ALLOCATION_FAILED = 1;
    /** Size of the {@code session_next} header: request id, flags and value limit, little-endian i32s. */
    static final int HEADER_SIZE = 12;
    /** The OK payload's first field when a value follows (its JSON text). */
    static final String VALUE = "value";
    /** The OK payload's first field when the value could not cross; the reason follows. */
    static final String NO_VALUE = "no-value";

    private static final int ENVELOPE_OK = 0;
    private static final int ENVELOPE_ERROR = 1;


    private ProtocolCodec() {}

    /** A request for {@code session_next}: its flags and bytes. */
    record Request(int flags, byte[] bytes) {}

    /**
     * The 12-byte header {@code session_next} writes: request id, flags, and the most bytes of
     * JSON a value the guest reports may take.
     */
    static byte[] requestHeader(int requestId, int flags, int valueLimit) {
        return ByteBuffer.allocate(HEADER_SIZE)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putInt(requestId)
                .putInt(flags)
                .putInt(valueLimit)
                .array();
    }

    /**
     * Code to run. Run as a module body its last expression's value comes back; run as
     * interactive input, expression values are echoed instead.
     *
     * @param sourceName the name tracebacks give it, or null for {@code "<string>"}
     */
    static Request codeRequest(String sourceName, String code, boolean interactive) {
        int flags = (interactive ? FLAG_REPL : FLAG_VALUE) | (sourceName != null ? FLAG_NAMED : 0);
        return new Request(flags, request(sourceName, code));
    }

    /** Sets global {@code name} (a Python identifier) to the value {@code json} describes. */
    static Request setGlobalRequest(String name, byte[] json) {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        byte[] request = Arrays.copyOf(nameBytes, nameBytes.length + 1 + json.length);
        System.arraycopy(json, 0, request, nameBytes.length + 1, json.length);
        return new Request(FLAG_SET_GLOBAL, request);
    }

    /** Asks for the value of global {@code name} (a Python identifier). */
    static Request getGlobalRequest(String name) {
        return new Request(FLAG_GET_GLOBAL, name.getBytes(StandardCharsets.UTF_8));
    }

    /** The bytes of a request: the code, after its source name and a NUL if {@code sourceName} is not null. */
    static byte[] request(String sourceName, String code) {
        byte[] codeBytes = code.getBytes(StandardCharsets.UTF_8);
        if (sourceName == null) {
            return codeBytes;
        }
        if (sourceName.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a source name cannot contain NUL characters");
        }
        byte[] name = sourceName.getBytes(StandardCharsets.UTF_8);
        byte[] request = Arrays.copyOf(name, name.length + 1 + codeBytes.length);
        System.arraycopy(codeBytes, 0, request, name.length + 1, codeBytes.length);
        return request;
    }

    /** Decodes a {@code session_result} status and payload. */
    static GuestReport decodeResult(int status, byte[] payload) {
        List<String> fields = decodeFields(payload);
        switch (GuestReport.Status.of(status)) {
            case OK:
                return decodeOk(fields);
            case EXCEPTION:
                boolean allocationFailed = fields.size() > 3
                        && (parseInt("exception flags", fields.get(3)) & EXCEPTION_ALLOCATION_FAILED) != 0;
                return GuestReport.exception(decodeError(fields), allocationFailed);
            case EXIT:
                requireFieldCount("EXIT", fields, 1);
                return GuestReport.exit(parseInt("exit code", fields.get(0)));
            case ABORTED:
                requireFieldCount("ABORTED", fields, 0);
                return GuestReport.aborted();
            default:
                throw new AssertionError(status);
        }
    }

    /** OK: no fields, or {@code "value"} and the value's JSON, or {@code "no-value"} and why not. */
    private static GuestReport decodeOk(List<String> fields) {
        if (fields.isEmpty()) {
            return GuestReport.ok();
        }
        requireFieldCount("OK", fields, 2);
        switch (fields.get(0)) {
            case VALUE:
                return GuestReport.okWithValue(fields.get(1));
            case NO_VALUE:
                return GuestReport.okWithoutValue(fields.get(1));
            default:
                throw new ProtocolViolation("OK payload starts with '" + fields.get(0) + "', not a value");
        }
    }

    /** Splits a payload into its {@code u32 length + bytes} fields. */
    static List<String> decodeFields(byte[] payload) {
        ByteBuffer buffer = ByteBuffer.wrap(payload).order(ByteOrder.LITTLE_ENDIAN);
        List<String> fields = new ArrayList<>();
        while (buffer.hasRemaining()) {
            if (buffer.remaining() < Integer.BYTES) {
                throw new ProtocolViolation("truncated field length in session_result payload");
            }
            long length = Integer.toUnsignedLong(buffer.getInt());
            if (length > buffer.remaining()) {
                throw new ProtocolViolation("field of " + length + " bytes overruns the session_result payload");
            }
            byte[] field = new byte[(int) length];
            buffer.get(field);
            fields.add(new String(field, StandardCharsets.UTF_8));
        }
        return fields;
    }

    /** Encodes fields the way the guest does; the inverse of {@link #decodeFields(byte[])}. */
    static byte[] encodeFields(List<String> fields) {
        List<byte[]> encoded = new ArrayList<>();
        int size = 0;
        for (String field : fields) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            encoded.add(bytes);
            size += Integer.BYTES + bytes.length;
        }
        ByteBuffer buffer = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        for (byte[] bytes : encoded) {
            buffer.putInt(bytes.length).put(bytes);
        }
        return buffer.array();
    }

    /**
     * Fields: type, message, traceback, flags, then frame triples. A guest that failed to
     * describe its exception sends the type alone, so missing fields read as empty and an
     * incomplete last frame is ignored.
     */
    private static PythonError decodeError(List<String> fields) {
        if (fields.isEmpty()) {
            throw new ProtocolViolation("EXCEPTION payload has no exception type");
        }
        List<PythonError.Frame> frames = new ArrayList<>();
        for (int i = 4; i + 2 < fields.size(); i += 3) {
            frames.add(new PythonError.Frame(
                    fields.get(i), parseInt("frame line", fields.get(i + 1)), fields.get(i + 2)));
        }
        return new PythonError(fields.get(0), field(fields, 1), field(fields, 2), frames);
    }

    private static String field(List<String> fields, int index) {
        return index < fields.size() ? fields.get(index) : "";
    }

    private static void requireFieldCount(String status, List<String> fields, int expected) {
        if (fields.size() != expected) {
            throw new ProtocolViolation(
                    status + " payload needs " + expected + " fields, got " + fields.size());
        }
    }

    private static int parseInt(String what, String decimal) {
        try {
            return Integer.parseInt(decimal.trim());
        } catch (NumberFormatException e) {
            throw new ProtocolViolation(what + " is not a decimal integer: '" + decimal + "'", e);
        }
    }

    /**
     * Decodes a {@code host_call} request {@code [[args...], {kwargs...}]}.
     *
     * @throws ProtocolViolation if the bytes are not JSON of that shape
     */
    @SuppressWarnings("unchecked")
    static HostCallRequest decodeHostCall(byte[] json) {
        Object parsed = Conversions.fromGuest(json);
        if (!(parsed instanceof List) || ((List<?>) parsed).size() != 2) {
            throw new ProtocolViolation("host call request must be [[args...], {kwargs...}]");
        }
        List<?> envelope = (List<?>) parsed;
        if (!(envelope.get(0) instanceof List) || !(envelope.get(1) instanceof Map)) {
            throw new ProtocolViolation("host call request must be [[args...], {kwargs...}]");
        }
        return new HostCallRequest(
                Collections.unmodifiableList((List<Object>) envelope.get(0)),
                Collections.unmodifiableMap((Map<String, Object>) envelope.get(1)));
    }

    /** Encodes a host function's return value, already JSON, as {@code [0, value]}. */
    static byte[] hostSuccess(byte[] valueJson) {
        byte[] head = ("[" + ENVELOPE_OK + ",").getBytes(StandardCharsets.US_ASCII);
        byte[] envelope = Arrays.copyOf(head, head.length + valueJson.length + 1);
        System.arraycopy(valueJson, 0, envelope, head.length, valueJson.length);
        envelope[envelope.length - 1] = ']';
        return envelope;
    }

    /** Encodes a failure as {@code [1, "PythonExceptionTypeName", "message"]}. */
    static byte[] hostFailure(String pythonType, String message) {
        try {
            return Envelopes.WRITER.writeValueAsBytes(Arrays.asList(ENVELOPE_ERROR, pythonType, message));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode a list of strings", e);
        }
    }

    /**
     * Writes the envelopes' own JSON (never user values: {@link Conversions} writes those); made
     * on first use, as runs that call no host function never need it.
     */
    private static final class Envelopes {
        static final ObjectMapper WRITER = new ObjectMapper();
    }
}

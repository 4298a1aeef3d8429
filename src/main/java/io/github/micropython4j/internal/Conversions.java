package io.github.micropython4j.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * The one place that maps Python values to Java and back. Values cross the sandbox as JSON
 * (the guest encodes and decodes its side, micropython-wasm-build/README.md); here JSON from the
 * guest becomes plain Java values ({@code null}, {@link Boolean}, {@link Integer}/{@link Long}/
 * {@link java.math.BigInteger} by size, {@link Double}, {@link String}, {@link java.util.List},
 * {@link java.util.Map}), plain values become the types the host asks for, and Java values become
 * JSON for the guest, the last two through the session's {@link ObjectMapper}. Host functions,
 * typed host objects, {@code set}/{@code get}, last-expression values and JSR-223 all go through it.
 */
public final class Conversions {
    private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TRUE = "true".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);

    /** The mapper given, or null for the shared default one, made when first needed. */
    private final ObjectMapper mapper;

    /** Conversions through {@code mapper}, which must not be changed afterwards. */
    public Conversions(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    private Conversions() {
        this.mapper = null;
    }

    /**
     * Conversions through the {@linkplain #defaultObjectMapper() default mapper}, one shared by
     * the whole JVM and made on first use: building a Jackson mapper loads some hundreds of
     * classes, which a session that never converts a value (most runs of a first session) should
     * not wait for.
     */
    public static Conversions withDefaultMapper() {
        return new Conversions();
    }

    /**
     * The mapper sessions use unless given one: Jackson's defaults plus java.time types as ISO-8601
     * strings (JSR-310 module, no timestamps), and Python's strictness about types: {@code None}
     * is no {@code int}, a float no integer, a str no number and a number no {@code String}.
     */
    public static ObjectMapper defaultObjectMapper() {
        return DefaultMapper.build();
    }

    /**
     * Reads JSON the guest wrote into plain Java values. {@code null}, {@code true} and
     * {@code false} alone (the value of most statements) need no parser.
     *
     * @throws ProtocolViolation if it is not one JSON value (the guest's encoder never writes such)
     */
    static Object fromGuest(byte[] json) {
        if (Arrays.equals(json, NULL)) {
            return null;
        }
        if (Arrays.equals(json, TRUE)) {
            return Boolean.TRUE;
        }
        if (Arrays.equals(json, FALSE)) {
            return Boolean.FALSE;
        }
        try {
            return GuestJson.READER.readValue(json, Object.class);
        } catch (IOException e) {
            throw new ProtocolViolation("the guest sent invalid JSON: " + e.getMessage(), e);
        }
    }

    private ObjectMapper mapper() {
        return mapper != null ? mapper : DefaultMapper.INSTANCE;
    }

    /**
     * JSON for the guest, written by the session's mapper.
     *
     * @throws IllegalArgumentException if the mapper cannot write {@code value}, with Jackson's reason
     */
    public byte[] toGuest(Object value) {
        try {
            // As text first: Jackson's byte writer escapes characters beyond the BMP as surrogate
            // pairs (\uD83D\uDE00), which the guest's json module would decode to two invalid
            // code points; encoded from a String they are plain 4-byte UTF-8.
            return mapper().writeValueAsString(value).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }

    /** The Jackson type of {@code type} (a {@link Class} or a generic type). */
    public JavaType type(Type type) {
        return mapper().getTypeFactory().constructType(type);
    }

    /**
     * Converts a plain value to {@code type} through the session's mapper.
     *
     * @throws IllegalArgumentException if it cannot, with Jackson's reason (not its reference chain)
     */
    public <T> T convert(Object plain, JavaType type) {
        try {
            return mapper().convertValue(plain, type);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(reason(e), e);
        }
    }

    /** Jackson's reason without its source location, and where in the value it arose ({@code [0].quantity}). */
    private static String reason(IllegalArgumentException e) {
        if (!(e.getCause() instanceof JsonMappingException)) {
            return e.getMessage();
        }
        JsonMappingException cause = (JsonMappingException) e.getCause();
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : cause.getPath()) {
            if (reference.getFieldName() != null) {
                path.append('.').append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        String where = path.length() == 0 ? "" : " (at " + (path.charAt(0) == '.' ? path.substring(1) : path) + ")";
        return cause.getOriginalMessage() + where;
    }

    /** The shared default mapper, made when a session without a mapper of its own first needs it. */
    private static final class DefaultMapper {
        static final ObjectMapper INSTANCE = build();

        /** Here rather than in the outer class, whose verification would otherwise load Jackson's module classes. */
        static ObjectMapper build() {
            return JsonMapper.builder()
                    .addModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                    .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                    .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                    // Python's types stay apart: "5" is no int, 5.5 or True no str.
                    .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                    .withCoercionConfig(LogicalType.Textual, config -> config
                            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                    .build();
        }
    }

    /**
     * Reads the guest's JSON: strictly (one value, no duplicate keys) and always to the same plain
     * types, whatever the session's mapper is configured to do. Made on first use.
     */
    private static final class GuestJson {
        static final ObjectMapper READER = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build();
    }
}

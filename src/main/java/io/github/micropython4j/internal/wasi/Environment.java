package io.github.micropython4j.internal.wasi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The guest's environment variables: checked here, and handed over by {@code environ_get} as
 * {@code NAME=value\0} each. Not part of the API.
 */
public final class Environment {
    private Environment() {}

    /**
     * Checks and encodes {@code variables}, sorted by name.
     *
     * @throws IllegalArgumentException for an empty name, a name with {@code =}, or a NUL anywhere
     */
    static List<byte[]> encode(Map<String, String> variables) {
        List<byte[]> encoded = new ArrayList<>();
        for (Map.Entry<String, String> variable : new TreeMap<>(variables).entrySet()) {
            check(variable.getKey(), variable.getValue());
            encoded.add((variable.getKey() + "=" + variable.getValue() + "\0").getBytes(StandardCharsets.UTF_8));
        }
        return encoded;
    }

    /**
     * Checks one variable.
     *
     * @throws IllegalArgumentException for a null, an empty name, a name with {@code =}, or a NUL anywhere
     */
    public static void check(String name, String value) {
        if (name == null || value == null) {
            throw new IllegalArgumentException("environment variable names and values must not be null");
        }
        if (name.isEmpty() || name.indexOf('=') >= 0 || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("not an environment variable name: '" + name + "'");
        }
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("environment variable " + name + " holds a NUL character");
        }
    }
}

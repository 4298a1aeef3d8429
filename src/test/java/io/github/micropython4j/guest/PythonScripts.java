package io.github.micropython4j.guest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test scripts under {@code src/test/resources/python/}, with their CPython-made expected output. */
final class PythonScripts {
    private PythonScripts() {}

    static String script(String name) {
        return resource("/python/" + name + ".py");
    }

    static String expected(String name) {
        return resource("/python/" + name + ".expected");
    }

    static String resource(String path) {
        try (InputStream in = PythonScripts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

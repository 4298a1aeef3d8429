package io.github.micropython4j.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of a {@code tests/cpydiff} case, where MicroPython documents the difference.
 *
 * @param description what differs
 * @param cause why, when upstream knows ({@code Unknown} otherwise)
 */
record CpydiffCase(String description, String cause) {
    private static final Pattern FIELD = Pattern.compile(
            "^(description|cause): (.*?)(?=^(?:categories|description|cause|workaround): |^\"\"\")",
            Pattern.MULTILINE | Pattern.DOTALL);

    /** Reads the header of {@code file} (gen-cpydiff.py's format). */
    static CpydiffCase read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String description = "";
        String cause = "";
        Matcher m = FIELD.matcher(text);
        while (m.find()) {
            String value = m.group(2).strip().replaceAll("\\s+", " ");
            if (m.group(1).equals("description")) {
                description = value;
            } else {
                cause = value;
            }
        }
        return new CpydiffCase(description, cause);
    }

    /** The description, with the cause when upstream gives one. */
    String explanation() {
        boolean knownCause = !cause.isEmpty() && !cause.equalsIgnoreCase("unknown");
        return knownCause ? description + " (cause: " + cause + ")" : description;
    }
}

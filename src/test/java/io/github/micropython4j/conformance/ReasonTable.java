package io.github.micropython4j.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A checked-in table of tests with the reason for each, one {@code test<TAB>reason} a line
 * under {@code src/test/resources/conformance/}; {@code #} starts a comment line.
 */
final class ReasonTable {
    private final String name;
    private final Map<String, String> reasons;

    private ReasonTable(String name, Map<String, String> reasons) {
        this.name = name;
        this.reasons = Collections.unmodifiableMap(reasons);
    }

    /** Reads {@code /conformance/NAME} from the test class path. */
    static ReasonTable load(String name) {
        String path = "/conformance/" + name;
        try (InputStream in = ReasonTable.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReasonTable parse(String name, String text) {
        Map<String, String> reasons = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 2 || fields[0].isBlank() || fields[1].isBlank()) {
                throw new IllegalArgumentException(name + " line " + (i + 1) + ": want 'test<TAB>reason', got '" + line + "'");
            }
            if (reasons.put(fields[0].strip(), fields[1].strip()) != null) {
                throw new IllegalArgumentException(name + " line " + (i + 1) + ": " + fields[0] + " is listed twice");
            }
        }
        return new ReasonTable(name, reasons);
    }

    /** The table's file name, for messages. */
    String name() {
        return name;
    }

    /** The reason listed for {@code test}, if it is listed. */
    Optional<String> reason(String test) {
        return Optional.ofNullable(reasons.get(test));
    }

    /** Every listed test with its reason, in file order. */
    Map<String, String> entries() {
        return reasons;
    }
}

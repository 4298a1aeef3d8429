package io.github.micropython4j.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * run-tests.py's "special" tests: run without its usual options, with the options their first
 * line asks for ({@code # cmdline: ...}), and compared with an {@code .exp} file whose lines are
 * patterns ({@code \\d\+}) and whose {@code ########} lines stand for any number of lines.
 * Transcribed from {@code run_micropython} and {@code convert_regex_escapes}.
 */
final class SpecialTests {
    /** run-tests.py's {@code special_tests} in the conformance directories. */
    static final Set<String> SPECIAL = Set.of("micropython/meminfo.py", "basics/bytes_compare3.py",
            "basics/builtin_help.py");
    private static final String ANY_LINES = "########\n";

    private SpecialTests() {}

    /** The options the test's {@code # cmdline:} first line asks for (usually none). */
    static List<String> commandLineOptions(Path testFile) {
        try {
            List<String> lines = Files.readAllLines(testFile, StandardCharsets.UTF_8);
            if (!lines.isEmpty() && lines.get(0).startsWith("# cmdline:")) {
                return List.of(lines.get(0).substring("# cmdline:".length()).strip().split("\\s+"));
            }
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Rewrites a special test's output as run-tests.py does before comparing it: every line
     * that matches its pattern in {@code expected} becomes the pattern's text, and a run of
     * lines that a {@code ########} line covers becomes that line.
     */
    static String normalize(String output, String expected) {
        List<String> expectedLines = lines(expected);
        // run-tests.py: split on \n, end every piece with \n, drop the last piece if the output ended with \n
        List<String> out = new ArrayList<>();
        for (String piece : output.split("\n", -1)) {
            out.add(piece + "\n");
        }
        if (output.endsWith("\n")) {
            out.remove(out.size() - 1);
        }
        int at = 0;
        for (int i = 0; i < expectedLines.size(); i++) {
            String line = expectedLines.get(i);
            if (line.equals(ANY_LINES)) {
                if (i + 1 >= expectedLines.size()) {
                    break;
                }
                Pattern next = pattern(expectedLines.get(i + 1));
                int skip = 0;
                while (at + skip < out.size() && !next.matcher(out.get(at + skip)).lookingAt()) {
                    skip++;
                }
                if (at + skip >= out.size()) {
                    if (at < out.size()) {
                        out.set(at, "######## FAIL\n");
                    }
                    break;
                }
                out.subList(at, at + skip).clear();
                out.add(at, ANY_LINES);
                at++;
            } else {
                if (at < out.size() && pattern(line).matcher(out.get(at)).lookingAt()) {
                    out.set(at, line);
                }
                at++;
            }
            if (at >= out.size()) {
                break;
            }
        }
        return String.join("", out);
    }

    /** Lines with their {@code \n}, as Python's {@code readlines()} gives them. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end + 1;
            lines.add(text.substring(start, end));
            start = end;
        }
        return lines;
    }

    /** run-tests.py's {@code convert_regex_escapes}: {@code \X} is the regex X, other regex characters are literal. */
    private static Pattern pattern(String line) {
        StringBuilder regex = new StringBuilder();
        boolean escape = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (escape) {
                escape = false;
                regex.append(c);
            } else if (c == '\\') {
                escape = true;
            } else if ("()[]{}.*+^$".indexOf(c) >= 0) {
                regex.append('\\').append(c);
            } else {
                regex.append(c);
            }
        }
        if (regex.length() > 0 && regex.charAt(regex.length() - 1) == '\n') {
            regex.setLength(regex.length() - 1);
            regex.append("\r*\n");
        }
        return Pattern.compile(regex.toString());
    }
}

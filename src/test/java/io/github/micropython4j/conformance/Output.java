package io.github.micropython4j.conformance;

import java.nio.charset.StandardCharsets;

/**
 * What a test printed, in run-tests.py's terms: stdout and stderr as one text (a failed run
 * ends with {@code CRASH} or {@code TIMEOUT}, as run-tests.py appends them), plus for gen-cpydiff's
 * comparison the two streams apart.
 *
 * @param stdout what went to stdout
 * @param stderr what went to stderr (for the sandbox: its stderr, then the uncaught exception's traceback)
 * @param ending null when the program ended normally, else run-tests.py's marker ({@code CRASH}
 *     or {@code TIMEOUT})
 * @param note a short explanation of an abnormal ending (the sandbox's outcome), or empty
 */
record Output(String stdout, String stderr, String ending, String note) {
    static final String CRASH = "CRASH";
    static final String TIMEOUT = "TIMEOUT";

    /** A process's output with stderr already merged into stdout. */
    static Output ofMerged(byte[] merged, String ending) {
        return new Output(text(merged), "", ending, "");
    }

    /** The output as run-tests.py compares it: both streams, then the ending marker. */
    String merged() {
        return canonical(stdout + stderr + (ending == null ? "" : ending));
    }

    /** Whether the program asked run-tests.py to skip it (printed {@code SKIP} and stopped). */
    boolean isSkip() {
        return merged().equals("SKIP\n");
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** run-tests.py's canonical line ends. */
    static String canonical(String text) {
        return text.replace("\r\n", "\n");
    }
}

package io.github.micropython4j.internal;

/**
 * What one run wrote.
 *
 * @param stdout the text written to stdout
 * @param stderr the text written to stderr
 * @param limitExceeded whether the run tried to write more than the output limit
 */
record CapturedOutput(String stdout, String stderr, boolean limitExceeded) {
    static final CapturedOutput EMPTY = new CapturedOutput("", "", false);
}

package io.github.micropython4j.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Reads the interactive prompt's input one complete statement at a time, the way Python's
 * prompt does: a line that opens a block ({@code def f():}) continues until a blank line; open
 * brackets, triple-quoted strings and trailing backslashes continue on the next line.
 */
final class ReplInput {
    static final String PROMPT = ">>> ";
    static final String CONTINUATION_PROMPT = "... ";

    private final BufferedReader reader;
    private final Consumer<String> prompter;

    /**
     * @param reader the input
     * @param prompter shows a prompt (may do nothing when input is not a terminal)
     */
    ReplInput(BufferedReader reader, Consumer<String> prompter) {
        this.reader = reader;
        this.prompter = prompter;
    }

    /** The next statement's source, or null at end of input. Blank lines at the prompt are skipped. */
    String nextStatement() throws IOException {
        String line;
        do {
            prompter.accept(PROMPT);
            line = reader.readLine();
            if (line == null) {
                return null;
            }
        } while (line.isBlank());
        StringBuilder source = new StringBuilder(line);
        Scan scan = Scan.of(source);
        boolean block = scan.opensBlock;
        while (block || scan.continues()) {
            prompter.accept(CONTINUATION_PROMPT);
            line = reader.readLine();
            if (line == null || (block && line.isBlank() && !scan.continues())) {
                break;
            }
            source.append('\n').append(line);
            scan = Scan.of(source);
            block = block || scan.opensBlock;
        }
        return source.toString();
    }

    /**
     * Whether {@code source}, typed at the prompt line by line, is a complete statement: no
     * bracket, triple-quoted string or backslash continuation is open, and a block ({@code def
     * f():}) has been ended by a blank line.
     */
    static boolean isComplete(String source) {
        Scan scan = Scan.of(source);
        if (scan.continues()) {
            return false;
        }
        if (!scan.opensBlock) {
            return true;
        }
        int lastBreak = source.lastIndexOf('\n');
        return lastBreak >= 0 && source.substring(lastBreak + 1).isBlank();
    }

    /** What a scan of the source so far says about its last logical line. */
    private static final class Scan {
        int depth;
        boolean inTripleQuote;
        boolean endsWithBackslash;
        boolean opensBlock;

        boolean continues() {
            return depth > 0 || inTripleQuote || endsWithBackslash;
        }

        static Scan of(CharSequence source) {
            Scan scan = new Scan();
            char quote = 0;
            boolean triple = false;
            char lastSignificant = 0;
            boolean lineStartsWithDecorator = false;
            boolean atLineStart = true;
            for (int i = 0; i < source.length(); i++) {
                char c = source.charAt(i);
                if (quote != 0) {
                    if (c == '\\') {
                        i++;
                    } else if (c == quote && (!triple || isTriple(source, i, quote))) {
                        i += triple ? 2 : 0;
                        quote = 0;
                        lastSignificant = c;
                    } else if (c == '\n' && !triple) {
                        quote = 0; // an unterminated single-quoted string ends at the line end
                    }
                    continue;
                }
                if (c == '#') {
                    while (i + 1 < source.length() && source.charAt(i + 1) != '\n') {
                        i++;
                    }
                    continue;
                }
                if (c == '\n') {
                    if (scan.depth == 0 && lastSignificant != '\\') {
                        if (lastSignificant == ':' || lineStartsWithDecorator) {
                            scan.opensBlock = true;
                        }
                        lastSignificant = 0;
                        lineStartsWithDecorator = false;
                    }
                    atLineStart = true;
                    continue;
                }
                if (Character.isWhitespace(c)) {
                    continue;
                }
                if (atLineStart && c == '@' && scan.depth == 0) {
                    lineStartsWithDecorator = true;
                }
                atLineStart = false;
                if (c == '"' || c == '\'') {
                    quote = c;
                    triple = isTriple(source, i, c);
                    i += triple ? 2 : 0;
                } else if (c == '(' || c == '[' || c == '{') {
                    scan.depth++;
                } else if ((c == ')' || c == ']' || c == '}') && scan.depth > 0) {
                    scan.depth--;
                }
                lastSignificant = c;
            }
            scan.inTripleQuote = quote != 0 && triple;
            scan.endsWithBackslash = lastSignificant == '\\' && source.length() > 0
                    && source.charAt(source.length() - 1) == '\\';
            if (scan.depth == 0 && (lastSignificant == ':' || lineStartsWithDecorator)) {
                scan.opensBlock = true;
            }
            return scan;
        }

        private static boolean isTriple(CharSequence source, int index, char quote) {
            return index + 2 < source.length()
                    && source.charAt(index + 1) == quote
                    && source.charAt(index + 2) == quote;
        }
    }
}

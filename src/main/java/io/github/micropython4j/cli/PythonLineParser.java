package io.github.micropython4j.cli;

import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;

/**
 * Tells JLine when the text typed at the prompt is a complete Python statement: until it is,
 * Enter continues the statement on a new line with the {@code ...} prompt, as Python's own
 * prompt does (a block ends with a blank line).
 */
final class PythonLineParser implements Parser {
    private final DefaultParser words = new DefaultParser();

    PythonLineParser() {
        words.setEscapeChars(null); // Python source is taken as typed
        words.setEofOnUnclosedQuote(false);
        words.setEofOnUnclosedBracket();
        words.setEofOnEscapedNewLine(false);
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && !line.isBlank() && !ReplInput.isComplete(line)) {
            throw new EOFError(-1, cursor, "the statement continues");
        }
        return words.parse(line, cursor, context);
    }
}

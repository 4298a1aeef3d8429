package io.github.micropython4j;

import java.util.Set;
import java.util.regex.Pattern;

/** Python naming rules the public API checks. */
final class PythonNames {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> KEYWORDS = Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
            "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
            "return", "try", "while", "with", "yield");

    private PythonNames() {}

    /** An ASCII Python identifier that is not a keyword. */
    static boolean isIdentifier(String name) {
        return name != null && IDENTIFIER.matcher(name).matches() && !KEYWORDS.contains(name);
    }
}

package io.github.micropython4j.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a SQL string is one read-only statement: a single {@code SELECT} or
 * {@code WITH} (ignoring comments and one trailing semicolon) with none of the words that write or
 * reach other databases outside string literals and quoted names. The database's own read-only
 * mode stays the main guard; this check makes a refusal clear and stops what read-only modes let
 * through (SQLite's {@code ATTACH} works with {@code query_only} on).
 */
final class ReadOnlyStatement {
    private static final Set<String> FIRST_WORDS = Set.of("SELECT", "WITH");
    private static final Set<String> FORBIDDEN_WORDS = Set.of("INSERT", "UPDATE", "DELETE", "DROP", "ALTER", "CREATE",
            "ATTACH", "DETACH", "PRAGMA", "VACUUM", "REINDEX", "ANALYZE", "TRUNCATE", "GRANT", "REVOKE", "MERGE",
            "CALL", "EXEC", "EXECUTE", "COPY", "LOAD", "LOAD_EXTENSION", "INTO");

    private ReadOnlyStatement() {}

    /**
     * Returns {@code sql} when it is one read-only statement.
     *
     * @throws IllegalArgumentException saying why it is refused
     */
    static String check(String sql) {
        List<String> tokens = tokens(sql);
        int statementEnd = tokens.indexOf(";");
        if (statementEnd >= 0 && statementEnd != tokens.size() - 1) {
            throw new IllegalArgumentException("only one statement is allowed; this has more after ';'");
        }
        if (statementEnd >= 0) {
            tokens = tokens.subList(0, statementEnd);
        }
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("the query is empty");
        }
        String first = tokens.get(0);
        if (!FIRST_WORDS.contains(first)) {
            throw new IllegalArgumentException("only a SELECT or WITH statement is allowed, not " + first);
        }
        for (String token : tokens) {
            if (FORBIDDEN_WORDS.contains(token)) {
                throw new IllegalArgumentException("a read-only query cannot contain " + token);
            }
        }
        return sql;
    }

    /** Upper-cased words and ';' outside comments, literals and quoted names. */
    private static List<String> tokens(String sql) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                if (end < 0) {
                    throw new IllegalArgumentException("unterminated /* comment");
                }
                i = end + 2;
            } else if (c == '\'' || c == '"' || c == '`') {
                i = skipQuoted(sql, i, c);
            } else if (c == '[') {
                int end = sql.indexOf(']', i);
                if (end < 0) {
                    throw new IllegalArgumentException("unterminated [ name");
                }
                i = end + 1;
            } else if (c == ';') {
                tokens.add(";");
                i++;
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) == '$')) {
                    i++;
                }
                tokens.add(sql.substring(start, i).toUpperCase(Locale.ROOT));
            } else {
                i++;
            }
        }
        return tokens;
    }

    /** Skips a literal or quoted name; a doubled quote inside is an escaped quote. */
    private static int skipQuoted(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        throw new IllegalArgumentException("unterminated " + quote + " quote");
    }
}

package io.github.micropython4j.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadOnlyStatementTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT 1",
        "select * from users where name = ?;",
        "  -- a comment\n  SELECT name FROM users /* ; DROP TABLE users */",
        "WITH adults AS (SELECT * FROM users WHERE age >= 18) SELECT count(*) FROM adults",
        "SELECT 'INSERT; DELETE' AS text, \"update\" FROM t",
        "SELECT replace(name, 'a', 'b') FROM [drop]",
    })
    void oneReadOnlyStatementIsAccepted(String sql) {
        assertThat(ReadOnlyStatement.check(sql)).isEqualTo(sql);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "INSERT INTO users VALUES (1, 'x', 2)",
        "UPDATE users SET age = 0",
        "DELETE FROM users",
        "DROP TABLE users",
        "ATTACH DATABASE '/tmp/x.db' AS x",
        "PRAGMA query_only = 0",
        "pragma user_version = 7",
        "SELECT 1; DELETE FROM users",
        "SELECT 1;;",
        "WITH x AS (SELECT 1) INSERT INTO users SELECT * FROM x",
        "WITH x AS (SELECT 1) DELETE FROM users",
        "SELECT load_extension('evil')",
        "SELECT * INTO copy FROM users",
        "VACUUM INTO '/tmp/copy.db'",
        "CREATE TABLE t (x)",
        "",
        "   -- only a comment",
        "SELECT 'unterminated",
        "SELECT 1 /* unterminated",
        "EXPLAIN SELECT 1",
    })
    void anythingElseIsRefused(String sql) {
        assertThatThrownBy(() -> ReadOnlyStatement.check(sql)).isInstanceOf(IllegalArgumentException.class);
    }
}

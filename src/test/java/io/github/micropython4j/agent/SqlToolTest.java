package io.github.micropython4j.agent;

import static io.github.micropython4j.agent.ExecutePythonToolTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sqlite.SQLiteDataSource;

/** Python's sql() against a temporary SQLite file: reads work, writes and escapes are refused and change nothing. */
class SqlToolTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private SQLiteDataSource db;

    @BeforeEach
    void createDatabase() throws SQLException {
        db = new SQLiteDataSource();
        db.setUrl("jdbc:sqlite:" + dir.resolve("shop.db"));
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER)");
            for (int i = 1; i <= 50; i++) {
                s.execute("INSERT INTO users VALUES (" + i + ", 'user" + i + "', " + (10 + i) + ")");
            }
            s.execute("PRAGMA user_version = 3");
        }
    }

    private String state() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            StringBuilder state = new StringBuilder();
            try (ResultSet r = s.executeQuery("SELECT count(*), sum(age), group_concat(name) FROM users")) {
                r.next();
                state.append(r.getInt(1)).append('/').append(r.getLong(2)).append('/').append(r.getString(3).hashCode());
            }
            try (ResultSet r = s.executeQuery("PRAGMA user_version")) {
                r.next();
                state.append("/v").append(r.getInt(1));
            }
            try (ResultSet r = s.executeQuery("SELECT group_concat(name) FROM sqlite_master")) {
                r.next();
                state.append('/').append(r.getString(1));
            }
            return state.toString();
        }
    }

    @Test
    void pythonReadsTheDatabaseWithParameters() throws Exception {
        try (ExecutePythonTool tool = ExecutePythonTool.builder().dataSource(db).build()) {
            assertThat(tool.description()).contains("sql(query, params=None)");
            JsonNode answer = run(tool, "a", """
                    r = sql("SELECT id, name, age FROM users WHERE age > ? AND name LIKE ? ORDER BY id", [55, 'user%'])
                    r
                    """);
            assertThat(answer.get("outcome").asText()).as(answer.toString()).isEqualTo("OK");
            assertThat(answer.get("value")).isEqualTo(JSON.readTree("""
                    {"columns": ["id", "name", "age"],
                     "rows": [[46, "user46", 56], [47, "user47", 57], [48, "user48", 58], [49, "user49", 59], [50, "user50", 60]],
                     "truncated": false}"""));
            JsonNode keyword = run(tool, "a", "sql(query='SELECT avg(age) AS a, NULL AS n FROM users WHERE id <= ?', params=(2,))");
            assertThat(keyword.get("value").get("rows")).isEqualTo(JSON.readTree("[[11.5, null]]"));
            JsonNode cte = run(tool, "a", "sql('WITH old AS (SELECT * FROM users WHERE age >= 59) SELECT count(*) AS n FROM old')['rows'][0][0]");
            assertThat(cte.get("value").asInt()).isEqualTo(2);
            JsonNode trailingSemicolon = run(tool, "a", "sql('SELECT count(*) FROM users; -- all of them')['rows']");
            assertThat(trailingSemicolon.get("value")).isEqualTo(JSON.readTree("[[50]]"));
        }
    }

    @Test
    void theRowCapTruncatesAndSaysSo() throws Exception {
        try (ExecutePythonTool tool = ExecutePythonTool.builder().dataSource(db).sqlRowLimit(10).build()) {
            JsonNode answer = run(tool, "a", "r = sql('SELECT id FROM users ORDER BY id')\n[len(r['rows']), r['truncated'], r['rows'][-1][0]]");
            assertThat(answer.get("value")).isEqualTo(JSON.readTree("[10, true, 10]"));
            JsonNode exact = run(tool, "a", "sql('SELECT id FROM users WHERE id <= 10')['truncated']");
            assertThat(exact.get("value").asBoolean()).isFalse();
        }
    }

    @Test
    void theTimeCapStopsARunawayQueryAndTheConversationGoesOn() throws Exception {
        try (ExecutePythonTool tool = ExecutePythonTool.builder().dataSource(db).sqlTimeLimit(Duration.ofMillis(300)).build()) {
            run(tool, "a", "kept = 'yes'");
            JsonNode answer = run(tool, "a",
                    "sql('WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c')");
            assertThat(answer.get("outcome").asText()).isEqualTo("PYTHON_ERROR");
            assertThat(answer.get("error").get("message").asText()).contains("time limit of 300 ms");
            assertThat(run(tool, "a", "kept").get("value").asText()).isEqualTo("yes");
            assertThat(run(tool, "a", "sql('SELECT 7')['rows']").get("value")).isEqualTo(JSON.readTree("[[7]]"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "INSERT INTO users VALUES (99, 'mallory', 1)",
        "UPDATE users SET age = 0",
        "DELETE FROM users",
        "DROP TABLE users",
        "ATTACH DATABASE 'ATTACHED' AS evil",
        "PRAGMA user_version = 99",
        "PRAGMA query_only = 0",
        "SELECT 1; DELETE FROM users",
        "SELECT 1; PRAGMA query_only = 0",
        "WITH x AS (SELECT 1) INSERT INTO users SELECT 100, 'x', 1 FROM x",
        "WITH x AS (SELECT 1) DELETE FROM users",
        "REPLACE INTO users VALUES (1, 'mallory', 1)",
        "CREATE TABLE evil (x)",
        "VACUUM INTO 'ATTACHED'",
    })
    void writesAndEscapesAreRefusedAndChangeNothing(String statement) throws Exception {
        String sql = statement.replace("ATTACHED", dir.resolve("evil.db").toString());
        String before = state();
        try (ExecutePythonTool tool = ExecutePythonTool.builder().dataSource(db).build()) {
            JsonNode answer = run(tool, "a", "sql(" + JSON.writeValueAsString(sql) + ")");
            assertThat(answer.get("outcome").asText()).isEqualTo("PYTHON_ERROR");
            assertThat(answer.get("error").get("type").asText()).isEqualTo("ValueError");
            assertThat(answer.get("error").get("message").asText()).startsWith("sql() refused the query");
            JsonNode caught = run(tool, "a", "try:\n    sql(" + JSON.writeValueAsString(sql) + ")\nexcept ValueError as e:\n    msg = str(e)\nmsg");
            assertThat(caught.get("value").asText()).contains("refused");
        }
        assertThat(state()).isEqualTo(before);
        assertThat(dir.resolve("evil.db")).doesNotExist();
    }

    @Test
    void theConnectionItselfIsReadOnlyWhateverTheStatementCheckSays() throws Exception {
        try (Connection c = db.getConnection()) {
            try (ReadOnlyMode mode = ReadOnlyMode.enter(c); Statement s = c.createStatement()) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.execute("DELETE FROM users"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("readonly");
            }
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA query_only")) {
                r.next();
                assertThat(r.getInt(1)).as("query_only given back as it was").isZero();
            }
        }
        assertThat(state()).startsWith("50/");
    }

    @Test
    void badQueriesAndParametersAreClearPythonErrors() throws Exception {
        try (ExecutePythonTool tool = ExecutePythonTool.builder().dataSource(db).build()) {
            assertThat(run(tool, "a", "sql('SELECT * FROM nowhere')").get("error").get("message").asText())
                    .contains("sql() failed", "no such table");
            assertThat(run(tool, "a", "sql('SELECT ?', {'a': 1})").get("error").get("type").asText()).isEqualTo("TypeError");
            assertThat(run(tool, "a", "sql(42)").get("error").get("type").asText()).isEqualTo("TypeError");
            assertThat(run(tool, "a", "sql('SELECT 1', [], 3)").get("error").get("type").asText()).isEqualTo("TypeError");
            assertThat(run(tool, "a", "sql('SELECT ?', [[1]])").get("error").get("type").asText()).isEqualTo("TypeError");
        }
    }

    @Test
    void aResultOverTheHostPayloadLimitIsAClearErrorAndTheConversationGoesOn() throws Exception {
        try (ExecutePythonTool tool = ExecutePythonTool.builder().dataSource(db).build()) {
            run(tool, "a", "kept = 1");
            JsonNode answer = run(tool, "a", "sql('WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 1000) "
                    + "SELECT hex(zeroblob(1000)) FROM c')");
            assertThat(answer.get("outcome").asText()).isEqualTo("PYTHON_ERROR");
            assertThat(answer.get("error").get("message").asText()).contains("result too large");
            assertThat(run(tool, "a", "kept").get("value").asInt()).isEqualTo(1);
        }
    }

    @Test
    void withoutADataSourceThereIsNoSql() throws Exception {
        try (ExecutePythonTool tool = ExecutePythonTool.builder().build()) {
            assertThat(run(tool, "a", "sql('SELECT 1')").get("error").get("type").asText()).isEqualTo("NameError");
        }
        assertThat(Files.exists(dir.resolve("shop.db"))).isTrue();
    }
}

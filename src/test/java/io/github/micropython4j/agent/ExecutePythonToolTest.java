package io.github.micropython4j.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tool's answers, its schema, and its pool of conversations. */
class ExecutePythonToolTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode run(ExecutePythonTool tool, String conversation, String code) throws Exception {
        return JSON.readTree(tool.execute(conversation, JSON.writeValueAsString(java.util.Map.of("code", code))));
    }

    static JsonNode runWithReset(ExecutePythonTool tool, String conversation, String code) throws Exception {
        return JSON.readTree(tool.execute(conversation, JSON.writeValueAsString(java.util.Map.of("code", code, "reset", true))));
    }

    @Test
    void theSchemaIsAJsonSchemaObjectWithCodeAndAnOptionalReset() throws Exception {
        try (ExecutePythonTool tool = ExecutePythonTool.builder().build()) {
            JsonNode schema = JSON.readTree(tool.schema());
            assertThat(schema.get("type").asText()).isEqualTo("object");
            assertThat(schema.get("properties").get("code").get("type").asText()).isEqualTo("string");
            assertThat(schema.get("properties").get("reset").get("type").asText()).isEqualTo("boolean");
            assertThat(schema.get("required")).containsExactly(JSON.getNodeFactory().textNode("code"));
            assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();
            assertThat(tool.name()).isEqualTo("execute_python");
            assertThat(tool.description()).contains("Python").doesNotContain("sql(");
        }
    }

    @Test
    void anAnswerHasEveryFieldAndVariablesPersistWithinAConversation() throws Exception {
        try (ExecutePythonTool tool = ExecutePythonTool.builder().build()) {
            JsonNode first = run(tool, "a", "x = 41\nprint('set', x)");
            assertThat(first.fieldNames()).toIterable().containsExactlyInAnyOrder(
                    "outcome", "stdout", "stderr", "value", "error", "truncated", "new_session", "notice");
            assertThat(first.get("outcome").asText()).isEqualTo("OK");
            assertThat(first.get("stdout").asText()).isEqualTo("set 41\n");
            assertThat(first.get("value").isNull()).isTrue();
            assertThat(first.get("error").isNull()).isTrue();
            assertThat(first.get("new_session").asBoolean()).isTrue();
            assertThat(first.get("notice").isNull()).isTrue();

            JsonNode second = run(tool, "a", "def double(n):\n    return 2 * n\n{'answer': double(x + 1), 'list': [1, 2.5, None, 'z']}");
            assertThat(second.get("new_session").asBoolean()).isFalse();
            assertThat(second.get("value")).isEqualTo(JSON.readTree("{\"answer\": 84, \"list\": [1, 2.5, null, \"z\"]}"));
            assertThat(run(tool, "a", "double(4)").get("value").asInt()).isEqualTo(8);
        }
    }

    @Test
    void conversationsAreIsolated() throws Exception {
        try (ExecutePythonTool tool = ExecutePythonTool.builder().build()) {
            run(tool, "a", "secret = 'only a'");
            JsonNode other = run(tool, "b", "secret");
            assertThat(other.get("outcome").asText()).isEqualTo("PYTHON_ERROR");
            assertThat(other.get("error").get("type").asText()).isEqualTo("NameError");
            assertThat(run(tool, "a", "secret").get("value").asText()).isEqualTo("only a");
            assertThat(tool.liveSessions()).isEqualTo(2);
        }
    }

    @Test
    void resetStartsAFreshInterpreterAndSaysSo() throws Exception {
        try (ExecutePythonTool tool = ExecutePythonTool.builder().build()) {
            run(tool, "a", "x = 1");
            JsonNode reset = runWithReset(tool, "a", "'x' in globals()");
            assertThat(reset.get("value").asBoolean()).isFalse();
            assertThat(reset.get("new_session").asBoolean()).isTrue();
            assertThat(reset.get("notice").asText()).contains("reset");
            assertThat(run(tool, "a", "'x' in globals()").get("new_session").asBoolean()).isFalse();
        }
    }

    @Test
    void theLeastRecentlyUsedConversationIsEvictedAndStartsFreshSayingSo() throws Exception {
        try (ExecutePythonTool tool = ExecutePythonTool.builder().maxSessions(2).build()) {
            run(tool, "a", "x = 'a'");
            run(tool, "b", "x = 'b'");
            run(tool, "a", "x");                    // b is now the least recently used
            run(tool, "c", "x = 'c'");
            assertThat(tool.liveSessions()).isEqualTo(2);

            assertThat(run(tool, "a", "x").get("value").asText()).isEqualTo("a");
            JsonNode evicted = run(tool, "b", "x");
            assertThat(evicted.get("new_session").asBoolean()).isTrue();
            assertThat(evicted.get("error").get("type").asText()).isEqualTo("NameError");
            assertThat(evicted.get("notice").asText()).contains("evicted", "gone");
            assertThat(tool.liveSessions()).isEqualTo(2);
        }
    }

    @Test
    void anIdleConversationExpiresAndStartsFreshSayingSo() throws Exception {
        try (ExecutePythonTool tool = ExecutePythonTool.builder().idleExpiry(Duration.ofMillis(200)).build()) {
            run(tool, "a", "x = 1");
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (tool.liveSessions() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(tool.liveSessions()).isZero();
            JsonNode expired = run(tool, "a", "'x' in globals()");
            assertThat(expired.get("value").asBoolean()).isFalse();
            assertThat(expired.get("notice").asText()).contains("expired");
        }
    }

    @Test
    void longOutputIsCutAndMarked() throws Exception {
        try (ExecutePythonTool tool = ExecutePythonTool.builder().maxOutputChars(100).build()) {
            JsonNode cut = run(tool, "a", "print('x' * 1000)");
            assertThat(cut.get("outcome").asText()).isEqualTo("OK");
            assertThat(cut.get("truncated").asBoolean()).isTrue();
            assertThat(cut.get("stdout").asText()).startsWith("x".repeat(100) + "\n[... 901 more characters cut]");
            assertThat(cut.get("notice").asText()).contains("output was cut");
            assertThat(run(tool, "a", "print('short')").get("truncated").asBoolean()).isFalse();
        }
        try (ExecutePythonTool tool = ExecutePythonTool.builder().session(s -> s.outputLimit(1000)).build()) {
            JsonNode limited = run(tool, "a", "while True:\n    print('spam')");
            assertThat(limited.get("outcome").asText()).isEqualTo("OUTPUT_LIMIT");
            assertThat(limited.get("truncated").asBoolean()).isTrue();
            assertThat(limited.get("error").get("type").asText()).isEqualTo("OUTPUT_LIMIT");
        }
    }

    @Test
    void errorsLimitsAndValuesThatCannotCrossAreReported() throws Exception {
        try (ExecutePythonTool tool = ExecutePythonTool.builder().session(s -> s.fuelLimit(2_000_000)).build()) {
            run(tool, "a", "kept = 5");
            JsonNode raised = run(tool, "a", "print('before')\nraise ValueError('bad input')");
            assertThat(raised.get("outcome").asText()).isEqualTo("PYTHON_ERROR");
            assertThat(raised.get("stdout").asText()).isEqualTo("before\n");
            assertThat(raised.get("error").get("type").asText()).isEqualTo("ValueError");
            assertThat(raised.get("error").get("message").asText()).isEqualTo("bad input");
            assertThat(raised.get("error").get("traceback").asText()).contains("line 2", "ValueError: bad input");

            JsonNode loop = run(tool, "a", "while True:\n    pass");
            assertThat(loop.get("outcome").asText()).isEqualTo("FUEL_EXHAUSTED");
            assertThat(loop.get("error").get("type").asText()).isEqualTo("FUEL_EXHAUSTED");
            assertThat(loop.get("error").get("message").asText()).isNotBlank();
            assertThat(run(tool, "a", "kept").get("value").asInt()).isEqualTo(5);

            JsonNode set = run(tool, "a", "{1, 2}");
            assertThat(set.get("value").isNull()).isTrue();
            assertThat(set.get("notice").asText()).contains("set", "print it");

            JsonNode syntax = run(tool, "a", "def f(:\n  pass");
            assertThat(syntax.get("error").get("type").asText()).isEqualTo("SyntaxError");
        }
    }

    @Test
    void badArgumentsAreAnAnswerAndStartNoSession() throws Exception {
        try (ExecutePythonTool tool = ExecutePythonTool.builder().build()) {
            for (String arguments : List.of("not json", "[1]", "{}", "{\"code\": 5}", "{\"code\": \"1\", \"reset\": \"yes\"}",
                    "{\"code\": \"1\", \"cmd\": \"rm -rf /\"}", "null")) {
                JsonNode answer = JSON.readTree(tool.execute("a", arguments));
                assertThat(answer.get("outcome").asText()).as(arguments).isEqualTo("INVALID_ARGUMENTS");
                assertThat(answer.get("error").get("message").asText()).as(arguments).isNotBlank();
            }
            assertThat(JSON.readTree(tool.execute("a", null)).get("outcome").asText()).isEqualTo("INVALID_ARGUMENTS");
            assertThat(tool.liveSessions()).isZero();
            assertThatThrownBy(() -> tool.execute("", "{\"code\": \"1\"}")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aClosedToolRefusesCalls() throws Exception {
        ExecutePythonTool tool = ExecutePythonTool.builder().build();
        run(tool, "a", "1");
        tool.close();
        tool.close();
        assertThat(tool.liveSessions()).isZero();
        assertThatThrownBy(() -> tool.execute("a", "{\"code\": \"1\"}")).isInstanceOf(IllegalStateException.class);
    }
}

package io.github.micropython4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.micropython4j.agent.ExecutePythonTool;
import io.github.micropython4j.plugins.HookOutcome;
import io.github.micropython4j.plugins.HookResult;
import io.github.micropython4j.plugins.PluginHost;
import io.github.micropython4j.plugins.PluginInfo;
import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** The README's examples, as written there, so that they keep working. */
class ReadmeExampleTest {

    @Test
    void quickstart() {
        try (MicroPythonSession session = MicroPythonSession.builder().build()) {
            session.run("x = 10");
            RunResult result = session.run("print(x * 2)");
            assertThat(result.stdout()).isEqualTo("20\n");
            assertThat(result.outcome()).isEqualTo(Outcome.OK);
        }

        RunResult r = MicroPython.run("import json; print(json.dumps({'a': [1, 2]}))");
        assertThat(r.stdout()).isEqualTo("{\"a\": [1, 2]}\n");
    }

    @Test
    void apiTour(@TempDir Path dir) throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"));
        Files.writeString(data.resolve("notes.txt"), "the notes file says hello");
        try (MicroPythonSession session = MicroPythonSession.builder()
                .fuelLimit(50_000_000)
                .memoryLimit(32L << 20)
                .timeout(Duration.ofSeconds(5))
                .outputLimit(256 * 1024)
                .hostFunction("lookup", (args, kwargs) -> Map.of("id", args.get(0), "limit", kwargs.get("limit")))
                .readOnlyDirectory(data, "/data")
                .build()) {
            RunResult result = session.run("""
                    row = lookup(42, limit=3)            # or: import host; host.lookup(42, limit=3)
                    print(row["id"], open("/data/notes.txt").read()[:20])
                    """);

            assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.OK);
            assertThat(result.stdout()).isEqualTo("42 the notes file says \n");
        }
    }

    @Test
    void filesAndNetwork(@TempDir Path dir) throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"));
        Path out = Files.createDirectory(dir.resolve("out"));
        Path logs = Files.createDirectory(dir.resolve("logs"));
        try (MicroPythonSession session = MicroPythonSession.builder()
                .readOnlyDirectory(data, "/data")
                .readWriteDirectory(out, "/out")
                .readWriteDirectory(logs, "/logs", 1 << 20, 100)
                .scratchDirectory("/scratch", 16 << 20)
                .environment(Map.of("API_URL", "https://example.org"))
                .build()) {
            RunResult result = session.run("import os\nprint(sorted(os.listdir('/')), os.getenv('API_URL'))");

            assertThat(result.stdout()).isEqualTo("['data', 'logs', 'out', 'scratch'] https://example.org\n");
        }
    }

    record Line(String sku, int quantity) {}

    record Order(int id, List<Line> lines) {}

    @Test
    void valuesInAndOut() {
        try (MicroPythonSession session = MicroPythonSession.builder().build()) {
            session.set("order", Map.of("id", 42, "lines", List.of(new Line("tea", 2), new Line("cake", 1))));
            RunResult result = session.run("""
                    total = sum(line['quantity'] for line in order['lines'])
                    {'id': order['id'], 'total': total}
                    """);
            assertThat(result.value()).contains(Map.of("id", 42, "total", 3));
            assertThat(session.get("total", Integer.class)).isEqualTo(3);
            assertThat(session.get("order", new TypeReference<Order>() { }))
                    .isEqualTo(new Order(42, List.of(new Line("tea", 2), new Line("cake", 1))));
        }
    }

    @Test
    void scriptEngine() throws Exception {
        javax.script.ScriptEngine engine = new javax.script.ScriptEngineManager().getEngineByName("micropython");
        try (AutoCloseable closing = (AutoCloseable) engine) {
            engine.put("prices", Map.of("tea", 2.5, "cake", 4));
            engine.eval("def total(items):\n    return sum(prices[i] for i in items)");
            Object total = ((javax.script.Invocable) engine).invokeFunction("total", List.of("tea", "cake"));
            assertThat(total).isEqualTo(6.5);
            assertThat(engine.eval("count = len(prices)\ncount * 10")).isEqualTo(20);
            assertThat(engine.get("count")).isEqualTo(2);
        }
    }

    @Test
    void pluginHost(@TempDir Path dir) throws Exception {
        Path plugins = Files.createDirectory(dir.resolve("plugins"));
        Files.writeString(plugins.resolve("shout.py"), """
                PLUGIN = {"name": "shout", "version": "1.0", "description": "upper-cases names"}
                def transform(row):
                    return {"id": row["id"], "name": row["name"].upper()}
                """);
        Files.writeString(plugins.resolve("geo.py"), "def transform(row):\n    return lookup(row['name'])\n");
        Files.writeString(plugins.resolve("broken.py"), "def transform(row)\n");
        List<String> printed = new ArrayList<>();
        try (PluginHost host = PluginHost.builder()
                .directory(plugins)
                .defaults(session -> session.fuelLimit(10_000_000))
                .plugin("geo.py", session -> session.hostFunction("lookup", (args, kwargs) -> "Kew"))
                .build()) {
            for (PluginInfo plugin : host.plugins()) {
                printed.add(plugin.name() + " " + plugin.version().orElse("-") + " " + plugin.hooks()
                        + plugin.loadError().map(error -> " failed: " + error).orElse(""));
            }
            Map<String, HookResult> results = host.callAll("transform", Map.of("id", 7, "name", "ada"));
            assertThat(results.get("shout").value()).contains(Map.of("id", 7, "name", "ADA"));
            assertThat(results.get("geo").value()).contains("Kew");
            HookResult one = host.call("shout", "transform", Map.of("id", 8, "name", "bob"));
            assertThat(one.value()).contains(Map.of("id", 8, "name", "BOB"));
            assertThat(host.call("broken", "transform", Map.of()).outcome()).isEqualTo(HookOutcome.NOT_LOADED);
            assertThat(host.reload()).isEmpty();
        }
        assertThat(printed).hasSize(3);
        assertThat(printed.get(0)).startsWith("broken - [] failed: SyntaxError");
        assertThat(printed.subList(1, 3)).containsExactly("geo - [transform]", "shout 1.0 [transform]");
    }

    @Test
    void agentTool(@TempDir Path dir) throws Exception {
        SQLiteDataSource db = new SQLiteDataSource();
        db.setUrl("jdbc:sqlite:" + dir.resolve("shop.db"));
        try (var connection = db.getConnection(); var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE users (name TEXT, age INTEGER)");
            for (int age = 20; age < 43; age++) {
                statement.execute("INSERT INTO users VALUES ('u" + age + "', " + age + ")");
            }
        }
        try (ExecutePythonTool tool = ExecutePythonTool.builder()
                .dataSource(db)
                .maxSessions(100)
                .idleExpiry(Duration.ofMinutes(15))
                .session(session -> session.timeout(Duration.ofSeconds(10)))
                .build()) {
            ObjectMapper json = new ObjectMapper();
            assertThat(json.readTree(tool.schema()).get("required").get(0).asText()).isEqualTo("code");
            String answer = tool.execute("conversation-1", """
                    {"code": "r = sql('SELECT count(*) FROM users WHERE age > ?', [30])\\nadults = r['rows'][0][0]\\nadults"}""");
            assertThat(json.readTree(answer)).isEqualTo(json.readTree(
                    "{\"outcome\":\"OK\",\"stdout\":\"\",\"stderr\":\"\",\"value\":12,\"error\":null,"
                            + "\"truncated\":false,\"new_session\":true,\"notice\":null}"));
            assertThat(json.readTree(tool.execute("conversation-1", "{\"code\": \"adults * 2\"}")).get("value").asInt())
                    .isEqualTo(24);
        }
    }
}

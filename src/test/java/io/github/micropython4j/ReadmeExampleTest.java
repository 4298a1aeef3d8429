package io.github.micropython4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}

package io.github.micropython4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
}

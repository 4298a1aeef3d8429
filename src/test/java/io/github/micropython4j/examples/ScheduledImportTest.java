package io.github.micropython4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.micropython4j.NetworkPolicy;
import io.github.micropython4j.examples.ScheduledImport.ImportFailed;
import io.github.micropython4j.examples.ScheduledImport.Stage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** The scheduled import against a loopback HTTP server and a temporary SQLite file: all rows or none. */
class ScheduledImportTest {
    private static final String TRANSFORM = """
            def transform(data):
                return [{"station": data["station"], "taken_at": r["t"], "celsius": r["c"]}
                        for r in data["readings"]]
            """;
    private static final String GOOD_JSON = """
            {"station": "Kew", "readings": [
              {"t": "2025-06-01T10:00", "c": 21.5},
              {"t": "2025-06-01T11:00", "c": 22.0},
              {"t": "2025-06-01T12:00", "c": 23.25}]}""";
    private static final String BAD_ROW_JSON = """
            {"station": "Kew", "readings": [
              {"t": "2025-06-01T10:00", "c": 21.5},
              {"t": "2025-06-01T11:00", "c": "warm"},
              {"t": "2025-06-01T12:00", "c": 23.25}]}""";

    @TempDir
    Path dir;
    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private SQLiteDataSource database;
    private NetworkPolicy policy;

    @BeforeEach
    void start() throws IOException, SQLException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            byte[] body = (path.equals("/good.json") ? GOOD_JSON : path.equals("/bad-row.json") ? BAD_ROW_JSON : "{}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        policy = NetworkPolicy.newBuilder().allowOrigin(origin()).allowMethods("GET").build();
        database = new SQLiteDataSource();
        database.setUrl("jdbc:sqlite:" + dir.resolve("weather.db"));
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE readings (station TEXT NOT NULL, taken_at TEXT NOT NULL, celsius REAL NOT NULL) STRICT");
        }
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private List<String> rows() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT station, taken_at, celsius FROM readings ORDER BY taken_at")) {
            while (r.next()) {
                rows.add(r.getString(1) + " " + r.getString(2) + " " + r.getDouble(3));
            }
        }
        return rows;
    }

    private ScheduledImport importing(String url, String transform) {
        return new ScheduledImport(policy, url, transform, database, "readings");
    }

    @Test
    void rowsArriveReshapedInTheTable() throws Exception {
        assertThat(importing(origin() + "/good.json", TRANSFORM).runOnce()).isEqualTo(3);
        assertThat(rows()).containsExactly(
                "Kew 2025-06-01T10:00 21.5",
                "Kew 2025-06-01T11:00 22.0",
                "Kew 2025-06-01T12:00 23.25");
        assertThat(requests).hasValue(1);
    }

    @Test
    void aUrlThePolicyRefusesIsAFetchErrorAndWritesNothing() {
        // localhost is not 127.0.0.1: the policy compares host names as written
        String refused = "http://localhost:" + server.getAddress().getPort() + "/good.json";
        assertThatThrownBy(() -> importing(refused, TRANSFORM).runOnce())
                .isInstanceOfSatisfying(ImportFailed.class, e -> assertThat(e.stage()).isEqualTo(Stage.FETCH))
                .hasMessageContaining("refused by the network policy");
        assertThat(requests).hasValue(0);
        assertThat(rowsOrFail()).isEmpty();
    }

    @Test
    void aTransformThatFailsWritesNothing() throws Exception {
        String raises = "def transform(data):\n    return [{'station': r['name']} for r in data['readings']]\n";
        assertThatThrownBy(() -> importing(origin() + "/good.json", raises).runOnce())
                .isInstanceOfSatisfying(ImportFailed.class, e -> assertThat(e.stage()).isEqualTo(Stage.TRANSFORM))
                .hasMessageContaining("KeyError");
        String wrongShape = "def transform(data):\n    return data['station']\n";
        assertThatThrownBy(() -> importing(origin() + "/good.json", wrongShape).runOnce())
                .hasMessageContaining("must return a list of dicts");
        String loops = "def transform(data):\n    while True:\n        pass\n";
        assertThatThrownBy(() -> importing(origin() + "/good.json", loops).runOnce())
                .hasMessageContaining("TRANSFORM: FUEL_EXHAUSTED");
        String broken = "def transform(data)\n    return []\n";
        assertThatThrownBy(() -> importing(origin() + "/good.json", broken).runOnce())
                .isInstanceOfSatisfying(ImportFailed.class, e -> assertThat(e.stage()).isEqualTo(Stage.LOAD_TRANSFORM))
                .hasMessageContaining("SyntaxError");
        assertThat(rows()).isEmpty();
    }

    @Test
    void aRowThatDoesNotFitTheTableWritesNothing() throws Exception {
        assertThatThrownBy(() -> importing(origin() + "/bad-row.json", TRANSFORM).runOnce())
                .isInstanceOfSatisfying(ImportFailed.class, e -> assertThat(e.stage()).isEqualTo(Stage.WRITE))
                .hasMessageContaining("row 1 does not fit table readings");
        assertThat(rows()).isEmpty();

        String extraColumn = TRANSFORM.replace("\"celsius\": r[\"c\"]", "\"celsius\": r[\"c\"], \"wind\": 3");
        assertThatThrownBy(() -> importing(origin() + "/good.json", extraColumn).runOnce())
                .hasMessageContaining("row 0 does not fit table readings: no column 'wind'");
        String missingValue = TRANSFORM.replace(", \"celsius\": r[\"c\"]", "");
        assertThatThrownBy(() -> importing(origin() + "/good.json", missingValue).runOnce())
                .hasMessageContaining("row 0 does not fit table readings").hasMessageContaining("NOT NULL");
        assertThat(rows()).isEmpty();

        assertThat(importing(origin() + "/good.json", TRANSFORM).runOnce()).isEqualTo(3);
        assertThat(rows()).hasSize(3);
    }

    private List<String> rowsOrFail() {
        try {
            return rows();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}

package io.github.micropython4j.examples;

import io.github.micropython4j.MicroPythonSession;
import io.github.micropython4j.NetworkPolicy;
import io.github.micropython4j.RunResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.sqlite.SQLiteDataSource;

/**
 * A scheduled import, as an application would write it: fetch JSON from a URL through the
 * sandbox's network policy, reshape it with a user-written Python {@code transform(data)} into a
 * list of dicts, and insert those rows into a database table in one transaction. Any failure
 * (a refused URL, a transform that raises or returns the wrong shape, a row the table does not
 * take) is an {@link ImportFailed} naming the stage, and nothing is written.
 *
 * <pre>
 * java ... io.github.micropython4j.examples.ScheduledImport URL TRANSFORM.py DATABASE.db TABLE
 * </pre>
 */
public final class ScheduledImport {

    /** Where an import failed. */
    public enum Stage { LOAD_TRANSFORM, FETCH, TRANSFORM, WRITE }

    /** An import that wrote nothing, and why. */
    public static final class ImportFailed extends Exception {
        private static final long serialVersionUID = 1L;
        private final Stage stage;

        ImportFailed(Stage stage, String message) {
            super(stage + ": " + message);
            this.stage = stage;
        }

        ImportFailed(Stage stage, String message, Throwable cause) {
            super(stage + ": " + message, cause);
            this.stage = stage;
        }

        /** The stage that failed. */
        public Stage stage() {
            return stage;
        }
    }

    private static final String FETCH = """
            import json, urllib.request
            _response = urllib.request.urlopen(SOURCE_URL)
            data = json.loads(_response.read().decode())
            _response.close()
            """;

    private final NetworkPolicy network;
    private final String url;
    private final String transform;
    private final DataSource database;
    private final String table;

    /**
     * @param network what the sandbox may fetch; {@code url} must be allowed by it
     * @param url where the JSON comes from
     * @param transform Python source defining {@code transform(data)}, returning a list of dicts
     * @param database where the rows go
     * @param table the table; each dict's keys must be its column names
     */
    public ScheduledImport(NetworkPolicy network, String url, String transform, DataSource database, String table) {
        this.network = Objects.requireNonNull(network, "network");
        this.url = Objects.requireNonNull(url, "url");
        this.transform = Objects.requireNonNull(transform, "transform");
        this.database = Objects.requireNonNull(database, "database");
        if (!table.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("table must be a plain name: " + table);
        }
        this.table = table;
    }

    /** Runs the import once; returns the number of rows inserted. */
    public int runOnce() throws ImportFailed {
        List<Map<String, Object>> rows = fetchAndTransform();
        return insert(rows);
    }

    private List<Map<String, Object>> fetchAndTransform() throws ImportFailed {
        try (MicroPythonSession session = MicroPythonSession.builder()
                .network(network)
                .timeout(Duration.ofSeconds(30))
                .build()) {
            RunResult loaded = session.run(transform, "transform.py");
            if (!loaded.isOk()) {
                throw new ImportFailed(Stage.LOAD_TRANSFORM, describe(loaded));
            }
            session.set("SOURCE_URL", url);
            RunResult fetched = session.run(FETCH, "<fetch>");
            if (!fetched.isOk()) {
                throw new ImportFailed(Stage.FETCH, url + ": " + describe(fetched));
            }
            RunResult transformed = session.run("transform(data)", "<transform>");
            if (!transformed.isOk()) {
                throw new ImportFailed(Stage.TRANSFORM, describe(transformed));
            }
            if (transformed.valueProblem().isPresent()) {
                throw new ImportFailed(Stage.TRANSFORM, "transform(data) returned a value that is not JSON: "
                        + transformed.valueProblem().get());
            }
            return rows(transformed.value().orElse(null));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Object value) throws ImportFailed {
        if (!(value instanceof List<?> list)) {
            throw new ImportFailed(Stage.TRANSFORM, "transform(data) must return a list of dicts, not "
                    + (value == null ? "None" : value.getClass().getSimpleName()));
        }
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?>)) {
                throw new ImportFailed(Stage.TRANSFORM, "transform(data) must return a list of dicts; item " + i + " is not a dict");
            }
        }
        return (List<Map<String, Object>>) list;
    }

    private int insert(List<Map<String, Object>> rows) throws ImportFailed {
        try (Connection connection = database.getConnection()) {
            Set<String> columns = columns(connection);
            connection.setAutoCommit(false);
            try {
                for (int i = 0; i < rows.size(); i++) {
                    insertRow(connection, columns, rows.get(i), i);
                }
                connection.commit();
                return rows.size();
            } catch (ImportFailed | SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new ImportFailed(Stage.WRITE, e.getMessage(), e);
        }
    }

    private void insertRow(Connection connection, Set<String> columns, Map<String, Object> row, int index)
            throws ImportFailed {
        List<String> names = new ArrayList<>(row.keySet());
        for (String name : names) {
            if (!columns.contains(name)) {
                throw new ImportFailed(Stage.WRITE, "row " + index + " does not fit table " + table
                        + ": no column '" + name + "' (columns: " + columns + ")");
            }
        }
        if (names.isEmpty()) {
            throw new ImportFailed(Stage.WRITE, "row " + index + " is empty");
        }
        String sql = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(names.size(), "?")) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < names.size(); i++) {
                Object value = row.get(names.get(i));
                if (value instanceof List<?> || value instanceof Map<?, ?>) {
                    throw new ImportFailed(Stage.WRITE, "row " + index + " does not fit table " + table
                            + ": column '" + names.get(i) + "' cannot hold a list or dict");
                }
                insert.setObject(i + 1, value);
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new ImportFailed(Stage.WRITE, "row " + index + " does not fit table " + table + ": " + e.getMessage(), e);
        }
    }

    private Set<String> columns(Connection connection) throws SQLException, ImportFailed {
        Set<String> columns = new LinkedHashSet<>();
        try (ResultSet result = connection.getMetaData().getColumns(null, null, table, null)) {
            while (result.next()) {
                columns.add(result.getString("COLUMN_NAME"));
            }
        }
        if (columns.isEmpty()) {
            throw new ImportFailed(Stage.WRITE, "there is no table " + table);
        }
        return new TreeSet<>(columns);
    }

    private static String describe(RunResult result) {
        if (result.error().isPresent()) {
            var error = result.error().get();
            return error.type() + ": " + error.message();
        }
        return result.outcome() + result.detail().map(d -> ": " + d).orElse("");
    }

    /** {@code URL TRANSFORM.py DATABASE.db TABLE}: one import into a SQLite file; the URL's origin is allowed. */
    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: ScheduledImport URL TRANSFORM.py DATABASE.db TABLE");
            System.exit(2);
        }
        java.net.URI uri = java.net.URI.create(args[0]);
        NetworkPolicy policy = NetworkPolicy.newBuilder()
                .allowOrigin(uri.getScheme() + "://" + uri.getAuthority())
                .allowMethods("GET")
                .build();
        SQLiteDataSource database = new SQLiteDataSource();
        database.setUrl("jdbc:sqlite:" + args[2]);
        try {
            int rows = new ScheduledImport(policy, args[0], Files.readString(Path.of(args[1])), database, args[3]).runOnce();
            System.out.println("imported " + rows + " rows into " + args[3]);
        } catch (ImportFailed e) {
            System.err.println("import failed, nothing written: " + e.getMessage());
            System.exit(1);
        }
    }
}

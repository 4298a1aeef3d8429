package io.github.micropython4j.agent;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Puts a connection in read-only mode for one query and back as it was afterwards: JDBC's
 * {@code setReadOnly(true)}, or for SQLite {@code PRAGMA query_only = 1} (its driver cannot switch
 * an open connection). A connection that takes neither is refused.
 */
final class ReadOnlyMode implements AutoCloseable {
    private final Connection connection;
    private final boolean restoreReadOnly;
    private final boolean restoreQueryOnly;

    private ReadOnlyMode(Connection connection, boolean restoreReadOnly, boolean restoreQueryOnly) {
        this.connection = connection;
        this.restoreReadOnly = restoreReadOnly;
        this.restoreQueryOnly = restoreQueryOnly;
    }

    static ReadOnlyMode enter(Connection connection) throws SQLException {
        if ("SQLite".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName())) {
            boolean wasQueryOnly = queryOnly(connection);
            if (!wasQueryOnly) {
                execute(connection, "PRAGMA query_only = 1");
                if (!queryOnly(connection)) {
                    throw new SQLException("the SQLite connection could not be made read-only (PRAGMA query_only)");
                }
            }
            return new ReadOnlyMode(connection, false, !wasQueryOnly);
        }
        if (connection.isReadOnly()) {
            return new ReadOnlyMode(connection, false, false);
        }
        connection.setReadOnly(true);
        if (!connection.isReadOnly()) {
            throw new SQLException("the connection could not be made read-only; give the tool a read-only DataSource");
        }
        return new ReadOnlyMode(connection, true, false);
    }

    private static boolean queryOnly(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA query_only")) {
            return result.next() && result.getInt(1) == 1;
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        if (restoreQueryOnly) {
            execute(connection, "PRAGMA query_only = 0");
        }
        if (restoreReadOnly) {
            connection.setReadOnly(false);
        }
    }
}

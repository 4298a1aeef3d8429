package io.github.micropython4j.agent;

import io.github.micropython4j.HostFunction;
import io.github.micropython4j.PythonException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Python's {@code sql(query, params=None)}: one read-only query on a connection from the data
 * source, at most {@code rowLimit} rows, stopped after {@code timeLimit}. Read-only three ways:
 * the statement must pass {@link ReadOnlyStatement}, the connection is made read-only
 * ({@code setReadOnly(true)}, or for SQLite, whose driver cannot switch an open connection,
 * {@code PRAGMA query_only}), and the result is read with {@code executeQuery}. A connection that
 * can be made read-only in neither way is not used. Whatever the connection was before, it is
 * given back as it was.
 */
final class SqlFunction implements HostFunction {
    private final DataSource dataSource;
    private final int rowLimit;
    private final Duration timeLimit;
    private final ScheduledExecutorService canceller;

    SqlFunction(DataSource dataSource, int rowLimit, Duration timeLimit, ScheduledExecutorService canceller) {
        this.dataSource = dataSource;
        this.rowLimit = rowLimit;
        this.timeLimit = timeLimit;
        this.canceller = canceller;
    }

    @Override
    public Object call(List<Object> args, Map<String, Object> kwargs) {
        Object query = argument(args, kwargs, 0, "query");
        Object params = argument(args, kwargs, 1, "params");
        if (args.size() > 2 || kwargs.keySet().stream().anyMatch(k -> !k.equals("query") && !k.equals("params"))) {
            throw new PythonException("TypeError", "sql() takes query and params only");
        }
        if (!(query instanceof String sql)) {
            throw new PythonException("TypeError", "sql() query must be a str");
        }
        if (params != null && !(params instanceof List<?>)) {
            throw new PythonException("TypeError", "sql() params must be a list or tuple of values for the ? placeholders");
        }
        try {
            ReadOnlyStatement.check(sql);
        } catch (IllegalArgumentException refused) {
            throw new PythonException("ValueError", "sql() refused the query: " + refused.getMessage()
                    + " (sql() runs one read-only SELECT or WITH statement)");
        }
        try (Connection connection = dataSource.getConnection()) {
            try (ReadOnlyMode mode = ReadOnlyMode.enter(connection)) {
                return query(connection, sql, params == null ? List.of() : (List<?>) params);
            }
        } catch (SQLException e) {
            throw new PythonException("ValueError", "sql() failed: " + e.getMessage(), e);
        }
    }

    private static Object argument(List<Object> args, Map<String, Object> kwargs, int index, String name) {
        if (args.size() > index) {
            if (kwargs.containsKey(name)) {
                throw new PythonException("TypeError", "sql() got multiple values for '" + name + "'");
            }
            return args.get(index);
        }
        return kwargs.get(name);
    }

    private Map<String, Object> query(Connection connection, String sql, List<?> params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, parameter(params.get(i), i));
            }
            statement.setMaxRows(rowLimit + 1);
            int seconds = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (timeLimit.toMillis() + 999) / 1000));
            statement.setQueryTimeout(seconds);
            long deadline = System.nanoTime() + timeLimit.toNanos();
            ScheduledFuture<?> stop = canceller.schedule(() -> cancel(statement), timeLimit.toNanos(), TimeUnit.NANOSECONDS);
            try (ResultSet rows = statement.executeQuery()) {
                return read(rows, deadline);
            } catch (SQLException e) {
                if (System.nanoTime() - deadline >= 0) {
                    throw new PythonException("RuntimeError", "sql() query stopped: it ran longer than the time limit of "
                            + timeLimit.toMillis() + " ms", e);
                }
                throw e;
            } finally {
                stop.cancel(false);
            }
        }
    }

    private Map<String, Object> read(ResultSet rows, long deadline) throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(meta.getColumnLabel(i));
        }
        List<List<Object>> values = new ArrayList<>();
        boolean truncated = false;
        while (rows.next()) {
            if (values.size() == rowLimit) {
                truncated = true;
                break;
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new SQLException("time limit reached while reading rows");
            }
            List<Object> row = new ArrayList<>(columns.size());
            for (int i = 1; i <= columns.size(); i++) {
                row.add(cell(rows.getObject(i)));
            }
            values.add(row);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("columns", columns);
        result.put("rows", values);
        result.put("truncated", truncated);
        return result;
    }

    private static Object parameter(Object value, int index) {
        if (value == null || value instanceof String || value instanceof Integer || value instanceof Long
                || value instanceof Double || value instanceof Boolean) {
            return value;
        }
        if (value instanceof BigInteger big) {
            return big.bitLength() < 64 ? (Object) big.longValue() : big.toString();
        }
        throw new PythonException("TypeError", "sql() params[" + index + "] must be None, bool, int, float or str");
    }

    /** A column value as JSON can carry it: numbers and text as they are, other values as text. */
    private static Object cell(Object value) {
        if (value == null || value instanceof String || value instanceof Integer || value instanceof Long
                || value instanceof Boolean || value instanceof BigInteger) {
            return value;
        }
        if (value instanceof Double d) {
            return Double.isFinite(d) ? d : d.toString();
        }
        if (value instanceof Float f) {
            return Float.isFinite(f) ? (Object) f.doubleValue() : f.toString();
        }
        if (value instanceof Short || value instanceof Byte) {
            return ((Number) value).intValue();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.scale() <= 0 ? decimal.toBigIntegerExact() : decimal.toPlainString();
        }
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        return value.toString();
    }

    private static void cancel(Statement statement) {
        try {
            statement.cancel();
        } catch (SQLException | RuntimeException ignored) {
            // the statement ended meanwhile; the deadline check reports the time limit
        }
    }
}

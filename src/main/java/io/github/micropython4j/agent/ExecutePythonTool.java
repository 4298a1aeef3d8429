package io.github.micropython4j.agent;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.micropython4j.MicroPythonSession;
import io.github.micropython4j.RunResult;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * An "execute Python" tool for an LLM agent: each conversation gets its own persistent sandboxed
 * session, so variables and functions carry over from one tool call to the next; with a
 * {@link DataSource}, Python can read the database through {@code sql(query, params=None)}.
 *
 * <pre>{@code
 * try (ExecutePythonTool tool = ExecutePythonTool.builder().dataSource(readOnlyDb).build()) {
 *     // give the model: tool.name(), tool.description(), tool.schema()
 *     String answer = tool.execute("conversation-42", "{\"code\": \"r = sql('select count(*) from users')\\nr['rows'][0][0]\"}");
 *     // {"outcome":"OK","stdout":"","stderr":"","value":1234,"error":null,"truncated":false,"new_session":true,"notice":null}
 * }
 * }</pre>
 *
 * <p>The answer of {@link #execute} is a JSON object: {@code outcome} (a session
 * {@link io.github.micropython4j.Outcome} name, or {@code INVALID_ARGUMENTS}), {@code stdout},
 * {@code stderr}, {@code value} (the last expression's value, or null), {@code error} (null, or
 * {@code {"type", "message", "traceback"}}), {@code truncated} (output was cut),
 * {@code new_session} (the call ran in a fresh session) and {@code notice} (null, or a sentence for
 * the model: why its earlier variables are gone, why the value is missing).
 *
 * <p>Sessions live in a pool of at most {@link Builder#maxSessions} conversations, least recently
 * used evicted first, and are closed after {@link Builder#idleExpiry} without use; a conversation
 * whose session was evicted or expired starts fresh and its next answer says so.
 */
public final class ExecutePythonTool implements AutoCloseable {
    /** The tool's name as the model sees it. */
    public static final String NAME = "execute_python";

    private final ObjectMapper mapper = new ObjectMapper();
    private final ConversationPool pool;
    private final ToolResponse responses;
    private final ScheduledExecutorService timer;
    private final boolean withSql;
    private final int sqlRowLimit;

    private ExecutePythonTool(Builder builder) {
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "micropython4j-agent-timer");
            thread.setDaemon(true);
            return thread;
        });
        this.withSql = builder.dataSource != null;
        this.sqlRowLimit = builder.sqlRowLimit;
        SqlFunction sql = withSql ? new SqlFunction(builder.dataSource, builder.sqlRowLimit, builder.sqlTimeLimit, timer) : null;
        Consumer<MicroPythonSession.Builder> settings = builder.settings;
        this.pool = new ConversationPool(() -> {
            MicroPythonSession.Builder session = MicroPythonSession.builder();
            settings.accept(session);
            if (sql != null) {
                session.hostFunction("sql", sql);
            }
            return session.build();
        }, builder.maxSessions, builder.idleExpiry);
        this.responses = new ToolResponse(mapper, builder.maxOutputChars);
        long sweep = Math.max(100, builder.idleExpiry.toMillis() / 2);
        timer.scheduleWithFixedDelay(pool::expireIdleNow, sweep, sweep, TimeUnit.MILLISECONDS);
    }

    /** A builder with the defaults: session defaults, 32 sessions, 30 minutes idle expiry, no SQL. */
    public static Builder builder() {
        return new Builder();
    }

    /** The tool's name, {@value #NAME}. */
    public String name() {
        return NAME;
    }

    /** What the tool does, for the model; mentions {@code sql()} when a data source was given. */
    public String description() {
        String description = "Run Python code (MicroPython 1.25, a Python 3 subset) in a sandbox with no files and no "
                + "network. Variables, functions and imports persist between calls in this conversation. The answer "
                + "has stdout, stderr, the value of the last expression, and error (type, message, traceback). "
                + "Pass reset=true to start over with a fresh interpreter.";
        if (withSql) {
            description += " A read-only database is available: sql(query, params=None) runs one SELECT or WITH "
                    + "statement with ? placeholders and returns {\"columns\": [...], \"rows\": [[...]], "
                    + "\"truncated\": bool} (at most " + sqlRowLimit + " rows).";
        }
        return description;
    }

    /**
     * The JSON Schema of the tool's arguments, as LLM tool-calling APIs take it (OpenAI's
     * {@code parameters}, Anthropic's {@code input_schema}):
     * {@code {"type": "object", "properties": {"code": ..., "reset": ...}, "required": ["code"]}}.
     */
    public String schema() {
        ObjectNode schema = mapper.createObjectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ObjectNode code = properties.putObject("code");
        code.put("type", "string");
        code.put("description", "Python code to run. The value of its last line, if an expression, is returned as value.");
        ObjectNode reset = properties.putObject("reset");
        reset.put("type", "boolean");
        reset.put("description", "Discard this conversation's variables and start a fresh interpreter before running the code.");
        reset.put("default", false);
        ArrayNode required = schema.putArray("required");
        required.add("code");
        schema.put("additionalProperties", false);
        return schema.toString();
    }

    /**
     * Runs the code of one tool call in the conversation's session and returns the JSON answer
     * (see the class description). Never throws for what the code or the arguments contain: bad
     * arguments are an {@code INVALID_ARGUMENTS} answer.
     *
     * @param conversationId whose session to use; any non-empty string
     * @param argumentsJson the call's arguments, {@code {"code": "...", "reset": false}}
     * @throws IllegalArgumentException if {@code conversationId} is null or empty
     * @throws IllegalStateException if the tool is closed
     */
    public String execute(String conversationId, String argumentsJson) {
        if (conversationId == null || conversationId.isEmpty()) {
            throw new IllegalArgumentException("a conversation id is required");
        }
        ToolArguments arguments;
        try {
            arguments = ToolArguments.parse(mapper, argumentsJson);
        } catch (IllegalArgumentException e) {
            return responses.invalidArguments(e.getMessage());
        }
        try (ConversationPool.Lease lease = pool.acquire(conversationId, arguments.reset())) {
            RunResult result = lease.session().run(arguments.code());
            return responses.of(result, lease);
        }
    }

    /** How many conversations have a live session now. */
    public int liveSessions() {
        return pool.size();
    }

    /** Closes every session and the tool's timer thread. Closing twice does nothing. */
    @Override
    public void close() {
        timer.shutdownNow();
        pool.close();
    }

    /** Configures an {@link ExecutePythonTool}. */
    public static final class Builder {
        private Consumer<MicroPythonSession.Builder> settings = session -> { };
        private int maxSessions = 32;
        private Duration idleExpiry = Duration.ofMinutes(30);
        private DataSource dataSource;
        private int sqlRowLimit = 1000;
        private Duration sqlTimeLimit = Duration.ofSeconds(5);
        private int maxOutputChars = 20_000;

        private Builder() {}

        /**
         * Settings for every conversation's session: limits, host functions, directories, network.
         *
         * <pre>{@code
         * .session(s -> s.timeout(Duration.ofSeconds(10)).memoryLimit(64L << 20))
         * }</pre>
         */
        public Builder session(Consumer<MicroPythonSession.Builder> settings) {
            this.settings = this.settings.andThen(Objects.requireNonNull(settings, "settings"));
            return this;
        }

        /** The most conversations with a live session (default 32); the least recently used is evicted. */
        public Builder maxSessions(int sessions) {
            if (sessions < 1) {
                throw new IllegalArgumentException("max sessions must be at least 1: " + sessions);
            }
            this.maxSessions = sessions;
            return this;
        }

        /** How long a conversation's session is kept without use (default 30 minutes). */
        public Builder idleExpiry(Duration expiry) {
            Objects.requireNonNull(expiry, "expiry");
            if (expiry.isNegative() || expiry.isZero()) {
                throw new IllegalArgumentException("idle expiry must be positive: " + expiry);
            }
            this.idleExpiry = expiry;
            return this;
        }

        /**
         * The database Python reads through {@code sql(query, params=None)}. Each query takes a
         * connection, makes it read-only (JDBC read-only, or SQLite's {@code query_only}) and gives
         * it back as it was; only one {@code SELECT} or {@code WITH} statement is accepted.
         */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
            return this;
        }

        /** The most rows one {@code sql()} call returns (default 1000); past it {@code truncated} is true. */
        public Builder sqlRowLimit(int rows) {
            if (rows < 1) {
                throw new IllegalArgumentException("sql row limit must be at least 1: " + rows);
            }
            this.sqlRowLimit = rows;
            return this;
        }

        /** How long one {@code sql()} call may run (default 5 s); past it the query is cancelled. */
        public Builder sqlTimeLimit(Duration limit) {
            Objects.requireNonNull(limit, "limit");
            if (limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("sql time limit must be positive: " + limit);
            }
            this.sqlTimeLimit = limit;
            return this;
        }

        /** The most characters of stdout and of stderr in one answer (default 20,000); past it they are cut. */
        public Builder maxOutputChars(int chars) {
            if (chars < 1) {
                throw new IllegalArgumentException("max output chars must be at least 1: " + chars);
            }
            this.maxOutputChars = chars;
            return this;
        }

        /** Creates the tool; sessions are started on each conversation's first call. */
        public ExecutePythonTool build() {
            return new ExecutePythonTool(this);
        }
    }
}

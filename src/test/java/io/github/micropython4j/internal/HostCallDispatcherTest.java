package io.github.micropython4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.micropython4j.HostFunction;
import io.github.micropython4j.PythonException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HostCallDispatcherTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NO_ARGS = "[[], {}]";

    private Run run = newRun(10);

    private static Run newRun(int maxCalls) {
        Run run = new Run(1, "", Run.DEFAULT_SOURCE_NAME, false, new SessionConfig(16 << 20, Duration.ofHours(1),
                1_000_000, 1 << 20, 1 << 20, maxCalls, Map.of(), List.of(), Map.of(),
                io.github.micropython4j.internal.net.NetworkRules.denyAll(), null, null, TestConfigs.conversions()));
        run.start(null, false, new TestTank());
        return run;
    }

    private static HostCallDispatcher dispatcher(Map<String, HostFunction> functions, int payloadLimit) {
        return new HostCallDispatcher(functions, payloadLimit, TestConfigs.conversions());
    }

    private List<Object> call(HostCallDispatcher dispatcher, String name, String request) throws Exception {
        byte[] bytes = request.getBytes(StandardCharsets.UTF_8);
        return JSON.readValue(dispatcher.call(run, name, bytes.length, () -> bytes), new TypeReference<List<Object>>() { });
    }

    @Test
    void passesArgsAndKwargsAndReturnsTheValue() throws Exception {
        HostFunction echo = (args, kwargs) -> List.of(args, kwargs);
        HostCallDispatcher dispatcher = dispatcher(Map.of("echo", echo), 1000);

        assertThat(call(dispatcher, "echo", "[[1, [2, {\"x\": null}]], {\"k\": \"v\"}]"))
                .isEqualTo(JSON.readValue("[0, [[1, [2, {\"x\": null}]], {\"k\": \"v\"}]]", List.class));
    }

    @Test
    void mapsJavaExceptionsToPythonExceptionTypes() throws Exception {
        HostCallDispatcher dispatcher = dispatcher(Map.of(
                "bad_argument", (args, kwargs) -> { throw new IllegalArgumentException("no good"); },
                "broken", (args, kwargs) -> { throw new IllegalStateException("broken state"); },
                "no_message", (args, kwargs) -> { throw new UnsupportedOperationException(); },
                "typed", (args, kwargs) -> { throw new PythonException("KeyError", "missing"); }),
                1000);

        assertThat(call(dispatcher, "bad_argument", NO_ARGS)).containsExactly(1, "ValueError", "no good");
        assertThat(call(dispatcher, "broken", NO_ARGS)).containsExactly(1, "RuntimeError", "broken state");
        assertThat(call(dispatcher, "no_message", NO_ARGS))
                .containsExactly(1, "RuntimeError", "UnsupportedOperationException");
        assertThat(call(dispatcher, "typed", NO_ARGS)).containsExactly(1, "KeyError", "missing");
    }

    @Test
    void anInterruptedHostFunctionIsARuntimeError() throws Exception {
        HostCallDispatcher dispatcher = dispatcher(
                Map.of("wait", (args, kwargs) -> { throw new InterruptedException(); }), 1000);

        assertThat(call(dispatcher, "wait", NO_ARGS)).containsExactly(1, "RuntimeError", "host function 'wait' was interrupted");
    }

    @Test
    void unknownFunctionIsAnAttributeError() throws Exception {
        assertThat(call(dispatcher(Map.of(), 1000), "nope", NO_ARGS))
                .containsExactly(1, "AttributeError", "no host function named 'nope'");
    }

    @Test
    void oversizedRequestIsRefusedWithoutReadingIt() throws Exception {
        HostCallDispatcher dispatcher = dispatcher(Map.of("f", (args, kwargs) -> 1), 10);
        byte[] response = dispatcher.call(run, "f", 11, () -> { throw new AssertionError("must not read"); });
        assertThat(JSON.readValue(response, new TypeReference<List<Object>>() { })).containsExactly(1, "ValueError",
                "host function arguments too large: 11 bytes of JSON (limit 10 bytes)");
    }

    @Test
    void oversizedResultIsAValueError() throws Exception {
        HostCallDispatcher dispatcher = dispatcher(Map.of("big", (args, kwargs) -> "x".repeat(100)), 50);
        assertThat(call(dispatcher, "big", NO_ARGS)).containsExactly(1, "ValueError",
                "host function result too large: 106 bytes of JSON (limit 50 bytes)");
    }

    @Test
    void resultThatIsNotJsonIsATypeError() throws Exception {
        HostCallDispatcher dispatcher = dispatcher(Map.of("obj", (args, kwargs) -> new Object()), 1000);
        List<Object> response = call(dispatcher, "obj", NO_ARGS);
        assertThat(response).hasSize(3).startsWith(1, "TypeError");
        assertThat((String) response.get(2)).startsWith("result of host function 'obj' cannot be converted to JSON");
    }

    @Test
    void malformedRequestIsATypeError() throws Exception {
        HostCallDispatcher dispatcher = dispatcher(Map.of("f", (args, kwargs) -> 1), 1000);
        assertThat(call(dispatcher, "f", "[1, 2]")).startsWith(1, "TypeError");
    }

    @Test
    void callsPerRunAreCappedAndTheCountResetsEachRun() throws Exception {
        HostCallDispatcher dispatcher = dispatcher(Map.of("f", (args, kwargs) -> "ok"), 1000);
        run = newRun(2);
        assertThat(call(dispatcher, "f", NO_ARGS)).containsExactly(0, "ok");
        assertThat(call(dispatcher, "f", NO_ARGS)).containsExactly(0, "ok");
        assertThat(call(dispatcher, "f", NO_ARGS))
                .containsExactly(1, "RuntimeError", "too many host calls in one run (limit 2)");

        run = newRun(2);
        assertThat(call(dispatcher, "f", NO_ARGS)).containsExactly(0, "ok");
    }
}

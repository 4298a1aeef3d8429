package io.github.micropython4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * What may cross to a host function is checked in the guest before the call: a value JSON
 * cannot carry exactly is refused with an exception naming where it sits, and the function is
 * never called.
 */
class HostCallArgumentsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "f({1, 2})                         | TypeError  | args[0] | 'set'",
        "f(b'bytes')                       | TypeError  | args[0] | 'bytes'",
        "f(1, {'k': {1}})                  | TypeError  | args[1]['k'] | 'set'",
        "f([1, [2, object()]])             | TypeError  | args[0][1][1] | 'object'",
        "f(x=range(3))                     | TypeError  | kwargs['x'] | 'range'",
        "f({1: 'int key'})                 | TypeError  | args[0] | key of type 'int'",
        "f(float('nan'))                   | ValueError | args[0] | nan",
        "f([1.5, float('-inf')])           | ValueError | args[0][1] | infinite",
        "class J:\\n    def __repr__(self): return '[1]'\\nf(J()) | TypeError | args[0] | 'J'",
        "l = []\\nl.append(l)\\nf(l)     | ValueError | args[0] | levels deep",
        "f(1+2j)                           | TypeError  | args[0] | 'complex'",
    })
    void aValueJsonCannotCarryIsRefusedBeforeTheCall(String code, String type, String path, String detail) {
        AtomicInteger calls = new AtomicInteger();
        try (MicroPythonSession session = MicroPythonSession.builder()
                .hostFunction("f", (args, kwargs) -> calls.incrementAndGet())
                .build()) {
            RunResult result = session.run(code.replace("\\n", "\n"));

            PythonError error = result.error().orElseThrow(() -> new AssertionError(result.toString()));
            assertThat(error.type()).isEqualTo(type);
            assertThat(error.message()).contains("argument " + path + " ").contains(detail);
            assertThat(calls).hasValue(0);
        }
    }

    @Test
    void everyValueJsonCanCarryArrivesExactly() {
        try (MicroPythonSession session = MicroPythonSession.builder()
                .hostFunction("echo", (args, kwargs) -> List.of(args, kwargs))
                .build()) {
            RunResult result = session.run(String.join("\n",
                    "import collections",
                    "value = [None, True, False, 0, -7, 2**100, 1.5, -0.25, 'q\"\\\\\\n\\x01é€', (1, 2), [], {},",
                    "         {'nested': {'a': [1, {'b': None}]}}, collections.OrderedDict(z=1)]",
                    "back = echo(*value, key=value)",
                    "plain = [list(v) if isinstance(v, tuple) else dict(v) if isinstance(v, dict) else v for v in value]",
                    "print(back[0] == plain)",
                    "print(back[1]['key'][9], back[1]['key'][5])"));

            assertThat(result.stdout()).as(result.toString()).isEqualTo("True\n[1, 2] 1267650600228229401496703205376\n");
        }
    }

    @Test
    void theFunctionSeesJavaValuesOfTheRightTypes() {
        Map<String, Object> seen = new java.util.concurrent.ConcurrentHashMap<>();
        try (MicroPythonSession session = MicroPythonSession.builder()
                .hostFunction("f", (args, kwargs) -> {
                    seen.put("args", args);
                    seen.put("kwargs", kwargs);
                    return null;
                })
                .build()) {
            session.run("f(1, 2**70, 0.5, 'x', [True], n=None)");

            assertThat(seen.get("args")).isEqualTo(List.of(
                    1, new java.math.BigInteger("1180591620717411303424"), 0.5, "x", List.of(true)));
            assertThat(seen.get("kwargs")).isEqualTo(java.util.Collections.singletonMap("n", null));
        }
    }
}

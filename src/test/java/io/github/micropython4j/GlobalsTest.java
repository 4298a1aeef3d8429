package io.github.micropython4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link MicroPythonSession#set} and {@code get}: Python globals from Java and back. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class GlobalsTest {
    private static MicroPythonSession session;

    record Line(String sku, int quantity) {}

    enum Size { SMALL, LARGE }

    record Order(long id, Size size, List<Line> lines, LocalDate due) {}

    @BeforeAll
    static void start() {
        session = MicroPythonSession.builder().build();
    }

    @AfterAll
    static void stop() {
        session.close();
    }

    @Test
    void valuesRoundTripExactly() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("none", null);
        nested.put("big", new BigInteger("-123456789012345678901234567890"));
        nested.put("long", Long.MIN_VALUE);
        nested.put("float", -0.125);
        nested.put("text", "ünïcødé ✓ 😀 \"quoted\" \\ \n\t\u0001");
        nested.put("lists", Arrays.asList(List.of(), Arrays.asList(1, null, List.of(Map.of("k", true)))));
        nested.put("empty", Map.of());
        for (Object value : Arrays.asList(nested, null, true, 0, Integer.MAX_VALUE, "", "x".repeat(100_000))) {
            session.set("v", value);
            assertThat(session.get("v")).isEqualTo(value);
        }
    }

    @Test
    void pythonSeesTheValuesAsPythonTypes() {
        session.set("data", Map.of("n", new BigInteger("1267650600228229401496703205376"), "xs", List.of(1, 2.5, "s"),
                "nothing", Map.of()));
        RunResult result = session.run("print(data['n'] == 2**100, [type(x).__name__ for x in data['xs']], data['nothing'])");
        assertThat(result.stdout()).isEqualTo("True ['int', 'float', 'str'] {}\n");
        session.set("nothing", null);
        assertThat(session.run("print(nothing is None)").stdout()).isEqualTo("True\n");
    }

    @Test
    void typedGetsConvertThroughTheMapper() {
        session.run("order = {'id': 7, 'size': 'LARGE', 'lines': [{'sku': 'tea', 'quantity': 2}], 'due': '2025-06-01'}");
        assertThat(session.get("order", Order.class))
                .isEqualTo(new Order(7, Size.LARGE, List.of(new Line("tea", 2)), LocalDate.of(2025, 6, 1)));
        session.run("lines = [{'sku': 'a', 'quantity': 1}, {'sku': 'b', 'quantity': 3}]");
        assertThat(session.get("lines", new TypeReference<List<Line>>() { }))
                .containsExactly(new Line("a", 1), new Line("b", 3));
        assertThat(session.get("lines", List.class)).hasSize(2);

        session.set("order2", new Order(8, Size.SMALL, List.of(), LocalDate.of(2024, 2, 29)));
        assertThat(session.run("print(order2['due'], order2['size'], order2['id'] + 1)").stdout())
                .isEqualTo("2024-02-29 SMALL 9\n");
    }

    @Test
    void aMissingNameIsAClearException() {
        assertThatThrownBy(() -> session.get("never_defined"))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessage("the session has no global named 'never_defined'");
        assertThatThrownBy(() -> session.get("never_defined", String.class)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void aValueThatCannotCrossIsAClearError() {
        session.run("import json\nstuff = {1, 2}\ndef fn(): pass\nnested = {'ok': [1, json]}");
        assertThatThrownBy(() -> session.get("stuff"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("global 'stuff' cannot cross to Java: TypeError: global stuff is of type 'set'");
        assertThatThrownBy(() -> session.get("fn")).hasMessageContaining("of type 'function'");
        assertThatThrownBy(() -> session.get("json")).hasMessageContaining("of type 'module'");
        assertThatThrownBy(() -> session.get("nested")).hasMessageContaining("global nested['ok'][1] is of type 'module'");
        session.run("loop = []\nloop.append(loop)");
        assertThatThrownBy(() -> session.get("loop")).hasMessageContaining("nested more than 100 levels deep");
    }

    @Test
    void aValueThatDoesNotFitTheTypeIsAClearError() {
        session.run("word = 'hello'");
        assertThatThrownBy(() -> session.get("word", Integer.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("global 'word' cannot be converted to java.lang.Integer: ");
        session.run("partial = {'sku': 'x'}");
        assertThatThrownBy(() -> session.get("partial", Line.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quantity");
    }

    @Test
    void namesMustBeIdentifiers() {
        for (String name : List.of("", "1x", "a b", "x.y", "class", "é")) {
            assertThatThrownBy(() -> session.set(name, 1)).as(name).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> session.get(name)).as(name).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aValueOverThePayloadLimitIsRefusedBeforeItIsSentAndTheSessionGoesOn() {
        try (MicroPythonSession small = MicroPythonSession.builder().hostPayloadLimit(10_000).build()) {
            small.set("kept", "yes");
            assertThatThrownBy(() -> small.set("huge", "x".repeat(10_000)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the value for global 'huge' is too large: 10002 bytes of JSON"
                            + " (the host payload limit is 10000 bytes)");
            assertThatThrownBy(() -> small.get("huge")).isInstanceOf(NoSuchElementException.class);

            small.run("big = 'y' * 20000");
            assertThatThrownBy(() -> small.get("big"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("too large: more than 10000 bytes of JSON");
            assertThat(small.get("kept")).isEqualTo("yes");
        }
    }

    @Test
    void aValueTooBigForTheGuestsMemoryFailsClearlyAndTheSessionKeepsItsState() {
        try (MicroPythonSession tight = MicroPythonSession.builder()
                .memoryLimit(2 << 20).hostPayloadLimit(64 << 20).build()) {
            tight.set("kept", 1);
            List<Integer> many = new ArrayList<>();
            for (int i = 0; i < 1_000_000; i++) {
                many.add(i);
            }
            assertThatThrownBy(() -> tight.set("many", many))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("could not set global 'many'")
                    .hasMessageContaining("MemoryError");
            assertThat(tight.get("kept")).isEqualTo(1);
        }
    }

    @Test
    void deeplyNestedValuesAreRefusedClearly() {
        Object deep = List.of();
        for (int i = 0; i < 5_000; i++) {
            deep = List.of(deep);
        }
        Object tooDeep = deep;
        assertThatThrownBy(() -> session.set("deep", tooDeep)).isInstanceOf(RuntimeException.class);
        assertThat(session.run("1 + 1").value()).contains(2);
    }

    @Test
    void aHostFunctionCannotWaitForItsOwnSession() {
        MicroPythonSession[] self = new MicroPythonSession[1];
        try (MicroPythonSession withHook = MicroPythonSession.builder()
                .hostFunction("reenter", (args, kwargs) -> {
                    self[0].set("x", 1);
                    return null;
                })
                .build()) {
            self[0] = withHook;
            RunResult result = withHook.run("reenter()");
            assertThat(result.error().orElseThrow().message()).contains("cannot wait for a request to its own session");
        }
    }
}

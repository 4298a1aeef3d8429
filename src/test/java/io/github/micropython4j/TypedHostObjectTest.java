package io.github.micropython4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link MicroPythonSession.Builder#hostObject}: Java methods with typed parameters, called from Python. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class TypedHostObjectTest {

    public record Line(String sku, int quantity) {}

    public enum Priority { LOW, HIGH }

    public record Receipt(String customerName, double total, LocalDate shipOn, Priority priority) {}

    /** Records every call, so tests can tell that a refused call never reached Java. */
    public static final class Shop {
        final List<String> calls = new ArrayList<>();

        @PythonCallable
        public Receipt checkout(String customerName, List<Line> lines, Priority priority, LocalDate shipOn,
                Optional<String> coupon) {
            calls.add("checkout");
            double total = lines.stream().mapToDouble(line -> line.quantity() * 2.5).sum();
            if (coupon.isPresent()) {
                total -= 1;
            }
            return new Receipt(customerName, total, shipOn.plusDays(1), priority);
        }

        @PythonCallable("count_by_sku")
        public Map<String, Integer> countBySku(List<Line> lines) {
            calls.add("count_by_sku");
            return Map.of(lines.get(0).sku(), lines.get(0).quantity());
        }

        @PythonCallable(value = "scaled", parameters = {"value", "factor"})
        public long scale(long a, int b) {
            calls.add("scaled");
            return a * b;
        }

        @PythonCallable
        public Optional<String> nickname(String name) {
            return name.equals("robert") ? Optional.of("bob") : Optional.empty();
        }

        @PythonCallable
        public void fail(String how) {
            switch (how) {
                case "key" -> throw new PythonException("KeyError", "no such sku");
                case "argument" -> throw new IllegalArgumentException("bad quantity");
                default -> throw new IllegalStateException("the till is closed");
            }
        }

        public String notAnnotated() {
            return "hidden";
        }
    }

    @Test
    void argumentsAreConvertedToTheDeclaredTypesAndTheResultBack() {
        Shop shop = new Shop();
        try (MicroPythonSession session = MicroPythonSession.builder().hostObject(shop).build()) {
            RunResult result = session.run(String.join("\n",
                    "import host",
                    "r = checkout('Ada', [{'sku': 'tea', 'quantity': 2}, {'sku': 'cake', 'quantity': 4}],",
                    "             'HIGH', '2025-02-28', 'SPRING')",
                    "print(sorted(r.items()))",
                    "print(checkout(shipOn='2024-02-28', priority='LOW', lines=[], customerName='Bo')['shipOn'])",
                    "print(count_by_sku([{'sku': 'x', 'quantity': 3}]), host.scaled(factor=3, value=2**40))",
                    "print(nickname('robert'), nickname('alice'))"));
            assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.OK);
            assertThat(result.stdout()).isEqualTo(String.join("\n",
                    "[('customerName', 'Ada'), ('priority', 'HIGH'), ('shipOn', '2025-03-01'), ('total', 14.0)]",
                    "2024-02-29",
                    "{'x': 3} 3298534883328",
                    "bob None",
                    ""));
        }
    }

    @Test
    void aWrongArgumentIsATypeErrorNamingTheParameterAndTheMethodIsNotCalled() {
        Shop shop = new Shop();
        try (MicroPythonSession session = MicroPythonSession.builder().hostObject(shop).build()) {
            Map<String, String> cases = Map.of(
                    "checkout('Ada', [{'sku': 'tea', 'quantity': 'two'}], 'HIGH', '2025-01-01')", "argument 'lines'",
                    "checkout('Ada', [], 'URGENT', '2025-01-01')", "argument 'priority'",
                    "checkout('Ada', [], 'LOW', '2025-13-01')", "argument 'shipOn'",
                    "checkout('Ada', [], 'LOW', '2025-01-01', coupon=5.5)", "argument 'coupon'",
                    "checkout('Ada', [], 'LOW')", "missing required argument: 'shipOn'",
                    "checkout('Ada', [], 'LOW', '2025-01-01', colour='red')", "unexpected keyword argument 'colour'",
                    "checkout('Ada', [], 'LOW', '2025-01-01', None, None)", "takes 5 positional arguments but 6 were given",
                    "scaled(1, value=2)", "multiple values for argument 'value'",
                    "scaled(1, 2.5)", "argument 'factor'",
                    "scaled(None, 2)", "argument 'value' must be long, not None");
            cases.forEach((code, expected) -> {
                RunResult result = session.run(code);
                PythonError error = result.error().orElseThrow(() -> new AssertionError(code + ": " + result));
                assertThat(error.type()).as(code).isEqualTo("TypeError");
                assertThat(error.message()).as(code).contains(expected);
            });
            assertThat(session.run("scaled(2**40, 2**31)").error().orElseThrow().message()).contains("argument 'factor'");
            assertThat(shop.calls).isEmpty();
        }
    }

    @Test
    void anExceptionTheMethodThrowsIsAPythonExceptionAndTheSessionGoesOn() {
        try (MicroPythonSession session = MicroPythonSession.builder().hostObject(new Shop()).build()) {
            RunResult result = session.run(String.join("\n",
                    "for how in ['key', 'argument', 'state']:",
                    "    try:",
                    "        fail(how)",
                    "    except Exception as e:",
                    "        print(type(e).__name__, e)"));
            assertThat(result.stdout()).isEqualTo("KeyError no such sku\nValueError bad quantity\nRuntimeError the till is closed\n");
            RunResult uncaught = session.run("x = 1\nfail('state')");
            assertThat(uncaught.error().orElseThrow().type()).isEqualTo("RuntimeError");
            assertThat(session.run("x + 1").value()).contains(2);
        }
    }

    @Test
    void onlyAnnotatedMethodsAreCallable() {
        try (MicroPythonSession session = MicroPythonSession.builder().hostObject(new Shop()).build()) {
            assertThat(session.run("notAnnotated()").error().orElseThrow().type()).isEqualTo("NameError");
            assertThat(session.run("import host\nhost.notAnnotated()").error().orElseThrow().type()).isEqualTo("AttributeError");
        }
    }

    @Test
    void badHostObjectsAreRefusedWhenGiven() {
        assertThatThrownBy(() -> MicroPythonSession.builder().hostObject(new Object()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no public method annotated");
        assertThatThrownBy(() -> MicroPythonSession.builder().hostObject(new Shop()).hostObject(new Shop()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already defined");
        assertThatThrownBy(() -> MicroPythonSession.builder()
                .hostFunction("scaled", (args, kwargs) -> null).hostObject(new Shop()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'scaled' is already defined");
        assertThatThrownBy(() -> MicroPythonSession.builder().hostObject(new Object() {
            @PythonCallable("call")
            public void reserved() { }
        })).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MicroPythonSession.builder().hostObject(new Object() {
            @PythonCallable(parameters = {"a"})
            public void two(int a, int b) { }
        })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names 1 parameters; it has 2");
    }

    /** Python-style keys: a custom mapper changes how records cross, both ways. */
    @Test
    void aCustomObjectMapperChangesTheConversions() {
        ObjectMapper snakeCase = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .build();
        try (MicroPythonSession session = MicroPythonSession.builder()
                .objectMapper(snakeCase)
                .hostObject(new Shop())
                .build()) {
            RunResult result = session.run(String.join("\n",
                    "r = checkout(customerName='Ada', lines=[{'sku': 'tea', 'quantity': 1}], priority='LOW',",
                    "             shipOn='2025-01-01')",
                    "print(r['customer_name'], r['ship_on'])"));
            assertThat(result.stdout()).as(result.toString()).isEqualTo("Ada 2025-01-02\n");

            session.set("receipt", new Receipt("Bo", 2.5, LocalDate.of(2025, 5, 5), Priority.HIGH));
            assertThat(session.run("sorted(receipt)").value())
                    .contains(List.of("customer_name", "priority", "ship_on", "total"));
            assertThat(session.get("receipt", Receipt.class))
                    .isEqualTo(new Receipt("Bo", 2.5, LocalDate.of(2025, 5, 5), Priority.HIGH));
        }
    }

    @Test
    void theDefaultMapperWritesJavaTimeAsIsoStrings() {
        try (MicroPythonSession session = MicroPythonSession.builder()
                .hostFunction("today", (args, kwargs) -> LocalDate.of(2025, 7, 14))
                .build()) {
            assertThat(session.run("today()").value()).contains("2025-07-14");
        }
    }
}

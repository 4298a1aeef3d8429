package io.github.micropython4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link RunResult#value()}: the value of the code's last statement when it is an expression. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class LastExpressionValueTest {
    private static MicroPythonSession session;

    @BeforeAll
    static void start() {
        session = MicroPythonSession.builder().build();
    }

    @AfterAll
    static void stop() {
        session.close();
    }

    private static Object valueOf(String code) {
        RunResult result = session.run(code);
        assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.OK);
        assertThat(result.valueProblem()).as(result.toString()).isEmpty();
        return result.value().orElse(null);
    }

    @Test
    void everyJsonTypeCrossesAsItsPlainJavaValue() {
        assertThat(valueOf("True")).isEqualTo(true);
        assertThat(valueOf("1 == 2")).isEqualTo(false);
        assertThat(valueOf("42")).isEqualTo(42);
        assertThat(valueOf("-7 * 3")).isEqualTo(-21);
        assertThat(valueOf("2**40")).isEqualTo(1L << 40);
        assertThat(valueOf("2**100")).isEqualTo(BigInteger.TWO.pow(100));
        assertThat(valueOf("-(2**100)")).isEqualTo(BigInteger.TWO.pow(100).negate());
        assertThat(valueOf("1.5")).isEqualTo(1.5);
        assertThat(valueOf("1 / 4")).isEqualTo(0.25);
        assertThat(valueOf("1e300 * 10")).isEqualTo(1e301);
        assertThat(valueOf("'text'")).isEqualTo("text");
        assertThat(valueOf("'q\"\\\\\\n\\x01é€😀'")).isEqualTo("q\"\\\n\u0001é€😀");
        assertThat(valueOf("[]")).isEqualTo(List.of());
        assertThat(valueOf("{}")).isEqualTo(Map.of());
        assertThat(valueOf("(1, 'two', [3.5])")).isEqualTo(List.of(1, "two", List.of(3.5)));
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("none", null);
        nested.put("list", Arrays.asList(1, null, Map.of("deep", List.of(true))));
        assertThat(valueOf("{'none': None, 'list': [1, None, {'deep': [True]}]}")).isEqualTo(nested);
    }

    @Test
    void noneIsAnEmptyValueWithoutAProblem() {
        RunResult result = session.run("None");
        assertThat(result.value()).isEmpty();
        assertThat(result.valueProblem()).isEmpty();
    }

    @Test
    void aStatementHasNoValue() {
        for (String code : List.of("x = 5", "pass", "del x", "import json", "def f():\n    return 1",
                "if True:\n    7", "for i in range(3):\n    i", "print('hi')\nx = 1", "x = 1  # 2", "",
                "x += 1", "x: int = 3", "x = y = 4", "assert x", "global x", "x, y = 1, 2")) {
            RunResult result = session.run(code);
            assertThat(result.outcome()).as(code).isEqualTo(Outcome.OK);
            assertThat(result.value()).as(code).isEmpty();
            assertThat(result.valueProblem()).as(code).isEmpty();
        }
    }

    @Test
    void theLastStatementCountsWhereverItStarts() {
        assertThat(valueOf("a = 20\nb = 22\na + b")).isEqualTo(42);
        assertThat(valueOf("a = 20; a + 1")).isEqualTo(21);
        assertThat(valueOf("a = 2;\tb = 3;  a * b  # six\n\n# trailing comment\n")).isEqualTo(6);
        assertThat(valueOf("def f(x):\n    return x * 2\n\nf(21)")).isEqualTo(42);
        assertThat(valueOf("items = [\n    1,\n    2,\n]\n(\n    sum(items)\n)")).isEqualTo(3);
        assertThat(valueOf("x = 1 \\\n    + 1\nx \\\n  * 10")).isEqualTo(20);
        assertThat(valueOf("s = '''a\nb;\n'''\ns")).isEqualTo("a\nb;\n");
        assertThat(valueOf("if True: a = 1; b = 2\na + b")).isEqualTo(3);
        assertThat(valueOf("f = lambda: 9; f()")).isEqualTo(9);
        assertThat(valueOf("(lambda x=2: x * 21)()")).isEqualTo(42);
        assertThat(valueOf("d = {}\nd.setdefault('k', [1])")).isEqualTo(List.of(1));
        assertThat(valueOf("a = 1\r\nb = 2\r\na - b")).isEqualTo(-1);
        assertThat(valueOf("print('out')\n[i * i for i in range(4)]")).isEqualTo(List.of(0, 1, 4, 9));
    }

    @Test
    void linesKeepTheirNumbersWhenTheLastStatementIsTakenApart() {
        RunResult lastLine = session.run("x = 1\ny = 0\n\nx / y");
        assertThat(lastLine.error().orElseThrow().innermostFrame().orElseThrow().line()).isEqualTo(4);

        RunResult earlierLine = session.run("x = 1\nx / 0\nx");
        assertThat(earlierLine.error().orElseThrow().innermostFrame().orElseThrow().line()).isEqualTo(2);
        assertThat(earlierLine.value()).isEmpty();

        RunResult multiLine = session.run("x = 1\n(x +\n undefined_name)");
        assertThat(multiLine.error().orElseThrow().type()).isEqualTo("NameError");
        assertThat(multiLine.error().orElseThrow().innermostFrame().orElseThrow().line()).isIn(2, 3);
    }

    @Test
    void aSyntaxErrorAnywhereStopsTheRunBeforeAnythingRuns() {
        RunResult errorBefore = session.run("print('ran')\nx = (\n42");
        assertThat(errorBefore.error().orElseThrow().type()).isEqualTo("SyntaxError");
        assertThat(errorBefore.stdout()).isEmpty();

        RunResult errorInLast = session.run("print('ran')\n1 +");
        assertThat(errorInLast.error().orElseThrow().type()).isEqualTo("SyntaxError");
        assertThat(errorInLast.error().orElseThrow().innermostFrame().orElseThrow().line()).isEqualTo(2);
        assertThat(errorInLast.stdout()).isEmpty();

        RunResult decoratorWithoutDef = session.run("print('ran')\n@staticmethod\nx");
        assertThat(decoratorWithoutDef.error().orElseThrow().type()).isEqualTo("SyntaxError");
        assertThat(decoratorWithoutDef.stdout()).isEmpty();
    }

    @Test
    void aValueThatCannotCrossSaysWhy() {
        RunResult set = session.run("{1, 2}");
        assertThat(set.outcome()).isEqualTo(Outcome.OK);
        assertThat(set.value()).isEmpty();
        assertThat(set.valueProblem()).get().asString().startsWith("TypeError: value is of type 'set'");

        assertThat(session.run("[1, {'k': print}]").valueProblem()).get().asString()
                .startsWith("TypeError: value[1]['k'] is of type 'function'");
        assertThat(session.run("{1: 'int key'}").valueProblem()).get().asString()
                .contains("value has a key of type 'int'");
        assertThat(session.run("[float('nan')]").valueProblem()).get().asString()
                .startsWith("ValueError: value[0] is nan");
        assertThat(session.run("l = []\nl.append(l)\nl").valueProblem()).get().asString()
                .contains("nested more than 100 levels deep");
        assertThat(session.run("b'bytes'").valueProblem()).get().asString().contains("'bytes'");
        assertThat(session.run("lambda x=1: x").valueProblem()).get().asString().contains("'function'");
    }

    @Test
    void aValueLargerThanTheHostPayloadLimitSaysSo() {
        try (MicroPythonSession small = MicroPythonSession.builder().hostPayloadLimit(1000).build()) {
            RunResult fits = small.run("'x' * 998");
            assertThat(fits.value()).contains("x".repeat(998));

            RunResult tooLarge = small.run("'x' * 999");
            assertThat(tooLarge.outcome()).isEqualTo(Outcome.OK);
            assertThat(tooLarge.value()).isEmpty();
            assertThat(tooLarge.valueProblem()).get().asString()
                    .isEqualTo("ValueError: value is too large: more than 1000 bytes of JSON (the host payload limit)");

            RunResult manyItems = small.run("list(range(100000))");
            assertThat(manyItems.valueProblem()).get().asString().contains("too large");

            // refused before it is copied: encoding it would need more memory than the session has
            RunResult huge = small.run("s = 'x' * (12 << 20)\n[1, s]");
            assertThat(huge.outcome()).as(huge.toString()).isEqualTo(Outcome.OK);
            assertThat(huge.valueProblem()).get().asString().isEqualTo(
                    "ValueError: value is too large: more than 1000 bytes of JSON (the host payload limit)");
        }
    }

    @Test
    void datesAndTimesCrossAsTheirIsoFormat() {
        // Stand-ins for the datetime module's classes: the guest goes by the type's name and isoformat().
        session.run(String.join("\n",
                "class date:",
                "    def __init__(self, y, m, d): self.y, self.m, self.d = y, m, d",
                "    def isoformat(self): return '%04d-%02d-%02d' % (self.y, self.m, self.d)",
                "class time:",
                "    def isoformat(self): return '12:30:00'",
                "class datetime(date):",
                "    def isoformat(self): return date.isoformat(self) + 'T08:00:00+02:00'",
                "class Other:",
                "    def isoformat(self): return 'not a date type'"));
        assertThat(valueOf("{'when': date(2025, 6, 1), 'at': [time(), datetime(2025, 1, 2)]}"))
                .isEqualTo(Map.of("when", "2025-06-01", "at", List.of("12:30:00", "2025-01-02T08:00:00+02:00")));
        assertThat(session.run("Other()").valueProblem()).get().asString().contains("of type 'Other'");
    }

    @Test
    void anInteractiveRunEchoesInsteadOfReturningTheValue() {
        RunResult result = session.runInteractive("6 * 7");
        assertThat(result.stdout()).isEqualTo("42\n");
        assertThat(result.value()).isEmpty();
    }

    @Test
    void aValueIsOnlyReportedWhenTheRunEndsNormally() {
        RunResult raised = session.run("x = 1\nraise ValueError('no')\nx");
        assertThat(raised.outcome()).isEqualTo(Outcome.PYTHON_ERROR);
        assertThat(raised.value()).isEmpty();

        try (MicroPythonSession limited = MicroPythonSession.builder().fuelLimit(1_000_000).build()) {
            RunResult stopped = limited.run("while True:\n    pass\n1");
            assertThat(stopped.outcome()).isEqualTo(Outcome.FUEL_EXHAUSTED);
            assertThat(stopped.value()).isEmpty();
            // an expression that never ends is stopped like any code
            RunResult endless = limited.run("sum(range(10**9))");
            assertThat(endless.outcome()).isEqualTo(Outcome.FUEL_EXHAUSTED);
        }
    }
}

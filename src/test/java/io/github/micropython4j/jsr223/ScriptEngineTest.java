package io.github.micropython4j.jsr223;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.micropython4j.MicroPythonSession;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.script.SimpleBindings;
import javax.script.SimpleScriptContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The {@code javax.script} engine, found the way applications find it. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ScriptEngineTest {
    private ScriptEngine engine;

    @BeforeEach
    void findEngine() {
        engine = new ScriptEngineManager().getEngineByName("micropython");
        assertThat(engine).isInstanceOf(MicroPythonScriptEngine.class);
    }

    @AfterEach
    void closeEngine() {
        ((MicroPythonScriptEngine) engine).close();
    }

    @Test
    void isFoundByEveryNameAndTheExtension() {
        ScriptEngineManager manager = new ScriptEngineManager();
        for (ScriptEngine found : List.of(manager.getEngineByName("micropython4j"), manager.getEngineByExtension("py"),
                manager.getEngineByMimeType("text/x-python"))) {
            assertThat(found).isInstanceOf(MicroPythonScriptEngine.class);
            ((MicroPythonScriptEngine) found).close();
        }
        assertThat(engine.getFactory().getNames()).containsExactly("micropython", "micropython4j");
        assertThat(engine.getFactory().getParameter(ScriptEngine.NAME)).isEqualTo("micropython");
        assertThat(engine.getFactory().getParameter("THREADING")).isNull();
    }

    @Test
    void evalReturnsTheLastExpressionsValue() throws Exception {
        assertThat(engine.eval("6 * 7")).isEqualTo(42);
        assertThat(engine.eval("x = [1, 'two', None]")).isNull();
        assertThat(engine.eval("x")).isEqualTo(java.util.Arrays.asList(1, "two", null));
        assertThat(engine.eval(new StringReader("def f(n):\n    return {'n': n}\nf(2**70)")))
                .isEqualTo(Map.of("n", java.math.BigInteger.TWO.pow(70)));
        assertThat(engine.eval("{1, 2}")).isNull();
    }

    @Test
    void engineScopeBindingsAreThePythonGlobalsBothWays() throws Exception {
        engine.put("prices", Map.of("tea", 2.5, "cake", 4));
        engine.put("name", "Ada");
        assertThat(engine.eval("total = sum(prices.values())\nname.upper()")).isEqualTo("ADA");
        assertThat(engine.get("total")).isEqualTo(6.5);
        assertThat(engine.get("undefined")).isNull();

        Bindings globals = engine.getBindings(ScriptContext.ENGINE_SCOPE);
        assertThat(globals.containsKey("total")).isTrue();
        assertThat(globals.remove("total")).isEqualTo(6.5);
        assertThat(globals.containsKey("total")).isFalse();
        engine.eval("def helper(): pass");
        assertThat(globals.keySet()).contains("prices", "name").doesNotContain("helper", "total");
    }

    @Test
    void otherBindingsAreCopiedInAndReadBack() throws Exception {
        Bindings mine = new SimpleBindings();
        mine.put("count", 1);
        mine.put("not an identifier", "ignored");
        assertThat(engine.eval("count += 41\ncount * 2", mine)).isEqualTo(84);
        assertThat(mine.get("count")).isEqualTo(42);
        assertThat(engine.eval("del count", mine)).isNull();
        assertThat(mine.containsKey("count")).isFalse();
    }

    @Test
    void aPythonErrorIsAScriptExceptionWithItsLine() {
        assertThatThrownBy(() -> engine.eval("x = 1\ny = 2\nz = x / 0\n"))
                .isInstanceOfSatisfying(ScriptException.class, e -> {
                    assertThat(e.getLineNumber()).isEqualTo(3);
                    assertThat(e.getFileName()).isEqualTo("<string>");
                    assertThat(e.getMessage()).startsWith("ZeroDivisionError: divide by zero");
                });
        assertThatThrownBy(() -> engine.eval("def f():\n    raise KeyError('k')\n\nf()"))
                .isInstanceOfSatisfying(ScriptException.class, e -> assertThat(e.getLineNumber()).isEqualTo(2));
        assertThatThrownBy(() -> engine.eval("ok = 1\nx = = 1"))
                .isInstanceOfSatisfying(ScriptException.class, e -> {
                    assertThat(e.getLineNumber()).isEqualTo(2);
                    assertThat(e.getMessage()).startsWith("SyntaxError");
                });
    }

    @Test
    void theScriptsFileNameComesFromTheContext() {
        ScriptContext context = new SimpleScriptContext();
        context.setBindings(engine.createBindings(), ScriptContext.ENGINE_SCOPE);
        context.setAttribute(ScriptEngine.FILENAME, "job.py", ScriptContext.ENGINE_SCOPE);
        assertThatThrownBy(() -> engine.eval("\n\nundefined_name", context))
                .isInstanceOfSatisfying(ScriptException.class, e -> {
                    assertThat(e.getFileName()).isEqualTo("job.py");
                    assertThat(e.getLineNumber()).isEqualTo(3);
                });
    }

    @Test
    void invokeFunctionCallsAPythonFunction() throws Exception {
        engine.eval("def area(w, h):\n    return w * h\nlabel = 'not callable'");
        Invocable invocable = (Invocable) engine;
        assertThat(invocable.invokeFunction("area", 3, 4.5)).isEqualTo(13.5);
        assertThat(invocable.invokeFunction("area", List.of(1, 2), 2)).isEqualTo(List.of(1, 2, 1, 2));
        assertThatThrownBy(() -> invocable.invokeFunction("missing")).isInstanceOf(NoSuchMethodException.class);
        assertThatThrownBy(() -> invocable.invokeFunction("label")).isInstanceOf(NoSuchMethodException.class);
        assertThatThrownBy(() -> invocable.invokeFunction("area", 1)).isInstanceOf(ScriptException.class)
                .hasMessageContaining("TypeError");
        assertThat(engine.eval("'__jsr223_args__' in globals()")).isEqualTo(false);
    }

    /** A Java interface implemented by Python functions. */
    public interface Pricing {
        double total(List<Double> prices);

        default String currency() {
            return "EUR";
        }
    }

    @Test
    void getInterfaceImplementsAJavaInterfaceWithPythonFunctions() throws Exception {
        Invocable invocable = (Invocable) engine;
        assertThat(invocable.getInterface(Pricing.class)).isNull();
        engine.eval("def total(prices):\n    return sum(prices)");
        Pricing pricing = invocable.getInterface(Pricing.class);
        assertThat(pricing.total(List.of(1.5, 2.0))).isEqualTo(3.5);
        assertThat(pricing.currency()).isEqualTo("EUR");
    }

    @Test
    void outputGoesToTheContextsWriters() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        engine.getContext().setWriter(out);
        engine.getContext().setErrorWriter(err);
        engine.eval("import sys\nprint('héllo', 'wörld ✓')\nprint('oops', file=sys.stderr)");
        ((Invocable) engine).invokeFunction("print", "from a call");
        assertThat(out.toString()).isEqualTo("héllo wörld ✓\nfrom a call\n");
        assertThat(err.toString()).isEqualTo("oops\n");
    }

    @Test
    void compiledScriptsEvaluateAgainstTheCurrentGlobals() throws Exception {
        CompiledScript square = ((Compilable) engine).compile("n * n");
        engine.put("n", 7);
        assertThat(square.eval()).isEqualTo(49);
        engine.put("n", 8);
        assertThat(square.eval()).isEqualTo(64);
        assertThat(square.getEngine()).isSameAs(engine);
    }

    @Test
    void everyLimitIsAScriptExceptionAndTheEngineGoesOn() throws Exception {
        MicroPythonScriptEngine limited = new MicroPythonScriptEngine(MicroPythonSession.builder()
                .fuelLimit(2_000_000)
                .timeout(Duration.ofSeconds(3))
                .memoryLimit(4 << 20)
                .outputLimit(1000));
        try (limited) {
            limited.getContext().setWriter(new StringWriter());
            limited.eval("kept = 'yes'");
            Map<String, String> limits = Map.of(
                    "while True:\n    pass", "FUEL_EXHAUSTED",
                    "import time\ntime.sleep(30)", "TIMEOUT",
                    "x = bytearray(64 << 20)", "MEMORY_LIMIT",
                    "while True:\n    print('spam')", "OUTPUT_LIMIT");
            for (Map.Entry<String, String> limit : limits.entrySet()) {
                assertThatThrownBy(() -> limited.eval(limit.getKey()))
                        .as(limit.getValue())
                        .isInstanceOf(ScriptException.class)
                        .hasMessageStartingWith(limit.getValue() + ": ");
                assertThat(limited.eval("kept")).as("after " + limit.getValue()).isEqualTo("yes");
            }
            assertThatThrownBy(() -> limited.eval("import sys\nsys.exit(3)"))
                    .isInstanceOf(ScriptException.class).hasMessageContaining("status 3");
        }
        assertThatThrownBy(() -> limited.eval("1")).isInstanceOf(ScriptException.class)
                .hasMessageContaining("closed");
    }
}

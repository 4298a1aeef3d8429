package example;

import io.github.micropython4j.MicroPythonSession;
import io.github.micropython4j.RunResult;
import io.github.micropython4j.plugins.HookOutcome;
import io.github.micropython4j.plugins.HookResult;
import io.github.micropython4j.plugins.PluginHost;
import io.github.micropython4j.plugins.PluginInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.script.Invocable;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;

/**
 * Uses micropython4j from outside its repository, through the installed artifact only: a session,
 * the plugin host and the JSR-223 engine. Exits with status 1 if anything answers wrongly.
 */
public final class ConsumerMain {
    private static int failures;

    public static void main(String[] args) throws Exception {
        Path plugins = Path.of(args.length > 0 ? args[0] : "plugins");

        try (MicroPythonSession session = MicroPythonSession.builder()
                .hostFunction("greet", (a, kw) -> "hello " + a.get(0))
                .build()) {
            session.set("prices", Map.of("tea", 2.5, "cake", 4));
            RunResult total = session.run("sum(prices.values())");
            check("session value", total.value(), Optional.of(6.5));
            RunResult printed = session.run("print(greet('consumer'))");
            check("session stdout", printed.stdout(), "hello consumer\n");
        }

        try (PluginHost host = PluginHost.builder()
                .directory(plugins)
                .plugin("spin.py", session -> session.fuelLimit(1_000_000))
                .build()) {
            for (PluginInfo plugin : host.plugins()) {
                System.out.println("plugin " + plugin.name() + " " + plugin.version().orElse("-") + " hooks " + plugin.hooks());
            }
            Map<String, HookResult> results = host.callAll("transform", Map.of("name", "ada"));
            check("plugins called", List.copyOf(results.keySet()), List.of("shout", "spin"));
            check("shout", results.get("shout").value(), Optional.of(Map.of("name", "ADA")));
            check("spin", results.get("spin").outcome(), HookOutcome.FUEL_EXHAUSTED);
            System.out.println("spin reported: " + results.get("spin").error().orElse(""));
        }

        ScriptEngine engine = new ScriptEngineManager().getEngineByName("micropython");
        if (engine == null) {
            throw new IllegalStateException("no JSR-223 engine named micropython on the class path");
        }
        try (AutoCloseable closing = (AutoCloseable) engine) {
            engine.put("base", 40);
            engine.eval("def add(n):\n    return base + n");
            check("jsr223 invokeFunction", ((Invocable) engine).invokeFunction("add", 2), 42);
            check("jsr223 eval", engine.eval("[base, base * 2]"), List.of(40, 80));
        }

        System.out.println(failures == 0 ? "consumer: all checks passed" : "consumer: " + failures + " checks FAILED");
        System.exit(failures == 0 ? 0 : 1);
    }

    private static void check(String what, Object actual, Object expected) {
        boolean ok = expected.equals(actual);
        System.out.println((ok ? "ok   " : "FAIL ") + what + ": " + actual + (ok ? "" : " (expected " + expected + ")"));
        if (!ok) {
            failures++;
        }
    }
}

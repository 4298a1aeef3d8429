package io.github.micropython4j.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each way a plugin can fail, next to a well-behaved plugin that must keep answering; loading,
 * listing and reloading.
 */
class PluginHostTest {
    private static final String GOOD = """
            PLUGIN = {"name": "greeter", "version": "1.2", "description": "says hello"}
            calls = 0

            def transform(row):
                global calls
                calls += 1
                return {"id": row["id"], "name": row["name"].upper(), "calls": calls}

            def _helper():
                pass
            """;
    private static final Map<String, Object> ROW = Map.of("id", 7, "name", "ada");

    @TempDir
    Path dir;

    private void write(String file, String source) throws IOException {
        Files.writeString(dir.resolve(file), source, StandardCharsets.UTF_8);
    }

    private PluginHost hostWith(String file, String source) throws IOException {
        write("good.py", GOOD);
        write(file, source);
        return PluginHost.builder().directory(dir)
                .plugin("fuel.py", s -> s.fuelLimit(2_000_000))
                .plugin("slow.py", s -> s.fuelLimit(Long.MAX_VALUE).timeout(Duration.ofMillis(500)))
                .plugin("memory.py", s -> s.memoryLimit(4L << 20))
                .build();
    }

    /** The well-behaved plugin answers, before and after the failing one, counting its calls. */
    private static void assertGoodAnswers(PluginHost host, int expectedCalls) {
        HookResult good = host.call("greeter", "transform", ROW);
        assertThat(good.isOk()).as(good.toString()).isTrue();
        assertThat(good.value()).contains(Map.of("id", 7, "name", "ADA", "calls", expectedCalls));
    }

    private static HookResult failing(PluginHost host, String plugin, HookOutcome outcome) {
        Map<String, HookResult> all = host.callAll("transform", ROW);
        assertThat(all.keySet()).containsExactlyElementsOf(new java.util.TreeSet<>(List.of("greeter", plugin)));
        assertThat(all.get("greeter").isOk()).isTrue();
        HookResult result = all.get(plugin);
        assertThat(result.outcome()).as(result.toString()).isEqualTo(outcome);
        assertThat(result.isOk()).isFalse();
        assertThat(result.value()).isEmpty();
        assertThat(result.plugin()).isEqualTo(plugin);
        assertThat(result.error()).hasValueSatisfying(e -> assertThat(e).startsWith("plugin '" + plugin + "', hook 'transform': " + outcome));
        return result;
    }

    @Test
    void aWellBehavedPluginIsListedAndAnswers() throws IOException {
        write("good.py", GOOD);
        try (PluginHost host = PluginHost.builder().directory(dir).build()) {
            assertThat(host.plugins()).containsExactly(new PluginInfo("greeter", "good.py", Optional.of("1.2"),
                    Optional.of("says hello"), List.of("transform"), Optional.empty()));
            assertGoodAnswers(host, 1);
            assertGoodAnswers(host, 2);
            HookResult result = host.call("greeter", "transform", ROW);
            assertThat(result.elapsed()).isPositive();
            assertThat(result.error()).isEmpty();
        }
    }

    @Test
    void anEndlessLoopRunsOutOfFuel() throws IOException {
        try (PluginHost host = hostWith("fuel.py", "def transform(row):\n    while True:\n        pass\n")) {
            assertGoodAnswers(host, 1);
            HookResult result = failing(host, "fuel", HookOutcome.FUEL_EXHAUSTED);
            assertThat(result.error()).contains("plugin 'fuel', hook 'transform': FUEL_EXHAUSTED: fuel limit of 2000000 units exhausted");
            assertGoodAnswers(host, 3);
            assertThat(host.call("fuel", "transform", ROW).outcome()).isEqualTo(HookOutcome.FUEL_EXHAUSTED);
        }
    }

    @Test
    void anEndlessLoopWithUnlimitedFuelTimesOut() throws IOException {
        try (PluginHost host = hostWith("slow.py", "def transform(row):\n    while True:\n        pass\n")) {
            HookResult result = failing(host, "slow", HookOutcome.TIMEOUT);
            assertThat(result.outcome().isLimit()).isTrue();
            assertGoodAnswers(host, 2);
        }
    }

    @Test
    void exhaustingMemoryIsReportedAndThePluginKeepsWorking() throws IOException {
        String hog = """
                def transform(row):
                    hoard = []
                    while True:
                        hoard.append("x" * 10000)

                def ping():
                    return "pong"
                """;
        try (PluginHost host = hostWith("memory.py", hog)) {
            failing(host, "memory", HookOutcome.MEMORY_LIMIT);
            assertGoodAnswers(host, 2);
            assertThat(host.call("memory", "ping").value()).contains("pong");
        }
    }

    @Test
    void anExceptionIsReportedWithItsTraceback() throws IOException {
        try (PluginHost host = hostWith("raises.py", "def transform(row):\n    raise ValueError('no ' + row['name'])\n")) {
            HookResult result = failing(host, "raises", HookOutcome.PYTHON_ERROR);
            assertThat(result.error()).hasValueSatisfying(e -> assertThat(e).contains("ValueError: no ada"));
            assertThat(result.pythonError()).hasValueSatisfying(e -> {
                assertThat(e.type()).isEqualTo("ValueError");
                assertThat(e.traceback()).contains("raises.py", "line 2");
            });
            assertGoodAnswers(host, 2);
        }
    }

    @Test
    void aFileThatDoesNotCompileIsListedWithItsErrorAndCannotBeCalled() throws IOException {
        try (PluginHost host = hostWith("broken.py", "def transform(row)\n    return row\n")) {
            PluginInfo broken = host.plugins().stream().filter(p -> p.file().equals("broken.py")).findFirst().orElseThrow();
            assertThat(broken.name()).isEqualTo("broken");
            assertThat(broken.isLoaded()).isFalse();
            assertThat(broken.hooks()).isEmpty();
            assertThat(broken.loadError()).hasValueSatisfying(e -> assertThat(e).contains("SyntaxError", "broken.py", "line 1"));
            assertThat(host.callAll("transform", ROW)).containsOnlyKeys("greeter");
            HookResult result = host.call("broken", "transform", ROW);
            assertThat(result.outcome()).isEqualTo(HookOutcome.NOT_LOADED);
            assertThat(result.error()).hasValueSatisfying(e -> assertThat(e).contains("SyntaxError"));
            assertGoodAnswers(host, 2);
        }
    }

    @Test
    void aFileThatFailsWhileLoadingIsListedWithItsError() throws IOException {
        try (PluginHost host = hostWith("fuel.py", "while True:\n    pass\n")) {
            PluginInfo loop = host.plugins().get(0);
            assertThat(loop.file()).isEqualTo("fuel.py");
            assertThat(loop.loadError()).hasValueSatisfying(e -> assertThat(e).startsWith("FUEL_EXHAUSTED"));
            assertGoodAnswers(host, 1);
        }
    }

    @Test
    void filesThePluginWasNotGivenAreAPythonError() throws IOException {
        String snoop = "def transform(row):\n    return open('/etc/passwd').read()\n";
        try (PluginHost host = hostWith("snoop.py", snoop)) {
            HookResult result = failing(host, "snoop", HookOutcome.PYTHON_ERROR);
            assertThat(result.pythonError().orElseThrow().type()).isEqualTo("FileNotFoundError");   // nothing is mounted at /etc
            assertGoodAnswers(host, 2);
        }
    }

    @Test
    void theNetworkThePluginWasNotGivenIsRefused() throws IOException {
        String phone = """
                import urllib.request
                def transform(row):
                    return urllib.request.urlopen("http://127.0.0.1:9/steal?id=" + str(row["id"])).read()
                """;
        try (PluginHost host = hostWith("phone.py", phone)) {
            HookResult result = failing(host, "phone", HookOutcome.PYTHON_ERROR);
            assertThat(result.error()).hasValueSatisfying(e -> assertThat(e).contains("URLError", "refused by the network policy"));
            assertGoodAnswers(host, 2);
        }
    }

    @Test
    void aValueJsonCannotCarryIsReported() throws IOException {
        try (PluginHost host = hostWith("odd.py", "def transform(row):\n    return {1, 2}\n")) {
            HookResult result = failing(host, "odd", HookOutcome.RETURN_NOT_JSON);
            assertThat(result.error()).hasValueSatisfying(e -> assertThat(e).contains("set"));
            assertGoodAnswers(host, 2);
        }
    }

    @Test
    void sysExitIsReported() throws IOException {
        try (PluginHost host = hostWith("quits.py", "import sys\ndef transform(row):\n    sys.exit(3)\n")) {
            HookResult result = failing(host, "quits", HookOutcome.EXIT);
            assertThat(result.error()).hasValueSatisfying(e -> assertThat(e).endsWith("sys.exit(3)"));
            assertGoodAnswers(host, 2);
        }
    }

    @Test
    void missingHooksAndPluginsAreResultsNotExceptions() throws IOException {
        write("good.py", GOOD);
        try (PluginHost host = PluginHost.builder().directory(dir).build()) {
            assertThat(host.call("greeter", "_helper").outcome()).isEqualTo(HookOutcome.NO_SUCH_HOOK);
            assertThat(host.call("greeter", "calls").outcome()).isEqualTo(HookOutcome.NO_SUCH_HOOK);
            assertThat(host.call("greeter", "transform(1); import os").outcome()).isEqualTo(HookOutcome.NO_SUCH_HOOK);
            assertThat(host.call("nobody", "transform").outcome()).isEqualTo(HookOutcome.NO_SUCH_PLUGIN);
            assertThat(host.callAll("nothing")).isEmpty();
            assertThatThrownBy(() -> host.call("greeter", "transform", new Object()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertGoodAnswers(host, 1);
        }
    }

    @Test
    void aBadPluginDictAndADuplicateNameAreLoadErrors() throws IOException {
        write("a.py", "PLUGIN = {'name': 'same'}\ndef transform(row):\n    return 'a'\n");
        write("b.py", "PLUGIN = {'name': 'same'}\ndef transform(row):\n    return 'b'\n");
        write("c.py", "PLUGIN = ['not', 'a', 'dict']\n");
        write("d.py", "PLUGIN = {'name': 42}\n");
        write("notes.txt", "not a plugin");
        try (PluginHost host = PluginHost.builder().directory(dir).build()) {
            assertThat(host.plugins()).extracting(PluginInfo::file).containsExactlyInAnyOrder("a.py", "b.py", "c.py", "d.py");
            assertThat(host.plugins()).extracting(PluginInfo::name).containsExactly("b", "c", "d", "same");
            assertThat(host.plugins().get(0).loadError()).contains("the name 'same' is already used by a.py");
            assertThat(host.plugins().get(1).loadError()).hasValueSatisfying(e -> assertThat(e).startsWith("PLUGIN must be a dict"));
            assertThat(host.plugins().get(2).loadError()).contains("PLUGIN['name'] must be a non-empty str");
            assertThat(host.call("same", "transform", 1).value()).contains("a");
        }
    }

    @Test
    void aPluginShadowingBuiltinsOrTheHostsNamesIsListedCorrectly() throws IOException {
        String shadow = """
                def sorted(items):
                    raise RuntimeError("not the builtin")

                callable = None
                _plugin_host_args = "mine"
                transform = "not a function any more"

                def transform_row(row):
                    return [globals()["_plugin_host_args"] == "mine", row]

                def callable_hook():
                    return 1
                """;
        try (PluginHost host = hostWith("shadow.py", shadow)) {
            PluginInfo info = host.plugins().stream().filter(p -> p.file().equals("shadow.py")).findFirst().orElseThrow();
            assertThat(info.loadError()).isEmpty();
            assertThat(info.hooks()).containsExactly("callable_hook", "sorted", "transform_row");
            assertThat(host.call("shadow", "transform_row", 5).value()).contains(List.of(false, 5));
            assertThat(host.call("shadow", "transform", ROW).outcome()).isEqualTo(HookOutcome.NO_SUCH_HOOK);
            assertGoodAnswers(host, 1);
        }
    }

    @Test
    void badSettingsForOnePluginFailThatPluginOnly() throws IOException {
        write("good.py", GOOD);
        write("mounted.py", "def transform(row):\n    return row\n");
        try (PluginHost host = PluginHost.builder().directory(dir)
                .plugin("mounted.py", s -> s.readOnlyDirectory(dir.resolve("missing"), "data"))
                .build()) {
            assertThat(host.plugins().get(1).loadError()).hasValueSatisfying(e -> assertThat(e).contains("guest path must be absolute"));
            assertGoodAnswers(host, 1);
        }
        assertThatThrownBy(() -> PluginHost.builder().directory(dir.resolve("nope")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> PluginHost.builder().build()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void perPluginHostFunctionsAndMountsReachOnlyThatPlugin() throws IOException {
        Path data = Files.createDirectory(dir.resolve("data"));
        Files.writeString(data.resolve("rate.txt"), "3");
        Path plugins = Files.createDirectory(dir.resolve("plugins"));
        Files.writeString(plugins.resolve("priced.py"),
                "def transform(row):\n    return price(row['id']) * int(open('/data/rate.txt').read())\n");
        Files.writeString(plugins.resolve("plain.py"),
                "def transform(row):\n    return price(row['id'])\n");
        try (PluginHost host = PluginHost.builder().directory(plugins)
                .plugin("priced.py", s -> s.hostFunction("price", (args, kwargs) -> ((Integer) args.get(0)) * 10)
                        .readOnlyDirectory(data, "/data"))
                .build()) {
            Map<String, HookResult> results = host.callAll("transform", ROW);
            assertThat(results.get("priced").value()).contains(210);
            assertThat(results.get("plain").pythonError().orElseThrow().type()).isEqualTo("NameError");
        }
    }

    @Test
    void reloadPicksUpChangedNewAndRemovedFilesAndKeepsTheOthersState() throws IOException {
        write("good.py", GOOD);
        write("version.py", "def transform(row):\n    return 1\n");
        write("gone.py", "def transform(row):\n    return 'gone'\n");
        try (PluginHost host = PluginHost.builder().directory(dir).build()) {
            assertGoodAnswers(host, 1);
            assertThat(host.call("version", "transform", ROW).value()).contains(1);
            assertThat(host.reload()).isEmpty();

            write("version.py", "def transform(row):\n    return 2\n");
            write("added.py", "def transform(row):\n    return 'new'\n");
            Files.delete(dir.resolve("gone.py"));
            assertThat(host.reload()).containsExactly("added.py", "gone.py", "version.py");

            assertThat(host.plugins()).extracting(PluginInfo::name).containsExactly("added", "greeter", "version");
            assertThat(host.call("version", "transform", ROW).value()).contains(2);
            assertThat(host.call("added", "transform", ROW).value()).contains("new");
            assertThat(host.call("gone", "transform", ROW).outcome()).isEqualTo(HookOutcome.NO_SUCH_PLUGIN);
            assertGoodAnswers(host, 2);

            write("version.py", "def transform(row)\n");
            host.reload();
            assertThat(host.call("version", "transform", ROW).outcome()).isEqualTo(HookOutcome.NOT_LOADED);
            write("version.py", "def transform(row):\n    return 3\n");
            host.reload();
            assertThat(host.call("version", "transform", ROW).value()).contains(3);
        }
    }

    @Test
    void hotReloadIsOptInAndPicksUpANewFile() throws Exception {
        write("good.py", GOOD);
        try (PluginHost host = PluginHost.builder().directory(dir).hotReload(Duration.ofMillis(50)).build()) {
            write("later.py", "def transform(row):\n    return 'later'\n");
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (host.call("later", "transform", ROW).outcome() == HookOutcome.NO_SUCH_PLUGIN && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(host.call("later", "transform", ROW).value()).contains("later");
        }
        try (PluginHost host = PluginHost.builder().directory(dir).build()) {
            write("unseen.py", "def transform(row):\n    return 'unseen'\n");
            assertThat(host.plugins()).extracting(PluginInfo::file).doesNotContain("unseen.py");
        }
    }

    @Test
    void aClosedHostRefusesCalls() throws IOException {
        write("good.py", GOOD);
        PluginHost host = PluginHost.builder().directory(dir).build();
        host.close();
        host.close();
        assertThatThrownBy(() -> host.call("greeter", "transform", ROW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(host::plugins).isInstanceOf(IllegalStateException.class);
    }
}

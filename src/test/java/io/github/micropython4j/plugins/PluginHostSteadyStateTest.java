package io.github.micropython4j.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micropython4j.testing.LiveThreads;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A host whose plugins fail in every way, round after round, keeps its thread count and heap flat. */
class PluginHostSteadyStateTest {

    @Test
    void threadsAndHeapStayFlatOverAHundredRoundsOfFailingPlugins(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("good.py"), "def transform(row):\n    return row['n'] + 1\n");
        Files.writeString(dir.resolve("loop.py"), "def transform(row):\n    while True:\n        pass\n");
        Files.writeString(dir.resolve("memory.py"),
                "def transform(row):\n    hoard = []\n    while True:\n        hoard.append('x' * 10000)\n");
        Files.writeString(dir.resolve("raises.py"), "def transform(row):\n    raise KeyError(row['n'])\n");
        Files.writeString(dir.resolve("odd.py"), "def transform(row):\n    return object()\n");
        Files.writeString(dir.resolve("broken.py"), "def transform(row):\nreturn 1\n");
        try (PluginHost host = PluginHost.builder().directory(dir)
                .defaults(s -> s.fuelLimit(1_000_000).memoryLimit(4L << 20))
                .build()) {
            for (int round = 0; round < 5; round++) {
                assertRound(host, round);
            }
            int threadsBefore = LiveThreads.apartFromPools();
            long heapBefore = usedHeapAfterGc();
            for (int round = 5; round < 105; round++) {
                assertRound(host, round);
            }
            int threadsAfter = LiveThreads.settled(LiveThreads::apartFromPools, threadsBefore);
            long heapAfter = usedHeapAfterGc();

            assertThat(threadsAfter).as("live threads apart from the pools").isLessThanOrEqualTo(threadsBefore);
            // The pool's guest threads vary with timing (see LiveThreads); they must not grow with the rounds.
            assertThat(LiveThreads.pooledGuests()).as("pooled guest threads").isLessThanOrEqualTo(8);
            assertThat(heapAfter - heapBefore).as("heap growth in bytes").isLessThan(32L << 20);
        }
    }

    private static void assertRound(PluginHost host, int round) {
        Map<String, HookResult> results = host.callAll("transform", Map.of("n", round));
        assertThat(results).containsOnlyKeys("good", "loop", "memory", "raises", "odd");
        assertThat(results.get("good").value()).contains(round + 1);
        assertThat(results.get("loop").outcome()).isEqualTo(HookOutcome.FUEL_EXHAUSTED);
        assertThat(results.get("memory").outcome()).isIn(HookOutcome.MEMORY_LIMIT);
        assertThat(results.get("raises").pythonError().orElseThrow().type()).isEqualTo("KeyError");
        assertThat(results.get("odd").outcome()).isEqualTo(HookOutcome.RETURN_NOT_JSON);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}

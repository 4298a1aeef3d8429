package io.github.micropython4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micropython4j.testing.LiveThreads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile suite: every script under src/test/resources/python/hostile ends with the outcome
 * given here, inside the limits, and the same session keeps its state and runs on. Fuel is
 * deterministic, so each script has exactly one expected outcome.
 */
@Timeout(value = 40, unit = TimeUnit.MINUTES)
class HostileScriptsTest {
    private static final Path HOSTILE = Path.of("src/test/resources/python/hostile");
    /** Generous: fuel, not the clock, must stop the CPU-bound scripts. */
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    /** For the one script that sleeps: fuel does not stop a sleeping guest, the clock does. */
    private static final Duration SLEEP_TIMEOUT = Duration.ofMillis(300);
    private static final String SLEEPER = "sleep_forever";
    private static final String FORGET_ALL_BUT_MARKER = String.join("\n",
            "for k in [k for k in globals() if k not in ('__name__', 'marker')]:",
            "    del globals()[k]",
            "del k",
            "import gc",
            "gc.collect()",
            "del gc");
    private static final long OUTPUT_LIMIT = 16 * 1024;

    /** Script name to the outcome it must end with; every script in the folder must be listed. */
    private static final Map<String, Expected> EXPECTED = Map.ofEntries(
            Map.entry("while_true", Expected.of(Outcome.FUEL_EXHAUSTED)),
            Map.entry("string_growth", Expected.of(Outcome.FUEL_EXHAUSTED)),
            Map.entry("except_baseexception_loop", Expected.of(Outcome.FUEL_EXHAUSTED)),
            Map.entry("finally_loop", Expected.of(Outcome.FUEL_EXHAUSTED)),
            Map.entry("sum_range_fuel", Expected.of(Outcome.FUEL_EXHAUSTED)),
            // The merge sort takes a reverse-sorted list as one run: linear, within the fuel.
            Map.entry("sort_quadratic", Expected.of(Outcome.OK)),
            Map.entry("sort_many_runs", Expected.of(Outcome.FUEL_EXHAUSTED)),
            Map.entry("dict_hash_flood", Expected.of(Outcome.FUEL_EXHAUSTED)),
            Map.entry("join_loop", Expected.of(Outcome.FUEL_EXHAUSTED)),
            Map.entry("bulk_copy", Expected.of(Outcome.FUEL_EXHAUSTED)),
            Map.entry("branchless_recursion", Expected.of(Outcome.FUEL_EXHAUSTED)),
            Map.entry("continue_through_finally", Expected.of(Outcome.FUEL_EXHAUSTED)),
            Map.entry("generator_straight_line", Expected.of(Outcome.FUEL_EXHAUSTED)),
            Map.entry("raise_after_straight_line", Expected.of(Outcome.FUEL_EXHAUSTED)),
            // range() takes machine-word ints: 10**10 is an OverflowError on wasm32.
            Map.entry("sum_huge_range", Expected.error("OverflowError")),
            Map.entry("sorted_huge", Expected.error(Outcome.MEMORY_LIMIT, "MemoryError")),
            Map.entry("bytearray_huge", Expected.error(Outcome.MEMORY_LIMIT, "MemoryError")),
            // str * int takes a machine word: 2**31 does not fit on wasm32.
            Map.entry("str_mult_huge", Expected.error("OverflowError")),
            Map.entry("list_mult_huge", Expected.error(Outcome.MEMORY_LIMIT, "MemoryError")),
            Map.entry("list_mult_overflow", Expected.error(Outcome.MEMORY_LIMIT, "MemoryError")),
            Map.entry("deep_recursion", Expected.error("RecursionError")),
            Map.entry("re_catastrophic", Expected.of(Outcome.FUEL_EXHAUSTED)),
            Map.entry("re_huge_backtracking", Expected.error(Outcome.MEMORY_LIMIT, "MemoryError")),
            Map.entry("print_flood", Expected.of(Outcome.OUTPUT_LIMIT)),
            Map.entry("sleep_forever", Expected.of(Outcome.TIMEOUT)),
            Map.entry("host_payload_huge", Expected.error("ValueError")),
            Map.entry("host_calls_many", Expected.error("RuntimeError")),
            // A subclass of a native stream type is not a stream (patches/0083).
            Map.entry("native_stream_subclass", Expected.error("OSError")),
            // metaclasses and class creation (patches 0090-0092)
            Map.entry("metaclass_call_recursion", Expected.error("RecursionError")),
            Map.entry("instancecheck_recursion", Expected.error("RecursionError")),
            Map.entry("class_creation_loop", Expected.of(Outcome.FUEL_EXHAUSTED)),
            Map.entry("type_new_misuse", Expected.error("TypeError")),
            // C3 method resolution order (patch 0150): a metered merge, an impossible order refused
            Map.entry("class_mro_wide_merge", Expected.of(Outcome.FUEL_EXHAUSTED)),
            Map.entry("class_mro_inconsistent", Expected.error("TypeError")));

    private record Expected(Outcome outcome, String errorType) {
        static Expected of(Outcome outcome) {
            return new Expected(outcome, null);
        }

        static Expected error(String type) {
            return new Expected(Outcome.PYTHON_ERROR, type);
        }

        static Expected error(Outcome outcome, String type) {
            return new Expected(outcome, type);
        }
    }

    private static final long FUEL_LIMIT = 5_000_000;
    /** What a stopping guest may use beyond its budget to reach a safe point (FuelAccount.OVERDRAFT). */
    private static final long OVERDRAFT = 20_000_000;

    static MicroPythonSession hostileSession(Duration timeout) {
        return MicroPythonSession.builder()
                .fuelLimit(FUEL_LIMIT)
                .timeout(timeout)
                .outputLimit(OUTPUT_LIMIT)
                .memoryLimit(16 << 20)
                .hostFunction("echo", (args, kwargs) -> args.get(0))
                .hostPayloadLimit(64 * 1024)
                .maxHostCallsPerRun(1_000)
                .build();
    }

    static Map<String, String> hostileScripts() {
        try (Stream<Path> files = Files.list(HOSTILE)) {
            Map<String, String> scripts = new TreeMap<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".py")).collect(Collectors.toList())) {
                String name = file.getFileName().toString().replace(".py", "");
                scripts.put(name, Files.readString(file, StandardCharsets.UTF_8));
            }
            return scripts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> scriptNames() {
        return List.copyOf(hostileScripts().keySet());
    }

    @Test
    void everyScriptHasAnExpectedOutcome() {
        assertThat(hostileScripts().keySet()).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scriptNames")
    void endsAsExpectedAndTheSessionKeepsItsState(String name) {
        try (MicroPythonSession session = hostileSession(name.equals(SLEEPER) ? SLEEP_TIMEOUT : TIMEOUT)) {
            session.run("marker = 40 + 2");

            RunResult result = session.run(hostileScripts().get(name));

            assertEnded(name, result);
            RunResult after = session.run("print(1 + 1, marker)");
            assertThat(after.outcome()).as(after.toString()).isEqualTo(Outcome.OK);
            assertThat(after.stdout()).isEqualTo("2 42\n");
        }
    }

    /**
     * The soak: 100 rounds when {@code MICROPYTHON4J_SOAK} is set (CI sets it; about 10 minutes on
     * 2 cores), 20 rounds otherwise. Either way 10 rounds warm up before the counts are taken.
     */
    private static final int SOAK_ROUNDS = System.getenv("MICROPYTHON4J_SOAK") != null ? 100 : 20;
    private static final int WARM_UP_ROUNDS = 10;

    @Test
    void theSuiteHundredTimesLeavesHeapAndThreadsFlat() throws Exception {
        Map<String, String> scripts = hostileScripts();
        int threadsBefore = 0;
        long heapAfterWarmUp = 0;
        for (int round = 1; round <= SOAK_ROUNDS; round++) {
            try (MicroPythonSession session = hostileSession(TIMEOUT);
                    MicroPythonSession sleeper = hostileSession(SLEEP_TIMEOUT)) {
                session.run("marker = 40 + 2");
                for (Map.Entry<String, String> script : scripts.entrySet()) {
                    MicroPythonSession runsIt = script.getKey().equals(SLEEPER) ? sleeper : session;
                    assertEnded(script.getKey(), runsIt.run(script.getValue()));
                    // Each script starts from the same state, as in its own session.
                    session.run(FORGET_ALL_BUT_MARKER);
                }
                assertThat(session.run("print(1 + 1, marker)").stdout()).isEqualTo("2 42\n");
                assertThat(sleeper.run("print(1 + 1)").stdout()).isEqualTo("2\n");
            }
            if (round == WARM_UP_ROUNDS) {
                threadsBefore = LiveThreads.apartFromPools();
                heapAfterWarmUp = usedHeapAfterGc();
            }
        }

        assertThat(LiveThreads.settled(LiveThreads::apartFromPools, threadsBefore)).isLessThanOrEqualTo(threadsBefore);
        assertThat(LiveThreads.runningGuests()).isZero();
        // Guest threads are pooled for a while after a run (GuestThreads), so their number varies
        // with timing (a run stopped by its timeout may still be unwinding as the next starts);
        // it must stay small however many rounds ran, not grow with them.
        assertThat(LiveThreads.pooledGuests()).isLessThanOrEqualTo(8);
        // The rounds after the warm-up, a run per script, every one with 16 MiB of guest memory: nothing may pile up.
        assertThat(usedHeapAfterGc()).isLessThan(heapAfterWarmUp + (32L << 20));
    }

    private static void assertEnded(String name, RunResult result) {
        Expected expected = EXPECTED.get(name);
        assertThat(result.outcome()).as(name + ": " + result).isEqualTo(expected.outcome());
        assertThat(result.sessionReset()).as(name + ": " + result).isFalse();
        if (expected.errorType() != null) {
            assertThat(result.error()).as(name + ": " + result)
                    .hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(expected.errorType()));
        }
        // Fuel, not the clock, ended every CPU-bound script, and only the sleeper used no fuel to speak of.
        assertThat(result.fuelUsed()).as(name + ": " + result).isPresent();
        assertThat(result.fuelUsed().getAsLong()).as(name + ": " + result).isLessThanOrEqualTo(FUEL_LIMIT + OVERDRAFT);
        assertThat((long) result.stdout().length() + result.stderr().length())
                .as(name).isLessThanOrEqualTo(OUTPUT_LIMIT + 100);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}

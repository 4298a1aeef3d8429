package io.github.micropython4j.bench;

import io.github.micropython4j.MicroPythonSession;
import io.github.micropython4j.Outcome;
import io.github.micropython4j.RunResult;
import io.github.micropython4j.SessionSnapshot;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What sessions cost, through the public API only; driven by {@code bench/run-session-bench.sh}.
 * Each mode prints machine-readable lines {@code SBENCH name=... key=value...}; times are
 * medians (and minima) of several batches, in microseconds unless named otherwise.
 *
 * <pre>
 * java -cp ... io.github.micropython4j.bench.SessionBenchmark first     # in a fresh JVM: first session + print("hi")
 * java -cp ... io.github.micropython4j.bench.SessionBenchmark warm [--no-snapshot] # new session + first run, x += 1, host call, snapshot
 * java -cp ... io.github.micropython4j.bench.SessionBenchmark idle 1000 # heap, RSS and threads of 1,000 idle sessions
 * </pre>
 *
 * <p>It uses only API that older builds have, except for the snapshot figures, so the same
 * compiled class can measure an earlier build for comparison ({@code --no-snapshot}).
 */
public final class SessionBenchmark {
    private static final int BATCHES = 7;

    private SessionBenchmark() {}

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "first":
                first();
                break;
            case "warm":
                warm(args.length < 2 || !args[1].equals("--no-snapshot"));
                break;
            case "idle":
                idle(Integer.parseInt(args[1]));
                break;
            default:
                System.err.println("usage: SessionBenchmark first | warm [--no-snapshot] | idle COUNT");
                System.exit(2);
        }
        System.exit(0);
    }

    /** The first session of a fresh JVM and its first run: from JVM start, and from the first API call. */
    private static void first() {
        long apiStart = System.nanoTime();
        try (MicroPythonSession session = MicroPythonSession.builder().build()) {
            RunResult result = check(session.run("print(\"hi\")"));
            long apiMicros = (System.nanoTime() - apiStart) / 1000;
            long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.printf(Locale.ROOT, "SBENCH name=first_session api_ms=%.1f since_jvm_start_ms=%d stdout=%s%n",
                    apiMicros / 1000.0, sinceJvmStart, result.stdout().strip());
        }
    }

    /** @param snapshots also the snapshot figures (a build without {@code SessionSnapshot} has none) */
    private static void warm(boolean snapshots) {
        // new session + first run; the compiled module's code takes hundreds of sessions to be JIT-compiled
        report("new_session_first_run", 500, 100, () -> {
            try (MicroPythonSession session = MicroPythonSession.builder().build()) {
                check(session.run("x = 1"));
            }
        });
        // x += 1 round trip
        try (MicroPythonSession session = MicroPythonSession.builder().build()) {
            check(session.run("x = 0"));
            report("run_x_plus_1", 2000, 2000, () -> session.run("x += 1"));
            // code the session has not run before (x += 1, x += 2, ...): no compiled code to reuse
            int[] next = {1};
            report("run_new_code", 2000, 2000, () -> session.run("x += " + next[0]++));
        }
        // host call round trip: a Python loop calling a host function, less the same loop calling a Python function
        int calls = 2000;
        try (MicroPythonSession session = MicroPythonSession.builder()
                .hostFunction("echo", (args, kwargs) -> args.get(0))
                .maxHostCallsPerRun(calls)
                .build()) {
            check(session.run("def py_echo(v):\n    return v"));
            String hostLoop = "for i in range(" + calls + "):\n    echo(i)";
            String pythonLoop = "for i in range(" + calls + "):\n    py_echo(i)";
            // warm (the figures are for a warm JVM): 100,000 calls each, until the JIT
            // has compiled the host-call path (JSON both ways); 5 batches left it at 2-3x the time
            for (int i = 0; i < 50; i++) {
                check(session.run(hostLoop));
                check(session.run(pythonLoop));
            }
            // host and Python loops in turns, so that both see the same load; the figure is the median of the per-pair differences
            int pairs = 15;
            double[] extra = new double[pairs];
            double[] python = new double[pairs];
            for (int p = 0; p < pairs; p++) {
                long start = System.nanoTime();
                check(session.run(hostLoop));
                long middle = System.nanoTime();
                check(session.run(pythonLoop));
                long end = System.nanoTime();
                python[p] = (end - middle) / 1000.0 / calls;
                extra[p] = (middle - start) / 1000.0 / calls - python[p];
            }
            System.out.printf(Locale.ROOT, "SBENCH name=host_call median_us=%.2f min_us=%.2f loop_with_python_call_us=%.2f"
                    + " pairs=%d calls_per_batch=%d%n", median(extra), min(extra), median(python), pairs, calls);
        }
        if (snapshots) {
            snapshotFigures();
        }
    }

    /** Snapshot size, time to take it, to bytes, from bytes, and a restored session's first run. */
    private static void snapshotFigures() {
        try (MicroPythonSession session = MicroPythonSession.builder().build()) {
            check(session.run("import json, re\n"
                    + "data = {str(k): list(range(k % 20)) for k in range(2000)}\n"
                    + "def total():\n    return sum(len(v) for v in data.values())"));
            SessionSnapshot snapshot = session.snapshot();
            byte[] bytes = snapshot.toBytes();
            report("snapshot_take", 20, 50, session::snapshot);
            report("snapshot_to_bytes", 5, 10, snapshot::toBytes);
            report("snapshot_from_bytes", 5, 10, () -> SessionSnapshot.fromBytes(bytes));
            report("restore_first_run", 200, 50, () -> {
                try (MicroPythonSession restored = MicroPythonSession.builder().restore(snapshot).build()) {
                    check(restored.run("x = 1"));
                }
            });
            System.out.printf(Locale.ROOT, "SBENCH name=snapshot_size bytes=%d memory_bytes=%d%n",
                    bytes.length, snapshot.memoryBytes());
        }
    }

    /** {@code count} sessions, each after one run, all idle: what they hold. */
    private static void idle(int count) throws IOException, InterruptedException {
        try (MicroPythonSession warmUp = MicroPythonSession.builder().build()) {
            check(warmUp.run("x = 1"));
        }
        Thread.sleep(200);
        long heapBefore = usedHeapAfterGc();
        long rssBefore = rssBytes();
        int threadsBefore = Thread.activeCount();
        List<MicroPythonSession> sessions = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            MicroPythonSession session = MicroPythonSession.builder().build();
            sessions.add(session);
            check(session.run("x = " + i + "\ndef f(n):\n    return n + x"));
        }
        long createMillis = (System.nanoTime() - start) / 1_000_000;
        Thread.sleep(500);
        long heapAfter = usedHeapAfterGc();
        long rssAfter = rssBytes();
        int threadsAfter = Thread.activeCount();
        System.out.printf(Locale.ROOT, "SBENCH name=idle_sessions count=%d heap_per_session_kib=%.1f rss_total_mib=%.1f"
                + " rss_per_session_kib=%.1f rss_before_mib=%.1f threads_before=%d threads_after=%d create_and_run_ms=%d%n",
                count, (heapAfter - heapBefore) / 1024.0 / count, rssAfter / 1048576.0,
                (rssAfter - rssBefore) / 1024.0 / count, rssBefore / 1048576.0, threadsBefore, threadsAfter, createMillis);
        for (int i = 0; i < count; i += Math.max(1, count / 10)) { // still there, each its own
            String out = sessions.get(i).run("print(f(1))").stdout().strip();
            if (!out.equals(String.valueOf(i + 1))) {
                throw new IllegalStateException("session " + i + " printed " + out);
            }
        }
        sessions.forEach(MicroPythonSession::close);
    }

    private static RunResult check(RunResult result) {
        if (result.outcome() != Outcome.OK) {
            throw new IllegalStateException("benchmark run failed: " + result);
        }
        return result;
    }

    private static void report(String name, int warmup, int perBatch, Runnable action) {
        double[] micros = batches(warmup, perBatch, action);
        System.out.printf(Locale.ROOT, "SBENCH name=%s median_us=%.2f min_us=%.2f batches=%d per_batch=%d%n",
                name, median(micros), min(micros), micros.length, perBatch);
    }

    /** Per-action microseconds of {@link #BATCHES} batches of {@code perBatch} actions, after {@code warmup} untimed ones. */
    private static double[] batches(int warmup, int perBatch, Runnable action) {
        for (int i = 0; i < warmup; i++) {
            action.run();
        }
        double[] micros = new double[BATCHES];
        for (int b = 0; b < BATCHES; b++) {
            long start = System.nanoTime();
            for (int i = 0; i < perBatch; i++) {
                action.run();
            }
            micros[b] = (System.nanoTime() - start) / 1000.0 / perBatch;
        }
        return micros;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long rssBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        return -1;
    }
}

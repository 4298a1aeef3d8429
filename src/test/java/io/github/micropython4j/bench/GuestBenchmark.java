package io.github.micropython4j.bench;

import io.github.micropython4j.MicroPythonSession;
import io.github.micropython4j.RunResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Times Python scripts in the sandbox through the public API only; driven by
 * {@code bench/run-bench.sh}.
 *
 * <pre>
 * java -cp ... io.github.micropython4j.bench.GuestBenchmark [--warmup 2] [--runs 5] [--label x] script.py...
 * </pre>
 *
 * <p>For each script: one fresh session (generous timeout), {@code warmup} untimed runs, then
 * {@code runs} timed runs of {@code session.run(script)}, measured by wall clock around the call.
 * The session has the library's default limits except the timeout (10 minutes), the fuel
 * (practically unlimited) and, with {@code --memory-mib}, the memory limit.
 * Each script prints one machine-readable line on stdout:
 *
 * <pre>
 * BENCH label=default name=fib min_ms=512.3 median_ms=520.9 runs_ms=512.3,515.0,... fuel=8123456 result=196418
 * </pre>
 *
 * <p>{@code fuel} is the fuel the last run used ({@code n/a} if not reported), {@code result} the
 * last line the script printed on its last run. A run that does not end
 * with {@code OK} prints {@code BENCH_FAIL name=... outcome=...} and the exit status is 1.
 */
public final class GuestBenchmark {
    /** Enough for any benchmark: the runs are timed, not limited. */
    private static final long FUEL = 1L << 60;
    /** Generous: the runs are timed, not limited. */
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private GuestBenchmark() {}

    public static void main(String[] args) throws IOException {
        int warmup = 2;
        int runs = 5;
        String label = "sandbox";
        long memoryMib = 0; // 0: the library's default limit
        List<Path> scripts = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warmup":
                    warmup = Integer.parseInt(args[++i]);
                    break;
                case "--runs":
                    runs = Integer.parseInt(args[++i]);
                    break;
                case "--label":
                    label = args[++i];
                    break;
                case "--memory-mib":
                    memoryMib = Long.parseLong(args[++i]);
                    break;
                default:
                    scripts.add(Path.of(args[i]));
            }
        }
        if (scripts.isEmpty() || runs < 1 || warmup < 0) {
            System.err.println("usage: GuestBenchmark [--warmup N] [--runs N] [--label L] [--memory-mib M] script.py...");
            System.exit(2);
        }
        boolean failed = false;
        for (Path script : scripts) {
            failed |= !bench(label, script, warmup, runs, memoryMib);
        }
        System.exit(failed ? 1 : 0);
    }

    private static boolean bench(String label, Path script, int warmup, int runs, long memoryMib)
            throws IOException {
        String name = script.getFileName().toString().replaceFirst("\\.py$", "");
        String code = Files.readString(script, StandardCharsets.UTF_8);
        double[] timed = new double[runs];
        String lastLine = "";
        String fuel = "n/a";
        MicroPythonSession.Builder builder = MicroPythonSession.builder().timeout(TIMEOUT).fuelLimit(FUEL);
        if (memoryMib > 0) {
            builder.memoryLimit(memoryMib * 1024 * 1024);
        }
        try (MicroPythonSession session = builder.build()) {
            for (int i = 0; i < warmup + runs; i++) {
                long start = System.nanoTime();
                RunResult result = session.run(code);
                long end = System.nanoTime();
                if (!result.isOk()) {
                    System.out.printf(Locale.ROOT, "BENCH_FAIL label=%s name=%s run=%d outcome=%s detail=%s%n",
                            label, name, i, result.outcome(), result);
                    System.err.print(result.stderr());
                    return false;
                }
                lastLine = lastLine(result.stdout());
                fuel = fuelText(result);
                if (i >= warmup) {
                    timed[i - warmup] = (end - start) / 1e6;
                }
                System.err.printf(Locale.ROOT, "  %s %s run %d%s: %.1f ms%n",
                        label, name, i + 1, i < warmup ? " (warm-up)" : "", (end - start) / 1e6);
            }
        }
        double[] sorted = timed.clone();
        Arrays.sort(sorted);
        double median = runs % 2 == 1
                ? sorted[runs / 2]
                : (sorted[runs / 2 - 1] + sorted[runs / 2]) / 2;
        StringBuilder all = new StringBuilder();
        for (double t : timed) {
            all.append(all.length() == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.1f", t));
        }
        System.out.printf(Locale.ROOT, "BENCH label=%s name=%s min_ms=%.1f median_ms=%.1f runs_ms=%s fuel=%s result=%s%n",
                label, name, sorted[0], median, all, fuel, lastLine);
        return true;
    }

    /**
     * A session for {@link PairedBenchmark}, which loads this class once per build under test:
     * each call of the returned task runs {@code code} once in the same session and returns the
     * last line it printed and the fuel it used, {@code "line fuel"}. The session lives until the
     * JVM exits. Only JDK types cross the class loaders.
     */
    public static Callable<String> openRunner(String code) {
        MicroPythonSession session = MicroPythonSession.builder().timeout(TIMEOUT).fuelLimit(FUEL).build();
        return () -> {
            RunResult result = session.run(code);
            if (!result.isOk()) {
                throw new IllegalStateException("run failed: " + result + "\n" + result.stderr());
            }
            return lastLine(result.stdout()) + " " + fuelText(result);
        };
    }

    private static String fuelText(RunResult result) {
        return result.fuelUsed().isPresent() ? Long.toString(result.fuelUsed().getAsLong()) : "n/a";
    }

    private static String lastLine(String stdout) {
        String trimmed = stdout.strip();
        int newline = trimmed.lastIndexOf('\n');
        return (newline < 0 ? trimmed : trimmed.substring(newline + 1)).replace(' ', '_');
    }
}

package io.github.micropython4j.bench;

import io.github.micropython4j.MicroPythonSession;
import io.github.micropython4j.Outcome;
import io.github.micropython4j.RunResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Throughput of concurrent sessions, through the public API only; driven by
 * {@code bench/run-session-bench.sh}. For each thread count (1, 2 and 8 unless given), that
 * many threads each own a session and run the same CPU-bound script {@code RUNS} times after
 * {@code WARMUP} untimed runs, all starting together. Prints
 * {@code SBENCH name=concurrent threads=N runs_per_s=... run_ms_median=... fuel_per_run=...}:
 * runs finished per second of wall clock by all threads together, and the median time of one
 * run. On a machine with C cores, throughput should grow up to C threads and stay flat beyond.
 *
 * <pre>
 * java -cp ... io.github.micropython4j.bench.ConcurrencyBenchmark [THREADS...]
 * </pre>
 */
public final class ConcurrencyBenchmark {
    private static final String SCRIPT = "total = 0\nfor i in range(20000):\n    total += i * i % 7\n";
    private static final int WARMUP = 5;
    private static final int RUNS = 20;

    private ConcurrencyBenchmark() {}

    public static void main(String[] args) throws Exception {
        int[] threadCounts = args.length == 0
                ? new int[] {1, 2, 8}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        for (int threads : threadCounts) {
            measure(threads);
        }
        System.exit(0);
    }

    private static void measure(int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch warmedUp = new CountDownLatch(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<double[]>> results = new ArrayList<>();
        long[] fuel = new long[1];
        for (int t = 0; t < threads; t++) {
            results.add(pool.submit(() -> {
                try (MicroPythonSession session = MicroPythonSession.builder().build()) {
                    for (int i = 0; i < WARMUP; i++) {
                        check(session.run(SCRIPT));
                    }
                    warmedUp.countDown();
                    start.await();
                    double[] runMillis = new double[RUNS];
                    for (int i = 0; i < RUNS; i++) {
                        long begin = System.nanoTime();
                        RunResult result = check(session.run(SCRIPT));
                        runMillis[i] = (System.nanoTime() - begin) / 1e6;
                        fuel[0] = result.fuelUsed().orElse(-1);
                    }
                    return runMillis;
                }
            }));
        }
        warmedUp.await();
        long begin = System.nanoTime();
        start.countDown();
        List<Double> all = new ArrayList<>();
        for (Future<double[]> result : results) {
            for (double millis : result.get()) {
                all.add(millis);
            }
        }
        double wallSeconds = (System.nanoTime() - begin) / 1e9;
        pool.shutdown();
        all.sort(null);
        double median = all.get(all.size() / 2);
        System.out.printf(Locale.ROOT, "SBENCH name=concurrent threads=%d runs_per_s=%.1f run_ms_median=%.2f fuel_per_run=%d%n",
                threads, threads * RUNS / wallSeconds, median, fuel[0]);
    }

    private static RunResult check(RunResult result) {
        if (result.outcome() != Outcome.OK) {
            throw new IllegalStateException("benchmark script failed: " + result);
        }
        return result;
    }
}

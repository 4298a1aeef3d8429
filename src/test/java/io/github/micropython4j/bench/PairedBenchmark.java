package io.github.micropython4j.bench;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * Compares two builds of the library side by side in one JVM, for a difference smaller than the
 * machine's noise: the cost of the fuel meter. Driven by {@code bench/run-bench.sh}.
 *
 * <pre>
 * java -cp test-classes io.github.micropython4j.bench.PairedBenchmark \
 *     --base unmetered=CLASSPATH --test default=CLASSPATH [--warmup 3] [--pairs 10] script.py...
 * </pre>
 *
 * <p>Each build is loaded by a class loader of its own from its class path (classes, test
 * classes and dependencies), and each script gets one session per build
 * ({@link GuestBenchmark#openRunner}). After {@code warmup} untimed runs on each, the two
 * sessions run the script in turns, {@code pairs} times each, alternating which goes first.
 * A slow moment of the machine then slows both runs of a pair, and the median of the per-pair
 * ratios test/base is a steady estimate of the difference where the times of separate JVMs
 * varied by 20% on a 2-core virtual machine. Prints one line per script:
 *
 * <pre>
 * PAIR name=fib base=unmetered test=default base_min_ms=.. base_median_ms=.. test_min_ms=..
 *      test_median_ms=.. ratio_median=1.071 ratio_min=1.052 ratios=1.06,1.09,.. base_result=..
 *      test_result=..
 * </pre>
 *
 * <p>{@code ratio_min} is the ratio of the two minima, {@code ratios} the per-pair ratios (for
 * pooling several JVMs: the code each JVM's JIT makes differs too); results are each build's
 * {@code "last-line fuel"} from its last run. Exits with 1 if a run fails.
 */
public final class PairedBenchmark {
    private static final String RUNNER = "io.github.micropython4j.bench.GuestBenchmark";

    private PairedBenchmark() {}

    private record Build(String label, Callable<String> runner) {}

    public static void main(String[] args) throws Exception {
        String[] base = null;
        String[] test = null;
        int warmup = 3;
        int pairs = 10;
        List<Path> scripts = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--base" -> base = args[++i].split("=", 2);
                case "--test" -> test = args[++i].split("=", 2);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--pairs" -> pairs = Integer.parseInt(args[++i]);
                default -> scripts.add(Path.of(args[i]));
            }
        }
        if (base == null || base.length != 2 || test == null || test.length != 2 || scripts.isEmpty()
                || pairs < 1 || warmup < 0) {
            System.err.println("usage: PairedBenchmark --base LABEL=CLASSPATH --test LABEL=CLASSPATH"
                    + " [--warmup N] [--pairs N] script.py...");
            System.exit(2);
        }
        Class<?> baseRunner = loader(base[1]).loadClass(RUNNER);
        Class<?> testRunner = loader(test[1]).loadClass(RUNNER);
        if (baseRunner == testRunner) {
            throw new IllegalStateException("both builds resolved to the same classes");
        }
        for (Path script : scripts) {
            String code = Files.readString(script, StandardCharsets.UTF_8);
            Build b = new Build(base[0], open(baseRunner, code));
            Build t = new Build(test[0], open(testRunner, code));
            compare(script.getFileName().toString().replaceFirst("\\.py$", ""), b, t, warmup, pairs);
        }
        System.exit(0); // the sessions' threads end with the JVM
    }

    private static void compare(String name, Build base, Build test, int warmup, int pairs) throws Exception {
        for (int i = 0; i < warmup; i++) {
            base.runner().call();
            test.runner().call();
        }
        double[] baseMs = new double[pairs];
        double[] testMs = new double[pairs];
        double[] ratios = new double[pairs];
        String[] results = new String[2];
        for (int i = 0; i < pairs; i++) {
            boolean baseFirst = i % 2 == 0;
            if (baseFirst) {
                baseMs[i] = time(base, results, 0);
                testMs[i] = time(test, results, 1);
            } else {
                testMs[i] = time(test, results, 1);
                baseMs[i] = time(base, results, 0);
            }
            ratios[i] = testMs[i] / baseMs[i];
            System.err.printf(Locale.ROOT, "  %s pair %d: %s %.1f ms, %s %.1f ms%n",
                    name, i + 1, base.label(), baseMs[i], test.label(), testMs[i]);
        }
        System.out.printf(Locale.ROOT, "PAIR name=%s base=%s test=%s base_min_ms=%.1f base_median_ms=%.1f"
                        + " test_min_ms=%.1f test_median_ms=%.1f ratio_median=%.4f ratio_min=%.4f"
                        + " ratios=%s base_result=%s test_result=%s%n",
                name, base.label(), test.label(), min(baseMs), median(baseMs), min(testMs), median(testMs),
                median(ratios), min(testMs) / min(baseMs), join(ratios),
                results[0].replace(' ', ':'), results[1].replace(' ', ':'));
    }

    /** Runs the build's script once; returns milliseconds and keeps its result in {@code results[slot]}. */
    private static double time(Build build, String[] results, int slot) throws Exception {
        long start = System.nanoTime();
        results[slot] = build.runner().call();
        return (System.nanoTime() - start) / 1e6;
    }

    @SuppressWarnings("unchecked")
    private static Callable<String> open(Class<?> runner, String code) throws ReflectiveOperationException {
        return (Callable<String>) runner.getMethod("openRunner", String.class).invoke(null, code);
    }

    /** A loader of its own for one build: it shares only the JDK with the other. */
    private static ClassLoader loader(String classPath) throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    private static String join(double[] values) {
        return Arrays.stream(values)
                .mapToObj(v -> String.format(Locale.ROOT, "%.4f", v))
                .collect(Collectors.joining(","));
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}

package io.github.micropython4j.bench;

import io.github.micropython4j.MicroPythonSession;
import io.github.micropython4j.RunResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures how long {@code import X} takes in a fresh session, for each standard-library module
 * issue 14 lists, and writes {@code bench/import-times.md}. Driven by
 * {@code bench/run-import-bench.sh}.
 *
 * <pre>
 * java -cp ... io.github.micropython4j.bench.ImportBenchmark [--warmup 3] [--rounds 15]
 *     [--out bench/import-times.md] [module...]
 * </pre>
 *
 * <p>Each measurement opens a new session and times its first run, {@code import X}, by wall
 * clock around {@code session.run}; the baseline is the same for an empty run ({@code pass}),
 * and a module's import time is the median of its runs minus the median of the baseline's.
 * Rounds interleave the modules, so a slow moment of the machine spreads over all of them;
 * {@code warmup} untimed rounds first let the JIT compile the interpreter. Modules the binary
 * does not have ({@code ImportError}) are listed as missing. The fuel an import uses is
 * deterministic and reported too. The target is under 5 ms per module.
 */
public final class ImportBenchmark {
    /** The modules of issue 14, in its order. */
    static final List<String> ISSUE_14_MODULES = List.of(
            "itertools", "functools", "operator", "collections", "collections.abc", "copy", "bisect",
            "heapq", "datetime", "time", "dataclasses", "enum", "typing", "__future__", "abc", "types",
            "contextlib", "string", "textwrap", "base64", "uuid", "html", "csv", "urllib.parse",
            "pprint", "json", "zlib", "statistics", "math", "random", "fractions", "decimal",
            "os.path", "io", "sys", "re");
    private static final double TARGET_MS = 5.0;
    private static final String BASELINE = "pass";

    private ImportBenchmark() {}

    /** One module's samples: wall-clock milliseconds and fuel of each timed run. */
    private static final class Samples {
        final List<Double> millis = new ArrayList<>();
        long fuel = -1;
        String missing;
    }

    public static void main(String[] args) throws IOException {
        int warmup = 3;
        int rounds = 15;
        Path out = Path.of("bench/import-times.md");
        List<String> modules = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> modules.add(args[i]);
            }
        }
        if (modules.isEmpty()) {
            modules.addAll(ISSUE_14_MODULES);
        }
        if (rounds < 1 || warmup < 0) {
            System.err.println("usage: ImportBenchmark [--warmup N] [--rounds N] [--out file] [module...]");
            System.exit(2);
        }

        String loadBefore = loadAverage();
        long start = System.nanoTime();
        try (MicroPythonSession first = MicroPythonSession.builder().build()) {
            first.run(BASELINE);
        }
        double firstSessionMs = (System.nanoTime() - start) / 1e6;

        Map<String, Samples> results = new LinkedHashMap<>();
        results.put(BASELINE, new Samples());
        for (String module : modules) {
            results.put(module, new Samples());
        }
        for (int round = 0; round < warmup + rounds; round++) {
            boolean timed = round >= warmup;
            for (Map.Entry<String, Samples> entry : results.entrySet()) {
                Samples samples = entry.getValue();
                if (samples.missing != null) {
                    continue;
                }
                String code = entry.getKey().equals(BASELINE) ? BASELINE : "import " + entry.getKey();
                measure(code, samples, timed);
            }
            System.err.printf(Locale.ROOT, "round %d of %d%s%n", round + 1, warmup + rounds, timed ? "" : " (warm-up)");
        }
        String load = loadBefore + " / " + loadAverage();
        String report = report(results, firstSessionMs, warmup, rounds, String.join(" ", args), load);
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.print(report);
    }

    private static void measure(String code, Samples samples, boolean timed) {
        try (MicroPythonSession session = MicroPythonSession.builder().build()) {
            long start = System.nanoTime();
            RunResult result = session.run(code);
            long end = System.nanoTime();
            if (!result.isOk()) {
                String type = result.error().map(e -> e.type()).orElse(result.outcome().toString());
                samples.missing = type + ": " + result.error().map(e -> e.message()).orElse("");
                return;
            }
            if (timed) {
                samples.millis.add((end - start) / 1e6);
                samples.fuel = result.fuelUsed().orElse(-1);
            }
        }
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    private static String report(Map<String, Samples> results, double firstSessionMs, int warmup, int rounds,
            String arguments, String load) throws IOException {
        Samples baseline = results.get(BASELINE);
        double baseMedian = median(baseline.millis);
        StringBuilder table = new StringBuilder();
        List<String> failed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int passed = 0;
        for (Map.Entry<String, Samples> entry : results.entrySet()) {
            String module = entry.getKey();
            Samples samples = entry.getValue();
            if (module.equals(BASELINE)) {
                continue;
            }
            if (samples.missing != null) {
                missing.add("`" + module + "` (" + samples.missing.strip() + ")");
                continue;
            }
            double importMs = median(samples.millis) - baseMedian;
            double min = samples.millis.stream().mapToDouble(Double::doubleValue).min().orElse(0) - baseMedian;
            boolean ok = importMs < TARGET_MS;
            if (ok) {
                passed++;
            } else {
                failed.add(module);
            }
            table.append(String.format(Locale.ROOT, "| `%s` | %.2f | %.2f | %,d | %s |%n", module, importMs, min,
                    samples.fuel - baseline.fuel, ok ? "yes" : "**no**"));
        }
        String wasm = wasmDescription();
        return "# Import times\n\n"
                + "Written by `bench/run-import-bench.sh` (`ImportBenchmark`); do not edit by hand.\n\n"
                + "- date: " + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")) + "\n"
                + "- command: `ImportBenchmark" + (arguments.isEmpty() ? "" : " " + arguments) + "`\n"
                + "- machine: " + Runtime.getRuntime().availableProcessors() + " CPUs, load average before / after: "
                + load + "; java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")\n"
                + "- " + wasm + "\n"
                + String.format(Locale.ROOT, "- first session in the JVM (load, start-up, one empty run): %.0f ms%n", firstSessionMs)
                + String.format(Locale.ROOT, "- baseline, an empty first run of a fresh session: median %.2f ms, fuel %,d%n",
                        baseMedian, baseline.fuel)
                + "\nEach module: " + warmup + " untimed rounds, then " + rounds + " timed rounds; in every round a new "
                + "session per module whose first run is `import X`, rounds interleaving the modules. Import time = "
                + "median of the runs minus the baseline's median (min: fastest run minus the same). Fuel = the import "
                + "run's fuel minus the empty run's (deterministic). Target: under " + TARGET_MS + " ms.\n\n"
                + "| module | import ms (median) | import ms (min) | fuel | under 5 ms |\n"
                + "|---|---|---|---|---|\n"
                + table
                + "\n" + passed + " of " + (passed + failed.size()) + " modules under " + TARGET_MS + " ms"
                + (failed.isEmpty() ? "" : "; over: " + String.join(", ", failed)) + ".\n"
                + (missing.isEmpty() ? "" : "\nNot in this binary: " + String.join(", ", missing) + ".\n");
    }

    private static String wasmDescription() throws IOException {
        try (InputStream in = ImportBenchmark.class.getResourceAsStream("/micropython.wasm")) {
            if (in == null) {
                return "micropython.wasm: not on the class path";
            }
            byte[] bytes = in.readAllBytes();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return String.format(Locale.ROOT, "micropython.wasm: %,d bytes, sha256 %s", bytes.length,
                    HexFormat.of().formatHex(sha.digest(bytes)).substring(0, 16) + "...");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

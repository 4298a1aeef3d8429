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
import java.util.concurrent.TimeUnit;

/**
 * Runs MicroPython's {@code tests/perf_bench} programs in the sandbox and, taking turns with it,
 * in native MicroPython and CPython; driven by {@code bench/perf-bench.sh}.
 *
 * <pre>
 * java -cp ... io.github.micropython4j.bench.PerfBenchmark [--warmup 2] [--rounds 5]
 *     [--native path/to/micropython] [--cpython python3] program.py...
 * </pre>
 *
 * <p>Each program is a complete script as {@code tests/run-perfbench.py} builds it (the benchmark,
 * {@code benchrun.py} and a final {@code bm_run(N, M)}): it times its own {@code run()} with
 * {@code time.ticks_us} and prints {@code "time_us norm result"}. That time, not the round trip,
 * is what is compared, as run-perfbench.py does. For each program: one fresh sandbox session,
 * {@code warmup} untimed runs there and one untimed native run, then {@code rounds} rounds,
 * each running the program once natively, once in the sandbox and once in CPython (if given),
 * in an order that rotates from round to round. A slow moment of a shared machine then slows
 * neighbouring runs alike, and the per-round ratio sandbox/native is steadier than a ratio of
 * separately taken medians. Prints one line per round and one summary per program:
 *
 * <pre>
 * PERF name=bm_fft round=1 native_us=250123 sandbox_us=1203456 cpython_us=301234 sandbox_wall_ms=1260.2
 * PERFSUM name=bm_fft rounds=5 native_us=.. sandbox_us=.. cpython_us=.. ratio=.. ratio_min=.. ratio_max=..
 *         native_result=.. sandbox_result=.. cpython_result=..
 * </pre>
 *
 * <p>Times in the summary are medians, {@code ratio} the median of the per-round ratios.
 * Results are the program's printed {@code norm result}, with spaces as underscores. A sandbox
 * run that fails, or a native run that fails or prints another result than the sandbox, makes
 * the exit status 1 (CPython's result is only reported: its float formatting may differ).
 */
public final class PerfBenchmark {
    private static final long FUEL = 1L << 60;
    private static final Duration TIMEOUT = Duration.ofMinutes(10);
    private static final long PROCESS_TIMEOUT_MINUTES = 10;

    private PerfBenchmark() {}

    /** One program's printed line: its own time of {@code run()} and what it computed. */
    private record Output(long micros, String result) {
        static Output parse(String stdout, String who) {
            String line = lastLine(stdout);
            String[] parts = line.split(" ", 3);
            try {
                long micros = Long.parseLong(parts[0]);
                if (micros < 0 || parts.length < 3) {
                    throw new NumberFormatException();
                }
                return new Output(micros, (parts[1] + " " + parts[2]).replace(' ', '_'));
            } catch (NumberFormatException e) {
                throw new IllegalStateException(who + " printed no timing line: " + stdout.strip());
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int warmup = 2;
        int rounds = 5;
        String nativeBinary = null;
        String cpython = null;
        List<Path> programs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--native" -> nativeBinary = args[++i];
                case "--cpython" -> cpython = args[++i];
                default -> programs.add(Path.of(args[i]));
            }
        }
        if (programs.isEmpty() || rounds < 1 || warmup < 0) {
            System.err.println("usage: PerfBenchmark [--warmup N] [--rounds N] [--native PATH] [--cpython PATH]"
                    + " program.py...");
            System.exit(2);
        }
        boolean ok = true;
        for (Path program : programs) {
            try {
                ok &= bench(program, warmup, rounds, nativeBinary, cpython);
            } catch (IllegalStateException e) {
                System.out.printf(Locale.ROOT, "PERF_FAIL name=%s detail=%s%n", name(program),
                        e.getMessage().replaceAll("\\s+", " "));
                ok = false;
            }
        }
        System.exit(ok ? 0 : 1);
    }

    private static boolean bench(Path program, int warmup, int rounds, String nativeBinary, String cpython)
            throws IOException, InterruptedException {
        String name = name(program);
        String code = Files.readString(program, StandardCharsets.UTF_8);
        long[] nativeUs = new long[rounds];
        long[] sandboxUs = new long[rounds];
        long[] cpythonUs = new long[rounds];
        double[] ratios = new double[rounds];
        String nativeResult = "n/a";
        String sandboxResult = "n/a";
        String cpythonResult = "n/a";
        try (MicroPythonSession session = MicroPythonSession.builder().timeout(TIMEOUT).fuelLimit(FUEL).build()) {
            for (int i = 0; i < warmup; i++) {
                Output out = sandbox(session, code);
                System.err.printf(Locale.ROOT, "  %s warm-up %d: sandbox %d us%n", name, i + 1, out.micros());
            }
            if (nativeBinary != null) {
                external(nativeBinary, program, "native");
            }
            for (int r = 0; r < rounds; r++) {
                double wallMs = 0;
                // Three runners, rotating which goes first, so none always runs after the same one.
                for (int k = 0; k < 3; k++) {
                    switch ((r + k) % 3) {
                        case 0 -> {
                            if (nativeBinary != null) {
                                Output out = external(nativeBinary, program, "native");
                                nativeUs[r] = out.micros();
                                nativeResult = out.result();
                            }
                        }
                        case 1 -> {
                            long start = System.nanoTime();
                            Output out = sandbox(session, code);
                            wallMs = (System.nanoTime() - start) / 1e6;
                            sandboxUs[r] = out.micros();
                            sandboxResult = out.result();
                        }
                        default -> {
                            if (cpython != null) {
                                Output out = external(cpython, program, "cpython");
                                cpythonUs[r] = out.micros();
                                cpythonResult = out.result();
                            }
                        }
                    }
                }
                ratios[r] = nativeBinary == null ? Double.NaN : (double) sandboxUs[r] / nativeUs[r];
                System.out.printf(Locale.ROOT, "PERF name=%s round=%d native_us=%s sandbox_us=%d cpython_us=%s"
                                + " sandbox_wall_ms=%.1f%n", name, r + 1, orNa(nativeBinary, nativeUs[r]),
                        sandboxUs[r], orNa(cpython, cpythonUs[r]), wallMs);
            }
        }
        System.out.printf(Locale.ROOT, "PERFSUM name=%s rounds=%d native_us=%s sandbox_us=%d cpython_us=%s"
                        + " ratio=%.3f ratio_min=%.3f ratio_max=%.3f native_result=%s sandbox_result=%s"
                        + " cpython_result=%s%n",
                name, rounds, orNa(nativeBinary, median(nativeUs)), median(sandboxUs),
                orNa(cpython, median(cpythonUs)), median(ratios), min(ratios), max(ratios),
                nativeResult, sandboxResult, cpythonResult);
        if (nativeBinary != null && !nativeResult.equals(sandboxResult)) {
            System.out.printf(Locale.ROOT, "PERF_FAIL name=%s detail=native printed %s, the sandbox %s%n",
                    name, nativeResult, sandboxResult);
            return false;
        }
        return true;
    }

    private static Output sandbox(MicroPythonSession session, String code) {
        RunResult result = session.run(code);
        if (!result.isOk()) {
            throw new IllegalStateException("sandbox run failed: " + result + " " + result.stderr());
        }
        return Output.parse(result.stdout(), "the sandbox");
    }

    /** Runs {@code command program} as a process of its own. */
    private static Output external(String command, Path program, String who)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command, program.toString())
                .redirectErrorStream(true)
                .start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(PROCESS_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(who + " did not finish in " + PROCESS_TIMEOUT_MINUTES + " minutes");
        }
        String stdout = new String(out, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(who + " exited with status " + process.exitValue() + ": " + stdout.strip());
        }
        return Output.parse(stdout, who);
    }

    private static String name(Path program) {
        return program.getFileName().toString().replaceFirst("\\.py$", "");
    }

    private static String orNa(String runner, long value) {
        return runner == null ? "n/a" : Long.toString(value);
    }

    private static String lastLine(String stdout) {
        String trimmed = stdout.strip();
        int newline = trimmed.lastIndexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(newline + 1);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }
}

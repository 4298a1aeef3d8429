package io.github.micropython4j.conformance;

import io.github.micropython4j.conformance.TestResult.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs MicroPython's tests on the sandbox (a fresh session per file) and on native
 * MicroPython, judging each output as run-tests.py does, and the cpydiff cases against CPython
 * as gen-cpydiff.py does. Tests run concurrently, one test (all its programs) per thread.
 */
final class ConformanceRun {
    /** The run-tests.py directories the runner covers, in report order. */
    static final List<String> DIRECTORIES = List.of("basics", "float", "unicode", "misc", "micropython");
    /** MicroPython's documented differences from CPython, compared with CPython. */
    static final String CPYDIFF = "cpydiff";
    /** run-tests.py's {@code TEST_TIMEOUT}: the most one test may run, on either build. */
    static final Duration TEST_TIMEOUT = Duration.ofSeconds(30);

    private final ConformanceSetup setup;
    private final ReasonTable sandboxSkips;
    private final Path outputDirectory;
    private final Path testsDirectory;
    private final SandboxTarget sandbox = new SandboxTarget(TEST_TIMEOUT);
    private final NativeTarget nativeTarget;
    private final CPython cpython;
    private final LongAdder sandboxNanos = new LongAdder();
    private final LongAdder nativeNanos = new LongAdder();
    private final LongAdder cpythonNanos = new LongAdder();

    /**
     * @param sandboxSkips tests a session cannot run, with the reason
     * @param outputDirectory where the outputs of failing tests are saved for a closer look
     */
    ConformanceRun(ConformanceSetup setup, ReasonTable sandboxSkips, Path outputDirectory) {
        this.setup = setup;
        this.sandboxSkips = sandboxSkips;
        this.outputDirectory = outputDirectory;
        this.testsDirectory = setup.sourceTree().resolve("tests");
        this.nativeTarget = new NativeTarget(setup.nativeMicroPython(), setup.sourceTree(), TEST_TIMEOUT);
        this.cpython = new CPython(setup.cpython());
    }

    /** Runs everything with {@code threads} tests at a time. */
    ConformanceResults run(int threads) {
        long start = System.nanoTime();
        Path featureChecks = testsDirectory.resolve("feature_check");
        String cpythonByteOrder = cpython.run(featureChecks.resolve("byteorder.py"));
        TargetFeatures sandboxFeatures = TargetFeatures.detect(featureChecks, sandbox::run, cpythonByteOrder);
        TargetFeatures nativeFeatures = TargetFeatures.detect(featureChecks,
                file -> nativeTarget.runSpecial(file, SpecialTests.commandLineOptions(file)), cpythonByteOrder);
        SkipRules sandboxRules = new SkipRules(sandboxFeatures);
        SkipRules nativeRules = new SkipRules(nativeFeatures);

        List<String> tests = new ArrayList<>();
        DIRECTORIES.forEach(directory -> tests.addAll(testFiles(directory)));
        List<String> cpydiff = testFiles(CPYDIFF);

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<TestResult>> futures = new ArrayList<>();
            tests.forEach(test -> futures.add(pool.submit(() -> runTest(test, sandboxRules, nativeRules))));
            cpydiff.forEach(test -> futures.add(pool.submit(() -> runCpydiffCase(test))));
            List<TestResult> results = new ArrayList<>();
            for (Future<TestResult> future : futures) {
                results.add(future.get());
            }
            RunInfo info = new RunInfo(sandboxFeatures, nativeFeatures, testsVersion(), nativeTarget.version(),
                    cpython.version(), Duration.ofNanos(System.nanoTime() - start), threads,
                    Duration.ofNanos(sandboxNanos.sum()), Duration.ofNanos(nativeNanos.sum()),
                    Duration.ofNanos(cpythonNanos.sum()));
            return new ConformanceResults(results, info, setup);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the conformance runner failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The {@code *.py} files of a tests directory, sorted, as {@code dir/name.py}. */
    private List<String> testFiles(String directory) {
        try (Stream<Path> files = Files.list(testsDirectory.resolve(directory))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".py") && Files.isRegularFile(f))
                    .map(f -> directory + "/" + f.getFileName())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TestResult runTest(String test, SkipRules sandboxRules, SkipRules nativeRules) {
        Path file = testsDirectory.resolve(test);
        boolean special = SpecialTests.SPECIAL.contains(test);
        List<String> options = special ? SpecialTests.commandLineOptions(file) : List.of();
        Path expFile = file.resolveSibling(file.getFileName() + ".exp");
        boolean hasExp = Files.isRegularFile(expFile);
        Supplier<String> expected = memoize(() -> hasExp ? read(expFile) : timed(cpythonNanos, () -> cpython.expectedOutput(file)));

        Verdict sandboxVerdict = sandboxRules.skipReason(test).map(Verdict::skip)
                .or(() -> sandboxSkips.reason(test).map(Verdict::skip))
                .or(() -> options.isEmpty() ? Optional.empty()
                        : Optional.of(Verdict.skip("needs the command-line options " + options + ", which a session has no way to take")))
                .orElseGet(() -> judge(test, "sandbox", timed(sandboxNanos, () -> sandbox.run(file)), special, expected));
        Verdict nativeVerdict = nativeRules.skipReason(test).map(Verdict::skip)
                .orElseGet(() -> judge(test, "native", timed(nativeNanos,
                        () -> special ? nativeTarget.runSpecial(file, options) : nativeTarget.run(file)), special, expected));
        return new TestResult(test, sandboxVerdict, nativeVerdict, hasExp ? ".exp" : "CPython");
    }

    /** run-tests.py's verdict on one output. */
    private Verdict judge(String test, String target, Output output, boolean special, Supplier<String> expected) {
        if (output.isSkip()) {
            return Verdict.selfSkip();
        }
        String want = expected.get();
        String got = output.merged();
        if (special && output.ending() == null) {
            got = SpecialTests.normalize(got, want);
        }
        if (got.equals(want)) {
            return Verdict.pass();
        }
        save(test, target, got, want);
        String note = output.note().isEmpty() ? "" : " [" + output.note() + "]";
        return Verdict.fail(firstDifference(want, got) + note);
    }

    private TestResult runCpydiffCase(String test) {
        Path file = testsDirectory.resolve(test);
        Output reference = timed(cpythonNanos, () -> cpython.runFromStdin(file));
        return new TestResult(test,
                sameStreams(test, "sandbox", reference, timed(sandboxNanos, () -> sandbox.runAsStdin(file))),
                sameStreams(test, "native", reference, timed(nativeNanos, () -> nativeTarget.runFromStdin(file))),
                "CPython (stdin)");
    }

    /** gen-cpydiff.py's comparison: stdout and stderr both the same as CPython's. */
    private Verdict sameStreams(String test, String target, Output reference, Output output) {
        if (output.stdout().equals(reference.stdout()) && output.stderr().equals(reference.stderr())) {
            return Verdict.pass();
        }
        save(test, target, "--- stdout\n" + output.stdout() + "--- stderr\n" + output.stderr(),
                "--- stdout\n" + reference.stdout() + "--- stderr\n" + reference.stderr());
        return output.stdout().equals(reference.stdout())
                ? Verdict.fail("stderr " + firstDifference(reference.stderr(), output.stderr()))
                : Verdict.fail("stdout " + firstDifference(reference.stdout(), output.stdout()));
    }

    /** Where two outputs first differ, in one short line. */
    static String firstDifference(String expected, String actual) {
        String[] want = expected.split("\n", -1);
        String[] got = actual.split("\n", -1);
        for (int i = 0; i < Math.max(want.length, got.length); i++) {
            String w = i < want.length ? quote(want[i]) : "(end)";
            String g = i < got.length ? quote(got[i]) : "(end)";
            if (!w.equals(g)) {
                return "line " + (i + 1) + ": expected " + w + ", got " + g;
            }
        }
        return "same text";
    }

    private static String quote(String line) {
        String shown = line.length() > 70 ? line.substring(0, 70) + "..." : line;
        return "'" + shown.replace("\\", "\\\\").replace("\r", "\\r").replace("\t", "\\t") + "'";
    }

    private void save(String test, String target, String output, String expected) {
        try {
            Files.createDirectories(outputDirectory);
            String base = test.replace('/', '_');
            Files.writeString(outputDirectory.resolve(base + ".exp"), expected, StandardCharsets.UTF_8);
            Files.writeString(outputDirectory.resolve(base + "." + target + ".out"), output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Output.canonical(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version of the MicroPython source the tests come from, from {@code py/mpconfig.h}. */
    private String testsVersion() {
        String config = read(setup.sourceTree().resolve("py/mpconfig.h"));
        return "MicroPython " + Stream.of("MAJOR", "MINOR", "MICRO")
                .map(part -> {
                    Matcher m = Pattern.compile("#define MICROPY_VERSION_" + part + " (\\d+)").matcher(config);
                    return m.find() ? m.group(1) : "?";
                })
                .collect(Collectors.joining("."));
    }

    private static <T> T timed(LongAdder total, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            total.add(System.nanoTime() - start);
        }
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}

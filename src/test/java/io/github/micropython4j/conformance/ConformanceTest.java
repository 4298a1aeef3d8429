package io.github.micropython4j.conformance;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * MicroPython's own tests ({@code tests/basics}, {@code float}, {@code unicode}, {@code misc},
 * {@code micropython}) in the sandbox, one fresh session per file, judged as run-tests.py
 * judges them and compared with native MicroPython built from the same source; and the
 * {@code tests/cpydiff} cases compared with CPython 3 as gen-cpydiff.py compares them.
 *
 * <p>A test that passes natively must pass in the sandbox unless {@code known-differences.tsv}
 * gives the reason; a listed test that no longer differs is reported (as a skipped test whose
 * message says to remove the entry). Without MicroPython's source tree the whole factory is
 * skipped with a message saying how to get it; CI sets {@code MICROPYTHON4J_CONFORMANCE=required}
 * so that it runs there or fails. Writes {@code target/conformance/results.tsv} and
 * {@code target/conformance/CONFORMANCE.md}; with {@code -Dconformance.doc=docs/CONFORMANCE.md}
 * it also regenerates the checked-in document.
 */
@Tag("conformance")
class ConformanceTest {
    /**
     * The fewest cpydiff cases (of all of them) that must print what CPython prints. Raise it
     * when the interpreter gets closer to CPython; the run prints the current count.
     */
    // 49 every run; cpydiff/modules_random_randint.py prints randint(2**128 - 1, 2**128), so it
    // matches CPython's output in about half the runs (50 then)
    static final int CPYDIFF_CASES_MATCHING_CPYTHON_AT_LEAST = 49;

    private static final Path PROJECT = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    private static final Path OUTPUT = PROJECT.resolve("target/conformance");

    @TestFactory
    Stream<DynamicNode> micropythonTestsBehaveInTheSandboxAsNatively() {
        ConformanceSetup setup;
        try {
            setup = ConformanceSetup.locate(PROJECT);
        } catch (ConformanceSetup.Unavailable e) {
            String message = "conformance runner not run: " + e.getMessage();
            if (ConformanceSetup.required()) {
                fail(message + " (" + ConformanceSetup.MODE_VARIABLE + "=required)");
            }
            System.out.println("[conformance] " + message);
            return Stream.of(dynamicTest("conformance runner", () -> Assumptions.abort(message)));
        }
        ReasonTable knownDifferences = ReasonTable.load("known-differences.tsv");
        ReasonTable sandboxSkips = ReasonTable.load("sandbox-skips.tsv");
        deleteRecursively(OUTPUT.resolve("outputs"));
        int threads = Runtime.getRuntime().availableProcessors();
        ConformanceResults results = new ConformanceRun(setup, sandboxSkips, OUTPUT.resolve("outputs")).run(threads);
        results.writeTsv(OUTPUT.resolve("results.tsv"));
        writeDocuments(ConformanceDoc.render(results, knownDifferences));
        printSummary(results, knownDifferences);

        List<DynamicNode> nodes = new ArrayList<>();
        for (String directory : ConformanceRun.DIRECTORIES) {
            nodes.add(dynamicContainer(directory, results.in(directory).stream()
                    .map(r -> dynamicTest(r.test(), () -> checkAgainstNative(r, knownDifferences)))));
        }
        List<DynamicNode> cpydiff = new ArrayList<>();
        cpydiff.add(dynamicTest("at least " + CPYDIFF_CASES_MATCHING_CPYTHON_AT_LEAST + " cases match CPython",
                () -> checkCpydiffFloor(results)));
        results.in(ConformanceRun.CPYDIFF).forEach(r -> cpydiff.add(dynamicTest(r.test(),
                () -> checkCpydiffCase(r, knownDifferences))));
        nodes.add(dynamicContainer(ConformanceRun.CPYDIFF, cpydiff));
        nodes.add(dynamicTest("every table entry names a test", () -> checkTables(results, knownDifferences, sandboxSkips)));
        return nodes.stream();
    }

    private static void checkAgainstNative(TestResult result, ReasonTable knownDifferences) {
        Optional<String> reason = knownDifferences.reason(result.test());
        if (result.regressedInSandbox()) {
            if (reason.isPresent()) {
                Assumptions.abort("known difference: " + reason.get());
            }
            fail(result.test() + " passes natively but not in the sandbox: " + result.sandbox().detail()
                    + ". Fix it, or list it with the reason in src/test/resources/conformance/known-differences.tsv"
                    + " (outputs: target/conformance/outputs/)");
        }
        if (reason.isPresent()) {
            Assumptions.abort("listed in known-differences.tsv but no longer differs from native ("
                    + result.sandbox().status() + " in the sandbox, " + result.nativeResult().status()
                    + " natively): remove the entry");
        }
        switch (result.sandbox().status()) {
            case PASS -> { }
            case SKIP -> Assumptions.abort("skipped in the sandbox: " + result.sandbox().detail());
            case SELF_SKIP -> Assumptions.abort("skips itself in the sandbox and natively");
            case FAIL -> Assumptions.abort("fails in the sandbox, but does not pass natively either ("
                    + result.nativeResult().status() + "): " + result.sandbox().detail());
        }
    }

    private static void checkCpydiffCase(TestResult result, ReasonTable knownDifferences) {
        Optional<String> reason = knownDifferences.reason(result.test());
        if (result.sandbox().passed()) {
            if (reason.isPresent()) {
                Assumptions.abort("listed in known-differences.tsv but matches CPython now: remove the entry");
            }
            return;
        }
        if (result.nativeResult().passed() && reason.isEmpty()) {
            fail(result.test() + " matches CPython natively but not in the sandbox: " + result.sandbox().detail()
                    + ". Fix it, or list it with the reason in known-differences.tsv");
        }
        Assumptions.abort("differs from CPython: " + result.sandbox().detail());
    }

    private static void checkCpydiffFloor(ConformanceResults results) {
        long matching = results.in(ConformanceRun.CPYDIFF).stream().filter(r -> r.sandbox().passed()).count();
        if (matching < CPYDIFF_CASES_MATCHING_CPYTHON_AT_LEAST) {
            fail("only " + matching + " cpydiff cases match CPython in the sandbox; the floor is "
                    + CPYDIFF_CASES_MATCHING_CPYTHON_AT_LEAST + " (ConformanceTest.CPYDIFF_CASES_MATCHING_CPYTHON_AT_LEAST)");
        }
    }

    private static void checkTables(ConformanceResults results, ReasonTable... tables) {
        List<String> unknown = new ArrayList<>();
        for (ReasonTable table : tables) {
            table.entries().keySet().stream()
                    .filter(test -> results.results().stream().noneMatch(r -> r.test().equals(test)))
                    .forEach(test -> unknown.add(table.name() + ": " + test));
        }
        if (!unknown.isEmpty()) {
            fail("table entries that name no test the runner ran: " + unknown);
        }
    }

    /** Tests known-differences.tsv lists that do not differ any more: the list should shrink. */
    static List<String> staleEntries(ConformanceResults results, ReasonTable knownDifferences) {
        return results.results().stream()
                .filter(r -> knownDifferences.reason(r.test()).isPresent())
                .filter(r -> r.directory().equals(ConformanceRun.CPYDIFF) ? r.sandbox().passed() : !r.regressedInSandbox())
                .map(TestResult::test)
                .toList();
    }

    private static void printSummary(ConformanceResults results, ReasonTable knownDifferences) {
        System.out.println("[conformance] " + results.info().timing());
        for (String directory : ConformanceRun.DIRECTORIES) {
            ConformanceResults.Counts c = results.counts(directory);
            System.out.printf("[conformance] %-12s %3d tests: sandbox %3d passed of %3d run; native %3d passed of %3d run%n",
                    directory, c.tests(), c.sandboxPassed(), c.sandboxRan(), c.nativePassed(), c.nativeRan());
        }
        List<TestResult> cpydiff = results.in(ConformanceRun.CPYDIFF);
        long sandbox = cpydiff.stream().filter(r -> r.sandbox().passed()).count();
        long nativeCount = cpydiff.stream().filter(r -> r.nativeResult().passed()).count();
        System.out.printf("[conformance] cpydiff      %3d cases match CPython: sandbox %d, native %d (floor %d)%n",
                cpydiff.size(), sandbox, nativeCount, CPYDIFF_CASES_MATCHING_CPYTHON_AT_LEAST);
        if (sandbox > CPYDIFF_CASES_MATCHING_CPYTHON_AT_LEAST) {
            System.out.println("[conformance] the cpydiff floor can be raised to " + sandbox);
        }
        List<String> stale = staleEntries(results, knownDifferences);
        if (!stale.isEmpty()) {
            System.out.println("[conformance] known-differences.tsv lists tests that no longer differ (remove them): " + stale);
        }
    }

    private static void writeDocuments(String generated) {
        try {
            Files.createDirectories(OUTPUT);
            Files.writeString(OUTPUT.resolve("CONFORMANCE.generated.md"), generated, StandardCharsets.UTF_8);
            String doc = System.getProperty("conformance.doc");
            if (doc != null && !doc.isBlank()) {
                Path file = PROJECT.resolve(doc);
                Files.writeString(file, ConformanceDoc.splice(Files.readString(file), generated), StandardCharsets.UTF_8);
                System.out.println("[conformance] regenerated " + file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

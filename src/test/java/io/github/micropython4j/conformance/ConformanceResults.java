package io.github.micropython4j.conformance;

import io.github.micropython4j.conformance.TestResult.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything one conformance run found, and what it ran on.
 *
 * @param results every test, in directory order, cpydiff last
 * @param info what the run ran on and how long it took
 * @param setup the programs and sources used
 */
record ConformanceResults(List<TestResult> results, RunInfo info, ConformanceSetup setup) {

    /**
     * Pass counts of one directory.
     *
     * @param tests test files in the directory
     * @param sandboxPassed passed in the sandbox
     * @param nativePassed passed natively
     * @param sandboxRan not skipped in the sandbox (by rule, table or the test itself)
     * @param nativeRan not skipped natively
     */
    record Counts(String directory, int tests, int sandboxPassed, int nativePassed, int sandboxRan, int nativeRan) {}

    /** The results of one directory. */
    List<TestResult> in(String directory) {
        return results.stream().filter(r -> r.directory().equals(directory)).toList();
    }

    Counts counts(String directory) {
        List<TestResult> tests = in(directory);
        return new Counts(directory, tests.size(),
                count(tests, true, Status.PASS), count(tests, false, Status.PASS),
                tests.size() - count(tests, true, Status.SKIP) - count(tests, true, Status.SELF_SKIP),
                tests.size() - count(tests, false, Status.SKIP) - count(tests, false, Status.SELF_SKIP));
    }

    private static int count(List<TestResult> tests, boolean sandbox, Status status) {
        return (int) tests.stream().filter(t -> (sandbox ? t.sandbox() : t.nativeResult()).status() == status).count();
    }

    /** The cpydiff cases whose name starts with one of MicroPython's language-core prefixes. */
    List<TestResult> cpydiffCore() {
        return in(ConformanceRun.CPYDIFF).stream().filter(r -> isCoreCase(r.test())).toList();
    }

    /** {@code core_*}, {@code types_*}, {@code builtins_*} and {@code syntax_*}: the cases about the language, not modules. */
    static boolean isCoreCase(String test) {
        String name = test.substring(test.indexOf('/') + 1);
        return name.startsWith("core_") || name.startsWith("types_") || name.startsWith("builtins_")
                || name.startsWith("syntax_");
    }

    /** Writes one line per test: test, sandbox status and detail, native status and detail, reference. */
    void writeTsv(Path file) {
        StringBuilder text = new StringBuilder("test\tsandbox\tsandbox_detail\tnative\tnative_detail\texpected_from\n");
        for (TestResult r : results) {
            text.append(String.join("\t", r.test(), r.sandbox().status().name(), clean(r.sandbox().detail()),
                    r.nativeResult().status().name(), clean(r.nativeResult().detail()), r.expectedFrom())).append('\n');
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String clean(String detail) {
        return detail.replace('\t', ' ').replace('\n', ' ');
    }
}

package io.github.micropython4j.conformance;

import io.github.micropython4j.conformance.TestResult.Status;
import io.github.micropython4j.conformance.TestResult.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The generated part of {@code docs/CONFORMANCE.md}: pass counts per directory and every test
 * where the sandbox differs from native MicroPython or, for cpydiff, from CPython, with the
 * reason. It sits between two marker lines; {@link #splice} replaces only that part, so the
 * hand-written sections around it stay.
 */
final class ConformanceDoc {
    static final String BEGIN = "<!-- BEGIN GENERATED: ConformanceTest writes this part; do not edit it by hand -->";
    static final String END = "<!-- END GENERATED -->";

    private final ConformanceResults results;
    private final ReasonTable knownDifferences;
    private final StringBuilder out = new StringBuilder();

    private ConformanceDoc(ConformanceResults results, ReasonTable knownDifferences) {
        this.results = results;
        this.knownDifferences = knownDifferences;
    }

    /** The generated part, markers included. */
    static String render(ConformanceResults results, ReasonTable knownDifferences) {
        return new ConformanceDoc(results, knownDifferences).render();
    }

    /** {@code document} with the part between the markers replaced by {@code generated}. */
    static String splice(String document, String generated) {
        int begin = document.indexOf(BEGIN);
        int end = document.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("the document has no generated part: add the lines\n" + BEGIN + "\n" + END);
        }
        return document.substring(0, begin) + generated + document.substring(end + END.length());
    }

    private String render() {
        RunInfo info = results.info();
        line(BEGIN);
        line("");
        line("Measured on `micropython.wasm` " + binaryIdentity() + " (built from " + binarySource()
                + "), tests from the " + info.testsVersion() + " source tree, native " + info.nativeVersion()
                + " built from it, " + info.cpythonVersion() + ". Run: " + info.timing() + ".");
        line("");
        summary();
        differencesFromNative();
        notRun();
        cpydiff();
        line(END);
        return out.toString();
    }

    private void summary() {
        line("## Pass counts");
        line("");
        line("A test passes when its output equals its `.exp` file, or CPython's output when it has none"
                + " (run-tests.py's rule). \"Ran\" excludes the tests MicroPython's rules skip and those that"
                + " skip themselves (print `SKIP`) because the build lacks what they test.");
        line("");
        line("| directory | tests | sandbox passed | sandbox ran | native passed | native ran | pass natively, not in the sandbox |");
        line("|---|---:|---:|---:|---:|---:|---:|");
        for (String directory : ConformanceRun.DIRECTORIES) {
            ConformanceResults.Counts c = results.counts(directory);
            long regressions = results.in(directory).stream().filter(TestResult::regressedInSandbox).count();
            line("| " + directory + " | " + c.tests() + " | " + c.sandboxPassed() + " | " + c.sandboxRan() + " | "
                    + c.nativePassed() + " | " + c.nativeRan() + " | " + regressions + " |");
        }
        line("");
        line("Feature checks (`tests/feature_check`): sandbox: " + results.info().sandboxFeatures().summary()
                + "; native: " + results.info().nativeFeatures().summary() + ".");
        line("");
    }

    private void differencesFromNative() {
        line("## Where the sandbox differs from native MicroPython");
        line("");
        List<TestResult> regressions = nonCpydiff(TestResult::regressedInSandbox);
        line("### Pass natively, not in the sandbox (" + regressions.size() + ")");
        line("");
        line("Each is listed with its reason in `src/test/resources/conformance/known-differences.tsv`;"
                + " an unlisted one fails the build.");
        line("");
        if (!regressions.isEmpty()) {
            line("| test | in the sandbox | reason |");
            line("|---|---|---|");
            for (TestResult r : regressions) {
                line("| `" + r.test() + "` | " + describe(r.sandbox()) + " | "
                        + knownDifferences.reason(r.test()).map(ConformanceDoc::cell).orElse("**not listed: fails the build**")
                        + " |");
            }
            line("");
        }
        List<TestResult> skippedHere = nonCpydiff(r -> ran(r.nativeResult())
                && (r.sandbox().status() == Status.SKIP
                        || (r.sandbox().status() == Status.SELF_SKIP && r.nativeResult().status() == Status.FAIL)));
        List<String> stale = ConformanceTest.staleEntries(results, knownDifferences);
        if (!stale.isEmpty()) {
            line("Listed in `known-differences.tsv` but no longer different (remove them): "
                    + stale.stream().map(t -> "`" + t + "`").collect(Collectors.joining(", ")) + ".");
            line("");
        }
        line("### Run natively, not run in the sandbox (" + skippedHere.size() + ")");
        line("");
        line("Skipped by MicroPython's own rules (run-tests.py: feature checks, platform lists), or"
                + " listed in `sandbox-skips.tsv` because a session cannot give the test what it needs.");
        line("");
        groupedByReason(skippedHere, r -> r.sandbox().detail());
        List<TestResult> better = nonCpydiff(r -> r.sandbox().passed() && !r.nativeResult().passed());
        line("### Pass in the sandbox, not natively (" + better.size() + ")");
        line("");
        if (!better.isEmpty()) {
            line("| test | natively |");
            line("|---|---|");
            better.forEach(r -> line("| `" + r.test() + "` | " + describe(r.nativeResult()) + " |"));
            line("");
        }
        List<TestResult> failBoth = nonCpydiff(r -> r.sandbox().status() == Status.FAIL && !r.nativeResult().passed());
        line("### Fail in the sandbox, do not pass natively either (" + failBoth.size() + ")");
        line("");
        if (!failBoth.isEmpty()) {
            line("| test | in the sandbox | natively | reason |");
            line("|---|---|---|---|");
            failBoth.forEach(r -> line("| `" + r.test() + "` | " + describe(r.sandbox()) + " | "
                    + describe(r.nativeResult()) + " | " + cell(knownDifferences.reason(r.test()).orElse("")) + " |"));
            line("");
        }
    }

    private void notRun() {
        List<TestResult> both = nonCpydiff(r -> !ran(r.nativeResult()) && !ran(r.sandbox()));
        line("## Skipped in both (" + both.size() + ")");
        line("");
        line("Neither build has what these test (or MicroPython's rules skip them on both).");
        line("");
        groupedByReason(both, r -> r.sandbox().status() == Status.SELF_SKIP && r.nativeResult().status() == Status.SELF_SKIP
                ? "the test printed SKIP on both (a feature neither build enables)"
                : "sandbox: " + r.sandbox().detail() + "; native: " + r.nativeResult().detail());
    }

    private void cpydiff() {
        List<TestResult> cases = results.in(ConformanceRun.CPYDIFF);
        List<TestResult> core = results.cpydiffCore();
        line("## cpydiff: MicroPython's documented differences from CPython");
        line("");
        line("Each case in `tests/cpydiff` runs with its code on stdin, as gen-cpydiff.py runs it; it matches when"
                + " stdout and stderr both equal CPython's (the sandbox names the code `<string>` in tracebacks,"
                + " compared as `<stdin>`).");
        line("");
        line("| cases | sandbox matches CPython | native matches CPython |");
        line("|---|---:|---:|");
        line("| all " + cases.size() + " | " + count(cases, true) + " | " + count(cases, false) + " |");
        line("| " + core.size() + " `core_`/`types_`/`builtins_`/`syntax_` | " + count(core, true) + " | "
                + count(core, false) + " |");
        line("");
        line("The build asserts at least " + ConformanceTest.CPYDIFF_CASES_MATCHING_CPYTHON_AT_LEAST
                + " matching cases (`ConformanceTest.CPYDIFF_CASES_MATCHING_CPYTHON_AT_LEAST`).");
        line("");
        List<TestResult> differ = cases.stream().filter(r -> !r.sandbox().passed()).toList();
        line("### Cases where the sandbox differs from CPython (" + differ.size() + ")");
        line("");
        line("The reason is the entry in `known-differences.tsv` when there is one, else upstream's description.");
        line("");
        line("| case | natively | where the sandbox's output differs | reason |");
        line("|---|---|---|---|");
        for (TestResult r : differ) {
            String reason = knownDifferences.reason(r.test()).orElseGet(() ->
                    "upstream: " + shorten(CpydiffCase.read(results.setup().sourceTree().resolve("tests").resolve(r.test()))
                            .explanation()));
            line("| `" + name(r.test()) + "` | " + (r.nativeResult().passed() ? "matches" : "differs") + " | "
                    + cell(r.sandbox().detail()) + " | " + cell(reason) + " |");
        }
        line("");
        List<TestResult> matching = cases.stream().filter(r -> r.sandbox().passed()).toList();
        line("### Cases where the sandbox matches CPython (" + matching.size() + ")");
        line("");
        if (!matching.isEmpty()) {
            line(matching.stream().map(r -> "`" + name(r.test()) + "`" + (r.nativeResult().passed() ? "" : " (not natively)"))
                    .collect(Collectors.joining(", ")));
            line("");
        }
    }

    private void groupedByReason(List<TestResult> tests, Function<TestResult, String> reason) {
        if (tests.isEmpty()) {
            return;
        }
        Map<String, List<String>> groups = new TreeMap<>();
        tests.forEach(r -> groups.computeIfAbsent(reason.apply(r), k -> new ArrayList<>()).add(r.test()));
        line("| reason | tests |");
        line("|---|---|");
        groups.forEach((why, names) -> line("| " + cell(why) + " | "
                + names.stream().map(n -> "`" + n + "`").collect(Collectors.joining(", ")) + " |"));
        line("");
    }

    private List<TestResult> nonCpydiff(Predicate<TestResult> filter) {
        return results.results().stream()
                .filter(r -> !r.directory().equals(ConformanceRun.CPYDIFF))
                .filter(filter)
                .toList();
    }

    /** Whether the test ran to a verdict (passed or failed) rather than being skipped. */
    private static boolean ran(Verdict verdict) {
        return verdict.status() == Status.PASS || verdict.status() == Status.FAIL;
    }

    private static long count(List<TestResult> cases, boolean sandbox) {
        return cases.stream().filter(r -> (sandbox ? r.sandbox() : r.nativeResult()).passed()).count();
    }

    private static String describe(Verdict verdict) {
        return switch (verdict.status()) {
            case PASS -> "passes";
            case FAIL -> "fails: " + cell(verdict.detail());
            case SKIP -> "skipped: " + cell(verdict.detail());
            case SELF_SKIP -> "skips itself (prints SKIP)";
        };
    }

    private static String shorten(String text) {
        return text.length() <= 220 ? text : text.substring(0, 220) + "…";
    }

    private static String name(String test) {
        return test.substring(test.indexOf('/') + 1);
    }

    /** Text safe inside a Markdown table cell. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("`", "\\`").replace("_", "\\_").replace("*", "\\*")
                .replace("<", "&lt;").replace("\n", " ");
    }

    /** The sha256 of the binary under test, from the class path. */
    private static String binaryIdentity() {
        return resource("/micropython.wasm.sha256")
                .map(text -> "sha256 `" + text.strip().split("\\s+")[0].substring(0, 16) + "…`")
                .orElse("(no micropython.wasm.sha256 on the class path)");
    }

    /** The MicroPython source the binary's manifest names. */
    private static String binarySource() {
        return resource("/micropython.wasm.manifest")
                .flatMap(text -> text.lines().filter(l -> l.startsWith("micropython: ")).findFirst())
                .map(l -> {
                    String source = l.substring("micropython: ".length());
                    int sha = source.indexOf(" sha256 ");
                    return "`" + (sha < 0 ? source : source.substring(0, sha)) + "`";
                })
                .orElse("an unknown source");
    }

    private static Optional<String> resource(String path) {
        try (InputStream in = ConformanceDoc.class.getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}

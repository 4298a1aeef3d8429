package io.github.micropython4j.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.micropython4j.conformance.TestResult.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated part of docs/CONFORMANCE.md, from made-up results. */
class ConformanceDocTest {
    private static final TargetFeatures FEATURES = new TargetFeatures("wasi", "None", null, false, true, true, true,
            true, true, true, true, true, true, true, 64, true, false);

    @Test
    void spliceReplacesOnlyTheGeneratedPart() {
        String document = "# Title\nhand\n" + ConformanceDoc.BEGIN + "\nold\n" + ConformanceDoc.END + "\n## Modules\nmine\n";

        String spliced = ConformanceDoc.splice(document, ConformanceDoc.BEGIN + "\nnew\n" + ConformanceDoc.END);

        assertThat(spliced).isEqualTo("# Title\nhand\n" + ConformanceDoc.BEGIN + "\nnew\n" + ConformanceDoc.END
                + "\n## Modules\nmine\n");
    }

    @Test
    void spliceRefusesADocumentWithoutMarkers() {
        assertThatThrownBy(() -> ConformanceDoc.splice("# Title\n", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyDifferenceFromNativeAndCPythonIsListedWithItsReason(@TempDir Path source) throws IOException {
        Files.createDirectories(source.resolve("tests/cpydiff"));
        Files.writeString(source.resolve("tests/cpydiff/types_str_subscrstep.py"),
                "\"\"\"\ncategories: Types,str\ndescription: Subscript with step != 1 is not yet implemented\n"
                        + "cause: Unknown\nworkaround: Unknown\n\"\"\"\nprint('abc'[::2])\n");
        ReasonTable known = ReasonTable.parse("known-differences.tsv",
                "basics/listed.py\tno help() in our config\nbasics/fixed.py\twas broken\n");
        ConformanceResults results = new ConformanceResults(List.of(
                new TestResult("basics/same.py", Verdict.pass(), Verdict.pass(), ".exp"),
                new TestResult("basics/fixed.py", Verdict.pass(), Verdict.pass(), ".exp"),
                new TestResult("basics/listed.py", Verdict.selfSkip(), Verdict.pass(), ".exp"),
                new TestResult("basics/unlisted.py", Verdict.fail("line 2: expected 'a', got 'b'"), Verdict.pass(), "CPython"),
                new TestResult("micropython/viper_x.py", Verdict.skip("no native emitter"), Verdict.pass(), ".exp"),
                new TestResult("cpydiff/types_str_subscrstep.py", Verdict.fail("stdout line 1: expected 'ac', got ''"),
                        Verdict.fail("stdout line 1: expected 'ac', got ''"), "CPython (stdin)"),
                new TestResult("cpydiff/core_ok.py", Verdict.pass(), Verdict.fail("x"), "CPython (stdin)")),
                new RunInfo(FEATURES, FEATURES, "MicroPython 1.25.0", "MicroPython 1.25.0 linux", "Python 3.11.2",
                        Duration.ofSeconds(90), 2, Duration.ofSeconds(60), Duration.ofSeconds(10), Duration.ofSeconds(20)),
                new ConformanceSetup(source, source.resolve("micropython"), "python3"));

        String doc = ConformanceDoc.render(results, known);

        assertThat(doc).startsWith(ConformanceDoc.BEGIN).endsWith(ConformanceDoc.END + "\n");
        assertThat(doc).contains("| basics | 4 | 2 | 3 | 4 | 4 | 2 |");
        assertThat(doc).contains("| `basics/listed.py` | skips itself (prints SKIP) | no help() in our config |");
        assertThat(doc).contains("| `basics/unlisted.py` | fails: line 2: expected 'a', got 'b' | **not listed: fails the build** |");
        assertThat(doc).contains("| no native emitter | `micropython/viper_x.py` |");
        assertThat(doc).contains("| all 2 | 1 | 0 |");
        assertThat(doc).contains("| `types_str_subscrstep.py` | differs | stdout line 1: expected 'ac', got '' | "
                + "upstream: Subscript with step != 1 is not yet implemented |");
        assertThat(doc).contains("`core_ok.py` (not natively)");
        assertThat(doc).contains("no longer different (remove them): `basics/fixed.py`.");
        assertThat(doc).doesNotContain("basics/same.py");
    }

    @Test
    void cpydiffHeadersGiveDescriptionAndKnownCause(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("core_x.py"), "\"\"\"\ncategories: Core\n"
                + "description: f-strings don't support\n  concatenation\ncause: MicroPython is optimised for code space.\n"
                + "workaround: Use +\n\"\"\"\nprint(1)\n");

        CpydiffCase parsed = CpydiffCase.read(file);

        assertThat(parsed.description()).isEqualTo("f-strings don't support concatenation");
        assertThat(parsed.explanation()).isEqualTo("f-strings don't support concatenation (cause: MicroPython is optimised for code space.)");
    }
}

package io.github.micropython4j.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run-tests.py's pattern matching of special tests, as {@link SpecialTests} transcribes it. */
class SpecialTestsTest {

    @Test
    void linesMatchingTheirPatternBecomeThePattern() {
        String expected = "mem: total=\\\\d\\+, peak=\\\\d\\+\nGC memory layout; from \\[0-9a-f\\]\\+:\n";
        String output = "mem: total=1234, peak=99\nGC memory layout; from 7f3a:\n";

        assertThat(SpecialTests.normalize(output, expected)).isEqualTo(expected);
    }

    @Test
    void aLineThatDoesNotMatchStaysAsPrinted() {
        String expected = "stack: \\\\d\\+ out of \\\\d\\+\n";

        assertThat(SpecialTests.normalize("stack: many out of 10\n", expected)).isEqualTo("stack: many out of 10\n");
    }

    @Test
    void regexCharactersWithoutBackslashAreLiteral() {
        String expected = "object <function> is of type (function)\n";

        assertThat(SpecialTests.normalize("object <function> is of type (function)\n", expected)).isEqualTo(expected);
        assertThat(SpecialTests.normalize("object <function> is of type function\n", expected))
                .isEqualTo("object <function> is of type function\n");
    }

    @Test
    void eightHashesStandForAnyNumberOfLines() {
        String expected = "########\nFalse\n########\nFalse\n";
        String output = "Warning: Comparison between bytes and str\nFalse\nWarning: again\nmore noise\nFalse\n";

        assertThat(SpecialTests.normalize(output, expected)).isEqualTo(expected);
    }

    @Test
    void eightHashesWithNoMatchingLineAfterThemFail() {
        String normalized = SpecialTests.normalize("a\nb\n", "########\ndone\n");

        assertThat(normalized).isEqualTo("######## FAIL\nb\n").isNotEqualTo("########\ndone\n");
    }

    @Test
    void outputWithoutFinalNewlineGetsOne() {
        // run-tests.py ends every piece of the split output with \n
        assertThat(SpecialTests.normalize("x", "y\n")).isEqualTo("x\n");
    }

    @Test
    void commandLineOptionsComeFromTheFirstLine(@TempDir Path dir) throws IOException {
        Path withOptions = Files.writeString(dir.resolve("a.py"), "# cmdline: -v -X heapsize=1M\nprint(1)\n");
        Path without = Files.writeString(dir.resolve("b.py"), "print(1)\n# cmdline: -v\n");

        assertThat(SpecialTests.commandLineOptions(withOptions)).containsExactly("-v", "-X", "heapsize=1M");
        assertThat(SpecialTests.commandLineOptions(without)).isEmpty();
    }
}

package io.github.micropython4j.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

/** The checked-in tables of tests and reasons. */
class ReasonTableTest {

    @Test
    void readsTestsAndReasonsSkippingComments() {
        ReasonTable table = ReasonTable.parse("t.tsv", "# header\n\nbasics/a.py\tno help()\nmisc/b.py\tno atexit\n");

        assertThat(table.entries()).containsExactly(entry("basics/a.py", "no help()"), entry("misc/b.py", "no atexit"));
        assertThat(table.reason("misc/b.py")).hasValue("no atexit");
        assertThat(table.reason("misc/c.py")).isEmpty();
    }

    @Test
    void aLineWithoutReasonIsRefused() {
        assertThatThrownBy(() -> ReasonTable.parse("t.tsv", "basics/a.py\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t.tsv line 1");
        assertThatThrownBy(() -> ReasonTable.parse("t.tsv", "basics/a.py\t \n"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTestListedTwiceIsRefused() {
        assertThatThrownBy(() -> ReasonTable.parse("t.tsv", "basics/a.py\tone\nbasics/a.py\ttwo\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("listed twice");
    }

    @Test
    void theCheckedInTablesNameTestFiles() {
        for (String name : new String[] {"known-differences.tsv", "sandbox-skips.tsv"}) {
            assertThat(ReasonTable.load(name).entries().keySet()).as(name)
                    .allSatisfy(test -> assertThat(test).matches("[a-z_]+/[A-Za-z0-9_]+\\.py"));
        }
    }
}

package io.github.micropython4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplInputTest {
    private final List<String> prompts = new ArrayList<>();

    private List<String> statements(String input) throws Exception {
        ReplInput repl = new ReplInput(new BufferedReader(new StringReader(input)), prompts::add);
        List<String> statements = new ArrayList<>();
        String statement;
        while ((statement = repl.nextStatement()) != null) {
            statements.add(statement);
        }
        return statements;
    }

    @Test
    void simpleLinesAreStatements() throws Exception {
        assertThat(statements("x = 1\n\nx + 1\n")).containsExactly("x = 1", "x + 1");
        assertThat(prompts).containsExactly(">>> ", ">>> ", ">>> ", ">>> ");
    }

    @Test
    void blockContinuesUntilABlankLine() throws Exception {
        assertThat(statements("def f(a):\n    if a:\n        return 1\n    return 2\n\nf(0)\n"))
                .containsExactly("def f(a):\n    if a:\n        return 1\n    return 2", "f(0)");
        assertThat(prompts).containsExactly(">>> ", "... ", "... ", "... ", "... ", ">>> ", ">>> ");
    }

    @Test
    void decoratorsOpenABlock() throws Exception {
        assertThat(statements("@dec\ndef f():\n    pass\n\n")).containsExactly("@dec\ndef f():\n    pass");
    }

    @Test
    void openBracketsStringsAndBackslashesContinue() throws Exception {
        assertThat(statements("x = [1,\n  2]\ns = '''a\nb'''\ny = 1 + \\\n  2\nz = {'k': 1}\n"))
                .containsExactly("x = [1,\n  2]", "s = '''a\nb'''", "y = 1 + \\\n  2", "z = {'k': 1}");
    }

    @Test
    void colonsInsideStringsCommentsAndBracketsDoNotOpenBlocks() throws Exception {
        assertThat(statements("print('a:')\nx = 1  # note:\nd = {1: 2}\nf = lambda v: v\n"))
                .containsExactly("print('a:')", "x = 1  # note:", "d = {1: 2}", "f = lambda v: v");
    }

    @Test
    void endOfInputEndsAnOpenBlock() throws Exception {
        assertThat(statements("for i in range(2):\n    print(i)")).containsExactly("for i in range(2):\n    print(i)");
    }
}

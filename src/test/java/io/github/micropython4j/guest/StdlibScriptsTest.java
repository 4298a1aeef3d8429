package io.github.micropython4j.guest;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The standard-library scripts under src/test/resources/python/stdlib: each runs in a fresh
 * session and must print exactly what CPython 3 printed ({@code name.expected}, made by that
 * folder's regenerate.sh).
 */
class StdlibScriptsTest {
    private static final CPythonScriptDirectory SCRIPTS = new CPythonScriptDirectory("stdlib");

    static List<String> scripts() {
        return SCRIPTS.scripts();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void printsWhatCPythonPrints(String name) {
        SCRIPTS.assertPrintsWhatCPythonPrints(name);
    }

    @Test
    void everyScriptHasItsExpectedOutput() {
        SCRIPTS.assertEveryScriptHasItsExpectedOutput();
    }
}

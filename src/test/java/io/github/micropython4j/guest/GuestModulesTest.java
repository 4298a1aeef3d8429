package io.github.micropython4j.guest;

import static io.github.micropython4j.guest.PythonScripts.expected;
import static io.github.micropython4j.guest.PythonScripts.script;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.micropython4j.MicroPythonSession;
import io.github.micropython4j.Outcome;
import io.github.micropython4j.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The interpreter features the sandbox promises, each doing one real thing. */
class GuestModulesTest {

    @Test
    void everyPromisedModuleWorksAsInCPython() {
        try (var session = MicroPythonSession.builder().build()) {
            RunResult result = session.run(script("modules"));

            assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.OK);
            assertThat(result.stdout()).isEqualTo(expected("modules"));
        }
    }

    @Test
    void randomSeedIsReproducibleAcrossSessions() {
        String code = "import random\nrandom.seed(1234)\nprint([random.randint(0, 10**6) for _ in range(5)])";
        try (var first = MicroPythonSession.builder().build();
                var second = MicroPythonSession.builder().build()) {
            String a = first.run(code).stdout();
            String b = second.run(code).stdout();

            assertThat(a).matches("\\[\\d+(, \\d+){4}]\n").isEqualTo(b);
        }
    }

    @Test
    void unseededRandomDiffersBetweenSessions() {
        String code = "import random\nprint(random.getrandbits(32), random.getrandbits(32))";
        try (var first = MicroPythonSession.builder().build();
                var second = MicroPythonSession.builder().build()) {
            assertThat(first.run(code).stdout()).isNotEqualTo(second.run(code).stdout());
        }
    }

    @Test
    void frozenModulesImportBeforeTheFileSystem() {
        try (var session = MicroPythonSession.builder().build()) {
            RunResult result = session.run(String.join("\n",
                    "from __future__ import annotations",
                    "import __future__, sys",
                    "def f(x: int) -> 'str': return x",
                    "print(f(3), __future__.annotations.getMandatoryRelease(), sys.path[0])"));

            assertThat(result.stdout()).isEqualTo("3 None .frozen\n");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"_thread", "socket", "ffi", "machine", "uctypes", "select"})
    void modulesThatReachOutsideTheSandboxAreAbsent(String module) {
        try (var session = MicroPythonSession.builder().build()) {
            RunResult result = session.run("import " + module);

            assertThat(result.error()).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo("ModuleNotFoundError"));
        }
    }
}

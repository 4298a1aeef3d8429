package io.github.micropython4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Fuel is counted by the guest alone: the same code and budget stop at the same point, every time. */
class FuelDeterminismTest {

    @Test
    void aFuelExhaustingScriptStopsAtTheSamePointInFiveFreshSessions() {
        Set<String> stoppingPoints = new HashSet<>();
        Set<Long> fuelUsed = new HashSet<>();
        for (int run = 0; run < 5; run++) {
            try (MicroPythonSession session = MicroPythonSession.builder()
                    .fuelLimit(3_000_000)
                    .timeout(Duration.ofMinutes(1))
                    .build()) {
                RunResult exhausted = session.run(String.join("\n",
                        "i = 0",
                        "words = []",
                        "while True:",
                        "    i += 1",
                        "    words.append(str(i) * (i % 7))",
                        "    if len(words) > 100:",
                        "        words = sorted(words)[:50]"));

                assertThat(exhausted.outcome()).isEqualTo(Outcome.FUEL_EXHAUSTED);
                // the budget, and what the stopping guest used beyond it to reach a safe point
                assertThat(exhausted.fuelUsed().orElseThrow()).isBetween(3_000_000L, 3_000_000L + 10_000);
                fuelUsed.add(exhausted.fuelUsed().orElseThrow());
                stoppingPoints.add(session.run("print(i, len(words), words[-1])").stdout());
            }
        }

        assertThat(stoppingPoints).hasSize(1);
        assertThat(fuelUsed).hasSize(1);
        assertThat(stoppingPoints.iterator().next()).matches("\\d+ \\d+ \\d*\n");
    }

    @Test
    void aScriptThatFinishesUsesTheSameFuelEveryTime() {
        String code = "import json\nprint(len(json.dumps({str(k): list(range(k)) for k in range(200)})))";
        Set<Long> fuel = new HashSet<>();
        Set<String> output = new HashSet<>();
        for (int run = 0; run < 5; run++) {
            try (MicroPythonSession session = MicroPythonSession.builder().build()) {
                RunResult result = session.run(code);
                assertThat(result.outcome()).isEqualTo(Outcome.OK);
                fuel.add(result.fuelUsed().orElseThrow());
                output.add(result.stdout());
            }
        }

        assertThat(fuel).hasSize(1);
        assertThat(fuel.iterator().next()).isGreaterThan(10_000);
        assertThat(output).hasSize(1);
    }

    @Test
    void sessionsRunningTheSameSequenceUseTheSameFuelRunByRun() {
        // Fuel depends on the interpreter's state (dict sizes, interned names), so on what the
        // session ran before: the same history gives the same figures.
        String[] runs = {"def work(n):\n    return sum(i * i for i in range(n))", "work(5000)", "work(5000)", "work(10000)"};
        long[][] fuel = new long[2][runs.length];
        for (int session = 0; session < 2; session++) {
            try (MicroPythonSession s = MicroPythonSession.builder().build()) {
                for (int i = 0; i < runs.length; i++) {
                    fuel[session][i] = s.run(runs[i]).fuelUsed().orElseThrow();
                }
            }
        }

        assertThat(fuel[1]).containsExactly(fuel[0]);
        assertThat(fuel[0][3]).isGreaterThan(fuel[0][1] + fuel[0][1] / 2);
    }
}

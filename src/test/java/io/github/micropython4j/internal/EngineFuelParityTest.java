package io.github.micropython4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micropython4j.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The fuel meter lives in the wasm binary, so Chicory's interpreter and the build-time
 * compiled classes count the same units for the same code.
 */
class EngineFuelParityTest {

    private static RunReport runOn(boolean interpreted, String code) throws Exception {
        SessionConfig config = new SessionConfig(16 << 20, Duration.ofMinutes(5), 1_000_000_000L, 1 << 20,
                1 << 20, 100, Map.of(), List.of(), Map.of(), interpreted);
        try (SessionRuntime runtime = new SessionRuntime(config)) {
            return runtime.submit(code, false).get(5, TimeUnit.MINUTES);
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aShortScriptUsesTheSameFuelOnTheInterpreterAsCompiled() throws Exception {
        String code = "d = {}\nfor i in range(300):\n    d[str(i)] = [i] * (i % 5)\nprint(sum(len(v) for v in d.values()))";

        RunReport compiled = runOn(false, code);
        RunReport interpreted = runOn(true, code);

        assertThat(compiled.outcome()).isEqualTo(Outcome.OK);
        assertThat(interpreted.outcome()).isEqualTo(Outcome.OK);
        assertThat(interpreted.stdout()).isEqualTo(compiled.stdout()).isEqualTo("600\n");
        assertThat(compiled.fuelUsed()).isGreaterThan(1000L);
        assertThat(interpreted.fuelUsed()).isEqualTo(compiled.fuelUsed());
    }
}

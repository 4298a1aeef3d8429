package io.github.micropython4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micropython4j.Outcome;
import io.github.micropython4j.RunResult;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The fuel meter lives in the wasm binary, so Chicory's interpreter and the build-time
 * compiled classes count the same units for the same code.
 */
class EngineFuelParityTest {

    private static RunResult runOn(boolean interpreted, String code) {
        SessionConfig config = TestConfigs.config(1_000_000_000L, Duration.ofMinutes(5), 1 << 20, Map.of());
        try (SessionRuntime runtime = new SessionRuntime(config, null, interpreted)) {
            return runtime.run(code, Run.DEFAULT_SOURCE_NAME, false);
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aShortScriptUsesTheSameFuelOnTheInterpreterAsCompiled() throws Exception {
        String code = "d = {}\nfor i in range(300):\n    d[str(i)] = [i] * (i % 5)\nprint(sum(len(v) for v in d.values()))";

        RunResult compiled = runOn(false, code);
        RunResult interpreted = runOn(true, code);

        assertThat(compiled.outcome()).isEqualTo(Outcome.OK);
        assertThat(interpreted.outcome()).isEqualTo(Outcome.OK);
        assertThat(interpreted.stdout()).isEqualTo(compiled.stdout()).isEqualTo("600\n");
        assertThat(compiled.fuelUsed().orElseThrow()).isGreaterThan(1000L);
        assertThat(interpreted.fuelUsed()).isEqualTo(compiled.fuelUsed());
    }
}

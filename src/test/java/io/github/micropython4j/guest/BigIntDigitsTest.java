package io.github.micropython4j.guest;

import static io.github.micropython4j.guest.PythonScripts.expected;
import static io.github.micropython4j.guest.PythonScripts.script;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.micropython4j.MicroPythonSession;
import io.github.micropython4j.Outcome;
import io.github.micropython4j.RunResult;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Big integers keep CPython's values with 32-bit mpz digits on wasm32 (patches/0131): values at
 * and around 2**30, 2**31, 2**32 and 2**64, where a digit is as wide as the machine word and a
 * big integer becomes a small one again, as dict keys, through struct and through strings.
 */
class BigIntDigitsTest {

    @Test
    void bigIntegersAcrossDigitAndWordBoundariesMatchCPython() {
        try (var session = MicroPythonSession.builder().timeout(Duration.ofMinutes(2)).build()) {
            RunResult result = session.run(script("bigint_digits"));

            assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.OK);
            assertThat(result.stdout()).isEqualTo(expected("bigint_digits"));
        }
    }

    @Test
    void aWordWideValueIsNotTakenForANegativeSmallInt() {
        // 2**32 - 1 fits one 32-bit digit with its top bit set: as a machine word it would be -1.
        try (var session = MicroPythonSession.builder().build()) {
            RunResult result = session.run("x = 2**32\nprint(x - 1, (x - 1) > 0, -x ^ -99, (x - 1) // 1)");

            assertThat(result.stdout()).isEqualTo("4294967295 True 4294967197 4294967295\n");
        }
    }
}

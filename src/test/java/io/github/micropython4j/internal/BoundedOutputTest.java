package io.github.micropython4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BoundedOutputTest {

    @Test
    void keepsOutputUnderTheLimitPerStream() throws Exception {
        BoundedOutput output = new BoundedOutput(100);
        output.stdout().write("out".getBytes(StandardCharsets.UTF_8));
        output.stderr().write("err".getBytes(StandardCharsets.UTF_8));

        assertThat(output.drain()).isEqualTo(new CapturedOutput("out", "err", false));
    }

    @Test
    void cutsAtTheSharedLimitAppendsAMarkerAndThrows() throws Exception {
        BoundedOutput output = new BoundedOutput(10);
        output.stderr().write("123456".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> output.stdout().write("abcdefgh".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(OutputLimitExceededException.class)
                .hasMessage("output limit of 10 bytes exceeded");
        assertThat(output.limitExceeded()).isTrue();
        assertThatThrownBy(() -> output.stderr().write('x')).isInstanceOf(OutputLimitExceededException.class);

        CapturedOutput captured = output.drain();
        assertThat(captured.stdout()).isEqualTo("abcd\n[output truncated: limit 10 bytes]\n");
        assertThat(captured.stderr()).isEqualTo("123456");
        assertThat(captured.limitExceeded()).isTrue();
    }

    @Test
    void drainStartsAFreshBudget() throws Exception {
        BoundedOutput output = new BoundedOutput(4);
        assertThatThrownBy(() -> output.stdout().write("12345".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(OutputLimitExceededException.class);
        output.drain();

        output.stdout().write("abcd".getBytes(StandardCharsets.UTF_8));

        assertThat(output.drain()).isEqualTo(new CapturedOutput("abcd", "", false));
    }

    @Test
    void writingExactlyTheLimitIsAllowed() throws Exception {
        BoundedOutput output = new BoundedOutput(3);
        output.stdout().write("abc".getBytes(StandardCharsets.UTF_8));
        assertThat(output.limitExceeded()).isFalse();
        assertThatThrownBy(() -> output.stdout().write('d')).isInstanceOf(OutputLimitExceededException.class);
    }
}

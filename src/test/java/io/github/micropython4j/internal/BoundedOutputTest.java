package io.github.micropython4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
    void cutsAtTheSharedLimitAppendsAMarkerAndDropsTheRest() throws Exception {
        BoundedOutput output = new BoundedOutput(10);
        output.stderr().write("123456".getBytes(StandardCharsets.UTF_8));

        output.stdout().write("abcdefgh".getBytes(StandardCharsets.UTF_8));
        assertThat(output.limitExceeded()).isTrue();
        output.stderr().write('x');
        output.stdout().write("more".getBytes(StandardCharsets.UTF_8));

        CapturedOutput captured = output.drain();
        assertThat(captured.stdout()).isEqualTo("abcd\n[output truncated: limit 10 bytes]\n");
        assertThat(captured.stderr()).isEqualTo("123456");
        assertThat(captured.limitExceeded()).isTrue();
    }

    @Test
    void drainStartsAFreshBudget() throws Exception {
        BoundedOutput output = new BoundedOutput(4);
        output.stdout().write("12345".getBytes(StandardCharsets.UTF_8));
        assertThat(output.limitExceeded()).isTrue();
        output.drain();

        output.stdout().write("abcd".getBytes(StandardCharsets.UTF_8));

        assertThat(output.limitExceeded()).isFalse();
        assertThat(output.drain()).isEqualTo(new CapturedOutput("abcd", "", false));
    }

    @Test
    void writingExactlyTheLimitIsAllowed() throws Exception {
        BoundedOutput output = new BoundedOutput(3);
        output.stdout().write("abc".getBytes(StandardCharsets.UTF_8));
        assertThat(output.limitExceeded()).isFalse();

        output.stdout().write('d');

        assertThat(output.limitExceeded()).isTrue();
    }
}

package io.github.micropython4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BoundedOutputTest {

    private static void write(BoundedOutput output, boolean toStderr, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        output.write(toStderr, bytes, 0, bytes.length);
    }

    @Test
    void keepsOutputUnderTheLimitPerStream() {
        BoundedOutput output = new BoundedOutput(100, null, null);
        write(output, false, "out");
        write(output, true, "err");

        assertThat(output.stdout()).isEqualTo("out");
        assertThat(output.stderr()).isEqualTo("err");
        assertThat(output.limitExceeded()).isFalse();
    }

    @Test
    void cutsAtTheSharedLimitAppendsAMarkerAndDropsTheRest() {
        BoundedOutput output = new BoundedOutput(10, null, null);
        write(output, true, "123456");

        write(output, false, "abcdefgh");
        assertThat(output.limitExceeded()).isTrue();
        write(output, true, "x");
        write(output, false, "more");

        assertThat(output.stdout()).isEqualTo("abcd\n[output truncated: limit 10 bytes]\n");
        assertThat(output.stderr()).isEqualTo("123456");
    }

    @Test
    void writingExactlyTheLimitIsAllowed() {
        BoundedOutput output = new BoundedOutput(3, null, null);
        write(output, false, "abc");
        assertThat(output.limitExceeded()).isFalse();

        write(output, false, "d");

        assertThat(output.limitExceeded()).isTrue();
    }

    @Test
    void passesWhatItKeepsToTheSinksAsItIsWritten() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        BoundedOutput output = new BoundedOutput(8, out, err);

        write(output, false, "abc");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("abc");
        write(output, true, "de");
        write(output, false, "fghij");
        write(output, false, "never");

        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo(output.stdout())
                .isEqualTo("abcfgh\n[output truncated: limit 8 bytes]\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("de");
    }
}

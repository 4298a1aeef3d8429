package io.github.micropython4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.micropython4j.PythonError;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProtocolCodecTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void headerIsRequestIdThenFlagsThenValueLimitLittleEndian() {
        assertThat(ProtocolCodec.requestHeader(0x01020304, ProtocolCodec.FLAG_REPL, 0x00100000))
                .containsExactly(4, 3, 2, 1, 1, 0, 0, 0, 0, 0, 16, 0);
    }

    @Test
    void codeAsksForItsLastValueUnlessInteractive() {
        ProtocolCodec.Request plain = ProtocolCodec.codeRequest(null, "1 + 1", false);
        assertThat(plain.flags()).isEqualTo(ProtocolCodec.FLAG_VALUE);
        assertThat(new String(plain.bytes(), StandardCharsets.UTF_8)).isEqualTo("1 + 1");

        ProtocolCodec.Request named = ProtocolCodec.codeRequest("job.py", "x", true);
        assertThat(named.flags()).isEqualTo(ProtocolCodec.FLAG_REPL | ProtocolCodec.FLAG_NAMED);
        assertThat(new String(named.bytes(), StandardCharsets.UTF_8)).isEqualTo("job.py\0x");
    }

    @Test
    void globalRequestsAreTheNameThenForSetANulAndTheJson() {
        ProtocolCodec.Request set = ProtocolCodec.setGlobalRequest("prices", "{\"é\":1}".getBytes(StandardCharsets.UTF_8));
        assertThat(set.flags()).isEqualTo(ProtocolCodec.FLAG_SET_GLOBAL);
        assertThat(new String(set.bytes(), StandardCharsets.UTF_8)).isEqualTo("prices\0{\"é\":1}");

        ProtocolCodec.Request get = ProtocolCodec.getGlobalRequest("prices");
        assertThat(get.flags()).isEqualTo(ProtocolCodec.FLAG_GET_GLOBAL);
        assertThat(new String(get.bytes(), StandardCharsets.UTF_8)).isEqualTo("prices");
    }

    @Test
    void decodesOkWithAValueOrWithWhyThereIsNone() {
        assertThat(ProtocolCodec.decodeResult(0, ProtocolCodec.encodeFields(List.of("value", "[1,\"a\"]"))))
                .isEqualTo(GuestReport.okWithValue("[1,\"a\"]"));
        assertThat(ProtocolCodec.decodeResult(0, ProtocolCodec.encodeFields(List.of("no-value", "TypeError: set"))))
                .isEqualTo(GuestReport.okWithoutValue("TypeError: set"));
        assertThatThrownBy(() -> ProtocolCodec.decodeResult(0, ProtocolCodec.encodeFields(List.of("value"))))
                .isInstanceOf(ProtocolViolation.class);
        assertThatThrownBy(() -> ProtocolCodec.decodeResult(0, ProtocolCodec.encodeFields(List.of("what", "1"))))
                .isInstanceOf(ProtocolViolation.class);
    }

    @Test
    void fieldsRoundTripIncludingEmptyAndMultiByteText() {
        List<String> fields = List.of("", "NameError", "héllo ✓");
        byte[] encoded = ProtocolCodec.encodeFields(fields);
        assertThat(encoded).startsWith(0, 0, 0, 0, 9, 0, 0, 0);
        assertThat(ProtocolCodec.decodeFields(encoded)).isEqualTo(fields);
    }

    @Test
    void decodesOk() {
        assertThat(ProtocolCodec.decodeResult(0, new byte[0])).isEqualTo(GuestReport.ok());
    }

    @Test
    void decodesExceptionWithFramesOutermostFirst() {
        byte[] payload = ProtocolCodec.encodeFields(List.of(
                "ZeroDivisionError", "divide by zero", "Traceback...\n", "0",
                "<string>", "3", "<module>",
                "<string>", "2", "f"));

        GuestReport report = ProtocolCodec.decodeResult(1, payload);

        assertThat(report.status()).isEqualTo(GuestReport.Status.EXCEPTION);
        assertThat(report.allocationFailed()).isFalse();
        assertThat(report.error()).isEqualTo(new PythonError("ZeroDivisionError", "divide by zero", "Traceback...\n",
                List.of(new PythonError.Frame("<string>", 3, "<module>"), new PythonError.Frame("<string>", 2, "f"))));
        assertThat(report.error().innermostFrame()).contains(new PythonError.Frame("<string>", 2, "f"));
    }

    @Test
    void aMemoryErrorAfterAFailedAllocationIsFlagged() {
        byte[] payload = ProtocolCodec.encodeFields(List.of("MemoryError", "", "MemoryError\n", "1"));

        assertThat(ProtocolCodec.decodeResult(1, payload).allocationFailed()).isTrue();
    }

    @Test
    void exceptionPayloadCutShortByTheGuestKeepsWhatIsComplete() {
        byte[] onlyType = ProtocolCodec.encodeFields(List.of("MemoryError"));
        assertThat(ProtocolCodec.decodeResult(1, onlyType).error())
                .isEqualTo(new PythonError("MemoryError", "", "", List.of()));

        byte[] partialFrame = ProtocolCodec.encodeFields(
                List.of("E", "m", "tb", "0", "<string>", "1", "<module>", "<string>", "7"));
        assertThat(ProtocolCodec.decodeResult(1, partialFrame).error().frames())
                .containsExactly(new PythonError.Frame("<string>", 1, "<module>"));
    }

    @Test
    void decodesExitAndAborted() {
        assertThat(ProtocolCodec.decodeResult(2, ProtocolCodec.encodeFields(List.of("42"))))
                .isEqualTo(GuestReport.exit(42));
        assertThat(ProtocolCodec.decodeResult(2, ProtocolCodec.encodeFields(List.of("-1"))))
                .isEqualTo(GuestReport.exit(-1));
        assertThat(ProtocolCodec.decodeResult(3, new byte[0])).isEqualTo(GuestReport.aborted());
    }

    @Test
    void rejectsMalformedResults() {
        assertThatThrownBy(() -> ProtocolCodec.decodeResult(9, new byte[0]))
                .isInstanceOf(ProtocolViolation.class).hasMessageContaining("status 9");
        assertThatThrownBy(() -> ProtocolCodec.decodeResult(0, new byte[] {5, 0, 0, 0, 'a'}))
                .isInstanceOf(ProtocolViolation.class).hasMessageContaining("overruns");
        assertThatThrownBy(() -> ProtocolCodec.decodeResult(0, new byte[] {1, 0}))
                .isInstanceOf(ProtocolViolation.class).hasMessageContaining("truncated");
        assertThatThrownBy(() -> ProtocolCodec.decodeResult(2, ProtocolCodec.encodeFields(List.of("x"))))
                .isInstanceOf(ProtocolViolation.class).hasMessageContaining("exit code");
        assertThatThrownBy(() -> ProtocolCodec.decodeResult(1, new byte[0]))
                .isInstanceOf(ProtocolViolation.class);
    }

    @Test
    void decodesHostCallArgumentsAsPlainJavaValues() {
        byte[] json = "[[1, 2.5, \"s\", null, true, [1, {\"a\": [2]}], 123456789012345678901234567890], {\"k\": {\"n\": 1}}]"
                .getBytes(StandardCharsets.UTF_8);

        HostCallRequest request = ProtocolCodec.decodeHostCall(json);

        assertThat(request.args()).containsExactly(1, 2.5, "s", null, true,
                List.of(1, Map.of("a", List.of(2))), new BigInteger("123456789012345678901234567890"));
        assertThat(request.kwargs()).isEqualTo(Map.of("k", Map.of("n", 1)));
    }

    @Test
    void rejectsHostCallsOfTheWrongShape() {
        for (String bad : List.of("{}", "[[]]", "[{}, []]", "[[], {}, 1]", "[[], {}] x", "not json")) {
            assertThatThrownBy(() -> ProtocolCodec.decodeHostCall(bad.getBytes(StandardCharsets.UTF_8)))
                    .as(bad)
                    .isInstanceOf(ProtocolViolation.class);
        }
    }

    @Test
    void encodesEnvelopes() throws Exception {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("list", List.of(1, "two"));
        value.put("none", null);
        assertThat(JSON.readValue(ProtocolCodec.hostSuccess(JSON.writeValueAsBytes(value)), List.class))
                .isEqualTo(Arrays.asList(0, value));
        assertThat(JSON.readValue(ProtocolCodec.hostSuccess("null".getBytes(StandardCharsets.UTF_8)), List.class))
                .isEqualTo(Arrays.asList(0, null));
        assertThat(new String(ProtocolCodec.hostFailure("ValueError", "bad \"x\""), StandardCharsets.UTF_8))
                .isEqualTo("[1,\"ValueError\",\"bad \\\"x\\\"\"]");
    }
}

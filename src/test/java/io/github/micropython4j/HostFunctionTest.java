package io.github.micropython4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostFunctionTest {

    /** One Java view of a call, so tests can assert on exactly what arrived. */
    private record Call(List<Object> args, Map<String, Object> kwargs) {}

    @Test
    void positionalAndKeywordArgumentsArriveAsJavaValues() {
        List<Call> calls = new CopyOnWriteArrayList<>();
        try (MicroPythonSession session = MicroPythonSession.builder()
                .hostFunction("record", (args, kwargs) -> {
                    calls.add(new Call(args, kwargs));
                    return null;
                })
                .build()) {
            RunResult result = session.run(
                    "import host\nr = host.record(1, 2.5, 'text', None, True, [1, [2]], {'k': {'n': 3}}, 2**70, limit=3, name='x')\nprint(r)");

            assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.OK);
            assertThat(result.stdout()).isEqualTo("None\n");
            assertThat(calls).hasSize(1);
            assertThat(calls.get(0).args()).containsExactly(1, 2.5, "text", null, true,
                    List.of(1, List.of(2)), Map.of("k", Map.of("n", 3)), BigInteger.TWO.pow(70));
            assertThat(calls.get(0).kwargs()).isEqualTo(Map.of("limit", 3, "name", "x"));
        }
    }

    @Test
    void nestedResultsComeBackAsPythonValues() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("list", List.of(1, 2, List.of("three")));
        nested.put("none", null);
        nested.put("flag", false);
        nested.put("pi", 3.5);
        try (MicroPythonSession session = MicroPythonSession.builder()
                .hostFunction("config", (args, kwargs) -> nested)
                .hostFunction("pair", (args, kwargs) -> new Call(args, kwargs))
                .build()) {
            RunResult result = session.run(String.join("\n",
                    "import host",
                    "c = host.config()",
                    "print(c['list'][2][0], c['none'] is None, c['flag'] is False, c['pi'] * 2)",
                    "p = host.call('pair', 7, k='v')",
                    "print(sorted(p.items()))"));

            assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.OK);
            assertThat(result.stdout()).isEqualTo("three True True 7.0\n[('args', [7]), ('kwargs', {'k': 'v'})]\n");
        }
    }

    @Test
    void javaExceptionsBecomeCatchablePythonExceptions() {
        try (MicroPythonSession session = MicroPythonSession.builder()
                .hostFunction("check", (args, kwargs) -> { throw new IllegalArgumentException("negative amount"); })
                .hostFunction("fail", (args, kwargs) -> { throw new IllegalStateException("database down"); })
                .hostFunction("lookup", (args, kwargs) -> { throw new PythonException("KeyError", "no user 7"); })
                .build()) {
            RunResult result = session.run(String.join("\n",
                    "import host",
                    "for name in ('check', 'fail', 'lookup'):",
                    "    try:",
                    "        host.call(name)",
                    "    except Exception as e:",
                    "        print(type(e).__name__, e.args[0])"));

            assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.OK);
            assertThat(result.stdout()).isEqualTo(
                    "ValueError negative amount\nRuntimeError database down\nKeyError no user 7\n");
        }
    }

    @Test
    void uncaughtHostExceptionIsAPythonErrorWithTheJavaMessage() {
        try (MicroPythonSession session = MicroPythonSession.builder()
                .hostFunction("fail", (args, kwargs) -> { throw new IllegalStateException("database down"); })
                .build()) {
            RunResult result = session.run("import host\n\nhost.fail()");
            assertThat(result.outcome()).isEqualTo(Outcome.PYTHON_ERROR);
            assertThat(result.error().orElseThrow().type()).isEqualTo("RuntimeError");
            assertThat(result.error().orElseThrow().message()).isEqualTo("database down");
            assertThat(result.error().orElseThrow().innermostFrame().orElseThrow().line()).isEqualTo(3);
        }
    }

    @Test
    void tooLargeResultRaisesValueError() {
        try (MicroPythonSession session = MicroPythonSession.builder()
                .hostPayloadLimit(1000)
                .hostFunction("big", (args, kwargs) -> "x".repeat(5000))
                .build()) {
            RunResult result = session.run(
                    "import host\ntry:\n    host.big()\nexcept ValueError as e:\n    print(e)");
            assertThat(result.stdout()).isEqualTo("host function result too large: 5006 bytes of JSON (limit 1000 bytes)\n");
        }
    }

    @Test
    void tooLargeArgumentsRaiseValueErrorWithoutCallingTheFunction() {
        List<Object> calls = new ArrayList<>();
        try (MicroPythonSession session = MicroPythonSession.builder()
                .hostPayloadLimit(1000)
                .hostFunction("take", (args, kwargs) -> calls.add(args))
                .build()) {
            RunResult result = session.run(
                    "import host\ntry:\n    host.take('y' * 2000)\nexcept ValueError as e:\n    print(e)");
            assertThat(result.stdout()).startsWith("host function arguments too large: ");
            assertThat(calls).isEmpty();
        }
    }

    @Test
    void hostCallsPerRunAreCapped() {
        try (MicroPythonSession session = MicroPythonSession.builder()
                .maxHostCallsPerRun(5)
                .hostFunction("ping", (args, kwargs) -> "pong")
                .build()) {
            String code = "import host\nn = 0\ntry:\n    while True:\n        host.ping()\n        n += 1\n"
                    + "except RuntimeError as e:\n    print(n, e)";
            RunResult first = session.run(code);
            assertThat(first.stdout()).isEqualTo("5 too many host calls in one run (limit 5)\n");
            assertThat(session.run(code).stdout()).as("the count restarts each run")
                    .isEqualTo("5 too many host calls in one run (limit 5)\n");
        }
    }

    @Test
    void unknownHostFunctionRaisesAttributeError() {
        try (MicroPythonSession session = MicroPythonSession.builder().build()) {
            RunResult result = session.run("import host\nhost.missing(1)");
            assertThat(result.outcome()).isEqualTo(Outcome.PYTHON_ERROR);
            assertThat(result.error().orElseThrow().type()).isEqualTo("AttributeError");
            assertThat(result.error().orElseThrow().message()).isEqualTo("no host function named 'missing'");
        }
    }

    @Test
    void hostFunctionThatIgnoresTheTimeoutStillEndsTheRun() {
        try (MicroPythonSession session = MicroPythonSession.builder()
                .timeout(Duration.ofMillis(500))
                .hostFunction("block", (args, kwargs) -> {
                    Thread.sleep(60_000);
                    return null;
                })
                .build()) {
            RunResult result = session.run("import host\nhost.block()\nprint('after')");
            assertThat(result.outcome()).isEqualTo(Outcome.TIMEOUT);
            assertThat(result.stdout()).isEmpty();
            assertThat(session.run("print('next')").stdout()).isEqualTo("next\n");
        }
    }

    @Test
    void hostFunctionCannotWaitForItsOwnSession() {
        MicroPythonSession[] self = new MicroPythonSession[1];
        try (MicroPythonSession session = MicroPythonSession.builder()
                .hostFunction("reenter", (args, kwargs) -> self[0].run("pass"))
                .build()) {
            self[0] = session;
            RunResult result = session.run("import host\nhost.reenter()");
            assertThat(result.outcome()).isEqualTo(Outcome.PYTHON_ERROR);
            assertThat(result.error().orElseThrow().message())
                    .isEqualTo("a host function cannot wait for a run of its own session");
        }
    }

    @Test
    void hostFunctionNamesMustBePythonIdentifiers() {
        MicroPythonSession.Builder builder = MicroPythonSession.builder();
        for (String bad : Arrays.asList("", "1abc", "with-dash", "class", "naïve", null)) {
            assertThatThrownBy(() -> builder.hostFunction(bad, (args, kwargs) -> null))
                    .as(String.valueOf(bad))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        builder.hostFunction("ok_2", (args, kwargs) -> null);
        assertThatThrownBy(() -> builder.hostFunction("ok_2", (args, kwargs) -> null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("host function 'ok_2' is already defined");
        assertThatThrownBy(() -> new PythonException("not valid", "m")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hostFunctionsAreAlsoCallableByTheirBareNameWithoutTouchingGlobals() {
        try (MicroPythonSession session = MicroPythonSession.builder()
                .hostFunction("add", (args, kwargs) -> ((Number) args.get(0)).longValue() + ((Number) args.get(1)).longValue())
                .hostFunction("shout", (args, kwargs) -> String.valueOf(args.get(0)).toUpperCase(java.util.Locale.ROOT))
                .build()) {
            RunResult result = session.run("print(add(2, 3), shout('hi'), sorted(globals().keys()))");
            RunResult shadowed = session.run("add = lambda a, b: 'mine'\nprint(add(2, 3))");

            assertThat(result.stdout()).as(result.toString()).isEqualTo("5 HI ['__name__']\n");
            assertThat(shadowed.stdout()).isEqualTo("mine\n");
        }
    }

    @Test
    void bareHostFunctionNamesComeBackAfterTheSessionIsReset() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (MicroPythonSession session = MicroPythonSession.builder()
                .timeout(java.time.Duration.ofMillis(200))
                .hostFunction("spin", (args, kwargs) -> awaitIgnoringInterrupts(release))
                .hostFunction("one", (args, kwargs) -> 1)
                .build()) {
            RunResult stuck = session.run("spin()");
            release.countDown();
            RunResult after = session.run("print(one())");

            assertThat(stuck.sessionReset()).isTrue();
            assertThat(after.stdout()).as(after.toString()).isEqualTo("1\n");
        }
    }

    @Test
    void aHostFunctionIsNeverEnteredTwiceAtOnceEvenAfterItsGuestWasAbandoned() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger active = new AtomicInteger();
        AtomicInteger mostActive = new AtomicInteger();
        AtomicInteger calls = new AtomicInteger();
        try (MicroPythonSession session = MicroPythonSession.builder()
                .timeout(java.time.Duration.ofMillis(300))
                .hostFunction("block", (args, kwargs) -> {
                    calls.incrementAndGet();
                    mostActive.accumulateAndGet(active.incrementAndGet(), Math::max);
                    try {
                        return awaitIgnoringInterrupts(release);
                    } finally {
                        active.decrementAndGet();
                    }
                })
                .build()) {
            RunResult abandoned = session.run("block()");
            RunResult waiting = session.run("block()");
            release.countDown();
            RunResult afterwards = session.run("print(block())");

            assertThat(abandoned.outcome()).isEqualTo(Outcome.TIMEOUT);
            assertThat(abandoned.sessionReset()).isTrue();
            assertThat(waiting.outcome()).as(waiting.toString()).isEqualTo(Outcome.TIMEOUT);
            assertThat(waiting.sessionReset()).isFalse();
            assertThat(waiting.error().orElseThrow().message()).contains("another call of this session was still running");
            assertThat(afterwards.stdout()).as(afterwards.toString()).isEqualTo("True\n");
            assertThat(mostActive).hasValue(1);
            assertThat(calls).hasValue(2); // the waiting run's call never entered the function
        }
    }

    /** Waits for {@code latch} however often it is interrupted, as a badly behaved host function would. */
    private static boolean awaitIgnoringInterrupts(CountDownLatch latch) {
        while (true) {
            try {
                latch.await();
                return true;
            } catch (InterruptedException ignored) {
                // carry on waiting
            }
        }
    }

    @Test
    void namesTheHostModuleReservesAreRejected() {
        for (String name : new String[] {"_private", "__init__", "call"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> MicroPythonSession.builder().hostFunction(name, (args, kwargs) -> null))
                    .as(name).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aTimeoutInterruptsTheRunningHostFunctionAndTheSessionKeepsItsState() {
        try (MicroPythonSession session = MicroPythonSession.builder()
                .timeout(java.time.Duration.ofMillis(300))
                .fuelLimit(Long.MAX_VALUE)
                .hostFunction("wait", (args, kwargs) -> {
                    Thread.sleep(20_000);
                    return null;
                })
                .build()) {
            session.run("x = 42");

            RunResult result = session.run("try:\n    wait()\nexcept Exception as e:\n    print('host call ended')\nwhile True:\n    pass");

            assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.TIMEOUT);
            assertThat(result.sessionReset()).isFalse();
            assertThat(result.stdout()).isEqualTo("host call ended\n");
            assertThat(session.run("print(x)").stdout()).isEqualTo("42\n");
        }
    }
}

package io.github.micropython4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import io.github.micropython4j.Outcome;
import io.github.micropython4j.RunResult;
import org.junit.jupiter.api.Test;

class GuestProtocolTest {

    /** A byte array standing in for the guest's linear memory. */
    private static final class FakeMemory implements GuestMemory {
        final byte[] bytes = new byte[4096];

        @Override
        public byte[] read(int address, int length) {
            return Arrays.copyOfRange(bytes, address, address + length);
        }

        @Override
        public void write(int address, byte[] data) {
            System.arraycopy(data, 0, bytes, address, data.length);
        }

        String string(int address, int length) {
            return new String(bytes, address, length, StandardCharsets.UTF_8);
        }
    }

    private static final class FakeSource implements GuestProtocol.RunSource {
        final Deque<Run> runs = new ArrayDeque<>();
        final List<Run> ended = new ArrayList<>();
        boolean retired;

        @Override
        public Run next(FuelAccount.Tank fuel) {
            Run run = runs.poll();
            if (run != null) {
                run.start(null, false, fuel);
            }
            return run;
        }

        @Override
        public void ended(Run run, boolean discardGuest) {
            ended.add(run);
        }

        @Override
        public boolean isRetired() {
            return retired;
        }
    }


    private final FakeMemory memory = new FakeMemory();
    private final TestTank fuel = new TestTank();
    private final FakeSource source = new FakeSource();
    private final GuestProtocol protocol = new GuestProtocol(source,
            new HostCallDispatcher(Map.of("twice", (args, kwargs) -> List.of(args, args)), 1000, TestConfigs.conversions()), 256);

    private static Run run(int id, String code) {
        return new Run(id, code, Run.DEFAULT_SOURCE_NAME, false, TestConfigs.withFuel(5_000_000));
    }

    private static RunResult resultOf(Run run) {
        assertThat(run.result()).isDone();
        return run.result().join();
    }

    @Test
    void handsOverCodeThatFits() {
        source.runs.add(new Run(7, "print(1)", Run.DEFAULT_SOURCE_NAME, true, TestConfigs.config()));

        assertThat(protocol.sessionNext(memory, fuel, 0, 100, 64)).isEqualTo(8);
        // id 7, flags REPL, value limit 1 MiB (the config's host payload limit)
        assertThat(memory.read(0, 12)).containsExactly(7, 0, 0, 0, 1, 0, 0, 0, 0, 0, 16, 0);
        assertThat(memory.string(100, 8)).isEqualTo("print(1)");
    }

    @Test
    void handsOverTheSameRequestAgainWhenTheBufferWasTooSmall() {
        source.runs.add(run(1, "x = 'long enough'"));
        source.runs.add(run(2, "y = 2"));

        assertThat(protocol.sessionNext(memory, fuel, 0, 100, 4)).isEqualTo(17);
        assertThat(memory.read(100, 4)).containsExactly(0, 0, 0, 0);
        assertThat(protocol.sessionNext(memory, fuel, 0, 200, 17)).isEqualTo(17);
        assertThat(memory.read(0, 4)).containsExactly(1, 0, 0, 0);
        assertThat(memory.string(200, 17)).isEqualTo("x = 'long enough'");
        protocol.sessionResult(memory, fuel, 1, 0, 0, 0);
        assertThat(protocol.sessionNext(memory, fuel, 0, 200, 17)).isEqualTo(5);
        assertThat(memory.read(0, 4)).containsExactly(2, 0, 0, 0);
    }

    @Test
    void returnsMinusOneWhenThereIsNoMoreWork() {
        assertThat(protocol.sessionNext(memory, fuel, 0, 100, 64)).isEqualTo(-1);
    }

    @Test
    void decodesTheResultPayloadFromMemory() {
        byte[] payload = ProtocolCodec.encodeFields(List.of("3"));
        memory.write(500, payload);
        Run run = run(9, "raise SystemExit(3)");
        source.runs.add(run);
        protocol.sessionNext(memory, fuel, 0, 100, 64);
        fuel.level -= 1234; // the guest's meter counted 1234 units

        protocol.sessionResult(memory, fuel, 9, 2, 500, payload.length);

        assertThat(resultOf(run).outcome()).isEqualTo(Outcome.EXIT);
        assertThat(resultOf(run).exitCode()).hasValue(3);
        assertThat(resultOf(run).fuelUsed()).hasValue(1234);
        assertThat(source.ended).containsExactly(run);
        assertThat(fuel.level).isEqualTo(FuelAccount.IDLE_ALLOWANCE);
    }

    @Test
    void aResultForARunThatIsNotRunningIsAProtocolViolation() {
        source.runs.add(run(1, "pass"));
        protocol.sessionNext(memory, fuel, 0, 100, 64);

        assertThatThrownBy(() -> protocol.sessionResult(memory, fuel, 2, 0, 0, 0)).isInstanceOf(ProtocolViolation.class);
    }

    @Test
    void hostCallKeepsTheResponseUntilItIsFetchedOnce() {
        source.runs.add(run(1, "twice(1)"));
        protocol.sessionNext(memory, fuel, 0, 100, 64);
        byte[] name = "twice".getBytes(StandardCharsets.UTF_8);
        byte[] request = "[[1], {}]".getBytes(StandardCharsets.UTF_8);
        memory.write(0, name);
        memory.write(100, request);

        int length = protocol.hostCall(memory, 0, name.length, 100, request.length);

        assertThat(length).isEqualTo("[0,[[1],[1]]]".length());
        assertThat(protocol.hostResult(memory, 1000, length - 1)).isEqualTo(-1);
        assertThat(protocol.hostResult(memory, 1000, length)).isEqualTo(length);
        assertThat(memory.string(1000, length)).isEqualTo("[0,[[1],[1]]]");
        assertThat(protocol.hostResult(memory, 1000, length)).isEqualTo(-1);
    }

    @Test
    void reportsTheMemoryLimit() {
        assertThat(protocol.memoryLimitPages()).isEqualTo(256);
    }

    @Test
    void fuelIsRefilledDuringARunAndStopsItWhenTheBudgetIsSpent() {
        Run run = run(1, "while True: pass");
        source.runs.add(run);
        protocol.sessionNext(memory, fuel, 0, 100, 64);

        int refills = 0;
        while (true) {
            fuel.level = -1; // the guest used every unit it had
            if (protocol.fuelExhausted(fuel) == 1) {
                break;
            }
            refills++;
        }

        assertThat(refills).isEqualTo(4); // 5 slices of 1,000,000 in a budget of 5,000,000
        assertThat(fuel.level).isEqualTo(FuelAccount.OVERDRAFT);
        fuel.level -= 10; // reaching the safe point
        protocol.sessionResult(memory, fuel, 1, 3, 0, 0);
        assertThat(resultOf(run).outcome()).isEqualTo(Outcome.FUEL_EXHAUSTED);
        assertThat(resultOf(run).fuelUsed()).hasValue(5_000_001 + 10);
    }

    @Test
    void outsideRunsTheGuestIsNeverStopped() {
        fuel.level = -1;

        assertThat(protocol.fuelExhausted(fuel)).isZero();
        assertThat(fuel.level).isEqualTo(FuelAccount.IDLE_ALLOWANCE);
    }

    @Test
    void outputOverTheLimitStopsTheRunAtTheGuestsNextTick() {
        Run run = new Run(1, "while True: print(1)", Run.DEFAULT_SOURCE_NAME, false,
                TestConfigs.config(5_000_000, java.time.Duration.ofHours(1), 8, Map.of()));
        source.runs.add(run);
        protocol.sessionNext(memory, fuel, 0, 100, 64);
        fuel.level -= 100;

        protocol.write(false, "1\n1\n".getBytes(StandardCharsets.UTF_8), 0, 4);
        protocol.afterOutput(fuel);
        assertThat(fuel.level).isEqualTo(FuelAccount.SLICE - 100);
        protocol.write(false, "1\n1\n1\n".getBytes(StandardCharsets.UTF_8), 0, 6);
        protocol.afterOutput(fuel);

        assertThat(fuel.level).isZero();
        fuel.level = -1;
        assertThat(protocol.fuelExhausted(fuel)).isEqualTo(1);
        protocol.sessionResult(memory, fuel, 1, 3, 0, 0);
        assertThat(resultOf(run).outcome()).isEqualTo(Outcome.OUTPUT_LIMIT);
        assertThat(resultOf(run).stdout()).isEqualTo("1\n1\n1\n1\n\n[output truncated: limit 8 bytes]\n");
        assertThat(resultOf(run).fuelUsed()).hasValue(101);
    }

    @Test
    void aStopRequestCutsASleepShortAndEmptiesTheTank() throws Exception {
        Run run = run(1, "import time; time.sleep(1000)");
        source.runs.add(run);
        protocol.sessionNext(memory, fuel, 0, 100, 64);
        new Thread(() -> run.requestStop(Run.StopReason.TIMEOUT)).start();

        protocol.sleepMillis(fuel, 600_000); // returns only through the stop request

        assertThat(fuel.level).isZero();
        assertThat(run.stopRequest()).isEqualTo(Run.StopReason.TIMEOUT);
    }

    @Test
    void aRetiredWorkerStopsTheGuestAtItsNextImportCall() {
        source.retired = true;
        assertThatThrownBy(() -> protocol.sessionNext(memory, fuel, 0, 100, 64)).isInstanceOf(WorkerRetiredException.class);
        assertThatThrownBy(() -> protocol.sleepMillis(fuel, 1)).isInstanceOf(WorkerRetiredException.class);
        assertThatThrownBy(() -> protocol.hostCall(memory, 0, 1, 0, 1)).isInstanceOf(WorkerRetiredException.class);
    }

    @Test
    void sleepIsCutShortByInterruptionAndKeepsTheInterrupt() {
        source.runs.add(run(1, "import time; time.sleep(600)"));
        protocol.sessionNext(memory, fuel, 0, 100, 64);
        Thread.currentThread().interrupt();
        try {
            protocol.sleepMillis(fuel, 600_000); // returns only through the interrupt

            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}

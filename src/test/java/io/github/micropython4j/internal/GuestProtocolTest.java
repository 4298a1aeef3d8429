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

    private static final class FakeSession implements GuestProtocol.Session {
        final Deque<PendingRun> runs = new ArrayDeque<>();
        final List<String> finished = new ArrayList<>();
        boolean retired;

        @Override
        public PendingRun awaitRun() {
            return runs.poll();
        }

        @Override
        public void finishRun(int id, GuestReport report, long fuelUsed, RunControl.StopReason stopReason) {
            finished.add(id + ":" + report.status() + ":" + fuelUsed + ":" + stopReason);
        }

        @Override
        public boolean isRetired() {
            return retired;
        }
    }

    /** The guest's fuel global. */
    private static final class FakeTank implements RunControl.FuelTank {
        long level;

        @Override
        public long level() {
            return level;
        }

        @Override
        public void fill(long units) {
            level = units;
        }
    }

    private final FakeMemory memory = new FakeMemory();
    private final FakeTank fuel = new FakeTank();
    private final FakeSession session = new FakeSession();
    private final RunControl control = new RunControl(5_000_000);
    private final GuestProtocol protocol = new GuestProtocol(session,
            new HostCallDispatcher(Map.of("twice", (args, kwargs) -> List.of(args, args)), 1000, 10), control, 256);

    @Test
    void handsOverCodeThatFits() {
        session.runs.add(new PendingRun(7, "print(1)", true));

        assertThat(protocol.sessionNext(memory, fuel, 0, 100, 64)).isEqualTo(8);
        assertThat(memory.read(0, 8)).containsExactly(7, 0, 0, 0, 1, 0, 0, 0);
        assertThat(memory.string(100, 8)).isEqualTo("print(1)");
    }

    @Test
    void handsOverTheSameRequestAgainWhenTheBufferWasTooSmall() {
        session.runs.add(new PendingRun(1, "x = 'long enough'", false));
        session.runs.add(new PendingRun(2, "y = 2", false));

        assertThat(protocol.sessionNext(memory, fuel, 0, 100, 4)).isEqualTo(17);
        assertThat(memory.read(100, 4)).containsExactly(0, 0, 0, 0);
        assertThat(protocol.sessionNext(memory, fuel, 0, 200, 17)).isEqualTo(17);
        assertThat(memory.read(0, 4)).containsExactly(1, 0, 0, 0);
        assertThat(memory.string(200, 17)).isEqualTo("x = 'long enough'");
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

        session.runs.add(new PendingRun(9, "raise SystemExit(3)", false));
        protocol.sessionNext(memory, fuel, 0, 100, 64);
        fuel.level -= 1234; // the guest's meter counted 1234 units

        protocol.sessionResult(memory, fuel, 9, 2, 500, payload.length);

        assertThat(session.finished).containsExactly("9:EXIT:1234:null");
    }

    @Test
    void hostCallKeepsTheResponseUntilItIsFetchedOnce() {
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
        session.runs.add(new PendingRun(1, "while True: pass", false));
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
        assertThat(fuel.level).isEqualTo(RunControl.OVERDRAFT);
        fuel.level -= 10; // reaching the safe point
        protocol.sessionResult(memory, fuel, 1, 3, 0, 0);
        assertThat(session.finished).containsExactly("1:ABORTED:5000000:FUEL");
    }

    @Test
    void outputOverTheLimitStopsTheRunAtTheGuestsNextTick() {
        session.runs.add(new PendingRun(1, "while True: print(1)", false));
        protocol.sessionNext(memory, fuel, 0, 100, 64);
        fuel.level -= 100;

        protocol.outputWritten(fuel, false);
        assertThat(fuel.level).isEqualTo(RunControl.SLICE - 100);
        protocol.outputWritten(fuel, true);

        assertThat(fuel.level).isZero();
        fuel.level = -1;
        assertThat(protocol.fuelExhausted(fuel)).isEqualTo(1);
        protocol.sessionResult(memory, fuel, 1, 3, 0, 0);
        assertThat(session.finished).containsExactly("1:ABORTED:101:OUTPUT_LIMIT");
    }

    @Test
    void aStopRequestCutsASleepShortAndEmptiesTheTank() throws Exception {
        session.runs.add(new PendingRun(1, "import time; time.sleep(1000)", false));
        protocol.sessionNext(memory, fuel, 0, 100, 64);
        new Thread(() -> control.requestStop(1, RunControl.StopReason.TIMEOUT)).start();
        long start = System.nanoTime();

        protocol.sleepMillis(fuel, 60_000);

        assertThat(System.nanoTime() - start).isLessThan(10_000_000_000L);
        assertThat(fuel.level).isZero();
    }

    @Test
    void aRetiredWorkerStopsTheGuestAtItsNextImportCall() {
        session.retired = true;
        assertThatThrownBy(() -> protocol.sessionNext(memory, fuel, 0, 100, 64)).isInstanceOf(WorkerRetiredException.class);
        assertThatThrownBy(() -> protocol.sleepMillis(fuel, 1)).isInstanceOf(WorkerRetiredException.class);
        assertThatThrownBy(() -> protocol.hostCall(memory, 0, 1, 0, 1)).isInstanceOf(WorkerRetiredException.class);
    }

    @Test
    void sleepIsCutShortByInterruptionAndKeepsTheInterrupt() {
        Thread.currentThread().interrupt();
        long start = System.nanoTime();
        try {
            protocol.sleepMillis(fuel, 10_000);
            assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}

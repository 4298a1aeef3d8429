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
        public void finishRun(int id, GuestReport report) {
            finished.add(id + ":" + report.status());
        }

        @Override
        public boolean isRetired() {
            return retired;
        }
    }

    private final FakeMemory memory = new FakeMemory();
    private final FakeSession session = new FakeSession();
    private final GuestProtocol protocol = new GuestProtocol(
            session, new HostCallDispatcher(Map.of("twice", (args, kwargs) -> List.of(args, args)), 1000, 10), 256);

    @Test
    void handsOverCodeThatFits() {
        session.runs.add(new PendingRun(7, "print(1)", true));

        assertThat(protocol.sessionNext(memory, 0, 100, 64)).isEqualTo(8);
        assertThat(memory.read(0, 8)).containsExactly(7, 0, 0, 0, 1, 0, 0, 0);
        assertThat(memory.string(100, 8)).isEqualTo("print(1)");
    }

    @Test
    void handsOverTheSameRequestAgainWhenTheBufferWasTooSmall() {
        session.runs.add(new PendingRun(1, "x = 'long enough'", false));
        session.runs.add(new PendingRun(2, "y = 2", false));

        assertThat(protocol.sessionNext(memory, 0, 100, 4)).isEqualTo(17);
        assertThat(memory.read(100, 4)).containsExactly(0, 0, 0, 0);
        assertThat(protocol.sessionNext(memory, 0, 200, 17)).isEqualTo(17);
        assertThat(memory.read(0, 4)).containsExactly(1, 0, 0, 0);
        assertThat(memory.string(200, 17)).isEqualTo("x = 'long enough'");
        assertThat(protocol.sessionNext(memory, 0, 200, 17)).isEqualTo(5);
        assertThat(memory.read(0, 4)).containsExactly(2, 0, 0, 0);
    }

    @Test
    void returnsMinusOneWhenThereIsNoMoreWork() {
        assertThat(protocol.sessionNext(memory, 0, 100, 64)).isEqualTo(-1);
    }

    @Test
    void decodesTheResultPayloadFromMemory() {
        byte[] payload = ProtocolCodec.encodeFields(List.of("3"));
        memory.write(500, payload);

        protocol.sessionResult(memory, 9, 2, 500, payload.length);

        assertThat(session.finished).containsExactly("9:EXIT");
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
    void reportsTheMemoryLimitAndLetsUnmeteredFuelRunOn() {
        assertThat(protocol.memoryLimitPages()).isEqualTo(256);
        assertThat(protocol.fuelExhausted()).isZero();
    }

    @Test
    void aRetiredWorkerStopsTheGuestAtItsNextImportCall() {
        session.retired = true;
        assertThatThrownBy(() -> protocol.sessionNext(memory, 0, 100, 64)).isInstanceOf(WorkerRetiredException.class);
        assertThatThrownBy(() -> protocol.sleepMillis(1)).isInstanceOf(WorkerRetiredException.class);
        assertThatThrownBy(() -> protocol.hostCall(memory, 0, 1, 0, 1)).isInstanceOf(WorkerRetiredException.class);
    }

    @Test
    void sleepIsCutShortByInterruptionAndKeepsTheInterrupt() {
        Thread.currentThread().interrupt();
        long start = System.nanoTime();
        try {
            protocol.sleepMillis(10_000);
            assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}

package io.github.micropython4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dylibso.chicory.runtime.WasmRuntimeException;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import org.junit.jupiter.api.Test;

/** The guest memory that sessions started from one image share until they write. */
class CopyOnWriteMemoryTest {
    private static final int PAGE = MemoryImage.PAGE_SIZE;

    private static MemoryImage imageOf(int pages, int address, long value) {
        CopyOnWriteMemory memory = new CopyOnWriteMemory(new MemoryLimits(pages, pages));
        memory.writeLong(address, value);
        return memory.capture(new long[] {7});
    }

    @Test
    void memoriesFromOneImageSeeItAndNotEachOthersWrites() {
        MemoryImage image = imageOf(4, PAGE + 8, 42L);
        CopyOnWriteMemory first = new CopyOnWriteMemory(new MemoryLimits(1, 8), image);
        CopyOnWriteMemory second = new CopyOnWriteMemory(new MemoryLimits(1, 8), image);

        first.writeLong(PAGE + 8, 1L);
        second.writeI32(PAGE + 16, 5);

        assertThat(first.readLong(PAGE + 8)).isEqualTo(1L);
        assertThat(second.readLong(PAGE + 8)).isEqualTo(42L);
        assertThat(first.readInt(PAGE + 16)).isZero();
        assertThat(new CopyOnWriteMemory(new MemoryLimits(1, 8), image).readLong(PAGE + 8)).isEqualTo(42L);
        assertThat(image.page(1)).isNotSameAs(MemoryImage.ZERO_PAGE);
        assertThat(first.ownedBytes()).isEqualTo(PAGE); // only the page it wrote
    }

    @Test
    void aCaptureIsFrozenWhileTheMemoryGoesOn() {
        CopyOnWriteMemory memory = new CopyOnWriteMemory(new MemoryLimits(2, 4));
        memory.writeI32(100, 1);
        MemoryImage before = memory.capture(new long[0]);
        memory.writeI32(100, 2);
        memory.fill((byte) 9, 0, 2 * PAGE);

        assertThat(new CopyOnWriteMemory(new MemoryLimits(2, 4), before).readInt(100)).isEqualTo(1);
        assertThat(new CopyOnWriteMemory(new MemoryLimits(2, 4), before).read(PAGE + 5)).isZero();
        assertThat(memory.read(PAGE + 5)).isEqualTo((byte) 9);
    }

    @Test
    void valuesAndCopiesAcrossPageBoundariesAreWhole() {
        CopyOnWriteMemory memory = new CopyOnWriteMemory(new MemoryLimits(3, 3));
        memory.writeLong(PAGE - 3, 0x0102030405060708L);
        memory.writeI32(2 * PAGE - 1, 0xA1B2C3D4);
        byte[] data = new byte[PAGE + 10];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) i;
        }
        memory.write(PAGE / 2, data, 0, data.length);
        memory.copy(PAGE / 2 + 3, PAGE / 2, PAGE); // overlapping, crossing pages

        assertThat(memory.readBytes(PAGE / 2, 3)).containsExactly(0, 1, 2);
        assertThat(memory.readBytes(PAGE / 2 + 3, 4)).containsExactly(0, 1, 2, 3);
        assertThat(memory.read(PAGE / 2 + 3 + PAGE - 1)).isEqualTo(data[PAGE - 1]);

        CopyOnWriteMemory other = new CopyOnWriteMemory(new MemoryLimits(3, 3));
        other.writeLong(PAGE - 3, 0x0102030405060708L);
        other.writeI32(2 * PAGE - 1, 0xA1B2C3D4);
        assertThat(other.readLong(PAGE - 3)).isEqualTo(0x0102030405060708L);
        assertThat(other.readInt(2 * PAGE - 1)).isEqualTo(0xA1B2C3D4);
    }

    @Test
    void growingStopsAtTheLimitAndAccessBeyondTheEndTraps() {
        CopyOnWriteMemory memory = new CopyOnWriteMemory(new MemoryLimits(1, 3));
        assertThat(memory.grow(2)).isEqualTo(1);
        assertThat(memory.grow(1)).isEqualTo(-1);
        assertThat(memory.pages()).isEqualTo(3);
        assertThat(memory.readInt(3 * PAGE - 4)).isZero();

        assertThatThrownBy(() -> memory.readInt(3 * PAGE - 2)).isInstanceOf(WasmRuntimeException.class);
        assertThatThrownBy(() -> memory.writeI32(3 * PAGE, 1)).isInstanceOf(WasmRuntimeException.class);
        assertThatThrownBy(() -> memory.writeByte(-1, (byte) 1)).isInstanceOf(WasmRuntimeException.class);
        assertThatThrownBy(() -> memory.fill((byte) 1, 3 * PAGE - 1, 3 * PAGE + 1))
                .isInstanceOf(WasmRuntimeException.class);
    }

    @Test
    void anImageLargerThanTheLimitIsRefused() {
        MemoryImage image = imageOf(4, 0, 1L);
        assertThatThrownBy(() -> new CopyOnWriteMemory(new MemoryLimits(1, 3), image))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("memory limit");
    }

    @Test
    void clearingTheStackZeroesOnlyWhatRunsWroteAndGivesDeepPagesBack() {
        int stackTop = 4 * PAGE; // the stack: pages 0-3, growing down from the top
        CopyOnWriteMemory memory = new CopyOnWriteMemory(new MemoryLimits(6, 6));
        memory.writeI32(5 * PAGE, 77); // heap, above the stack

        memory.writeI32(stackTop - 16, 1); // a shallow run: the top page only
        assertThat(memory.clearStack(stackTop)).isEqualTo(1);
        assertThat(memory.readInt(stackTop - 16)).isZero();

        memory.writeI32(stackTop - 16, 1); // a deep run: three pages
        memory.writeI32(PAGE + 8, 2);
        memory.writeI32(2 * PAGE + 8, 3);
        long ownedWhileDeep = memory.ownedBytes();
        assertThat(memory.clearStack(stackTop)).isEqualTo(3);

        assertThat(memory.readInt(PAGE + 8)).isZero();
        assertThat(memory.readInt(2 * PAGE + 8)).isZero();
        assertThat(memory.readInt(5 * PAGE)).isEqualTo(77);
        assertThat(memory.ownedBytes()).isEqualTo(ownedWhileDeep - 2L * PAGE); // deep pages given back
        assertThat(memory.clearStack(stackTop)).isEqualTo(1); // the top page stays owned, already clean
    }
}

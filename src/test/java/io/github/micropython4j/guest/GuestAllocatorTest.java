package io.github.micropython4j.guest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micropython4j.MicroPythonSession;
import io.github.micropython4j.Outcome;
import io.github.micropython4j.RunResult;
import org.junit.jupiter.api.Test;

/**
 * The heap allocator (patches/0100: a search for several free blocks resumes where the last
 * one was found): objects of several blocks, allocated and dropped in turn under a tight
 * memory limit, keep finding the space that is free, before and after where the search
 * resumes, without a MemoryError or growing past the limit.
 */
class GuestAllocatorTest {

    @Test
    void runsOfBlocksOfManySizesReuseFreedSpaceUnderATightLimit() {
        try (var session = MicroPythonSession.builder().memoryLimit(2L << 20).build()) {
            RunResult result = session.run(String.join("\n",
                    "live = [None] * 4000",
                    "for i in range(60000):",
                    "    n = 1 + i % 23",
                    "    live[(i * 7919) % 4000] = tuple(range(n)) if i % 3 else bytearray(16 * n)",
                    "print(sum(len(x) for x in live if x is not None))"));

            assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.OK);
            assertThat(result.stdout()).isEqualTo(expectedTotal() + "\n");
        }
    }

    @Test
    void newRunsFillTheHolesOthersLeftWhenTheHeapCannotGrow() {
        // Under a 2 MiB limit about 9,000 bytearray(48) (several blocks each) fit. 8,000 are
        // made, every other one dropped, and 4,000 made again: they fit only in the holes.
        try (var session = MicroPythonSession.builder().memoryLimit(2L << 20).build()) {
            RunResult result = session.run(String.join("\n",
                    "import gc",
                    "N = 8000",
                    "small = [None] * N",
                    "big = [None] * (N // 2)",
                    "for i in range(N):",
                    "    small[i] = bytearray(48)",
                    "for i in range(0, N, 2):",
                    "    small[i] = None",
                    "gc.collect()",
                    "for i in range(N // 2):",
                    "    big[i] = bytearray(48)",
                    "print(sum(1 for x in small if x is not None), len(big))"));

            assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.OK);
            assertThat(result.stdout()).isEqualTo("4000 4000\n");
        }
    }

    /** What the first script prints, computed the same way in Java. */
    private static long expectedTotal() {
        Object[] live = new Object[4000];
        long[] sizes = new long[4000];
        for (int i = 0; i < 60000; i++) {
            int n = 1 + i % 23;
            int slot = (int) (((long) i * 7919) % 4000);
            live[slot] = Boolean.TRUE;
            sizes[slot] = i % 3 != 0 ? n : 16L * n;
        }
        long total = 0;
        for (int slot = 0; slot < 4000; slot++) {
            if (live[slot] != null) {
                total += sizes[slot];
            }
        }
        return total;
    }
}

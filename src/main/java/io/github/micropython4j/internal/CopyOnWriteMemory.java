package io.github.micropython4j.internal;

import static com.dylibso.chicory.runtime.ConstantEvaluators.computeConstantValue;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.runtime.WasmRuntimeException;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.types.ActiveDataSegment;
import com.dylibso.chicory.wasm.types.DataSegment;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.dylibso.chicory.wasm.types.PassiveDataSegment;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The guest's linear memory, part of the engine seam with {@link ChicoryEngine} (the two classes
 * that name Chicory): 64 KiB pages, shared with the {@link MemoryImage} the guest started from
 * until the guest first writes to them, and then copied. A session started from the template, or
 * any number of sessions restored from one snapshot, hold only the pages they changed; pages the
 * guest grows into are the shared zero page until written.
 *
 * <p>Reads cost what they cost in Chicory's {@code ByteArrayMemory} (also paged, whose layout and
 * out-of-bounds handling this follows); a write looks up the page in the table of pages this
 * memory owns instead of the table of pages it reads, so it costs the same until a page is
 * shared, when the first write copies it. Used by one thread at a time: the guest's, or the
 * host's while the guest is at rest.
 */
final class CopyOnWriteMemory implements Memory {
    private static final VarHandle SHORTS = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle FLOATS = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle DOUBLES = MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int PAGE_SHIFT = 16;
    private static final int PAGE_MASK = PAGE_SIZE - 1;
    private static final byte[] ZERO_PAGE = MemoryImage.ZERO_PAGE;

    private final MemoryLimits limits;
    /** Whether the content came from an image, which already holds the module's data segments. */
    private final boolean fromImage;
    private final MemoryImage image;
    /** The page each address reads: {@code pages[i]} for {@code i < nPages}, null beyond. */
    private byte[][] pages;
    /** {@code owned[i] == pages[i]} if this memory may write page i, null while it is shared. */
    private byte[][] owned;
    private int nPages;
    private DataSegment[] dataSegments;

    /** A memory of {@code limits.initialPages()} zero pages. */
    CopyOnWriteMemory(MemoryLimits limits) {
        this.limits = limits;
        this.fromImage = false;
        this.image = null;
        this.nPages = limits.initialPages();
        this.pages = new byte[Math.max(nPages, 16)][];
        this.owned = new byte[pages.length][];
        Arrays.fill(pages, 0, nPages, ZERO_PAGE);
    }

    /**
     * A memory holding {@code image}'s pages, shared until written.
     *
     * @throws IllegalArgumentException if the image has more pages than {@code limits} allow
     */
    CopyOnWriteMemory(MemoryLimits limits, MemoryImage image) {
        if (image.pageCount() > Math.min(limits.maximumPages(), RUNTIME_MAX_PAGES)) {
            throw new IllegalArgumentException("the guest's memory (" + image.memoryBytes()
                    + " bytes) is larger than its memory limit of "
                    + (long) Math.min(limits.maximumPages(), RUNTIME_MAX_PAGES) * PAGE_SIZE + " bytes");
        }
        this.limits = limits;
        this.fromImage = true;
        this.image = image;
        share(image);
    }

    private void share(MemoryImage from) {
        nPages = from.pageCount();
        pages = Arrays.copyOf(from.sharedPages(), Math.max(nPages, 16));
        owned = new byte[pages.length][];
    }

    // ---- for the host, while the guest is at rest ----

    /**
     * The memory as an image with {@code globals}; from now on this memory shares its pages with
     * the image and copies each before writing to it again.
     */
    MemoryImage capture(long[] globals) {
        Arrays.fill(owned, null);
        return new MemoryImage(Arrays.copyOf(pages, nPages), globals);
    }

    /**
     * Makes {@code [0, end)} zero, where the guest's shadow stack is: no frame is live there
     * while the guest is at rest, and the garbage collector's conservative scan must not find
     * pointers a finished run left (a page the guest never wrote since it was shared is already
     * clean). The top page, which every run writes, is cleared and kept; deeper pages written
     * by a run go back to the shared zero page, so a session that once recursed deeply does not
     * keep that memory, nor clear it after every run.
     *
     * @return the number of stack pages the guest had written, a measure of how deep it went
     */
    int clearStack(int end) {
        int written = 0;
        int lastFullPage = (end >>> PAGE_SHIFT) - 1;
        for (int p = 0; p <= lastFullPage && p < nPages; p++) {
            if (owned[p] != null) {
                written++;
                if (p == lastFullPage) {
                    Arrays.fill(owned[p], (byte) 0);
                } else {
                    owned[p] = null;
                    pages[p] = ZERO_PAGE;
                }
            }
        }
        int partial = end & PAGE_MASK;
        if (partial != 0 && lastFullPage + 1 < nPages && owned[lastFullPage + 1] != null) {
            Arrays.fill(owned[lastFullPage + 1], 0, partial, (byte) 0);
        }
        return written;
    }

    /** Bytes in pages this memory owns (copied or grown into and written). */
    long ownedBytes() {
        long bytes = 0;
        for (int p = 0; p < nPages; p++) {
            if (owned[p] != null) {
                bytes += PAGE_SIZE;
            }
        }
        return bytes;
    }

    // ---- Memory ----

    @Override
    public int pages() {
        return nPages;
    }

    @Override
    public int grow(int size) {
        int previous = nPages;
        int wanted = previous + size;
        if (size < 0 || wanted > maximumPages()) {
            return -1;
        }
        if (wanted > pages.length) {
            int capacity = Math.min(Math.max(wanted, pages.length * 2), maximumPages());
            pages = Arrays.copyOf(pages, capacity);
            owned = Arrays.copyOf(owned, capacity);
        }
        Arrays.fill(pages, previous, wanted, ZERO_PAGE);
        nPages = wanted;
        return previous;
    }

    @Override
    public int initialPages() {
        return limits.initialPages();
    }

    @Override
    public int maximumPages() {
        return Math.min(limits.maximumPages(), RUNTIME_MAX_PAGES);
    }

    @Override
    public boolean shared() {
        return false;
    }

    @Override
    @SuppressWarnings("removal")
    public Object lock(int address) {
        throw new UnsupportedOperationException("the guest's memory is not shared");
    }

    @Override
    @SuppressWarnings("removal")
    public int waitOn(int address, int expected, long timeout) {
        throw new WasmRuntimeException("wait on a memory that is not shared");
    }

    @Override
    @SuppressWarnings("removal")
    public int waitOn(int address, long expected, long timeout) {
        throw new WasmRuntimeException("wait on a memory that is not shared");
    }

    @Override
    @SuppressWarnings("removal")
    public int notify(int address, int maxThreads) {
        return 0;
    }

    /** Zero, or back to the image this memory was made from (which holds the data segments). */
    @Override
    public void zero() {
        if (fromImage) {
            share(image);
        } else {
            for (int p = 0; p < nPages; p++) {
                pages[p] = ZERO_PAGE;
                owned[p] = null;
            }
        }
    }

    @Override
    public void initialize(Instance instance, DataSegment[] segments) {
        initialize(instance, segments, 0);
    }

    /** Writes the active data segments, unless the content came from an image, which holds them. */
    @Override
    public void initialize(Instance instance, DataSegment[] segments, int memoryIndex) {
        this.dataSegments = segments;
        if (segments == null || fromImage) {
            return;
        }
        for (DataSegment s : segments) {
            if (s instanceof ActiveDataSegment) {
                ActiveDataSegment segment = (ActiveDataSegment) s;
                if (segment.index() == memoryIndex) {
                    int offset = (int) computeConstantValue(instance, segment.offsetInstructions())[0];
                    byte[] data = segment.data();
                    write(offset, data, 0, data.length);
                }
            } else if (!(s instanceof PassiveDataSegment)) {
                throw new ChicoryException("data segment should be active or passive: " + s);
            }
        }
    }

    @Override
    public void initPassiveSegment(int segmentId, int dest, int offset, int size) {
        write(dest, dataSegments[segmentId].data(), offset, size);
    }

    @Override
    public void drop(int segment) {
        dataSegments[segment] = PassiveDataSegment.EMPTY;
    }

    @Override
    public void write(int addr, byte[] data, int offset, int size) {
        checkBounds(offset, size, data.length);
        checkBounds(addr, size, sizeInBytes());
        while (size > 0) {
            int pageOffset = addr & PAGE_MASK;
            int chunk = Math.min(size, PAGE_SIZE - pageOffset);
            System.arraycopy(data, offset, writable(addr >>> PAGE_SHIFT), pageOffset, chunk);
            addr += chunk;
            offset += chunk;
            size -= chunk;
        }
    }

    @Override
    public byte[] readBytes(int addr, int len) {
        checkBounds(addr, len, sizeInBytes());
        byte[] result = new byte[len];
        int done = 0;
        while (done < len) {
            int pageOffset = addr & PAGE_MASK;
            int chunk = Math.min(len - done, PAGE_SIZE - pageOffset);
            System.arraycopy(pages[addr >>> PAGE_SHIFT], pageOffset, result, done, chunk);
            addr += chunk;
            done += chunk;
        }
        return result;
    }

    @Override
    public void fill(byte value, int fromIndex, int toIndex) {
        int addr = fromIndex;
        int remaining = toIndex - fromIndex;
        checkBounds(addr, remaining, sizeInBytes());
        while (remaining > 0) {
            int page = addr >>> PAGE_SHIFT;
            int pageOffset = addr & PAGE_MASK;
            int chunk = Math.min(remaining, PAGE_SIZE - pageOffset);
            if (value != 0 || pages[page] != ZERO_PAGE) { // zeros on the zero page change nothing
                Arrays.fill(writable(page), pageOffset, pageOffset + chunk, value);
            }
            addr += chunk;
            remaining -= chunk;
        }
    }

    @Override
    public void copy(int dest, int src, int size) {
        int limit = sizeInBytes();
        checkBounds(dest, size, limit);
        checkBounds(src, size, limit);
        if (dest > src && dest < src + size) {
            copyBackward(dest, src, size);
        } else {
            copyForward(dest, src, size);
        }
    }

    private void copyForward(int dest, int src, int size) {
        while (size > 0) {
            int destOffset = dest & PAGE_MASK;
            int srcOffset = src & PAGE_MASK;
            int chunk = Math.min(size, PAGE_SIZE - Math.max(destOffset, srcOffset));
            byte[] to = writable(dest >>> PAGE_SHIFT); // first: it may replace the page src reads
            System.arraycopy(pages[src >>> PAGE_SHIFT], srcOffset, to, destOffset, chunk);
            dest += chunk;
            src += chunk;
            size -= chunk;
        }
    }

    private void copyBackward(int dest, int src, int size) {
        dest += size;
        src += size;
        while (size > 0) {
            int destInPage = dest & PAGE_MASK;
            int srcInPage = src & PAGE_MASK;
            int chunk = Math.min(size, Math.min(destInPage == 0 ? PAGE_SIZE : destInPage,
                    srcInPage == 0 ? PAGE_SIZE : srcInPage));
            dest -= chunk;
            src -= chunk;
            byte[] to = writable(dest >>> PAGE_SHIFT);
            System.arraycopy(pages[src >>> PAGE_SHIFT], src & PAGE_MASK, to, dest & PAGE_MASK, chunk);
            size -= chunk;
        }
    }

    @Override
    public byte read(int addr) {
        try {
            return pages[addr >>> PAGE_SHIFT][addr & PAGE_MASK];
        } catch (RuntimeException e) {
            throw outOfBounds(e, addr, 1);
        }
    }

    @Override
    public void writeByte(int addr, byte data) {
        try {
            byte[] page = owned[addr >>> PAGE_SHIFT];
            if (page == null) {
                page = writable(addr >>> PAGE_SHIFT);
            }
            page[addr & PAGE_MASK] = data;
        } catch (RuntimeException e) {
            throw outOfBounds(e, addr, 1);
        }
    }

    @Override
    public short readShort(int addr) {
        int off = addr & PAGE_MASK;
        if (off <= PAGE_SIZE - 2) {
            try {
                return (short) SHORTS.get(pages[addr >>> PAGE_SHIFT], off);
            } catch (RuntimeException e) {
                throw outOfBounds(e, addr, 2);
            }
        }
        return (short) ((read(addr) & 0xFF) | ((read(addr + 1) & 0xFF) << 8));
    }

    @Override
    public long readU16(int addr) {
        return readShort(addr) & 0xFFFFL;
    }

    @Override
    public void writeShort(int addr, short data) {
        int off = addr & PAGE_MASK;
        if (off <= PAGE_SIZE - 2) {
            try {
                byte[] page = owned[addr >>> PAGE_SHIFT];
                if (page == null) {
                    page = writable(addr >>> PAGE_SHIFT);
                }
                SHORTS.set(page, off, data);
            } catch (RuntimeException e) {
                throw outOfBounds(e, addr, 2);
            }
        } else {
            writeBytesSlowly(addr, data, 2);
        }
    }

    @Override
    public int readInt(int addr) {
        int off = addr & PAGE_MASK;
        if (off <= PAGE_SIZE - 4) {
            try {
                return (int) INTS.get(pages[addr >>> PAGE_SHIFT], off);
            } catch (RuntimeException e) {
                throw outOfBounds(e, addr, 4);
            }
        }
        return (int) readBytesSlowly(addr, 4);
    }

    @Override
    public void writeI32(int addr, int data) {
        int off = addr & PAGE_MASK;
        if (off <= PAGE_SIZE - 4) {
            try {
                byte[] page = owned[addr >>> PAGE_SHIFT];
                if (page == null) {
                    page = writable(addr >>> PAGE_SHIFT);
                }
                INTS.set(page, off, data);
            } catch (RuntimeException e) {
                throw outOfBounds(e, addr, 4);
            }
        } else {
            writeBytesSlowly(addr, data, 4);
        }
    }

    @Override
    public long readLong(int addr) {
        int off = addr & PAGE_MASK;
        if (off <= PAGE_SIZE - 8) {
            try {
                return (long) LONGS.get(pages[addr >>> PAGE_SHIFT], off);
            } catch (RuntimeException e) {
                throw outOfBounds(e, addr, 8);
            }
        }
        return readBytesSlowly(addr, 8);
    }

    @Override
    public void writeLong(int addr, long data) {
        int off = addr & PAGE_MASK;
        if (off <= PAGE_SIZE - 8) {
            try {
                byte[] page = owned[addr >>> PAGE_SHIFT];
                if (page == null) {
                    page = writable(addr >>> PAGE_SHIFT);
                }
                LONGS.set(page, off, data);
            } catch (RuntimeException e) {
                throw outOfBounds(e, addr, 8);
            }
        } else {
            writeBytesSlowly(addr, data, 8);
        }
    }

    @Override
    public float readFloat(int addr) {
        int off = addr & PAGE_MASK;
        if (off <= PAGE_SIZE - 4) {
            try {
                return (float) FLOATS.get(pages[addr >>> PAGE_SHIFT], off);
            } catch (RuntimeException e) {
                throw outOfBounds(e, addr, 4);
            }
        }
        return Float.intBitsToFloat(readInt(addr));
    }

    @Override
    public long readF32(int addr) {
        return readInt(addr);
    }

    @Override
    public void writeF32(int addr, float data) {
        int off = addr & PAGE_MASK;
        if (off <= PAGE_SIZE - 4) {
            try {
                byte[] page = owned[addr >>> PAGE_SHIFT];
                if (page == null) {
                    page = writable(addr >>> PAGE_SHIFT);
                }
                FLOATS.set(page, off, data);
            } catch (RuntimeException e) {
                throw outOfBounds(e, addr, 4);
            }
        } else {
            writeI32(addr, Float.floatToRawIntBits(data));
        }
    }

    @Override
    public double readDouble(int addr) {
        int off = addr & PAGE_MASK;
        if (off <= PAGE_SIZE - 8) {
            try {
                return (double) DOUBLES.get(pages[addr >>> PAGE_SHIFT], off);
            } catch (RuntimeException e) {
                throw outOfBounds(e, addr, 8);
            }
        }
        return Double.longBitsToDouble(readLong(addr));
    }

    @Override
    public long readF64(int addr) {
        return readLong(addr);
    }

    @Override
    public void writeF64(int addr, double data) {
        int off = addr & PAGE_MASK;
        if (off <= PAGE_SIZE - 8) {
            try {
                byte[] page = owned[addr >>> PAGE_SHIFT];
                if (page == null) {
                    page = writable(addr >>> PAGE_SHIFT);
                }
                DOUBLES.set(page, off, data);
            } catch (RuntimeException e) {
                throw outOfBounds(e, addr, 8);
            }
        } else {
            writeLong(addr, Double.doubleToRawLongBits(data));
        }
    }

    // ---- internals ----

    /**
     * Page {@code index}, owned by this memory: a shared page is copied first (the zero page
     * becomes a new zero array).
     *
     * @throws IndexOutOfBoundsException if the page is beyond the memory's size
     */
    private byte[] writable(int index) {
        byte[] page = owned[index];
        if (page == null) {
            if (index >= nPages) {
                throw new IndexOutOfBoundsException("page " + index + " of " + nPages);
            }
            byte[] shared = pages[index];
            page = shared == ZERO_PAGE ? new byte[PAGE_SIZE] : shared.clone();
            pages[index] = page;
            owned[index] = page;
        }
        return page;
    }

    /** A little-endian value of {@code size} bytes that may cross a page boundary. */
    private long readBytesSlowly(int addr, int size) {
        checkBounds(addr, size, sizeInBytes());
        long value = 0;
        for (int i = size - 1; i >= 0; i--) {
            value = (value << 8) | (read(addr + i) & 0xFF);
        }
        return value;
    }

    private void writeBytesSlowly(int addr, long value, int size) {
        checkBounds(addr, size, sizeInBytes());
        for (int i = 0; i < size; i++) {
            writeByte(addr + i, (byte) (value >>> (8 * i)));
        }
    }

    private int sizeInBytes() {
        return nPages * PAGE_SIZE; // at most RUNTIME_MAX_PAGES pages: no overflow
    }

    private static void checkBounds(int addr, int size, int limit) {
        if (addr < 0 || size < 0 || (long) addr + size > limit) {
            throw new WasmRuntimeException("out of bounds memory access: attempted to access address: " + addr
                    + " but limit is: " + limit + " and size: " + size);
        }
    }

    private RuntimeException outOfBounds(RuntimeException e, int addr, int size) {
        if (e instanceof IndexOutOfBoundsException || e instanceof NullPointerException) {
            return new WasmRuntimeException("out of bounds memory access: attempted to access address: " + addr
                    + " but limit is: " + sizeInBytes() + " and size: " + size);
        }
        return e;
    }
}

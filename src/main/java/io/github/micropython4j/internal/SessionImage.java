package io.github.micropython4j.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.CRC32C;

/**
 * A session's interpreter frozen between runs (globals, functions, classes, imported modules:
 * its whole memory), what {@code SessionSnapshot} carries, and its byte format. The only public
 * type besides {@link SessionRuntime} and {@link SessionConfig}; not part of the API.
 *
 * <p>Format, version 1, integers little-endian:
 * <pre>
 * "MP4JSNAP"                 8 bytes
 * format version             u32 (1)
 * guest binary               32 bytes: SHA-256 of the micropython.wasm that made it
 * globals                    u32 count, then each wasm global's value as i64
 * memory                     u32 page count, then per 64 KiB page a u16 mask of its sixteen
 *                            4 KiB chunks that are not all zero, followed by those chunks
 * checksum                   u32 CRC-32C of everything before it
 * </pre>
 */
public final class SessionImage {
    static final int FORMAT_VERSION = 1;
    private static final byte[] MAGIC = "MP4JSNAP".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK = 4096;
    private static final int CHUNKS_PER_PAGE = MemoryImage.PAGE_SIZE / CHUNK;
    private static final int SHA256_BYTES = 32;
    private static final int HEADER_BYTES = MAGIC.length + 4 + SHA256_BYTES;
    /** More pages than Chicory's memory can hold: no guest could have made the image. */
    private static final int MAX_PAGES = 32767;

    private final MemoryImage memory;

    SessionImage(MemoryImage memory) {
        this.memory = memory;
    }

    MemoryImage memory() {
        return memory;
    }

    /** Bytes of linear memory the interpreter had. */
    public long memoryBytes() {
        return memory.memoryBytes();
    }

    /** The image in the format above. */
    public byte[] toBytes() {
        int pages = memory.pageCount();
        int size = HEADER_BYTES + 4 + 8 * memory.globalCount() + 4 + 2 * pages + 4;
        boolean[][] nonZero = new boolean[pages][];
        for (int p = 0; p < pages; p++) {
            nonZero[p] = nonZeroChunks(memory.page(p));
            for (boolean chunk : nonZero[p]) {
                size += chunk ? CHUNK : 0;
            }
        }
        ByteBuffer out = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC).putInt(FORMAT_VERSION).put(BinaryChecksum.SHA256);
        out.putInt(memory.globalCount());
        for (int i = 0; i < memory.globalCount(); i++) {
            out.putLong(memory.global(i));
        }
        out.putInt(pages);
        for (int p = 0; p < pages; p++) {
            int mask = 0;
            for (int c = 0; c < CHUNKS_PER_PAGE; c++) {
                mask |= nonZero[p][c] ? 1 << c : 0;
            }
            out.putShort((short) mask);
            for (int c = 0; c < CHUNKS_PER_PAGE; c++) {
                if (nonZero[p][c]) {
                    out.put(memory.page(p), c * CHUNK, CHUNK);
                }
            }
        }
        CRC32C crc = new CRC32C();
        crc.update(out.array(), 0, out.position());
        out.putInt((int) crc.getValue());
        return out.array();
    }

    /**
     * Reads an image written by {@link #toBytes()}, checking all of it before anything uses it.
     *
     * @throws IllegalArgumentException if the bytes are not such an image, are truncated or
     *     corrupt, come from another format version or guest binary, or could not be this
     *     binary's memory
     */
    public static SessionImage fromBytes(byte[] bytes) {
        if (bytes.length < MAGIC.length || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new IllegalArgumentException("not a micropython4j session snapshot (it does not start with "
                    + new String(MAGIC, StandardCharsets.US_ASCII) + ")");
        }
        if (bytes.length < HEADER_BYTES + 4) {
            throw new IllegalArgumentException("truncated session snapshot: " + bytes.length + " bytes");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        in.position(MAGIC.length);
        int version = in.getInt();
        if (version != FORMAT_VERSION) {
            throw new IllegalArgumentException("session snapshot format version " + Integer.toUnsignedString(version)
                    + " is not supported: this library reads version " + FORMAT_VERSION);
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        if ((int) crc.getValue() != in.getInt(bytes.length - 4)) {
            throw new IllegalArgumentException("corrupt or truncated session snapshot: its checksum does not match"
                    + " its " + bytes.length + " bytes");
        }
        byte[] binary = new byte[SHA256_BYTES];
        in.get(binary);
        if (!Arrays.equals(binary, BinaryChecksum.SHA256)) {
            throw new IllegalArgumentException("the session snapshot was made by another guest binary (micropython.wasm"
                    + " sha256 " + HexFormat.of().formatHex(binary) + "); this library's is "
                    + HexFormat.of().formatHex(BinaryChecksum.SHA256));
        }
        try {
            ByteBuffer body = in.slice(in.position(), bytes.length - 4 - in.position()).order(ByteOrder.LITTLE_ENDIAN);
            MemoryImage memory = readMemory(body);
            if (body.hasRemaining()) {
                throw new IllegalArgumentException("corrupt session snapshot: " + body.remaining()
                        + " bytes after the memory");
            }
            ChicoryEngine.checkFits(memory);
            return new SessionImage(memory);
        } catch (java.nio.BufferUnderflowException e) {
            throw new IllegalArgumentException("corrupt session snapshot: it ends before its memory does", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().startsWith("corrupt") ? e.getMessage()
                    : "corrupt session snapshot: " + e.getMessage(), e);
        }
    }

    private static MemoryImage readMemory(ByteBuffer in) {
        int globalCount = in.getInt();
        if (globalCount < 0 || globalCount > in.remaining() / 8) {
            throw new IllegalArgumentException("corrupt session snapshot: " + Integer.toUnsignedString(globalCount)
                    + " globals");
        }
        long[] globals = new long[globalCount];
        for (int i = 0; i < globalCount; i++) {
            globals[i] = in.getLong();
        }
        int pageCount = in.getInt();
        if (pageCount < 0 || pageCount > MAX_PAGES || pageCount > in.remaining() / 2) {
            throw new IllegalArgumentException("corrupt session snapshot: " + Integer.toUnsignedString(pageCount)
                    + " pages of memory");
        }
        byte[][] pages = new byte[pageCount][];
        for (int p = 0; p < pageCount; p++) {
            int mask = in.getShort() & 0xFFFF;
            if (mask == 0) {
                pages[p] = MemoryImage.ZERO_PAGE;
                continue;
            }
            byte[] page = new byte[MemoryImage.PAGE_SIZE];
            for (int c = 0; c < CHUNKS_PER_PAGE; c++) {
                if ((mask & (1 << c)) != 0) {
                    in.get(page, c * CHUNK, CHUNK);
                }
            }
            pages[p] = page;
        }
        return new MemoryImage(pages, globals);
    }

    private static boolean[] nonZeroChunks(byte[] page) {
        boolean[] nonZero = new boolean[CHUNKS_PER_PAGE];
        if (page == MemoryImage.ZERO_PAGE) {
            return nonZero;
        }
        for (int c = 0; c < CHUNKS_PER_PAGE; c++) {
            nonZero[c] = Arrays.mismatch(page, c * CHUNK, (c + 1) * CHUNK, MemoryImage.ZERO_PAGE, 0, CHUNK) >= 0;
        }
        return nonZero;
    }

    /** The SHA-256 of the guest binary this library was built with (micropython.wasm.sha256). */
    private static final class BinaryChecksum {
        static final byte[] SHA256 = read();

        private static byte[] read() {
            try (InputStream in = SessionImage.class.getResourceAsStream("/micropython.wasm.sha256")) {
                if (in == null) {
                    throw new IllegalStateException("micropython.wasm.sha256 is missing from the class path");
                }
                String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim();
                String hex = text.split("\\s+")[0];
                if (hex.length() != 2 * SHA256_BYTES) {
                    throw new IllegalStateException("micropython.wasm.sha256 holds no SHA-256: " + text);
                }
                return HexFormat.of().parseHex(hex);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

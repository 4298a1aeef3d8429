package io.github.micropython4j.internal;

import java.util.Arrays;

/**
 * A guest at rest, frozen: its linear memory as 64 KiB pages and the values of its wasm globals.
 * The template every session starts from is one, and so is a snapshot. Pages are shared, never
 * written: a {@link CopyOnWriteMemory} started from an image copies a page before its first write
 * to it, so any number of guests can start from one image and hold only the pages they change.
 */
final class MemoryImage {
    static final int PAGE_SIZE = 64 * 1024;
    /** The page every all-zero page of an image is: shared by every image and memory, never written. */
    static final byte[] ZERO_PAGE = new byte[PAGE_SIZE];

    private final byte[][] pages;
    private final long[] globals;

    /**
     * @param pages the pages, each {@link #ZERO_PAGE} or an array nobody writes again (taken over)
     * @param globals the values of the guest's globals, by index (copied)
     */
    MemoryImage(byte[][] pages, long[] globals) {
        for (byte[] page : pages) {
            if (page.length != PAGE_SIZE) {
                throw new IllegalArgumentException("a page must hold " + PAGE_SIZE + " bytes, not " + page.length);
            }
        }
        this.pages = pages;
        this.globals = globals.clone();
    }

    int pageCount() {
        return pages.length;
    }

    /** Page {@code index}, to read only. */
    byte[] page(int index) {
        return pages[index];
    }

    /** The pages, to share with a memory that copies them before writing. */
    byte[][] sharedPages() {
        return Arrays.copyOf(pages, pages.length);
    }

    int globalCount() {
        return globals.length;
    }

    long global(int index) {
        return globals[index];
    }

    long[] globals() {
        return globals.clone();
    }

    /** Bytes of memory the guest has (pages times 64 KiB). */
    long memoryBytes() {
        return (long) pages.length * PAGE_SIZE;
    }

    /** Bytes held in pages other than the shared zero page. */
    long nonZeroPageBytes() {
        long bytes = 0;
        for (byte[] page : pages) {
            if (page != ZERO_PAGE) {
                bytes += PAGE_SIZE;
            }
        }
        return bytes;
    }
}

package io.github.micropython4j.internal.wasi;

import java.nio.ByteBuffer;

/**
 * What a guest file descriptor refers to. The defaults are the answers for a descriptor that
 * cannot do the operation.
 */
interface Descriptor {
    // WASI filetype values
    int FILETYPE_CHARACTER_DEVICE = 2;
    int FILETYPE_DIRECTORY = 3;
    int FILETYPE_REGULAR_FILE = 4;

    // WASI rights
    long RIGHT_FD_READ = 1L << 1;
    long RIGHT_FD_SEEK = 1L << 2;
    long RIGHT_FD_WRITE = 1L << 6;
    long RIGHT_FD_TELL = 1L << 5;
    /** Every right: the guest may ask for anything, and this layer decides per operation. */
    long ALL_RIGHTS = (1L << 30) - 1;

    /** The WASI filetype {@code fd_fdstat_get} reports. */
    int filetype();

    /** The rights {@code fd_fdstat_get} reports. */
    long rights();

    /** The rights {@code fd_fdstat_get} reports for descriptors opened relative to this one. */
    default long inheritingRights() {
        return 0;
    }

    /** The WASI fdflags {@code fd_fdstat_get} reports. */
    default int flags() {
        return 0;
    }

    /** Reads into {@code buffer}; returns the byte count, 0 at the end. */
    default int read(ByteBuffer buffer) throws WasiError {
        throw new WasiError(WasiErrno.BADF);
    }

    /** Writes from {@code buffer}; returns the byte count. */
    default int write(ByteBuffer buffer) throws WasiError {
        throw new WasiError(WasiErrno.BADF);
    }

    /** Moves the position; returns the new one. */
    default long seek(long offset, int whence) throws WasiError {
        throw new WasiError(WasiErrno.SPIPE);
    }

    /** Flushes to the host's storage. */
    default void sync() throws WasiError {
        throw new WasiError(WasiErrno.INVAL);
    }

    /** Truncates or extends to {@code size} bytes. */
    default void setSize(long size) throws WasiError {
        throw new WasiError(WasiErrno.INVAL);
    }

    /** Whether the guest may close it (stdio and the root directory stay open). */
    default boolean closable() {
        return true;
    }

    /** Releases what it holds on the host. */
    default void close() {}
}

package io.github.micropython4j.internal.wasi;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * An open directory: the guest's canonical path of it, resolved again on every use (the host
 * path is never kept), and the listing {@code fd_readdir} is paging through.
 */
final class DirectoryDescriptor implements Descriptor {
    private final List<String> path;
    private final boolean preopened;
    private List<DirectoryEntry> listing;

    DirectoryDescriptor(List<String> path, boolean preopened) {
        this.path = List.copyOf(path);
        this.preopened = preopened;
    }

    List<String> path() {
        return path;
    }

    /** The listing taken when reading started (cookie 0), or null. */
    List<DirectoryEntry> listing() {
        return listing;
    }

    void listing(List<DirectoryEntry> entries) {
        this.listing = entries;
    }

    @Override
    public int filetype() {
        return FILETYPE_DIRECTORY;
    }

    @Override
    public long rights() {
        return ALL_RIGHTS;
    }

    @Override
    public long inheritingRights() {
        return ALL_RIGHTS;
    }

    @Override
    public int read(ByteBuffer buffer) throws WasiError {
        throw new WasiError(WasiErrno.ISDIR);
    }

    @Override
    public int write(ByteBuffer buffer) throws WasiError {
        throw new WasiError(WasiErrno.ISDIR);
    }

    @Override
    public long seek(long offset, int whence) throws WasiError {
        throw new WasiError(WasiErrno.ISDIR);
    }

    @Override
    public void sync() {
        // nothing buffered
    }

    @Override
    public boolean closable() {
        return !preopened;
    }
}

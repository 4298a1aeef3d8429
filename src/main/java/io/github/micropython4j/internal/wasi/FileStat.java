package io.github.micropython4j.internal.wasi;

import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What {@code path_filestat_get} reports: the WASI {@code filestat} fields the guest's
 * {@code os.stat} shows (the device is always 0, the link count 1).
 *
 * @param inode a stable number for the file, never 0
 * @param filetype the WASI filetype
 * @param size the size in bytes
 * @param accessTime last access, in nanoseconds since the epoch
 * @param modifiedTime last modification, in nanoseconds since the epoch
 * @param changeTime the host's creation time where it has one, else the modification time
 */
record FileStat(long inode, int filetype, long size, long accessTime, long modifiedTime, long changeTime) {
    static final int FILETYPE_UNKNOWN = 0;
    static final int FILETYPE_SYMBOLIC_LINK = 7;

    /** The size of a WASI {@code filestat} in guest memory. */
    static final int SIZE = 64;

    /** A directory of the virtual tree: no size, times at the epoch. */
    static FileStat virtualDirectory(List<String> path) {
        return new FileStat(virtualInode(path), Descriptor.FILETYPE_DIRECTORY, 0, 0, 0, 0);
    }

    static FileStat of(BasicFileAttributes attributes) {
        return new FileStat(inode(attributes), filetype(attributes), attributes.size(),
                nanos(attributes.lastAccessTime()), nanos(attributes.lastModifiedTime()),
                nanos(attributes.lastModifiedTime()));
    }

    /** The WASI filetype of a host entry (a link is a link; fifos, sockets and devices unknown). */
    static int filetype(BasicFileAttributes attributes) {
        if (attributes.isSymbolicLink()) {
            return FILETYPE_SYMBOLIC_LINK;
        } else if (attributes.isDirectory()) {
            return Descriptor.FILETYPE_DIRECTORY;
        } else if (attributes.isRegularFile()) {
            return Descriptor.FILETYPE_REGULAR_FILE;
        }
        return FILETYPE_UNKNOWN;
    }

    /** A number derived from the host's file key (device and inode), never 0. */
    static long inode(BasicFileAttributes attributes) {
        Object key = attributes.fileKey();
        long inode = key != null ? Integer.toUnsignedLong(key.hashCode()) : 0;
        return inode != 0 ? inode : 1;
    }

    /** A number for a directory of the virtual tree, never 0 and apart from the host's. */
    static long virtualInode(List<String> path) {
        return (1L << 32) | Integer.toUnsignedLong(path.hashCode());
    }

    private static long nanos(FileTime time) {
        return time == null ? 0 : Math.max(0, time.to(TimeUnit.NANOSECONDS));
    }
}

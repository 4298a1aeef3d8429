package io.github.micropython4j.internal.wasi;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.OpenOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The WASI calls that name a path (open, stat, set times, mkdir, rmdir, unlink, rename) and
 * directory listing, for one guest instance: each resolves its path with {@link PathResolver}
 * afresh and then acts on the host directory the walk opened. Rules besides confinement: the
 * virtual tree and read-only mounts refuse changes with {@code EROFS}; writable mounts take new
 * files and bytes from their {@link Quota} ({@code ENOSPC}); only regular files and directories
 * are opened ({@code EACCES} for fifos, sockets and devices, which could block the guest).
 */
final class FileOperations {
    // WASI lookupflags, oflags, fstflags
    static final int LOOKUP_SYMLINK_FOLLOW = 1;
    static final int OFLAG_CREAT = 1;
    static final int OFLAG_DIRECTORY = 2;
    static final int OFLAG_EXCL = 4;
    static final int OFLAG_TRUNC = 8;
    static final int FST_ATIM = 1;
    static final int FST_ATIM_NOW = 2;
    static final int FST_MTIM = 4;
    static final int FST_MTIM_NOW = 8;

    private final GuestFileSystem fileSystem;
    private final PathResolver resolver;
    private final DescriptorTable descriptors;

    FileOperations(GuestFileSystem fileSystem, DescriptorTable descriptors) {
        this.fileSystem = fileSystem;
        this.resolver = fileSystem.resolver();
        this.descriptors = descriptors;
    }

    /** {@code path_open}: returns the new descriptor. */
    int open(int dirFd, String path, int lookupFlags, int openFlags, long rights, int fdFlags) throws WasiError {
        List<String> start = descriptors.directory(dirFd).path();
        boolean create = (openFlags & OFLAG_CREAT) != 0;
        boolean exclusive = create && (openFlags & OFLAG_EXCL) != 0;
        boolean truncate = (openFlags & OFLAG_TRUNC) != 0;
        boolean write = (rights & Descriptor.RIGHT_FD_WRITE) != 0 || truncate;
        boolean read = (rights & Descriptor.RIGHT_FD_READ) != 0 || !write;
        boolean append = (fdFlags & FileDescriptor.FDFLAG_APPEND) != 0;
        if (!descriptors.hasRoom()) {
            throw new WasiError(WasiErrno.MFILE); // before anything is created
        }
        boolean follow = (lookupFlags & LOOKUP_SYMLINK_FOLLOW) != 0 && !exclusive;
        try (Resolved target = resolver.resolve(start, path, follow)) {
            if (!target.exists()) {
                if (!create) {
                    throw new WasiError(WasiErrno.NOENT);
                }
                if (target.mustBeDirectory() || (openFlags & OFLAG_DIRECTORY) != 0) {
                    throw new WasiError(WasiErrno.ISDIR);
                }
                Quota quota = writableQuota(target);
                quota.addFile();
                try {
                    FileChannel channel = target.directory().openFile(target.name(),
                            options(read, write, StandardOpenOption.CREATE_NEW));
                    return descriptors.add(new FileDescriptor(quota, channel, read, write, append));
                } catch (IOException | RuntimeException e) {
                    quota.removeFile();
                    throw Errors.of(e);
                }
            }
            if (exclusive) {
                throw new WasiError(WasiErrno.EXIST);
            }
            if (target.isDirectory()) {
                if (write) {
                    throw new WasiError(WasiErrno.ISDIR);
                }
                return descriptors.add(new DirectoryDescriptor(target.path(), false));
            }
            BasicFileAttributes attributes = target.attributes();
            if (attributes.isSymbolicLink()) {
                throw new WasiError(WasiErrno.LOOP); // O_NOFOLLOW on a link
            }
            if ((openFlags & OFLAG_DIRECTORY) != 0) {
                throw new WasiError(WasiErrno.NOTDIR);
            }
            if (!attributes.isRegularFile()) {
                throw new WasiError(WasiErrno.ACCES);
            }
            Quota quota = write ? writableQuota(target) : null;
            try {
                Set<OpenOption> options = truncate ? options(read, write, StandardOpenOption.TRUNCATE_EXISTING)
                        : options(read, write);
                FileChannel channel = target.directory().openFile(target.name(), options);
                if (truncate) {
                    quota.releaseBytes(attributes.size());
                }
                return descriptors.add(new FileDescriptor(quota, channel, read, write, append));
            } catch (IOException | RuntimeException e) {
                throw Errors.of(e);
            }
        }
    }

    /** {@code path_filestat_get}. */
    FileStat stat(int dirFd, String path, int lookupFlags) throws WasiError {
        List<String> start = descriptors.directory(dirFd).path();
        try (Resolved target = resolver.resolve(start, path, (lookupFlags & LOOKUP_SYMLINK_FOLLOW) != 0)) {
            if (!target.exists()) {
                throw new WasiError(WasiErrno.NOENT);
            }
            if (target.isVirtual()) {
                return FileStat.virtualDirectory(target.path());
            }
            return FileStat.of(target.isDirectoryItself() ? target.directory().attributes() : target.attributes());
        } catch (IOException e) {
            throw Errors.of(e);
        }
    }

    /** {@code path_filestat_set_times}: times in nanoseconds, applied as {@code fstFlags} says. */
    void setTimes(int dirFd, String path, int lookupFlags, long accessTime, long modifiedTime, int fstFlags)
            throws WasiError {
        List<String> start = descriptors.directory(dirFd).path();
        try (Resolved target = resolver.resolve(start, path, (lookupFlags & LOOKUP_SYMLINK_FOLLOW) != 0)) {
            if (!target.exists()) {
                throw new WasiError(WasiErrno.NOENT);
            }
            writableQuota(target);
            if (!target.isDirectoryItself()) {
                BasicFileAttributes attributes = target.attributes();
                if (attributes.isSymbolicLink()) {
                    throw new WasiError(WasiErrno.NOTSUP); // the times of a link itself
                }
                if (!attributes.isRegularFile() && !attributes.isDirectory()) {
                    throw new WasiError(WasiErrno.ACCES);
                }
            }
            FileTime now = FileTime.from(Instant.now());
            target.directory().setTimes(target.name(),
                    time(fstFlags, FST_ATIM, FST_ATIM_NOW, accessTime, now),
                    time(fstFlags, FST_MTIM, FST_MTIM_NOW, modifiedTime, now));
        } catch (IOException e) {
            throw Errors.of(e);
        }
    }

    /** {@code path_create_directory}. */
    void createDirectory(int dirFd, String path) throws WasiError {
        List<String> start = descriptors.directory(dirFd).path();
        try (Resolved target = resolver.resolve(start, path, false)) {
            if (target.exists()) {
                throw new WasiError(WasiErrno.EXIST);
            }
            Quota quota = writableQuota(target);
            quota.addFile();
            try {
                target.directory().createDirectory(target.name());
            } catch (IOException | RuntimeException e) {
                quota.removeFile();
                throw Errors.of(e);
            }
        }
    }

    /** {@code path_remove_directory}. */
    void removeDirectory(int dirFd, String path) throws WasiError {
        List<String> start = descriptors.directory(dirFd).path();
        try (Resolved target = resolver.resolve(start, path, false)) {
            if (target.isDirectoryItself()) {
                throw new WasiError(target.isVirtual() || target.isMountRoot() ? WasiErrno.BUSY : WasiErrno.INVAL);
            }
            if (!target.exists()) {
                throw new WasiError(WasiErrno.NOENT);
            }
            Quota quota = writableQuota(target);
            BasicFileAttributes attributes = target.attributes();
            if (attributes.isSymbolicLink()) {
                resolver.checkLinkStaysInside(target);
            }
            if (!attributes.isDirectory()) {
                throw new WasiError(WasiErrno.NOTDIR);
            }
            target.directory().deleteDirectory(target.name());
            quota.removeFile();
        } catch (IOException e) {
            throw Errors.of(e);
        }
    }

    /** {@code path_unlink_file}. */
    void unlinkFile(int dirFd, String path) throws WasiError {
        List<String> start = descriptors.directory(dirFd).path();
        try (Resolved target = resolver.resolve(start, path, false)) {
            if (target.isDirectoryItself()) {
                throw new WasiError(WasiErrno.ISDIR);
            }
            if (!target.exists()) {
                throw new WasiError(WasiErrno.NOENT);
            }
            Quota quota = writableQuota(target);
            BasicFileAttributes attributes = target.attributes();
            if (attributes.isDirectory()) {
                throw new WasiError(WasiErrno.ISDIR);
            }
            if (attributes.isSymbolicLink()) {
                resolver.checkLinkStaysInside(target);
            }
            target.directory().deleteFile(target.name());
            quota.removeFile();
            if (attributes.isRegularFile()) {
                quota.releaseBytes(attributes.size());
            }
        } catch (IOException e) {
            throw Errors.of(e);
        }
    }

    /** {@code path_rename}: within one mount, replacing the target like POSIX rename. */
    void rename(int oldDirFd, String oldPath, int newDirFd, String newPath) throws WasiError {
        List<String> oldStart = descriptors.directory(oldDirFd).path();
        List<String> newStart = descriptors.directory(newDirFd).path();
        try (Resolved from = resolver.resolve(oldStart, oldPath, false);
                Resolved to = resolver.resolve(newStart, newPath, false)) {
            if (from.isDirectoryItself() || to.isDirectoryItself()) {
                throw new WasiError(WasiErrno.BUSY);
            }
            if (!from.exists()) {
                throw new WasiError(WasiErrno.NOENT);
            }
            if (from.mount() != to.mount()) {
                throw new WasiError(WasiErrno.XDEV);
            }
            Quota quota = writableQuota(from);
            BasicFileAttributes source = from.attributes();
            BasicFileAttributes replaced = to.attributes();
            if (source.isSymbolicLink()) {
                resolver.checkLinkStaysInside(from);
            }
            if (replaced != null) {
                if (replaced.isSymbolicLink()) {
                    resolver.checkLinkStaysInside(to);
                }
                checkReplaceable(source, to);
            }
            List<String> sourcePath = from.path();
            List<String> targetPath = to.path();
            if (sourcePath.equals(targetPath)) {
                return;
            }
            if (source.isDirectory() && targetPath.size() > sourcePath.size()
                    && targetPath.subList(0, sourcePath.size()).equals(sourcePath)) {
                throw new WasiError(WasiErrno.INVAL); // into itself
            }
            from.directory().move(from.name(), to.directory(), to.name());
            if (replaced != null) {
                quota.removeFile();
                if (replaced.isRegularFile()) {
                    quota.releaseBytes(replaced.size());
                }
            }
        } catch (IOException e) {
            throw Errors.of(e);
        }
    }

    /**
     * {@code fd_readdir}'s entries from {@code cookie} on. The listing is taken afresh when
     * reading starts (cookie 0) and kept for the pages after it.
     */
    List<DirectoryEntry> readDirectory(int fd, long cookie) throws WasiError {
        DirectoryDescriptor directory = descriptors.directory(fd);
        if (cookie == 0 || directory.listing() == null) {
            directory.listing(list(directory.path()));
        }
        List<DirectoryEntry> listing = directory.listing();
        return cookie >= listing.size() ? List.of() : listing.subList((int) cookie, listing.size());
    }

    private List<DirectoryEntry> list(List<String> path) throws WasiError {
        List<DirectoryEntry> entries = new ArrayList<>();
        try (Resolved target = resolver.resolve(path, ".", true)) {
            if (target.isVirtual()) {
                for (String name : fileSystem.mounts().children(target.path())) {
                    List<String> child = new ArrayList<>(target.path());
                    child.add(name);
                    entries.add(new DirectoryEntry(name, FileStat.virtualInode(child), Descriptor.FILETYPE_DIRECTORY));
                }
                return entries;
            }
            HostDirectory directory = target.openDirectory();
            for (String name : directory.list()) {
                BasicFileAttributes attributes = directory.attributes(name);
                if (attributes != null) { // else removed since it was listed
                    entries.add(new DirectoryEntry(name, FileStat.inode(attributes), FileStat.filetype(attributes)));
                }
            }
            return entries;
        } catch (IOException | RuntimeException e) {
            throw Errors.of(e);
        }
    }

    /** The quota of the writable mount {@code target} is in; EROFS in the virtual tree or a read-only mount. */
    private static Quota writableQuota(Resolved target) throws WasiError {
        if (target.isVirtual() || !target.mount().writable()) {
            throw new WasiError(WasiErrno.ROFS);
        }
        return target.mount().quota();
    }

    /** POSIX rename's rules for what may replace what. */
    private static void checkReplaceable(BasicFileAttributes source, Resolved to) throws WasiError, IOException {
        BasicFileAttributes replaced = to.attributes();
        if (source.isDirectory() && !replaced.isDirectory()) {
            throw new WasiError(WasiErrno.NOTDIR);
        }
        if (!source.isDirectory() && replaced.isDirectory()) {
            throw new WasiError(WasiErrno.ISDIR);
        }
        if (replaced.isDirectory() && !to.openDirectory().list().isEmpty()) {
            throw new WasiError(WasiErrno.NOTEMPTY);
        }
    }

    private static FileTime time(int flags, int set, int now, long nanos, FileTime current) throws WasiError {
        if ((flags & set) != 0 && (flags & now) != 0) {
            throw new WasiError(WasiErrno.INVAL);
        }
        if ((flags & now) != 0) {
            return current;
        }
        return (flags & set) != 0 ? FileTime.from(nanos, TimeUnit.NANOSECONDS) : null;
    }

    private static Set<OpenOption> options(boolean read, boolean write, OpenOption... more) {
        Set<OpenOption> options = new HashSet<>(List.of(more));
        if (read) {
            options.add(StandardOpenOption.READ);
        }
        if (write) {
            options.add(StandardOpenOption.WRITE);
        }
        return options;
    }
}

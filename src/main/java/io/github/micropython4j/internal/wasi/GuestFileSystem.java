package io.github.micropython4j.internal.wasi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A session's files: its mounts with their quotas, and the scratch directories it created. It
 * outlives the session's guest instances (a replaced instance sees the same files and quotas)
 * and ends with the session: {@link #close()} deletes the scratch directories, and every file
 * call after it fails with {@code EIO}. Not part of the API.
 */
public final class GuestFileSystem implements AutoCloseable {
    private static final String SCRATCH_PREFIX = "micropython4j-scratch-";
    /** How long {@link #close()} waits for file calls in progress (of a guest being stopped). */
    private static final long CLOSE_WAIT_MILLIS = 2000;

    private final MountTable mounts;
    private final PathResolver resolver;
    private final List<Path> scratchDirectories;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private boolean closed;

    private GuestFileSystem(List<Mount> mounts, List<Path> scratchDirectories, PathResolver.RootOpener opener) {
        this.mounts = new MountTable(mounts);
        this.resolver = new PathResolver(this.mounts, opener);
        this.scratchDirectories = List.copyOf(scratchDirectories);
    }

    /**
     * Opens the mounts: resolves each host directory's real path and creates the scratch
     * directories (in {@code java.io.tmpdir}).
     *
     * @throws IllegalArgumentException if a host directory does not exist or is not a directory
     * @throws UncheckedIOException if a scratch directory cannot be created
     */
    public static GuestFileSystem open(List<MountSpec> specs) {
        return open(specs, HostDirectory::open);
    }

    /** As {@link #open(List)}, with the mount roots opened by {@code opener} (tests). */
    static GuestFileSystem open(List<MountSpec> specs, PathResolver.RootOpener opener) {
        List<Mount> mounts = new ArrayList<>();
        List<Path> scratch = new ArrayList<>();
        try {
            for (MountSpec spec : specs) {
                Path root;
                if (spec.kind() == MountSpec.Kind.SCRATCH) {
                    root = Files.createTempDirectory(SCRATCH_PREFIX).toRealPath();
                    scratch.add(root);
                } else {
                    root = realDirectory(spec.hostDirectory());
                }
                Quota quota = spec.writable() ? new Quota(spec.quotaBytes(), spec.maxFiles()) : null;
                mounts.add(new Mount(GuestPaths.components(spec.guestPath()), root, quota));
            }
        } catch (IOException | RuntimeException e) {
            scratch.forEach(GuestFileSystem::deleteTree);
            if (e instanceof IOException) {
                throw new UncheckedIOException("cannot create a scratch directory", (IOException) e);
            }
            throw (RuntimeException) e;
        }
        return new GuestFileSystem(mounts, scratch, opener);
    }

    private static Path realDirectory(Path directory) {
        try {
            Path real = directory.toRealPath();
            if (Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
                return real;
            }
        } catch (IOException e) {
            // reported below
        }
        throw new IllegalArgumentException("not a directory: " + directory);
    }

    /** Stops every further file call and deletes the scratch directories. Idempotent. */
    @Override
    public void close() {
        Lock write = lock.writeLock();
        boolean locked = false;
        try {
            locked = write.tryLock(CLOSE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            if (closed) {
                return;
            }
            closed = true;
        } finally {
            if (locked) {
                write.unlock();
            }
        }
        scratchDirectories.forEach(GuestFileSystem::deleteTree);
    }

    MountTable mounts() {
        return mounts;
    }

    PathResolver resolver() {
        return resolver;
    }

    /**
     * Enters a file call: returns the lock to release when it ends.
     *
     * @throws WasiError EIO once the session is closed
     */
    Lock enter() throws WasiError {
        Lock read = lock.readLock();
        read.lock();
        if (closed) {
            read.unlock();
            throw new WasiError(WasiErrno.IO);
        }
        return read;
    }

    /** Deletes a directory tree without following links (the guest cannot make links, a host process could). */
    private static void deleteTree(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path directory, IOException e) throws IOException {
                    Files.deleteIfExists(directory);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // best effort: what is left is in the temporary directory, named as ours
        }
    }
}

package io.github.micropython4j.internal.wasi;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A directory the host gives the guest, as configured (the session's {@link GuestFileSystem} opens
 * it). Not part of the API.
 *
 * @param guestPath the absolute, normalised path the guest sees it at, e.g. {@code /data}
 * @param kind what the guest may do there
 * @param hostDirectory the host directory; null for a scratch directory, which is created when
 *     the session starts
 * @param quotaBytes how many bytes the guest may add (0 for a read-only directory)
 * @param maxFiles how many files and directories the guest may add (0 for a read-only directory)
 */
public record MountSpec(String guestPath, Kind kind, Path hostDirectory, long quotaBytes, int maxFiles) {

    /** What the guest may do in a mounted directory. */
    public enum Kind {
        /** Read only: every change fails with {@code EROFS}. */
        READ_ONLY,
        /** A host directory the guest may change, within a quota. */
        READ_WRITE,
        /** A fresh host temporary directory, deleted when the session closes. */
        SCRATCH
    }

    /** Checks the components. */
    public MountSpec {
        Objects.requireNonNull(kind, "kind");
        GuestPaths.checkMountPoint(guestPath);
        if ((kind == Kind.SCRATCH) != (hostDirectory == null)) {
            throw new IllegalArgumentException("a scratch directory has no host directory, other mounts have one");
        }
        if (kind == Kind.READ_ONLY && (quotaBytes != 0 || maxFiles != 0)) {
            throw new IllegalArgumentException("a read-only directory has no quota");
        }
        if (kind != Kind.READ_ONLY && (quotaBytes <= 0 || maxFiles <= 0)) {
            throw new IllegalArgumentException(
                    "quota must be positive: " + quotaBytes + " bytes, " + maxFiles + " files");
        }
    }

    /** A read-only host directory. */
    public static MountSpec readOnly(Path hostDirectory, String guestPath) {
        return new MountSpec(guestPath, Kind.READ_ONLY, Objects.requireNonNull(hostDirectory, "hostDirectory"), 0, 0);
    }

    /** A host directory the guest may change within the quota. */
    public static MountSpec readWrite(Path hostDirectory, String guestPath, long quotaBytes, int maxFiles) {
        return new MountSpec(guestPath, Kind.READ_WRITE, Objects.requireNonNull(hostDirectory, "hostDirectory"),
                quotaBytes, maxFiles);
    }

    /** A scratch directory that lives as long as the session. */
    public static MountSpec scratch(String guestPath, long quotaBytes, int maxFiles) {
        return new MountSpec(guestPath, Kind.SCRATCH, null, quotaBytes, maxFiles);
    }

    /** Whether the guest may change files here. */
    public boolean writable() {
        return kind != Kind.READ_ONLY;
    }

    /**
     * Whether this mount's guest path and {@code other}'s overlap (one is the other or contains
     * it); mounts may not be nested.
     */
    public boolean overlaps(MountSpec other) {
        List<String> mine = GuestPaths.components(guestPath);
        List<String> theirs = GuestPaths.components(other.guestPath);
        int common = Math.min(mine.size(), theirs.size());
        return mine.subList(0, common).equals(theirs.subList(0, common));
    }
}

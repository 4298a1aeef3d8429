package io.github.micropython4j;

import io.github.micropython4j.internal.SessionImage;
import java.util.Objects;

/**
 * A session's Python state frozen between two runs: its globals, functions, classes and
 * imported modules, the whole interpreter. Take one with {@link MicroPythonSession#snapshot()},
 * keep it as bytes ({@link #toBytes()}, e.g. in a database), and continue from it in any number
 * of new sessions, in this JVM or another, with
 * {@code MicroPythonSession.builder().restore(snapshot)...build()}.
 *
 * <pre>{@code
 * byte[] saved = session.snapshot().toBytes();
 * // later, anywhere with the same micropython4j version:
 * try (MicroPythonSession again = MicroPythonSession.builder()
 *         .restore(SessionSnapshot.fromBytes(saved))
 *         .build()) {
 *     again.run("print(total)");
 * }
 * }</pre>
 *
 * <p>A snapshot holds only the guest's memory. Limits, host functions, directories, environment
 * and network policy come from the builder that restores it; files in mounted directories are not
 * part of it, and a session with files open cannot be snapshotted. Sessions restored from one
 * snapshot share its memory until they change it, and are as independent as any two sessions.
 * Restoring needs the same guest binary (the same micropython4j build): the bytes carry its
 * checksum. Immutable and safe to share between threads.
 */
public final class SessionSnapshot {
    private final SessionImage image;

    SessionSnapshot(SessionImage image) {
        this.image = image;
    }

    /**
     * Reads a snapshot from {@link #toBytes()}; everything is checked here, so a snapshot this
     * returns restores.
     *
     * @throws IllegalArgumentException if the bytes are not a snapshot, are truncated or corrupt,
     *     or were made by another guest binary or format version; the message says which
     */
    public static SessionSnapshot fromBytes(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return new SessionSnapshot(SessionImage.fromBytes(bytes));
    }

    /**
     * The snapshot as bytes: a versioned format carrying the guest binary's checksum and a
     * checksum of the content. All-zero memory takes no room.
     */
    public byte[] toBytes() {
        return image.toBytes();
    }

    /** The guest's linear memory when the snapshot was taken, in bytes; a restoring session's memory limit must allow it. */
    public long memoryBytes() {
        return image.memoryBytes();
    }

    SessionImage image() {
        return image;
    }

    @Override
    public String toString() {
        return "SessionSnapshot[" + memoryBytes() + " bytes of memory]";
    }
}

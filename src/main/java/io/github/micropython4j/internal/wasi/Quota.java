package io.github.micropython4j.internal.wasi;

/**
 * How much a writable mount may grow during a session: bytes added to files and files (or
 * directories) created, net of what the guest deletes or truncates. Shared by every guest
 * instance of the session, so it is thread-safe.
 */
final class Quota {
    private final long maxBytes;
    private final long maxFiles;
    private long bytes;
    private long files;

    Quota(long maxBytes, long maxFiles) {
        this.maxBytes = maxBytes;
        this.maxFiles = maxFiles;
    }

    /**
     * Reserves up to {@code wanted} bytes and returns how many were granted: all of them, or what
     * is left of the quota.
     */
    synchronized long reserveBytes(long wanted) {
        long granted = Math.max(0, Math.min(wanted, maxBytes - bytes));
        bytes += granted;
        return granted;
    }

    /** Reserves exactly {@code wanted} bytes. */
    synchronized void reserveAllBytes(long wanted) throws WasiError {
        if (wanted > maxBytes - bytes) {
            throw new WasiError(WasiErrno.NOSPC);
        }
        bytes += wanted;
    }

    /** Gives back bytes the guest removed (or reserved and did not write). */
    synchronized void releaseBytes(long released) {
        bytes -= released;
    }

    /** Counts one more file or directory. */
    synchronized void addFile() throws WasiError {
        if (files >= maxFiles) {
            throw new WasiError(WasiErrno.NOSPC);
        }
        files++;
    }

    /** Counts one file or directory less. */
    synchronized void removeFile() {
        files--;
    }

    synchronized long bytesUsed() {
        return bytes;
    }
}

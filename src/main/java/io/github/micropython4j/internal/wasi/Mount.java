package io.github.micropython4j.internal.wasi;

import java.nio.file.Path;
import java.util.List;

/**
 * A mounted directory as the file layer uses it.
 *
 * @param guestPath the mount point's components ({@code /data/in} is {@code [data, in]})
 * @param root the host directory's real path, resolved once when the session starts; everything
 *     the guest reaches through this mount is below it
 * @param quota the quota of a writable mount; null for a read-only one
 */
record Mount(List<String> guestPath, Path root, Quota quota) {
    Mount {
        guestPath = List.copyOf(guestPath);
    }

    boolean writable() {
        return quota != null;
    }

    /** How many components the mount point has. */
    int depth() {
        return guestPath.size();
    }
}

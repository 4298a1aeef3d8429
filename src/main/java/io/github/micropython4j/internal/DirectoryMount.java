package io.github.micropython4j.internal;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A host directory the guest may see.
 *
 * @param hostDirectory the directory on the host
 * @param guestPath the absolute path the guest sees it at
 * @param writable whether the guest may change it
 */
public record DirectoryMount(Path hostDirectory, String guestPath, boolean writable) {
    /** Checks the components. */
    public DirectoryMount {
        Objects.requireNonNull(hostDirectory, "hostDirectory");
        Objects.requireNonNull(guestPath, "guestPath");
        if (!guestPath.startsWith("/")) {
            throw new IllegalArgumentException("guest path must be absolute: '" + guestPath + "'");
        }
    }
}

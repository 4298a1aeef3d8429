package io.github.micropython4j.internal.wasi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Splitting and checking the paths the guest names and the paths mounts are given at. */
final class GuestPaths {
    /** The longest path the guest may name, in bytes (Linux's PATH_MAX). */
    static final int MAX_PATH_BYTES = 4096;
    /** The longest file name, in bytes (Linux's NAME_MAX). */
    static final int MAX_NAME_BYTES = 255;

    private GuestPaths() {}

    /**
     * The components of an absolute, normalised mount point such as {@code /data/in} ({@code /}
     * has none).
     */
    static List<String> components(String mountPoint) {
        List<String> names = new ArrayList<>();
        for (String name : mountPoint.split("/")) {
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * Checks that {@code guestPath} can be a mount point: absolute and normalised (no empty,
     * {@code .} or {@code ..} component, no trailing slash), file names of at most 255 bytes.
     *
     * @throws IllegalArgumentException if it cannot
     */
    static void checkMountPoint(String guestPath) {
        if (guestPath == null || !guestPath.startsWith("/")) {
            throw new IllegalArgumentException("guest path must be absolute: '" + guestPath + "'");
        }
        if (guestPath.equals("/")) {
            return;
        }
        for (String name : guestPath.substring(1).split("/", -1)) {
            if (name.isEmpty() || name.equals(".") || name.equals("..") || name.indexOf('\0') >= 0
                    || name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
                throw new IllegalArgumentException("guest path must be normalised, like /data or /data/in: '"
                        + guestPath + "'");
            }
        }
    }
}

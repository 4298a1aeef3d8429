package io.github.micropython4j.internal.wasi;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The guest's namespace above the mounts: a read-only tree served by the host whose only entries
 * are the mount points and the directories leading to them ({@code /data} for a mount at
 * {@code /data/in}). Mounts are never nested.
 */
final class MountTable {
    private final List<Mount> mounts;

    MountTable(List<Mount> mounts) {
        this.mounts = List.copyOf(mounts);
    }

    /** The mount whose mount point is exactly {@code path}, or null. */
    Mount mountAt(List<String> path) {
        for (Mount mount : mounts) {
            if (mount.guestPath().equals(path)) {
                return mount;
            }
        }
        return null;
    }

    /**
     * Whether {@code path} is a directory of the virtual tree: the root (unless a mount is at
     * {@code /}), or a directory that leads to a mount point.
     */
    boolean isVirtualDirectory(List<String> path) {
        if (path.isEmpty()) {
            return mountAt(path) == null;
        }
        for (Mount mount : mounts) {
            List<String> point = mount.guestPath();
            if (point.size() > path.size() && point.subList(0, path.size()).equals(path)) {
                return true;
            }
        }
        return false;
    }

    /** The entries of the virtual directory {@code path}, sorted. */
    SortedSet<String> children(List<String> path) {
        SortedSet<String> names = new TreeSet<>();
        for (Mount mount : mounts) {
            List<String> point = mount.guestPath();
            if (point.size() > path.size() && point.subList(0, path.size()).equals(path)) {
                names.add(point.get(path.size()));
            }
        }
        return names;
    }

    List<Mount> mounts() {
        return mounts;
    }
}

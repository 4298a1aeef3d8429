package io.github.micropython4j.internal.wasi;

import java.io.IOException;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Where a guest path led, with the host directories opened on the way (closed by
 * {@link #close()}). One of three shapes:
 * <ul>
 *   <li>a directory itself ({@link #name()} is null): a directory of the virtual tree
 *       ({@link #mount()} null), or one inside a mount, e.g. the mount root or {@code sub/..};
 *   <li>an entry {@link #name()} of a directory inside a mount, which may not exist
 *       ({@link #attributes()} null) or be a link the caller asked not to follow;
 *   <li>a name that does not exist in a directory of the virtual tree ({@link #mount()} null).
 * </ul>
 */
final class Resolved implements AutoCloseable {
    private final Mount mount;
    private final List<String> directoryPath;
    private final Deque<HostDirectory> opened;
    private final HostDirectory holder;
    private final String name;
    private final BasicFileAttributes attributes;
    private final boolean mustBeDirectory;

    private Resolved(Mount mount, List<String> directoryPath, Deque<HostDirectory> opened, String name,
            BasicFileAttributes attributes, boolean mustBeDirectory) {
        this.mount = mount;
        this.directoryPath = List.copyOf(directoryPath);
        this.opened = opened;
        this.holder = opened.peek();
        this.name = name;
        this.attributes = attributes;
        this.mustBeDirectory = mustBeDirectory;
    }

    /** The directory at {@code path} itself; {@code opened}'s top is it when in a mount. */
    static Resolved directory(Mount mount, List<String> path, Deque<HostDirectory> opened) {
        return new Resolved(mount, path, opened, null, null, true);
    }

    /** Entry {@code name} of the directory {@code path} (the top of {@code opened} when in a mount). */
    static Resolved entry(Mount mount, List<String> path, Deque<HostDirectory> opened, String name,
            BasicFileAttributes attributes, boolean mustBeDirectory) {
        return new Resolved(mount, path, opened, name, attributes, mustBeDirectory);
    }

    /** The mount the path ends in, or null in the virtual tree. */
    Mount mount() {
        return mount;
    }

    /** The final name, or null if the path named a directory itself. */
    String name() {
        return name;
    }

    /** The entry's attributes (a link's own), or null if it does not exist; null for a directory itself. */
    BasicFileAttributes attributes() {
        return attributes;
    }

    /** Whether the path ended with a slash, {@code .} or {@code ..}, so it must be a directory. */
    boolean mustBeDirectory() {
        return mustBeDirectory;
    }

    boolean isDirectoryItself() {
        return name == null;
    }

    boolean isVirtual() {
        return mount == null;
    }

    /** Whether the path named an existing directory (in the virtual tree or in a mount). */
    boolean isDirectory() {
        return name == null || (attributes != null && attributes.isDirectory());
    }

    /** Whether the path named something that exists. */
    boolean exists() {
        return name == null || attributes != null;
    }

    /**
     * The guest's canonical path of the directory holding the entry, or of the directory itself:
     * no {@code .}, {@code ..} or links, as a directory descriptor remembers it.
     */
    List<String> directoryPath() {
        return directoryPath;
    }

    /** The canonical guest path of what was named. */
    List<String> path() {
        if (name == null) {
            return directoryPath;
        }
        List<String> path = new ArrayList<>(directoryPath);
        path.add(name);
        return path;
    }

    /**
     * The host directory that holds the entry, or the directory itself for
     * {@link #isDirectoryItself()}; null in the virtual tree.
     */
    HostDirectory directory() {
        return holder;
    }

    /** Opens the directory named (an existing entry that is a directory); closed with this. */
    HostDirectory openDirectory() throws IOException {
        if (name == null) {
            return holder;
        }
        HostDirectory child = holder.openDirectory(name);
        opened.push(child);
        return child;
    }

    /** Whether the path ends at a mount root. */
    boolean isMountRoot() {
        return mount != null && name == null && directoryPath.size() == mount.depth();
    }

    @Override
    public void close() {
        closeAll(opened);
    }

    static void closeAll(Deque<HostDirectory> handles) {
        while (!handles.isEmpty()) {
            try {
                handles.pop().close();
            } catch (IOException e) {
                // a directory handle that fails to close holds nothing the guest can use
            }
        }
    }

    static Deque<HostDirectory> noHandles() {
        return new ArrayDeque<>();
    }
}

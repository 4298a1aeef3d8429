package io.github.micropython4j.internal.wasi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Resolves the paths the guest names, one component at a time, on the host.
 *
 * <p>Above the mounts the guest walks the virtual tree of {@link MountTable}. Inside a mount each
 * component is looked at without following links ({@code lstat}) and each directory is opened
 * relative to the one before ({@link HostDirectory}), so the walk cannot leave the mount's real
 * root. A link inside a mount is followed only if its target stays in that mount: its text is
 * spliced into the walk, and a {@code ..} of it that would climb above the mount root, or an
 * absolute target outside the root, is refused with {@code EACCES}. At most {@link #MAX_LINKS}
 * links are followed per path ({@code ELOOP}). Nothing is cached: every call walks again from the
 * root, so a directory replaced by a link between two calls is seen as a link.
 */
final class PathResolver {
    /** Links followed per path at most, as Linux's MAXSYMLINKS. */
    static final int MAX_LINKS = 40;

    /** Opens the root of a mount. */
    interface RootOpener {
        HostDirectory open(Path root) throws IOException;
    }

    /** A component to walk; {@code confinedTo} is the mount a link's text must stay in, or null for the guest's own. */
    private record Component(String name, Mount confinedTo) {}

    private final MountTable mounts;
    private final RootOpener opener;

    PathResolver(MountTable mounts, RootOpener opener) {
        this.mounts = mounts;
        this.opener = opener;
    }

    /**
     * Resolves {@code path} relative to the directory at canonical guest path {@code start}.
     *
     * @param followLast whether a link as the last component is followed (open, stat) or
     *     returned as itself (unlink, rename)
     * @throws WasiError ENOENT, ENOTDIR, EACCES (a link leading out of its mount), ELOOP,
     *     ENAMETOOLONG, EINVAL, EIO
     */
    Resolved resolve(List<String> start, String path, boolean followLast) throws WasiError {
        if (path.isEmpty()) {
            throw new WasiError(WasiErrno.NOENT);
        }
        if (path.getBytes(StandardCharsets.UTF_8).length > GuestPaths.MAX_PATH_BYTES) {
            throw new WasiError(WasiErrno.NAMETOOLONG);
        }
        if (path.indexOf('\0') >= 0) {
            throw new WasiError(WasiErrno.INVAL);
        }
        Deque<Component> queue = new ArrayDeque<>();
        if (!path.startsWith("/")) {
            for (String name : start) {
                queue.add(new Component(name, null));
            }
        }
        addComponents(queue, path, null);
        boolean mustBeDirectory = path.endsWith("/") || path.endsWith("/.") || path.endsWith("/..")
                || path.equals(".") || path.equals("..");
        return walk(queue, followLast || mustBeDirectory, mustBeDirectory);
    }

    /**
     * Checks that the link {@code resolved} names (not followed) leads somewhere inside its
     * mount, so that even operations on the link itself (unlink, rename) refuse links that lead
     * out. A dangling link inside the mount passes.
     */
    void checkLinkStaysInside(Resolved resolved) throws WasiError {
        Mount mount = resolved.mount();
        String target = readLink(resolved.directory(), resolved.name());
        Deque<Component> queue = new ArrayDeque<>();
        for (String name : resolved.directoryPath()) {
            queue.add(new Component(name, null));
        }
        if (target.startsWith("/")) {
            queue.clear();
            queue.addAll(componentsOf(mount.guestPath(), null));
            addComponents(queue, relativeToRoot(mount, target), mount);
        } else {
            addComponents(queue, target, mount);
        }
        try (Resolved ignored = walk(queue, true, false)) {
            // inside
        } catch (WasiError e) {
            if (e.errno() != WasiErrno.NOENT && e.errno() != WasiErrno.NOTDIR) {
                throw e;
            }
        }
    }

    private Resolved walk(Deque<Component> queue, boolean followLast, boolean mustBeDirectory) throws WasiError {
        List<String> at = new ArrayList<>();
        Mount mount = mounts.mountAt(at);
        Deque<HostDirectory> opened = Resolved.noHandles();
        int links = 0;
        try {
            if (mount != null) {
                opened.push(openRoot(mount));
            }
            while (!queue.isEmpty()) {
                Component component = queue.pollFirst();
                String name = component.name();
                boolean last = queue.isEmpty();
                if (name.equals("..")) {
                    if (mount != null && at.size() == mount.depth()) {
                        if (component.confinedTo() != null) {
                            throw new WasiError(WasiErrno.ACCES); // a link climbing out of its mount
                        }
                        if (at.isEmpty()) {
                            continue; // the parent of / is /
                        }
                        Resolved.closeAll(opened);
                        mount = null;
                    } else if (mount != null) {
                        close(opened.pop());
                    }
                    if (!at.isEmpty()) {
                        at.remove(at.size() - 1);
                    }
                    continue;
                }
                if (mount == null) {
                    List<String> child = new ArrayList<>(at);
                    child.add(name);
                    Mount entered = mounts.mountAt(child);
                    if (entered != null) {
                        opened.push(openRoot(entered));
                        mount = entered;
                        at = child;
                    } else if (mounts.isVirtualDirectory(child)) {
                        at = child;
                    } else if (last) {
                        return Resolved.entry(null, at, opened, name, null, mustBeDirectory);
                    } else {
                        throw new WasiError(WasiErrno.NOENT);
                    }
                    continue;
                }
                HostDirectory directory = opened.peek();
                BasicFileAttributes attributes = attributes(directory, name);
                if (attributes == null) {
                    if (last) {
                        return Resolved.entry(mount, at, opened, name, null, mustBeDirectory);
                    }
                    throw new WasiError(WasiErrno.NOENT);
                }
                if (attributes.isSymbolicLink() && (!last || followLast)) {
                    if (++links > MAX_LINKS) {
                        throw new WasiError(WasiErrno.LOOP);
                    }
                    String target = readLink(directory, name);
                    if (target.startsWith("/")) {
                        // absolute: followed only into the mount's own root, walked from there
                        String relative = relativeToRoot(mount, target);
                        Resolved.closeAll(opened);
                        opened.push(openRoot(mount));
                        at = new ArrayList<>(mount.guestPath());
                        target = relative;
                    }
                    spliceFront(queue, target, mount);
                    continue;
                }
                if (last) {
                    if (mustBeDirectory && !attributes.isDirectory()) {
                        throw new WasiError(WasiErrno.NOTDIR);
                    }
                    return Resolved.entry(mount, at, opened, name, attributes, mustBeDirectory);
                }
                if (!attributes.isDirectory()) {
                    throw new WasiError(WasiErrno.NOTDIR);
                }
                opened.push(openDirectory(directory, name));
                at.add(name);
            }
            return Resolved.directory(mount, at, opened);
        } catch (WasiError | RuntimeException e) {
            Resolved.closeAll(opened);
            throw e;
        }
    }

    /** Puts a link's (relative) target at the front of the walk, confined to {@code mount}. */
    private static void spliceFront(Deque<Component> queue, String target, Mount mount) throws WasiError {
        Deque<Component> spliced = new ArrayDeque<>();
        addComponents(spliced, target, mount);
        while (!spliced.isEmpty()) {
            queue.addFirst(spliced.pollLast());
        }
    }

    /** An absolute link target as a path relative to the mount's root; EACCES if it is outside. */
    private static String relativeToRoot(Mount mount, String target) throws WasiError {
        String root = mount.root().toString();
        String prefix = root.endsWith("/") ? root : root + "/";
        if (target.equals(root)) {
            return ".";
        }
        if (!target.startsWith(prefix)) {
            throw new WasiError(WasiErrno.ACCES);
        }
        return target.substring(prefix.length());
    }

    private static void addComponents(Deque<Component> queue, String path, Mount confinedTo) throws WasiError {
        for (String name : path.split("/")) {
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.getBytes(StandardCharsets.UTF_8).length > GuestPaths.MAX_NAME_BYTES) {
                throw new WasiError(WasiErrno.NAMETOOLONG);
            }
            queue.add(new Component(name, confinedTo));
        }
    }

    private static List<Component> componentsOf(List<String> names, Mount confinedTo) {
        List<Component> components = new ArrayList<>();
        for (String name : names) {
            components.add(new Component(name, confinedTo));
        }
        return components;
    }

    private HostDirectory openRoot(Mount mount) throws WasiError {
        try {
            return opener.open(mount.root());
        } catch (IOException e) {
            throw new WasiError(WasiErrno.IO);
        }
    }

    private static BasicFileAttributes attributes(HostDirectory directory, String name) throws WasiError {
        try {
            return directory.attributes(name);
        } catch (IOException | RuntimeException e) {
            throw Errors.of(e);
        }
    }

    private static HostDirectory openDirectory(HostDirectory directory, String name) throws WasiError {
        try {
            return directory.openDirectory(name);
        } catch (IOException e) {
            // it was a directory a moment ago: swapped (for a link, say) since the check
            throw new WasiError(WasiErrno.ACCES);
        }
    }

    private static String readLink(HostDirectory directory, String name) throws WasiError {
        try {
            return directory.readLink(name);
        } catch (IOException e) {
            throw new WasiError(WasiErrno.ACCES);
        }
    }

    private static void close(HostDirectory directory) {
        try {
            directory.close();
        } catch (IOException e) {
            // nothing the guest can use is left open
        }
    }
}

package io.github.micropython4j.internal.wasi;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;

/**
 * An open directory inside a mount, and the operations on its entries the file layer needs. Each
 * takes a single file name (never a path) and never follows a link in it: links are read and
 * resolved by {@link PathResolver}, which decides whether they may be followed.
 *
 * <p>Where the platform has {@link SecureDirectoryStream} (Linux) the handle is an open directory
 * and every operation is relative to it ({@code openat}, {@code unlinkat}, {@code renameat}, ...
 * with {@code O_NOFOLLOW}), so a directory swapped for a link after it was checked cannot redirect
 * an operation. Elsewhere it is a path, checked just before use.
 */
interface HostDirectory extends Closeable {

    /** Opens {@code directory} (the host's real path of a mount root, trusted). */
    static HostDirectory open(Path directory) throws IOException {
        DirectoryStream<Path> stream = Files.newDirectoryStream(directory);
        if (stream instanceof SecureDirectoryStream) {
            return new SecureHostDirectory((SecureDirectoryStream<Path>) stream, directory);
        }
        stream.close();
        return new PlainHostDirectory(directory);
    }

    /**
     * {@code name} as a host path of exactly one file name. A guest name is split at {@code /}
     * only; on a host that also separates at {@code \\} or has drive prefixes ({@code C:}) it
     * could name something else, and is refused.
     *
     * @throws IllegalArgumentException if it is not one plain file name on this host
     */
    static Path fileName(String name) {
        Path path = Path.of(name); // InvalidPathException (an IllegalArgumentException) for a NUL
        if (name.isEmpty() || path.getRoot() != null || path.getNameCount() != 1 || !path.toString().equals(name)
                || name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("not a single file name on this host: '" + name + "'");
        }
        return path;
    }

    /** The attributes of entry {@code name} itself (a link is not followed), or null if there is none. */
    BasicFileAttributes attributes(String name) throws IOException;

    /** The attributes of this directory. */
    BasicFileAttributes attributes() throws IOException;

    /** Opens the subdirectory {@code name}; fails if it is a link or not a directory. */
    HostDirectory openDirectory(String name) throws IOException;

    /** Opens the file {@code name}; fails if it is a link. */
    FileChannel openFile(String name, Set<OpenOption> options) throws IOException;

    /** The target of the link {@code name}, as written in the link. */
    String readLink(String name) throws IOException;

    /** Creates the subdirectory {@code name}. */
    void createDirectory(String name) throws IOException;

    /** Removes the file (or link) {@code name}. */
    void deleteFile(String name) throws IOException;

    /** Removes the empty subdirectory {@code name}. */
    void deleteDirectory(String name) throws IOException;

    /** Renames entry {@code name} to {@code targetName} in {@code target}, replacing what is there. */
    void move(String name, HostDirectory target, String targetName) throws IOException;

    /**
     * Sets the times of entry {@code name}, or of this directory if {@code name} is null; a null
     * time is left as it is.
     */
    void setTimes(String name, FileTime accessTime, FileTime modifiedTime) throws IOException;

    /** The names of the entries, in the order the host lists them; call once per handle. */
    List<String> list() throws IOException;
}

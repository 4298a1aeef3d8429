package io.github.micropython4j.internal.wasi;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@link HostDirectory} by path, for platforms without {@code SecureDirectoryStream}: each
 * operation names {@code directory/name} and does not follow a link in the last component.
 * Parents are checked by the resolver just before; a host process that swaps one for a link
 * between the check and the use could redirect the operation.
 */
final class PlainHostDirectory implements HostDirectory {
    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    private final Path directory;

    PlainHostDirectory(Path directory) {
        this.directory = directory;
    }

    @Override
    public BasicFileAttributes attributes(String name) throws IOException {
        try {
            return Files.readAttributes(entry(name), BasicFileAttributes.class, NOFOLLOW);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    @Override
    public BasicFileAttributes attributes() throws IOException {
        return Files.readAttributes(directory, BasicFileAttributes.class, NOFOLLOW);
    }

    @Override
    public HostDirectory openDirectory(String name) throws IOException {
        Path child = entry(name);
        if (!Files.readAttributes(child, BasicFileAttributes.class, NOFOLLOW).isDirectory()) {
            throw new NotDirectoryException(child.toString());
        }
        return new PlainHostDirectory(child);
    }

    @Override
    public FileChannel openFile(String name, Set<OpenOption> options) throws IOException {
        Set<OpenOption> noFollow = new HashSet<>(options);
        noFollow.add(NOFOLLOW);
        return FileChannel.open(entry(name), noFollow);
    }

    @Override
    public String readLink(String name) throws IOException {
        return Files.readSymbolicLink(entry(name)).toString();
    }

    @Override
    public void createDirectory(String name) throws IOException {
        Files.createDirectory(entry(name));
    }

    @Override
    public void deleteFile(String name) throws IOException {
        Files.delete(entry(name));
    }

    @Override
    public void deleteDirectory(String name) throws IOException {
        Files.delete(entry(name));
    }

    @Override
    public void move(String name, HostDirectory target, String targetName) throws IOException {
        Files.move(entry(name), ((PlainHostDirectory) target).entry(targetName), StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void setTimes(String name, FileTime accessTime, FileTime modifiedTime) throws IOException {
        Path target = name == null ? directory : entry(name);
        Files.getFileAttributeView(target, BasicFileAttributeView.class, NOFOLLOW)
                .setTimes(modifiedTime, accessTime, null);
    }

    @Override
    public List<String> list() throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                names.add(entry.getFileName().toString());
            }
        }
        return names;
    }

    @Override
    public void close() {}

    private Path entry(String name) {
        return directory.resolve(HostDirectory.fileName(name));
    }
}

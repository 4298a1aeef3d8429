package io.github.micropython4j.internal.wasi;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@link HostDirectory} that is an open directory: operations are relative to it and never
 * follow a link, so nothing renamed or replaced on the host after the check redirects them
 * outside the mount.
 */
final class SecureHostDirectory implements HostDirectory {
    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    private final SecureDirectoryStream<Path> stream;
    /** Where it was opened: used only to read a link's text and to create a directory. */
    private final Path path;

    SecureHostDirectory(SecureDirectoryStream<Path> stream, Path path) {
        this.stream = stream;
        this.path = path;
    }

    @Override
    public BasicFileAttributes attributes(String name) throws IOException {
        try {
            return stream.getFileAttributeView(single(name), BasicFileAttributeView.class, NOFOLLOW).readAttributes();
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    @Override
    public BasicFileAttributes attributes() throws IOException {
        return stream.getFileAttributeView(BasicFileAttributeView.class).readAttributes();
    }

    @Override
    public HostDirectory openDirectory(String name) throws IOException {
        return new SecureHostDirectory(stream.newDirectoryStream(single(name), NOFOLLOW), path.resolve(single(name)));
    }

    @Override
    public FileChannel openFile(String name, Set<OpenOption> options) throws IOException {
        Set<OpenOption> noFollow = new HashSet<>(options);
        noFollow.add(NOFOLLOW);
        SeekableByteChannel channel = stream.newByteChannel(single(name), noFollow);
        if (channel instanceof FileChannel) {
            return (FileChannel) channel;
        }
        channel.close();
        throw new IOException("the platform's directory stream opened no FileChannel");
    }

    @Override
    public String readLink(String name) throws IOException {
        // No readlinkat in the JDK: read by path. Only the link's text comes back, and the
        // resolver checks every component of it again, so a swap here can only make it fail.
        return Files.readSymbolicLink(path.resolve(single(name))).toString();
    }

    @Override
    public void createDirectory(String name) throws IOException {
        // No mkdirat in the JDK: create by path. Between the resolver's checks and this call a
        // host process (never the guest, which is blocked in this call) could swap a parent for
        // a link; the window is this one call.
        Files.createDirectory(path.resolve(single(name)));
    }

    @Override
    public void deleteFile(String name) throws IOException {
        stream.deleteFile(single(name));
    }

    @Override
    public void deleteDirectory(String name) throws IOException {
        stream.deleteDirectory(single(name));
    }

    @Override
    public void move(String name, HostDirectory target, String targetName) throws IOException {
        stream.move(single(name), ((SecureHostDirectory) target).stream, single(targetName));
    }

    @Override
    public void setTimes(String name, FileTime accessTime, FileTime modifiedTime) throws IOException {
        BasicFileAttributeView view = name == null
                ? stream.getFileAttributeView(BasicFileAttributeView.class)
                : stream.getFileAttributeView(single(name), BasicFileAttributeView.class, NOFOLLOW);
        view.setTimes(modifiedTime, accessTime, null);
    }

    @Override
    public List<String> list() {
        List<String> names = new ArrayList<>();
        for (Path entry : stream) {
            names.add(entry.getFileName().toString());
        }
        return names;
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }

    private static Path single(String name) {
        return HostDirectory.fileName(name);
    }
}

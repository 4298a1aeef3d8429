package io.github.micropython4j.internal.wasi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The WASI file operations with both kinds of host directory (open directories on Linux, paths
 * elsewhere): changes through a link out of the mount fail and change nothing; legitimate
 * changes work and are counted against the quota.
 */
class FileLayerTest {
    private static final int ROOT = 0;
    private static final int CREAT = FileOperations.OFLAG_CREAT;
    private static final int TRUNC = FileOperations.OFLAG_TRUNC;
    private static final int FOLLOW = FileOperations.LOOKUP_SYMLINK_FOLLOW;
    private static final long READ = Descriptor.RIGHT_FD_READ;
    private static final long WRITE = Descriptor.RIGHT_FD_WRITE;

    @TempDir
    Path temp;

    private Path outside;
    private Path mount;
    private GuestFileSystem files;
    private DescriptorTable descriptors;
    private FileOperations operations;

    static Stream<Arguments> openers() {
        return Stream.of(
                Arguments.of("open directories", (PathResolver.RootOpener) HostDirectory::open),
                Arguments.of("paths", (PathResolver.RootOpener) PlainHostDirectory::new));
    }

    @BeforeEach
    void tree() throws IOException {
        Path tree = temp.toRealPath();
        outside = Files.createDirectory(tree.resolve("outside"));
        Files.writeString(outside.resolve("victim.txt"), "victim");
        mount = Files.createDirectory(tree.resolve("mount"));
        Files.writeString(mount.resolve("mine.txt"), "mine");
        Files.createSymbolicLink(mount.resolve("out"), Path.of("../outside"));
        Files.createSymbolicLink(mount.resolve("victim"), Path.of("../outside/victim.txt"));
        Files.createSymbolicLink(mount.resolve("alias"), Path.of("mine.txt"));
    }

    private void open(PathResolver.RootOpener opener, long quotaBytes, int maxFiles) throws WasiError {
        files = GuestFileSystem.open(List.of(MountSpec.readWrite(mount, "/data", quotaBytes, maxFiles)), opener);
        descriptors = new DescriptorTable();
        descriptors.add(new DirectoryDescriptor(List.of(), true));
        operations = new FileOperations(files, descriptors);
    }

    @AfterEach
    void close() {
        if (descriptors != null) {
            descriptors.closeAll();
            files.close();
        }
    }

    private interface Operation {
        void run() throws WasiError;
    }

    private static int errno(Operation operation) {
        try {
            operation.run();
            return WasiErrno.SUCCESS;
        } catch (WasiError e) {
            return e.errno();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("openers")
    void changesThroughALinkOutOfTheMountFail(String name, PathResolver.RootOpener opener) throws Exception {
        open(opener, 1000, 10);

        List<Operation> attempts = List.of(
                () -> operations.open(ROOT, "data/out/new.txt", FOLLOW, CREAT, WRITE, 0),
                () -> operations.open(ROOT, "data/victim", FOLLOW, TRUNC, WRITE, 0),
                () -> operations.open(ROOT, "data/victim", FOLLOW, 0, READ, 0),
                () -> operations.createDirectory(ROOT, "data/out/dir"),
                () -> operations.unlinkFile(ROOT, "data/out/victim.txt"),
                () -> operations.unlinkFile(ROOT, "data/victim"),
                () -> operations.rename(ROOT, "data/mine.txt", ROOT, "data/out/victim.txt"),
                () -> operations.rename(ROOT, "data/out/victim.txt", ROOT, "data/stolen.txt"),
                () -> operations.rename(ROOT, "data/mine.txt", ROOT, "data/victim"),
                () -> operations.removeDirectory(ROOT, "data/out"),
                () -> operations.setTimes(ROOT, "data/victim", FOLLOW, 0, 0, FileOperations.FST_MTIM),
                () -> operations.stat(ROOT, "data/out/victim.txt", FOLLOW));
        for (Operation attempt : attempts) {
            assertThat(errno(attempt)).isEqualTo(WasiErrno.ACCES);
        }
        try (Stream<Path> left = Files.list(outside)) {
            assertThat(left).containsExactly(outside.resolve("victim.txt"));
        }
        assertThat(Files.readString(outside.resolve("victim.txt"))).isEqualTo("victim");
        assertThat(mount.resolve("victim")).isSymbolicLink();
        assertThat(Files.readString(mount.resolve("mine.txt"))).isEqualTo("mine");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("openers")
    void changesInsideTheMountWorkAndCount(String name, PathResolver.RootOpener opener) throws Exception {
        open(opener, 10, 1);
        Quota quota = files.mounts().mounts().get(0).quota();

        int fd = operations.open(ROOT, "data/new.txt", FOLLOW, CREAT, WRITE, 0);
        assertThat(descriptors.get(fd).write(ByteBuffer.wrap("12345678".getBytes(StandardCharsets.UTF_8)))).isEqualTo(8);
        assertThat(descriptors.get(fd).write(ByteBuffer.wrap("abcdef".getBytes(StandardCharsets.UTF_8)))).isEqualTo(2);
        assertThat(errno(() -> descriptors.get(fd).write(ByteBuffer.wrap(new byte[] {1})))).isEqualTo(WasiErrno.NOSPC);
        descriptors.close(fd);
        assertThat(Files.readString(mount.resolve("new.txt"))).isEqualTo("12345678ab");
        assertThat(quota.bytesUsed()).isEqualTo(10);

        // renaming over a file gives its bytes and its place back
        operations.rename(ROOT, "data/new.txt", ROOT, "data/mine.txt");
        assertThat(Files.readString(mount.resolve("mine.txt"))).isEqualTo("12345678ab");
        assertThat(quota.bytesUsed()).isEqualTo(6);
        operations.createDirectory(ROOT, "data/d");
        assertThat(errno(() -> operations.createDirectory(ROOT, "data/e"))).isEqualTo(WasiErrno.NOSPC);
        operations.removeDirectory(ROOT, "data/d");
        operations.createDirectory(ROOT, "data/e");

        // through a link inside the mount; truncating on open gives the bytes back
        int alias = operations.open(ROOT, "data/alias", FOLLOW, TRUNC, WRITE, 0);
        descriptors.close(alias);
        assertThat(Files.size(mount.resolve("mine.txt"))).isZero();
        assertThat(quota.bytesUsed()).isEqualTo(-4);
        // unlinking a link removes the link, not its target
        operations.unlinkFile(ROOT, "data/alias");
        assertThat(mount.resolve("alias")).doesNotExist();
        assertThat(mount.resolve("mine.txt")).exists();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("openers")
    void everyCallFailsOnceTheSessionIsClosed(String name, PathResolver.RootOpener opener) throws Exception {
        open(opener, 10, 2);
        files.close();

        assertThat(errno(() -> files.enter())).isEqualTo(WasiErrno.IO);
    }
}

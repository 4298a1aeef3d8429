package io.github.micropython4j.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micropython4j.MicroPythonSession;
import io.github.micropython4j.Outcome;
import io.github.micropython4j.RunResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile: writable mounts and scratch directories hold at most their quota. Filling one gives
 * {@code OSError} ENOSPC, the partial file stays within the quota, nothing past it reaches the
 * disk, and the session goes on; a scratch directory is gone after {@code close()}.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FileQuotaTest {
    private static final long QUOTA = 10_000;

    /** Writes 1000-byte chunks until the mount is full; prints where it stopped. */
    private static final String FILL = """
            import errno, os
            written = 0
            try:
                with open(PATH, "wb") as f:
                    while True:
                        written += f.write(b"x" * 1000)
            except OSError as e:
                print("full", e.errno == errno.ENOSPC)
            print(os.stat(PATH)[6])
            """;

    @TempDir
    Path directory;

    @Test
    void fillingAWritableMountStopsAtTheQuotaAndTheSessionGoesOn() throws IOException {
        Files.writeString(directory.resolve("existing.txt"), "already here, not counted");
        try (MicroPythonSession session = MicroPythonSession.builder()
                .readWriteDirectory(directory, "/out", QUOTA, 100)
                .build()) {
            RunResult result = session.run("PATH = '/out/big.bin'\n" + FILL);

            assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.OK);
            assertThat(result.stdout()).isEqualTo("full True\n" + QUOTA + "\n");
            assertThat(Files.size(directory.resolve("big.bin"))).isEqualTo(QUOTA);
            assertThat(session.run("print('still running')").stdout()).isEqualTo("still running\n");
        }
        assertThat(Files.readString(directory.resolve("existing.txt"))).isEqualTo("already here, not counted");
    }

    @Test
    void aWriteThatCrossesTheQuotaIsCutAtIt() throws IOException {
        try (MicroPythonSession session = MicroPythonSession.builder()
                .readWriteDirectory(directory, "/out", QUOTA, 100)
                .build()) {
            RunResult result = session.run("""
                    import errno
                    f = open('/out/a.bin', 'wb')
                    f.write(b'a' * 6000)
                    f.close()
                    try:
                        with open('/out/b.bin', 'wb') as f:
                            f.write(b'b' * 6000)
                    except OSError as e:
                        print(e.errno == errno.ENOSPC)
                    try:
                        open('/out/c.bin', 'w').write('c')
                    except OSError as e:
                        print(e.errno == errno.ENOSPC)
                    """);

            assertThat(result.stdout()).isEqualTo("True\nTrue\n");
        }
        assertThat(Files.size(directory.resolve("a.bin"))).isEqualTo(6000);
        assertThat(Files.readString(directory.resolve("b.bin"))).isEqualTo("b".repeat(4000));
        assertThat(Files.size(directory.resolve("c.bin"))).isZero();
        assertThat(totalBytes(directory)).isEqualTo(QUOTA);
    }

    @Test
    void appendingSeekingPastTheEndAndExtendingCountToo() throws IOException {
        try (MicroPythonSession session = MicroPythonSession.builder()
                .readWriteDirectory(directory, "/out", QUOTA, 100)
                .build()) {
            RunResult result = session.run("""
                    def attempt(what, action):
                        try:
                            action()
                            print(what, "allowed")
                        except OSError as e:
                            print(what, "refused", e.errno)
                    with open('/out/f.bin', 'wb') as f:
                        f.write(b'1' * 9000)
                    def append():
                        with open('/out/f.bin', 'ab') as f:
                            while True:
                                f.write(b'2' * 300)
                    def seek_far():
                        with open('/out/g.bin', 'wb') as f:
                            f.seek(1_000_000)
                            f.write(b'3')
                    def extend():
                        with open('/out/f.bin', 'r+b') as f:
                            f.truncate(1_000_000)
                    attempt("append", append)
                    attempt("seek far", seek_far)
                    attempt("extend", extend)
                    """);

            // ENOSPC, with Linux's number as CPython on Linux gives it (patch 0102)
            assertThat(result.stdout()).isEqualTo("append refused 28\nseek far refused 28\nextend refused 28\n");
        }
        assertThat(Files.size(directory.resolve("f.bin"))).isEqualTo(QUOTA);
        assertThat(Files.size(directory.resolve("g.bin"))).isZero();
    }

    @Test
    void deletingAndTruncatingGiveRoomBack() {
        try (MicroPythonSession session = MicroPythonSession.builder()
                .readWriteDirectory(directory, "/out", QUOTA, 100)
                .build()) {
            RunResult result = session.run("""
                    import os
                    for round in range(5):
                        with open('/out/f.bin', 'wb') as f:
                            f.write(b'x' * 8000)
                        with open('/out/f.bin', 'r+b') as f:
                            f.truncate(1000)
                        with open('/out/g.bin', 'wb') as f:
                            f.write(b'y' * 9000)
                        os.remove('/out/g.bin')
                    print(os.stat('/out/f.bin')[6])
                    """);

            assertThat(result.stdout()).as(result.toString()).isEqualTo("1000\n");
        }
    }

    @Test
    void theFileCountIsCappedForFilesAndDirectories() throws IOException {
        try (MicroPythonSession session = MicroPythonSession.builder()
                .readWriteDirectory(directory, "/out", QUOTA, 3)
                .build()) {
            RunResult result = session.run("""
                    import errno, os
                    open('/out/a', 'w').close()
                    os.mkdir('/out/d')
                    open('/out/d/b', 'w').close()
                    for action in [lambda: open('/out/c', 'w'), lambda: os.mkdir('/out/e')]:
                        try:
                            action()
                        except OSError as e:
                            print(e.errno == errno.ENOSPC)
                    os.remove('/out/a')
                    open('/out/c', 'w').close()
                    print(sorted(os.listdir('/out')))
                    """);

            assertThat(result.stdout()).isEqualTo("True\nTrue\n['c', 'd']\n");
        }
        try (Stream<Path> files = Files.walk(directory)) {
            assertThat(files.count()).isEqualTo(4); // the mount, c, d, d/b
        }
    }

    @Test
    void aScratchDirectoryHoldsItsQuotaAndIsGoneAfterClose() throws IOException {
        Set<Path> before = scratchDirectories();
        Path scratch;
        try (MicroPythonSession session = MicroPythonSession.builder()
                .scratchDirectory("/scratch", QUOTA)
                .build()) {
            assertThat(session.run("import os\nprint(os.listdir('/'), os.listdir('/scratch'))").stdout())
                    .isEqualTo("['scratch'] []\n");
            RunResult result = session.run("import os\nos.mkdir('/scratch/d')\nPATH = '/scratch/d/big.bin'\n" + FILL);

            assertThat(result.stdout()).isEqualTo("full True\n" + QUOTA + "\n");
            scratch = scratchDirectories().stream().filter(p -> !before.contains(p))
                    .filter(p -> Files.exists(p.resolve("d/big.bin"))).findFirst().orElseThrow();
            assertThat(Files.size(scratch.resolve("d/big.bin"))).isEqualTo(QUOTA);
            assertThat(session.run("print(len(open('/scratch/d/big.bin', 'rb').read()))").stdout())
                    .isEqualTo(QUOTA + "\n");
        }
        assertThat(scratch).doesNotExist();
    }

    @Test
    void aScratchDirectoryOutlivesAReplacedInterpreter() {
        try (MicroPythonSession session = MicroPythonSession.builder()
                .scratchDirectory("/scratch", QUOTA)
                .timeout(Duration.ofMillis(300))
                .hostFunction("hang", (args, kwargs) -> { // ignores interrupts: the session must replace its guest
                    long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                    while (System.nanoTime() < end) {
                        try {
                            Thread.sleep(100);
                        } catch (InterruptedException e) {
                            // keep hanging
                        }
                    }
                    return null;
                })
                .build()) {
            session.run("open('/scratch/kept.txt', 'w').write('kept')\nx = 1");
            RunResult stuck = session.run("hang()");
            assertThat(stuck.outcome()).isEqualTo(Outcome.TIMEOUT);
            assertThat(stuck.sessionReset()).isTrue();

            RunResult after = session.run("print(open('/scratch/kept.txt').read(), 'x' in globals())");
            assertThat(after.stdout()).isEqualTo("kept False\n");
        }
    }

    private static Set<Path> scratchDirectories() throws IOException {
        Path temp = Path.of(System.getProperty("java.io.tmpdir")).toRealPath();
        try (Stream<Path> entries = Files.list(temp)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("micropython4j-scratch-"))
                    .collect(Collectors.toSet());
        }
    }

    private static long totalBytes(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }
}

package io.github.micropython4j.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.micropython4j.MicroPythonSession;
import io.github.micropython4j.Outcome;
import io.github.micropython4j.RunResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Legitimate use of mounted directories works as in CPython, and the guest sees nothing else. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FileOperationsTest {
    @TempDir
    Path directory;

    @TempDir
    Path other;

    @Test
    void aProgramWorkingInAMountedDirectoryGetsWhatCPythonGets() throws IOException {
        // the fixture of files_legit.py (see regenerate.sh)
        Files.writeString(directory.resolve("hello.txt"), "hello\nworld\n");
        Files.createDirectory(directory.resolve("sub"));
        Files.writeString(directory.resolve("sub/inner.txt"), "inner");
        Files.createSymbolicLink(directory.resolve("alias.txt"), Path.of("hello.txt"));
        Files.createSymbolicLink(directory.resolve("sub_link"), Path.of("sub"));
        try (MicroPythonSession session = MicroPythonSession.builder()
                .readWriteDirectory(directory, "/data")
                .environment(Map.of("ROOT", "/data"))
                .build()) {
            RunResult result = session.run(resource("files_legit.py"));

            assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.OK);
            assertThat(result.stdout()).isEqualTo(resource("files_legit.expected"));
        }
        assertThat(Files.readString(directory.resolve("hello.txt"))).isEqualTo("hello\nworld\n!");
        assertThat(Files.getLastModifiedTime(directory.resolve("hello.txt")).toMillis()).isEqualTo(1_234_567_890_000L);
        assertThat(Files.readString(directory.resolve("d3/moved.txt"))).isEqualTo("other");
    }

    /** open() takes CPython's whole signature (patch 0168): newline="" as the csv module advises. */
    @Test
    void openTakesNewlineErrorsAndTheRestOfCPythonsSignature() throws IOException {
        try (MicroPythonSession session = MicroPythonSession.builder().readWriteDirectory(directory, "/data").build()) {
            RunResult result = session.run("""
                    import csv
                    with open("/data/out.csv", "w", newline="", encoding="utf-8", errors="strict", closefd=True) as f:
                        csv.writer(f).writerows([["name", "n"], ["a,b", 1]])
                    with open("/data/out.csv", newline="") as f:
                        print(list(csv.reader(f)))
                    for bad in [dict(newline="x"), dict(errors=1), dict(opener=print)]:
                        try:
                            open("/data/out.csv", **bad)
                        except Exception as e:
                            print(type(e).__name__)
                    """);

            assertThat(result.stdout()).as(result.toString())
                    .isEqualTo("[['name', 'n'], ['a,b', '1']]\nValueError\nTypeError\nNotImplementedError\n");
        }
        assertThat(Files.readString(directory.resolve("out.csv"))).isEqualTo("name,n\r\n\"a,b\",1\r\n");
    }

    @Test
    void withoutMountsThereAreNoFiles() {
        try (MicroPythonSession session = MicroPythonSession.builder().build()) {
            RunResult result = session.run("""
                    import errno, os
                    print(os.listdir("/"), os.listdir())
                    for action in [lambda: open("/etc/passwd"), lambda: os.stat("/etc/passwd"),
                                   lambda: open("relative.txt"), lambda: os.stat("/tmp"), lambda: os.listdir("/etc")]:
                        try:
                            action()
                            print("found")
                        except OSError as e:
                            print(e.errno == errno.ENOENT)
                    for action in [lambda: open("/new.txt", "w"), lambda: os.mkdir("/dir")]:
                        try:
                            action()
                            print("created")
                        except OSError as e:
                            print(e.errno == errno.EROFS)
                    """);

            assertThat(result.stdout()).isEqualTo("[] []\nTrue\nTrue\nTrue\nTrue\nTrue\nTrue\nTrue\n");
        }
    }

    @Test
    void theRootListsExactlyTheMountPoints() {
        try (MicroPythonSession session = MicroPythonSession.builder()
                .readOnlyDirectory(directory, "/data/in")
                .readWriteDirectory(other, "/data/out")
                .scratchDirectory("/tmp", 1000)
                .build()) {
            RunResult result = session.run("""
                    import errno, os
                    print(sorted(os.listdir("/")), sorted(os.listdir("/data")))
                    print(os.stat("/data")[0] == 0o040000, os.stat("/data/in")[0] == 0o040000)
                    try:
                        os.mkdir("/data/new")
                    except OSError as e:
                        print(e.errno == errno.EROFS)
                    """);

            assertThat(result.stdout()).isEqualTo("['data', 'tmp'] ['in', 'out']\nTrue True\nTrue\n");
        }
    }

    @Test
    void renamingAcrossMountsIsRefused() throws IOException {
        Files.writeString(other.resolve("f.txt"), "f");
        try (MicroPythonSession session = MicroPythonSession.builder()
                .readWriteDirectory(directory, "/a")
                .readWriteDirectory(other, "/b")
                .build()) {
            RunResult result = session.run(
                    "import errno, os\ntry:\n    os.rename('/b/f.txt', '/a/f.txt')\nexcept OSError as e:\n    print(e.errno == errno.EXDEV)");

            assertThat(result.stdout()).isEqualTo("True\n");
        }
        assertThat(other.resolve("f.txt")).exists();
    }

    @Test
    void theGuestCannotMountAnything() {
        try (MicroPythonSession session = MicroPythonSession.builder().build()) {
            RunResult result = session.run("""
                    import os
                    print([name for name in ("mount", "umount", "VfsPosix", "statvfs") if hasattr(os, name)])
                    try:
                        import vfs
                    except ImportError:
                        print("no vfs")
                    """);

            assertThat(result.stdout()).isEqualTo("[]\nno vfs\n");
        }
    }

    @Test
    void theEnvironmentIsEmptyUnlessTheHostSetsIt() {
        try (MicroPythonSession session = MicroPythonSession.builder().build()) {
            assertThat(session.run("import os\nprint(os.environ, os.getenv('HOME'), os.getenv('PATH', '-'))").stdout())
                    .isEqualTo("{} None -\n");
        }
        try (MicroPythonSession session = MicroPythonSession.builder()
                .environment(Map.of("API_URL", "https://example.org", "EMPTY", "", "UNICODE", "héllo wörld"))
                .build()) {
            RunResult result = session.run("""
                    import os
                    print(sorted(os.environ), os.environ["UNICODE"])
                    print(os.getenv("API_URL"), repr(os.getenv("EMPTY")), os.environ.get("MISSING", "default"))
                    os.environ["ADDED"] = "by the guest"
                    """);
            assertThat(result.stdout()).isEqualTo("['API_URL', 'EMPTY', 'UNICODE'] héllo wörld\n"
                    + "https://example.org '' default\n");
            assertThat(session.run("import os\nprint(os.getenv('ADDED'))").stdout()).isEqualTo("by the guest\n");
        }
    }

    @Test
    void badEnvironmentVariablesAreRefusedByTheBuilder() {
        assertThatThrownBy(() -> MicroPythonSession.builder().environment(Map.of("A=B", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("A=B");
        assertThatThrownBy(() -> MicroPythonSession.builder().environment(Map.of("", "x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MicroPythonSession.builder().environment(Map.of("A", "x\0y")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NUL");
    }

    @Test
    void mountPointsAreChecked() {
        MicroPythonSession.Builder builder = MicroPythonSession.builder().readOnlyDirectory(directory, "/data");
        assertThatThrownBy(() -> builder.readOnlyDirectory(other, "/data/in"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nested");
        assertThatThrownBy(() -> builder.scratchDirectory("/", 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nested");
        for (String bad : new String[] {"data", "/a/../b", "/a//b", "/a/", "/a/./b"}) {
            assertThatThrownBy(() -> MicroPythonSession.builder().readOnlyDirectory(directory, bad))
                    .as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> MicroPythonSession.builder().readWriteDirectory(directory, "/x", 0, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quota");
        assertThatThrownBy(() -> MicroPythonSession.builder().scratchDirectory("/x", -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quota");
    }

    @Test
    void aMountAtTheRootIsTheWholeTree() throws IOException {
        Files.writeString(directory.resolve("top.txt"), "top");
        try (MicroPythonSession session = MicroPythonSession.builder().readOnlyDirectory(directory, "/").build()) {
            RunResult result = session.run("import os\nprint(os.listdir('/'), open('/top.txt').read(), open('/../top.txt').read())");

            assertThat(result.stdout()).isEqualTo("['top.txt'] top top\n");
        }
    }

    @Test
    void descriptorsAreCappedAndComeBackWhenClosed() {
        try (MicroPythonSession session = MicroPythonSession.builder().scratchDirectory("/s", 1000).build()) {
            RunResult leak = session.run("""
                    import errno
                    open("/s/f", "w").close()
                    leaked = []
                    try:
                        while True:
                            leaked.append(open("/s/f"))
                    except OSError as e:
                        print(e.errno == errno.EMFILE, len(leaked))
                    """);
            assertThat(leak.outcome()).as(leak.toString()).isEqualTo(Outcome.OK);
            assertThat(leak.stdout()).isEqualTo("True 60\n");

            RunResult stillFull = session.run("""
                    try:
                        open("/s/f")
                    except OSError as e:
                        print("still full")
                    for f in leaked:
                        f.close()
                    print(open("/s/f").read() == "")
                    """);
            assertThat(stillFull.stdout()).isEqualTo("still full\nTrue\n");
        }
    }

    private static String resource(String name) {
        try (InputStream in = FileOperationsTest.class.getResourceAsStream("/python/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.github.micropython4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DirectoryMountTest {
    @TempDir
    Path readOnly;

    @TempDir
    Path readWrite;

    @Test
    void readOnlyDirectoryCanBeReadButNotChanged() throws Exception {
        Files.writeString(readOnly.resolve("data.txt"), "hello from the host");
        Files.createDirectory(readOnly.resolve("sub"));
        Files.writeString(readOnly.resolve("sub/inner.txt"), "inner");
        try (MicroPythonSession session = MicroPythonSession.builder()
                .readOnlyDirectory(readOnly, "/data")
                .build()) {
            RunResult read = session.run(String.join("\n",
                    "import os",
                    "print(open('/data/data.txt').read())",
                    "print(open('/data/sub/inner.txt').read())",
                    "print(sorted(os.listdir('/data')))"));
            assertThat(read.outcome()).as(read.toString()).isEqualTo(Outcome.OK);
            assertThat(read.stdout()).isEqualTo("hello from the host\ninner\n['data.txt', 'sub']\n");

            RunResult writes = session.run(String.join("\n",
                    "import errno, os",
                    "def attempt(what, action):",
                    "    try:",
                    "        action()",
                    "        print(what, 'allowed')",
                    "    except OSError as e:",
                    "        print(what, 'refused' if e.errno == errno.EROFS else e.errno)",
                    "attempt('create', lambda: open('/data/new.txt', 'w'))",
                    "attempt('overwrite', lambda: open('/data/data.txt', 'w'))",
                    "attempt('append', lambda: open('/data/data.txt', 'a'))",
                    "attempt('create in subdir', lambda: open('/data/sub/new.txt', 'w'))",
                    "attempt('mkdir', lambda: os.mkdir('/data/dir'))",
                    "attempt('remove', lambda: os.remove('/data/data.txt'))",
                    "attempt('rmdir', lambda: os.rmdir('/data/sub'))",
                    "attempt('rename', lambda: os.rename('/data/data.txt', '/data/moved.txt'))",
                    "attempt('truncate', lambda: open('/data/data.txt', 'r+').truncate(0))",
                    "attempt('utime', lambda: os.utime('/data/data.txt', (0, 0)))"));
            assertThat(writes.stdout()).isEqualTo(String.join("\n",
                    "create refused", "overwrite refused", "append refused", "create in subdir refused",
                    "mkdir refused", "remove refused", "rmdir refused", "rename refused", "truncate refused",
                    "utime refused", ""));
        }
        try (var files = Files.list(readOnly)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("data.txt", "sub");
        }
        assertThat(Files.readString(readOnly.resolve("data.txt"))).isEqualTo("hello from the host");
        assertThat(readOnly.resolve("sub").toFile().list()).containsExactly("inner.txt");
    }

    @Test
    void readWriteDirectoryCanBeChanged() throws Exception {
        try (MicroPythonSession session = MicroPythonSession.builder()
                .readOnlyDirectory(readOnly, "/in")
                .readWriteDirectory(readWrite, "/out")
                .build()) {
            RunResult result = session.run(String.join("\n",
                    "import os",
                    "with open('/out/result.txt', 'w') as f:",
                    "    f.write('written by python')",
                    "os.mkdir('/out/dir')",
                    "print(sorted(os.listdir('/out')))"));
            assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.OK);
            assertThat(result.stdout()).isEqualTo("['dir', 'result.txt']\n");
        }
        assertThat(Files.readString(readWrite.resolve("result.txt"), StandardCharsets.UTF_8)).isEqualTo("written by python");
        assertThat(readWrite.resolve("dir")).isDirectory();
    }

    @Test
    void nothingElseOfTheHostIsVisible() {
        try (MicroPythonSession session = MicroPythonSession.builder().build()) {
            RunResult result = session.run(
                    "try:\n    open('/etc/passwd')\n    print('visible')\nexcept OSError:\n    print('invisible')");
            assertThat(result.stdout()).isEqualTo("invisible\n");
        }
    }

    /** What each file call prints for a path: the exception's type, whether its errno is ENOENT, its filename. */
    private static final String PROBE = String.join("\n",
            "import errno, os",
            "def probe(what, call, *args):",
            "    try:",
            "        call(*args)",
            "        print(what, 'succeeded')",
            "    except OSError as e:",
            "        print(what, type(e).__name__, e.errno == errno.ENOENT, e.filename)",
            "");

    /** Reading, listing or changing a path outside every mount: it does not exist. (Creating
     * a file or directory directly in the host-made tree, {@code open('/x', 'w')}, is EROFS:
     * FileOperationsTest.) */
    @Test
    void pathsOutsideEveryMountRaiseFileNotFoundError() throws Exception {
        String calls = String.join("\n",
                "probe('open', open, '/etc/passwd')",
                "probe('open-w', open, '/x/new.txt', 'w')",
                "probe('stat', os.stat, '/x')",
                "probe('listdir', os.listdir, '/x')",
                "probe('remove', os.remove, '/x')",
                "probe('mkdir', os.mkdir, '/x/y')",
                "probe('rmdir', os.rmdir, '/x')",
                "probe('rename', os.rename, '/x', '/y')",
                "probe('beside', os.stat, '/data2/x')");
        String expected = String.join("\n",
                "open FileNotFoundError True /etc/passwd",
                "open-w FileNotFoundError True /x/new.txt",
                "stat FileNotFoundError True /x",
                "listdir FileNotFoundError True /x",
                "remove FileNotFoundError True /x",
                "mkdir FileNotFoundError True /x/y",
                "rmdir FileNotFoundError True /x",
                "rename FileNotFoundError True /x",
                "beside FileNotFoundError True /data2/x",
                "");
        Files.writeString(readOnly.resolve("passwd"), "not the host's");
        try (MicroPythonSession bare = MicroPythonSession.builder().build();
                MicroPythonSession mounted = MicroPythonSession.builder().readOnlyDirectory(readOnly, "/data").build()) {
            RunResult withoutMounts = bare.run(PROBE + calls);
            RunResult withAMount = mounted.run(PROBE + calls + "\nprint(open('/data/passwd').read())");

            assertThat(withoutMounts.stdout()).as(withoutMounts.toString()).isEqualTo(expected);
            assertThat(withAMount.stdout()).as(withAMount.toString()).isEqualTo(expected + "not the host's\n");
        }
    }

    @Test
    void mountsAreChecked() {
        assertThatThrownBy(() -> MicroPythonSession.builder().readOnlyDirectory(readOnly.resolve("missing"), "/x").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a directory");
        assertThatThrownBy(() -> MicroPythonSession.builder()
                .readOnlyDirectory(readOnly, "/x")
                .readWriteDirectory(readWrite, "/x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("guest path '/x' is already mounted");
    }
}

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

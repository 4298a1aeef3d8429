package io.github.micropython4j.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micropython4j.MicroPythonSession;
import io.github.micropython4j.Outcome;
import io.github.micropython4j.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile: a writable mount with links planted in it (as an upload or an unpacked archive could
 * leave them) pointing to a secret file beside the mount, to {@code /}, to {@code ..}, through a
 * chain, and a directory replaced by a link while the session runs. Every attempt to reach
 * outside through them, with every file operation, must fail in Python, and nothing outside (or
 * inside) the mount may change.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FileEscapeTest {
    /** Tries every operation on every path; prints one line per attempt. */
    private static final String ATTEMPTS = """
            import os
            SECRET = os.getenv("SECRET")
            OUTSIDE = os.getenv("OUTSIDE")

            def attempt(what, action):
                try:
                    action()
                    print(what, "ALLOWED")
                except OSError as e:
                    print(what, "refused", e.errno)

            def read(p):
                with open(p) as f:
                    f.read()

            def write(p, mode):
                with open(p, mode) as f:
                    f.write("owned")

            def truncate(p):
                with open(p, "r+") as f:
                    f.truncate(0)

            def chdir_list(p):
                os.chdir(p)
                try:
                    os.listdir()
                finally:
                    os.chdir("/")

            # Paths that lead to the secret file or another file outside the mount.
            FILES = ["/data/to_secret", "/data/abs_secret", "/data/chain1", "/data/to_parent/secret.txt",
                     "/data/to_root" + SECRET, "/data/to_outside/file.txt", "/data/sub/deep_parent/secret.txt",
                     "/data/sub/../../secret.txt", "/data/../secret.txt", "/data/loop1"]
            # Paths that lead to directories outside the mount.
            DIRS = ["/data/to_parent", "/data/to_root", "/data/to_root" + OUTSIDE, "/data/to_outside",
                    "/data/sub/deep_parent", "/data/to_outside/emptydir", "/data/abs_outside"]
            # Paths that would create something outside the mount.
            NEW = ["/data/to_new"] + [d + "/created" for d in DIRS]

            for p in FILES:
                attempt("read " + p, lambda: read(p))
                attempt("write " + p, lambda: write(p, "w"))
                attempt("append " + p, lambda: write(p, "a"))
                attempt("truncate " + p, lambda: truncate(p))
                attempt("stat " + p, lambda: os.stat(p))
                attempt("utime " + p, lambda: os.utime(p, (0, 0)))
                attempt("remove " + p, lambda: os.remove(p))
                attempt("rename from " + p, lambda: os.rename(p, "/data/moved"))
                attempt("rename onto " + p, lambda: os.rename("/data/ok.txt", p))
                attempt("listdir " + p, lambda: os.listdir(p))
            for d in DIRS:
                attempt("listdir " + d, lambda: os.listdir(d))
                attempt("ilistdir " + d, lambda: list(os.ilistdir(d)))
                attempt("chdir " + d, lambda: chdir_list(d))
                attempt("stat " + d, lambda: os.stat(d))
                attempt("utime " + d, lambda: os.utime(d))
                attempt("mkdir in " + d, lambda: os.mkdir(d + "/newdir"))
                attempt("rmdir " + d, lambda: os.rmdir(d))
                attempt("rmdir in " + d, lambda: os.rmdir(d + "/emptydir"))
                attempt("rename dir " + d, lambda: os.rename(d, "/data/moved_dir"))
                attempt("rename in " + d, lambda: os.rename(d + "/file.txt", "/data/moved"))
                attempt("open dir " + d, lambda: read(d + "/file.txt"))
            for p in NEW:
                attempt("create " + p, lambda: write(p, "w"))
                attempt("mkdir " + p, lambda: os.mkdir(p))
            """;

    @TempDir
    Path temp;

    private Path tree;
    private Path mount;
    private Path secret;
    private Path outside;

    @BeforeEach
    void plantLinks() throws IOException {
        tree = temp.toRealPath();
        secret = Files.writeString(tree.resolve("secret.txt"), "top secret");
        outside = Files.createDirectory(tree.resolve("outside"));
        Files.writeString(outside.resolve("file.txt"), "outside file");
        Files.createDirectory(outside.resolve("emptydir"));
        mount = Files.createDirectory(tree.resolve("mount"));
        Files.writeString(mount.resolve("ok.txt"), "ok");
        Files.createDirectory(mount.resolve("sub"));
        Files.writeString(mount.resolve("sub/inner.txt"), "inner");
        link("to_secret", "../secret.txt");
        link("to_new", "../created.txt");
        link("to_root", "/");
        link("to_parent", "..");
        link("to_outside", "../outside");
        link("abs_secret", secret.toString());
        link("abs_outside", outside.toString());
        link("chain1", "chain2");
        link("chain2", "sub/chain3");
        link("sub/chain3", "../../secret.txt");
        link("sub/deep_parent", "../..");
        link("loop1", "loop2");
        link("loop2", "loop1");
    }

    private void link(String name, String target) throws IOException {
        Files.createSymbolicLink(mount.resolve(name), Path.of(target));
    }

    private MicroPythonSession.Builder session() {
        return MicroPythonSession.builder()
                .readWriteDirectory(mount, "/data")
                .environment(Map.of("SECRET", secret.toString(), "OUTSIDE", outside.toString()));
    }

    @Test
    void everyOperationThroughALinkOutOfTheMountFailsAndNothingChanges() {
        Map<String, String> before = HostTree.snapshot(tree);
        try (MicroPythonSession session = session().build()) {
            RunResult result = session.run(ATTEMPTS);

            assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.OK);
            List<String> lines = Arrays.asList(result.stdout().split("\n"));
            // 10 file paths x 10 operations, 7 directory paths x 11, 8 new paths x 2
            assertThat(lines).hasSize(193).allSatisfy(line -> assertThat(line).contains(" refused "));
            assertThat(session.run("print(open('/data/ok.txt').read())").stdout()).isEqualTo("ok\n");
        }
        assertThat(HostTree.snapshot(tree)).isEqualTo(before);
        assertThat(tree.resolve("created.txt")).doesNotExist();
    }

    @Test
    void theSameHoldsUnderAReadOnlyMount() {
        Map<String, String> before = HostTree.snapshot(tree);
        try (MicroPythonSession session = MicroPythonSession.builder()
                .readOnlyDirectory(mount, "/data")
                .environment(Map.of("SECRET", secret.toString(), "OUTSIDE", outside.toString()))
                .build()) {
            RunResult result = session.run(ATTEMPTS);

            assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.OK);
            assertThat(result.stdout().split("\n")).allSatisfy(line -> assertThat(line).contains(" refused "));
        }
        assertThat(HostTree.snapshot(tree)).isEqualTo(before);
    }

    @Test
    void linksOutOfTheMountAreRefusedWithEaccesNotFollowed() {
        try (MicroPythonSession session = session().build()) {
            RunResult result = session.run("""
                    import errno, os
                    for p in ["/data/to_secret", "/data/chain1", "/data/abs_secret", "/data/to_root/etc/passwd",
                              "/data/to_parent/secret.txt"]:
                        try:
                            open(p)
                        except OSError as e:
                            print(e.errno == errno.EACCES)
                    try:
                        open("/data/loop1")
                    except OSError as e:
                        print(e.errno == errno.ELOOP)
                    print(sorted(os.listdir("/data/sub")))
                    """);

            assertThat(result.stdout()).isEqualTo("True\nTrue\nTrue\nTrue\nTrue\nTrue\n['chain3', 'deep_parent', 'inner.txt']\n");
        }
    }

    @Test
    void aDirectoryReplacedByALinkBetweenTwoRunsIsNotFollowed() throws IOException {
        Path swap = Files.createDirectory(mount.resolve("swap"));
        Files.writeString(swap.resolve("file.txt"), "inside");
        try (MicroPythonSession session = session().build()) {
            RunResult first = session.run("import os\nprint(os.listdir('/data/swap'), open('/data/swap/file.txt').read())");
            assertThat(first.stdout()).isEqualTo("['file.txt'] inside\n");

            Files.delete(swap.resolve("file.txt"));
            Files.delete(swap);
            Files.createSymbolicLink(swap, Path.of("../outside"));
            Map<String, String> before = HostTree.snapshot(tree);

            RunResult second = session.run(ATTEMPTS.replace("FILES = [", "FILES = ['/data/swap/file.txt', ")
                    .replace("DIRS = [", "DIRS = ['/data/swap', "));

            assertThat(second.stdout().split("\n")).allSatisfy(line -> assertThat(line).contains(" refused "));
            assertThat(second.stdout()).contains("read /data/swap/file.txt refused", "listdir /data/swap refused");
            assertThat(HostTree.snapshot(tree)).isEqualTo(before);
        }
    }

    @Test
    void aDirectoryReplacedByALinkWithinARunIsNotFollowed() throws IOException {
        Path swap = Files.createDirectory(mount.resolve("swap"));
        Files.writeString(swap.resolve("file.txt"), "inside");
        try (MicroPythonSession session = session()
                .hostFunction("swap_for_link", (args, kwargs) -> {
                    Files.move(swap, mount.resolve("swapped_away"));
                    Files.createSymbolicLink(swap, Path.of("../outside"));
                    return null;
                })
                .build()) {
            RunResult result = session.run("""
                    import os
                    os.chdir("/data/swap")
                    held = open("file.txt")
                    print(os.listdir())
                    swap_for_link()
                    for what, action in [("relative read", lambda: open("file.txt").read()),
                                         ("relative write", lambda: open("file.txt", "w")),
                                         ("cwd listdir", lambda: os.listdir()),
                                         ("absolute read", lambda: open("/data/swap/file.txt").read()),
                                         ("stat", lambda: os.stat("file.txt")),
                                         ("mkdir", lambda: os.mkdir("newdir"))]:
                        try:
                            action()
                            print(what, "ALLOWED")
                        except OSError as e:
                            print(what, "refused")
                    print(held.read())
                    """);

            assertThat(result.stdout()).isEqualTo(String.join("\n", "['file.txt']", "relative read refused",
                    "relative write refused", "cwd listdir refused", "absolute read refused", "stat refused",
                    "mkdir refused", "inside", ""));
        }
        assertThat(Files.readString(outside.resolve("file.txt"))).isEqualTo("outside file");
        assertThat(outside.toFile().list()).containsExactlyInAnyOrder("file.txt", "emptydir");
    }

    @Test
    void namesOfLinksAreListedButTheirTargetsStayHidden() {
        try (MicroPythonSession session = session().build()) {
            RunResult result = session.run("import os\nprint(sorted(os.listdir('/data')))");

            assertThat(result.stdout().trim()).isEqualTo(listing(mount));
        }
    }

    private static String listing(Path directory) {
        return Arrays.stream(directory.toFile().list()).sorted()
                .map(name -> "'" + name + "'").collect(Collectors.joining(", ", "[", "]"));
    }
}

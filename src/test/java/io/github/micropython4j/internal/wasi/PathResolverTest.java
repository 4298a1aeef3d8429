package io.github.micropython4j.internal.wasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The resolver on a real host tree, with both kinds of host directory: open directories
 * (SecureDirectoryStream, Linux) and paths (the fallback elsewhere).
 */
class PathResolverTest {
    @TempDir
    Path temp;

    private Path mount;
    private Path secret;

    static Stream<Arguments> openers() {
        return Stream.of(
                Arguments.of("open directories", (PathResolver.RootOpener) HostDirectory::open),
                Arguments.of("paths", (PathResolver.RootOpener) PlainHostDirectory::new));
    }

    @BeforeEach
    void tree() throws IOException {
        Path tree = temp.toRealPath();
        secret = Files.writeString(tree.resolve("secret.txt"), "secret");
        mount = Files.createDirectory(tree.resolve("mount"));
        Files.writeString(mount.resolve("file.txt"), "file");
        Files.createDirectories(mount.resolve("a/b"));
        Files.writeString(mount.resolve("a/b/deep.txt"), "deep");
        link("inside", "file.txt");
        link("inside_dir", "a/b");
        link("absolute_inside", mount.resolve("a/b/deep.txt").toString());
        link("dangling_inside", "not_yet.txt");
        link("to_secret", "../secret.txt");
        link("to_root", "/");
        link("to_parent", "..");
        link("absolute_secret", secret.toString());
        link("chain1", "a/chain2");
        link("a/chain2", "../chain3");
        link("chain3", "../secret.txt");
        link("back_and_forth", "a/../../mount/file.txt");
        link("loop1", "loop2");
        link("loop2", "loop1");
    }

    private void link(String name, String target) throws IOException {
        Files.createSymbolicLink(mount.resolve(name), Path.of(target));
    }

    private PathResolver resolver(PathResolver.RootOpener opener) {
        Mount data = new Mount(List.of("data"), mount, new Quota(1000, 10));
        return new PathResolver(new MountTable(List.of(data)), opener);
    }

    private static int errno(PathResolver resolver, String path, boolean followLast) {
        try (Resolved resolved = resolver.resolve(List.of(), path, followLast)) {
            return WasiErrno.SUCCESS;
        } catch (WasiError e) {
            return e.errno();
        }
    }

    private static List<String> pathOf(PathResolver resolver, String path) throws WasiError {
        try (Resolved resolved = resolver.resolve(List.of(), path, true)) {
            return resolved.path();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("openers")
    void linksInsideTheMountAreFollowed(String name, PathResolver.RootOpener opener) throws WasiError {
        PathResolver resolver = resolver(opener);

        assertThat(pathOf(resolver, "data/inside")).containsExactly("data", "file.txt");
        assertThat(pathOf(resolver, "data/inside_dir/deep.txt")).containsExactly("data", "a", "b", "deep.txt");
        assertThat(pathOf(resolver, "data/absolute_inside")).containsExactly("data", "a", "b", "deep.txt");
        // .. after a link is the parent of its target, as on the host
        assertThat(pathOf(resolver, "data/inside_dir/../b/deep.txt")).containsExactly("data", "a", "b", "deep.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("openers")
    void linksThatLeaveTheMountAreRefused(String name, PathResolver.RootOpener opener) {
        PathResolver resolver = resolver(opener);

        for (String path : List.of("data/to_secret", "data/to_root/etc/passwd", "data/to_parent/secret.txt",
                "data/absolute_secret", "data/chain1", "data/to_parent", "data/to_root")) {
            assertThat(errno(resolver, path, true)).as(path).isEqualTo(WasiErrno.ACCES);
        }
        assertThat(errno(resolver, "data/back_and_forth", true))
                .as("leaves the mount on the way, even if it comes back").isEqualTo(WasiErrno.ACCES);
        assertThat(errno(resolver, "data/loop1", true)).isEqualTo(WasiErrno.LOOP);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("openers")
    void aLinkAsTheLastNameCanBeTakenAsItselfAndCheckedSeparately(String name, PathResolver.RootOpener opener)
            throws WasiError {
        PathResolver resolver = resolver(opener);

        try (Resolved link = resolver.resolve(List.of(), "data/to_secret", false)) {
            assertThat(link.attributes().isSymbolicLink()).isTrue();
            assertThatThrownBy(() -> resolver.checkLinkStaysInside(link))
                    .isInstanceOfSatisfying(WasiError.class, e -> assertThat(e.errno()).isEqualTo(WasiErrno.ACCES));
        }
        for (String inside : List.of("data/inside", "data/dangling_inside", "data/absolute_inside")) {
            try (Resolved link = resolver.resolve(List.of(), inside, false)) {
                resolver.checkLinkStaysInside(link);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("openers")
    void dotDotOfTheGuestsOwnPathWalksTheVirtualTree(String name, PathResolver.RootOpener opener) throws WasiError {
        PathResolver resolver = resolver(opener);

        assertThat(pathOf(resolver, "data/a/../../data/file.txt")).containsExactly("data", "file.txt");
        try (Resolved root = resolver.resolve(List.of(), "data/..", true)) {
            assertThat(root.isVirtual()).isTrue();
            assertThat(root.isDirectoryItself()).isTrue();
            assertThat(root.path()).isEmpty();
        }
        assertThat(pathOf(resolver, "../../data/a")).containsExactly("data", "a");
        assertThat(errno(resolver, "data/../secret.txt", true)).isEqualTo(WasiErrno.SUCCESS);
        try (Resolved missing = resolver.resolve(List.of(), "data/../secret.txt", true)) {
            assertThat(missing.isVirtual()).isTrue();
            assertThat(missing.exists()).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("openers")
    void pathsResolveRelativeToTheirStart(String name, PathResolver.RootOpener opener) throws WasiError {
        PathResolver resolver = resolver(opener);

        try (Resolved resolved = resolver.resolve(List.of("data", "a"), "b/deep.txt", true)) {
            assertThat(resolved.path()).containsExactly("data", "a", "b", "deep.txt");
        }
        try (Resolved resolved = resolver.resolve(List.of("data", "a"), "/data/file.txt", true)) {
            assertThat(resolved.path()).containsExactly("data", "file.txt");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("openers")
    void aDirectorySwappedForALinkBetweenTwoCallsIsSeenAsALink(String name, PathResolver.RootOpener opener)
            throws IOException {
        PathResolver resolver = resolver(opener);
        assertThat(errno(resolver, "data/a/b/deep.txt", true)).isEqualTo(WasiErrno.SUCCESS);

        Files.move(mount.resolve("a"), mount.resolve("a_moved"));
        Files.createSymbolicLink(mount.resolve("a"), temp);

        assertThat(errno(resolver, "data/a/b/deep.txt", true)).isEqualTo(WasiErrno.ACCES);
        assertThat(errno(resolver, "data/a/secret.txt", true)).isEqualTo(WasiErrno.ACCES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("openers")
    void badPathsFail(String name, PathResolver.RootOpener opener) {
        PathResolver resolver = resolver(opener);

        assertThat(errno(resolver, "data/missing/x", true)).isEqualTo(WasiErrno.NOENT);
        assertThat(errno(resolver, "nothing/x", true)).isEqualTo(WasiErrno.NOENT);
        assertThat(errno(resolver, "data/file.txt/x", true)).isEqualTo(WasiErrno.NOTDIR);
        assertThat(errno(resolver, "data/file.txt/", true)).isEqualTo(WasiErrno.NOTDIR);
        assertThat(errno(resolver, "", true)).isEqualTo(WasiErrno.NOENT);
        assertThat(errno(resolver, "data/a\0b", true)).isEqualTo(WasiErrno.INVAL);
        assertThat(errno(resolver, "data/" + "n".repeat(256), true)).isEqualTo(WasiErrno.NAMETOOLONG);
        assertThat(errno(resolver, "data/" + "a/".repeat(3000), true)).isEqualTo(WasiErrno.NAMETOOLONG);
    }

    @Test
    void hostDirectoriesTakeOnlySingleFileNames() {
        for (String bad : List.of("", ".", "..", "a/b", "/etc")) {
            assertThatThrownBy(() -> HostDirectory.fileName(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(HostDirectory.fileName("name.txt")).isEqualTo(Path.of("name.txt"));
    }
}

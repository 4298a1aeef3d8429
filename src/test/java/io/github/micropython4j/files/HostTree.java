package io.github.micropython4j.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/** A host directory tree as it is now: every entry's kind, contents (or link target) and mtime. */
final class HostTree {
    private HostTree() {}

    /** What is under {@code root}, links not followed; equal snapshots mean nothing changed. */
    static Map<String, String> snapshot(Path root) {
        Map<String, String> entries = new TreeMap<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                    String[] names = dir.toFile().list();
                    Arrays.sort(names);
                    entries.put(key(dir), "dir " + String.join(",", names) + " mtime " + attributes.lastModifiedTime());
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    String what;
                    if (attributes.isSymbolicLink()) {
                        what = "link " + Files.readSymbolicLink(file);
                    } else if (attributes.isRegularFile()) {
                        what = "file " + HexFormat.of().formatHex(Files.readAllBytes(file));
                    } else {
                        what = "other";
                    }
                    entries.put(key(file), what + " mtime " + Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS));
                    return FileVisitResult.CONTINUE;
                }

                private String key(Path path) {
                    return root.relativize(path).toString();
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}

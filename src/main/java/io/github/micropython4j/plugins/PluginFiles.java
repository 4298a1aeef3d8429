package io.github.micropython4j.plugins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads the plugin directory: every {@code *.py} file directly in it, by file name. */
final class PluginFiles {
    static final int MAX_FILE_BYTES = 1024 * 1024;

    /** One file's text, or why it could not be read. */
    record Source(String fileName, String text, String readError) {
        boolean sameAs(Source other) {
            return other != null && java.util.Objects.equals(text, other.text)
                    && java.util.Objects.equals(readError, other.readError);
        }
    }

    private PluginFiles() {}

    /**
     * The directory's plugin files in file name order.
     *
     * @throws UncheckedIOException if the directory cannot be listed
     */
    static Map<String, Source> read(Path directory) {
        List<Path> files;
        try (Stream<Path> entries = Files.list(directory)) {
            files = entries.filter(p -> p.getFileName().toString().endsWith(".py") && Files.isRegularFile(p))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the plugin directory " + directory + ": " + e.getMessage(), e);
        }
        Map<String, Source> sources = new TreeMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            sources.put(name, readOne(file, name));
        }
        return sources;
    }

    private static Source readOne(Path file, String name) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                return new Source(name, null, "the file is larger than " + MAX_FILE_BYTES + " bytes");
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new Source(name, text, null);
        } catch (CharacterCodingException e) {
            return new Source(name, null, "the file is not UTF-8 text");
        } catch (IOException e) {
            return new Source(name, null, "cannot read the file: " + e);
        }
    }
}

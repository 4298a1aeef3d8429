package io.github.micropython4j.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Where the conformance runner finds its three programs and MicroPython's tests.
 *
 * <ul>
 *   <li>MicroPython's source tree (its {@code tests/} must be the source the sandbox's binary was
 *       built from): {@code $MICROPYTHON_SRC}, else {@code target/micropython-build/upstream},
 *       where {@code scripts/build-micropython.sh} leaves Debian's tarball.
 *   <li>Native MicroPython: {@code $MICROPY_MICROPYTHON} (run-tests.py's variable), else
 *       {@code target/micropython-native/micropython}, built from that source tree by
 *       {@code bench/build-native.sh} on first use (about a minute) and rebuilt when the
 *       source changes.
 *   <li>CPython 3: {@code $MICROPY_CPYTHON3}, else {@code python3}.
 * </ul>
 *
 * @param sourceTree the MicroPython source tree
 * @param nativeMicroPython the unix port's executable
 * @param cpython the CPython command
 */
record ConformanceSetup(Path sourceTree, Path nativeMicroPython, String cpython) {
    /** Set to {@code required} (CI does) to make a missing prerequisite fail the build instead of skipping. */
    static final String MODE_VARIABLE = "MICROPYTHON4J_CONFORMANCE";
    private static final Duration NATIVE_BUILD_TIMEOUT = Duration.ofMinutes(20);

    /** Thrown when a prerequisite is missing; its message tells the developer what to do. */
    static final class Unavailable extends Exception {
        Unavailable(String message) {
            super(message);
        }
    }

    /** Whether CI asked for the runner to be mandatory. */
    static boolean required() {
        return "required".equals(System.getenv(MODE_VARIABLE));
    }

    /** Finds (and if needed builds) everything, from the project's directory. */
    static ConformanceSetup locate(Path projectDirectory) throws Unavailable {
        Path source = setting("MICROPYTHON_SRC").map(Path::of)
                .orElse(projectDirectory.resolve("target/micropython-build/upstream")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(source.resolve("tests/run-tests.py"))) {
            throw new Unavailable("no MicroPython source tree with tests at " + source
                    + ": run scripts/build-micropython.sh (it leaves Debian's source in target/micropython-build/upstream)"
                    + " or set MICROPYTHON_SRC to an extracted MicroPython 1.25.0 source tree");
        }
        String cpython = setting("MICROPY_CPYTHON3").orElse("python3");
        checkCPython(cpython);
        Path nativeExecutable = setting("MICROPY_MICROPYTHON").map(Path::of).orElse(null);
        if (nativeExecutable == null) {
            nativeExecutable = buildNative(projectDirectory, source);
        } else if (!Files.isExecutable(nativeExecutable)) {
            throw new Unavailable("MICROPY_MICROPYTHON=" + nativeExecutable + " is not an executable");
        }
        return new ConformanceSetup(source, nativeExecutable.toAbsolutePath(), cpython);
    }

    private static Optional<String> setting(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    private static void checkCPython(String cpython) throws Unavailable {
        try {
            String version = new CPython(cpython).version();
            if (!version.startsWith("Python 3.")) {
                throw new Unavailable(cpython + " is not CPython 3 (it says '" + version + "'); set MICROPY_CPYTHON3");
            }
        } catch (UncheckedIOException e) {
            throw new Unavailable("no CPython 3 (" + cpython + "): install python3 or set MICROPY_CPYTHON3");
        }
    }

    /** Native MicroPython from {@code source}, cached under {@code target/micropython-native}. */
    private static Path buildNative(Path projectDirectory, Path source) throws Unavailable {
        Path directory = projectDirectory.resolve("target/micropython-native");
        Path executable = directory.resolve("micropython");
        Path stamp = directory.resolve("source.sha256");
        String fingerprint = fingerprint(source);
        try {
            if (Files.isExecutable(executable) && Files.isRegularFile(stamp)
                    && Files.readString(stamp).strip().equals(fingerprint)) {
                return executable;
            }
            Files.createDirectories(directory);
            Path log = directory.resolve("build.log");
            System.out.println("[conformance] building native MicroPython from " + source + " (bench/build-native.sh, log: " + log + ")");
            ProcessBuilder builder = new ProcessBuilder("sh", projectDirectory.resolve("bench/build-native.sh").toString(),
                    directory.toString())
                    .directory(projectDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("MICROPYTHON_SRC", source.toString());
            Process process = builder.start();
            if (!process.waitFor(NATIVE_BUILD_TIMEOUT.toMinutes(), TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new Unavailable("bench/build-native.sh took longer than " + NATIVE_BUILD_TIMEOUT + " (log: " + log + ")");
            }
            if (process.exitValue() != 0 || !Files.isExecutable(executable)) {
                throw new Unavailable("bench/build-native.sh failed (it needs gcc, make and python3; log: " + log
                        + "); or set MICROPY_MICROPYTHON to a native MicroPython built from the same source");
            }
            Files.writeString(stamp, fingerprint + "\n");
            return executable;
        } catch (IOException e) {
            throw new Unavailable("cannot build native MicroPython: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while building native MicroPython");
        }
    }

    /** A hash of the interpreter's sources (py/, extmod/, shared/, ports/unix/): what decides the native binary. */
    static String fingerprint(Path source) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : List.of("py", "extmod", "shared", "ports/unix")) {
                Path root = source.resolve(part);
                if (!Files.isDirectory(root)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        digest.update(source.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                        digest.update(Files.readAllBytes(file));
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

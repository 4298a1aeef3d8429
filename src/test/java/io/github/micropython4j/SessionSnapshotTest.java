package io.github.micropython4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Durable sessions: a session's whole interpreter to bytes and back, in this JVM and another. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SessionSnapshotTest {
    /** Globals, a function, a class with state, an imported module and a module-level closure. */
    private static final String STATE = String.join("\n",
            "import json",
            "total = 40",
            "def add(n):",
            "    global total",
            "    total += n",
            "    return total",
            "class Counter:",
            "    def __init__(self):",
            "        self.hits = []",
            "    def hit(self, what):",
            "        self.hits.append(what)",
            "        return len(self.hits)",
            "counter = Counter()",
            "counter.hit('a')",
            "def make_greeter(greeting):",
            "    return lambda name: greeting + ', ' + name",
            "greet = make_greeter('hello')");
    /** Uses every part of {@link #STATE}; CPython 3 prints the same. */
    private static final String USE_STATE =
            "print(add(2), counter.hit('b'), counter.hits, greet('snapshot'), json.dumps({'t': total}))";
    private static final String USE_STATE_EXPECTED = "42 2 ['a', 'b'] hello, snapshot {\"t\": 42}\n";

    @TempDir
    Path temp;

    private static MicroPythonSession.Builder builder() {
        return MicroPythonSession.builder().timeout(Duration.ofSeconds(30));
    }

    private static byte[] snapshotOf(String code) {
        try (MicroPythonSession session = builder().build()) {
            assertThat(session.run(code).outcome()).isEqualTo(Outcome.OK);
            return session.snapshot().toBytes();
        }
    }

    @Test
    void aSessionRestoredFromBytesContinuesWithItsGlobalsFunctionsClassesAndModules() {
        byte[] saved = snapshotOf(STATE);

        try (MicroPythonSession restored = builder().restore(SessionSnapshot.fromBytes(saved)).build()) {
            RunResult result = restored.run(USE_STATE);

            assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.OK);
            assertThat(result.stdout()).isEqualTo(USE_STATE_EXPECTED);
            assertThat(result.sessionReset()).isFalse();
            // new code, new imports and errors work as in any session
            assertThat(restored.run("import re\nprint(re.sub('a', 'b', 'banana'))").stdout()).isEqualTo("bbnbnb\n");
            assertThat(restored.run("1 / 0").error().orElseThrow().type()).isEqualTo("ZeroDivisionError");
            assertThat(restored.run("print(total)").stdout()).isEqualTo("42\n");
        }
    }

    @Test
    void theSnapshottedSessionGoesOnUnchangedAndTheSnapshotDoesNotSeeItsLaterRuns() {
        try (MicroPythonSession session = builder().build()) {
            session.run("x = 1");
            SessionSnapshot snapshot = session.snapshot();
            session.run("x = 2");
            assertThat(session.run("print(x)").stdout()).isEqualTo("2\n");

            try (MicroPythonSession restored = builder().restore(snapshot).build()) {
                assertThat(restored.run("print(x)").stdout()).isEqualTo("1\n");
            }
            // in-memory and round-tripped snapshots restore the same state
            try (MicroPythonSession restored = builder().restore(SessionSnapshot.fromBytes(snapshot.toBytes())).build()) {
                assertThat(restored.run("print(x)").stdout()).isEqualTo("1\n");
            }
        }
    }

    @Test
    void aSnapshotAskedForWhileRunsAreQueuedIsTakenAfterThem() throws Exception {
        try (MicroPythonSession session = builder().build()) {
            CompletableFuture<RunResult> slow = session.runAsync("n = 0\nfor i in range(200000):\n    n += 1");
            SessionSnapshot snapshot = session.snapshot();
            assertThat(slow.get(30, TimeUnit.SECONDS).outcome()).isEqualTo(Outcome.OK);

            try (MicroPythonSession restored = builder().restore(snapshot).build()) {
                assertThat(restored.run("print(n)").stdout()).isEqualTo("200000\n");
            }
        }
    }

    @Test
    void aThousandSessionsRestoredFromOneSnapshotAreIndependent() {
        SessionSnapshot snapshot = SessionSnapshot.fromBytes(snapshotOf("shared = []\nmine = None"));
        List<MicroPythonSession> sessions = new ArrayList<>();
        try {
            for (int i = 0; i < 1000; i++) {
                MicroPythonSession session = builder().restore(snapshot).build();
                sessions.add(session);
                RunResult result = session.run("shared.append(" + i + ")\nmine = " + i);
                assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.OK);
            }
            for (int i = 0; i < 1000; i++) {
                // each sees only its own change to the list they all started with
                assertThat(sessions.get(i).run("print(shared, mine)").stdout()).isEqualTo("[" + i + "] " + i + "\n");
            }
        } finally {
            sessions.forEach(MicroPythonSession::close);
        }
        try (MicroPythonSession again = builder().restore(snapshot).build()) {
            assertThat(again.run("print(shared, mine)").stdout()).isEqualTo("[] None\n");
        }
    }

    @Test
    void aSnapshotRestoresInAnotherJvm() throws Exception {
        Path saved = temp.resolve("session.snapshot");
        Files.write(saved, snapshotOf(STATE));

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                RestoreInThisJvm.class.getName(), saved.toString(), USE_STATE)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).isEqualTo(USE_STATE_EXPECTED);
    }

    /** The second JVM of {@link #aSnapshotRestoresInAnotherJvm()}: restores a file, runs code, prints its stdout. */
    static final class RestoreInThisJvm {
        public static void main(String[] args) throws IOException {
            SessionSnapshot snapshot = SessionSnapshot.fromBytes(Files.readAllBytes(Path.of(args[0])));
            try (MicroPythonSession session = MicroPythonSession.builder().restore(snapshot).build()) {
                RunResult result = session.run(args[1]);
                System.out.print(result.stdout());
                System.exit(result.outcome() == Outcome.OK ? 0 : 1);
            }
        }
    }

    // ---- what the bytes must survive ----

    @Test
    void corruptTruncatedAndForeignSnapshotsAreRefusedWithAClearMessage() {
        byte[] good = snapshotOf("x = 1");

        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x40;
        assertRefused(flipped, "corrupt");

        assertRefused(java.util.Arrays.copyOf(good, good.length - 1), "corrupt or truncated");
        assertRefused(java.util.Arrays.copyOf(good, good.length / 3), "corrupt or truncated");
        assertRefused(java.util.Arrays.copyOf(good, 12), "truncated");
        assertRefused(new byte[0], "not a micropython4j session snapshot");
        assertRefused("{\"total\": 42}".getBytes(StandardCharsets.UTF_8), "not a micropython4j session snapshot");

        // made by another guest binary: a valid snapshot in every other respect
        byte[] foreign = good.clone();
        foreign[12] ^= 0x01; // first byte of the binary's SHA-256
        assertRefused(withChecksum(foreign), "another guest binary");

        // a later format version
        byte[] future = good.clone();
        ByteBuffer.wrap(future).order(ByteOrder.LITTLE_ENDIAN).putInt(8, 2);
        assertRefused(withChecksum(future), "format version 2");
    }

    @Test
    void aSnapshotWhoseContentIsNotAGuestAtRestIsRefusedEvenWithAGoodChecksum() {
        byte[] good = snapshotOf("x = 1");
        // the global count (right after the 44-byte header) says one global more than there are
        byte[] badGlobals = good.clone();
        ByteBuffer buffer = ByteBuffer.wrap(badGlobals).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(44, buffer.getInt(44) + 1);
        assertRefused(withChecksum(badGlobals), "corrupt session snapshot");

        // a page count beyond anything a guest can hold
        byte[] hugePages = good.clone();
        ByteBuffer pages = ByteBuffer.wrap(hugePages).order(ByteOrder.LITTLE_ENDIAN);
        int pageCountAt = 48 + 8 * pages.getInt(44);
        pages.putInt(pageCountAt, Integer.MAX_VALUE);
        assertRefused(withChecksum(hugePages), "corrupt session snapshot");
    }

    @Test
    void everySingleByteCorruptionIsRefusedNeverRestored() {
        byte[] good = snapshotOf("x = 1");
        // a sample of positions across header, globals, page masks and pages
        for (int position = 0; position < good.length; position += Math.max(1, good.length / 97)) {
            byte[] bad = good.clone();
            bad[position] ^= (byte) 0xA5;
            int at = position;
            assertThatThrownBy(() -> SessionSnapshot.fromBytes(bad))
                    .as("byte %d of %d", at, good.length)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static void assertRefused(byte[] bytes, String messagePart) {
        assertThatThrownBy(() -> SessionSnapshot.fromBytes(bytes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(messagePart);
    }

    /** {@code bytes} with its trailing CRC-32C recomputed, as a forger (or another build) would write it. */
    private static byte[] withChecksum(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(bytes.length - 4, (int) crc.getValue());
        return bytes;
    }

    // ---- what the restoring builder supplies ----

    @Test
    void hostFunctionsAndDirectoriesComeFromTheRestoringBuilder() throws IOException {
        Path data = Files.createDirectory(temp.resolve("data"));
        Files.writeString(data.resolve("in.txt"), "from the host");
        byte[] saved;
        try (MicroPythonSession session = builder()
                .hostFunction("double", (args, kwargs) -> ((Number) args.get(0)).intValue() * 2)
                .readOnlyDirectory(data, "/data")
                .build()) {
            session.run("def twice(n):\n    return double(n)\n"
                    + "def read():\n    with open('/data/in.txt') as f:\n        return f.read()");
            assertThat(session.run("print(twice(21), read())").stdout()).isEqualTo("42 from the host\n");
            saved = session.snapshot().toBytes();
        }
        Path other = Files.createDirectory(temp.resolve("other"));
        Files.writeString(other.resolve("in.txt"), "from another host");

        try (MicroPythonSession restored = builder()
                .restore(SessionSnapshot.fromBytes(saved))
                .hostFunction("double", (args, kwargs) -> ((Number) args.get(0)).intValue() * 3)
                .readOnlyDirectory(other, "/data")
                .build()) {
            assertThat(restored.run("print(twice(21), read())").stdout()).isEqualTo("63 from another host\n");
        }
        // without them: a clear Python error, the session intact
        try (MicroPythonSession bare = builder().restore(SessionSnapshot.fromBytes(saved)).build()) {
            RunResult call = bare.run("twice(1)");
            assertThat(call.outcome()).isEqualTo(Outcome.PYTHON_ERROR);
            assertThat(call.error().orElseThrow().message()).contains("double");
            RunResult read = bare.run("read()");
            assertThat(read.outcome()).isEqualTo(Outcome.PYTHON_ERROR);
            assertThat(read.error().orElseThrow().type()).isEqualTo("FileNotFoundError");
            assertThat(bare.run("print(twice.__name__)").stdout()).isEqualTo("twice\n");
        }
    }

    @Test
    void theEnvironmentIsTheRestoringBuildersNotTheSnapshots() {
        byte[] saved;
        try (MicroPythonSession session = builder().environment(java.util.Map.of("WHO", "first")).build()) {
            assertThat(session.run("import os\nprint(os.getenv('WHO'))").stdout()).isEqualTo("first\n");
            saved = session.snapshot().toBytes();
        }
        try (MicroPythonSession restored = builder().restore(SessionSnapshot.fromBytes(saved))
                .environment(java.util.Map.of("WHO", "second")).build()) {
            assertThat(restored.run("print(os.getenv('WHO'), os.environ.get('WHO'))").stdout())
                    .isEqualTo("second second\n");
        }
    }

    @Test
    void sessionsRestoredFromOneSnapshotDoNotShareRandomsSequence() {
        SessionSnapshot snapshot = SessionSnapshot.fromBytes(snapshotOf("import random\nrandom.random()"));
        java.util.Set<String> sequences = new java.util.HashSet<>();
        for (int i = 0; i < 3; i++) {
            try (MicroPythonSession restored = builder().restore(snapshot).build()) {
                sequences.add(restored.run("print([random.getrandbits(30) for _ in range(4)])").stdout());
            }
        }
        assertThat(sequences).hasSize(3); // 120 random bits each: equal only by a 2**-120 chance
    }

    @Test
    void aSessionWithAFileOpenCannotBeSnapshottedUntilItIsClosed() throws IOException {
        Path data = Files.createDirectory(temp.resolve("files"));
        Files.writeString(data.resolve("a.txt"), "abc");
        try (MicroPythonSession session = builder().readOnlyDirectory(data, "/data").build()) {
            session.run("f = open('/data/a.txt')");

            assertThatThrownBy(session::snapshot)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("open file");

            session.run("f.close()");
            try (MicroPythonSession restored = builder().restore(session.snapshot()).build()) {
                // the file object is there, closed, as it was
                RunResult read = restored.run("try:\n    f.read()\nexcept (OSError, ValueError):\n    print('closed')");
                assertThat(read.stdout()).as(read.toString()).isEqualTo("closed\n");
            }
        }
    }

    @Test
    void aHostFunctionCannotSnapshotItsOwnSessionAndAClosedSessionHasNoSnapshot() {
        MicroPythonSession[] self = new MicroPythonSession[1];
        try (MicroPythonSession session = builder()
                .hostFunction("snap", (args, kwargs) -> {
                    self[0].snapshot();
                    return "taken";
                })
                .build()) {
            self[0] = session;
            RunResult result = session.run("snap()");
            assertThat(result.outcome()).isEqualTo(Outcome.PYTHON_ERROR);
            assertThat(result.error().orElseThrow().message()).contains("snapshot");
        }
        assertThatThrownBy(self[0]::snapshot).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    // ---- every limit holds on restored sessions ----

    @Test
    void aSnapshotLargerThanTheMemoryLimitIsRefusedAndASmallerLimitHoldsAfterRestore() {
        byte[] big;
        try (MicroPythonSession session = builder().memoryLimit(64L << 20).build()) {
            RunResult grown = session.run("ballast = bytearray(24 * 1024 * 1024)");
            assertThat(grown.outcome()).as(grown.toString()).isEqualTo(Outcome.OK);
            big = session.snapshot().toBytes();
        }
        SessionSnapshot snapshot = SessionSnapshot.fromBytes(big);
        assertThat(snapshot.memoryBytes()).isGreaterThan(24L << 20);
        // the all-zero bytearray takes no room in the bytes
        assertThat(big.length).isLessThan(4 << 20);

        assertThatThrownBy(() -> builder().memoryLimit(16L << 20).restore(snapshot).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("memory limit");

        byte[] small;
        try (MicroPythonSession session = builder().memoryLimit(64L << 20).build()) {
            session.run("keep = 'kept'");
            small = session.snapshot().toBytes();
        }
        try (MicroPythonSession restored = builder().memoryLimit(16L << 20)
                .restore(SessionSnapshot.fromBytes(small)).build()) {
            RunResult tooBig = restored.run("ballast = bytearray(24 * 1024 * 1024)");
            assertThat(tooBig.outcome()).as(tooBig.toString()).isEqualTo(Outcome.MEMORY_LIMIT);
            assertThat(tooBig.error().orElseThrow().type()).isEqualTo("MemoryError");
            assertThat(restored.run("print(keep)").stdout()).isEqualTo("kept\n");
        }
    }

    @Test
    void fuelTimeOutputAndRecursionLimitsHoldOnRestoredSessions() {
        SessionSnapshot snapshot = SessionSnapshot.fromBytes(snapshotOf("def spin():\n    while True:\n        pass"));
        try (MicroPythonSession restored = MicroPythonSession.builder().restore(snapshot)
                .fuelLimit(2_000_000).timeout(Duration.ofSeconds(30)).outputLimit(1000).build()) {
            RunResult spun = restored.run("spin()");
            assertThat(spun.outcome()).isEqualTo(Outcome.FUEL_EXHAUSTED);
            assertThat(spun.fuelUsed().orElseThrow()).isBetween(2_000_000L, 2_010_000L);

            RunResult loud = restored.run("while True:\n    print('x' * 100)");
            assertThat(loud.outcome()).isEqualTo(Outcome.OUTPUT_LIMIT);
            assertThat(loud.stdout()).endsWith("[output truncated: limit 1000 bytes]\n");
            assertThat(loud.stdout().length()).isLessThanOrEqualTo(1000 + 100);

            RunResult deep = restored.run("def down(n):\n    return down(n + 1)\ndown(0)");
            assertThat(deep.outcome()).isEqualTo(Outcome.PYTHON_ERROR);
            assertThat(deep.error().orElseThrow().type()).isEqualTo("RecursionError");
        }
        try (MicroPythonSession restored = MicroPythonSession.builder().restore(snapshot)
                .timeout(Duration.ofMillis(300)).build()) {
            RunResult slept = restored.run("import time\ntime.sleep(5)");
            assertThat(slept.outcome()).isEqualTo(Outcome.TIMEOUT);
            assertThat(slept.elapsed()).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void fuelIsDeterministicInTemplateStartedAndRestoredSessions() {
        String work = "import json\nprint(len(json.dumps({str(k): list(range(k)) for k in range(150)})))";
        SessionSnapshot snapshot = SessionSnapshot.fromBytes(snapshotOf("pass"));
        List<Long> fuel = new ArrayList<>();
        List<String> output = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            for (MicroPythonSession.Builder each : List.of(builder(), builder().restore(snapshot))) {
                try (MicroPythonSession session = each.build()) {
                    session.run("pass");
                    RunResult result = session.run(work);
                    fuel.add(result.fuelUsed().orElseThrow());
                    output.add(result.stdout());
                }
            }
        }
        assertThat(fuel).hasSize(6).containsOnly(fuel.get(0));
        assertThat(output).containsOnly(output.get(0));
    }
}

package io.github.micropython4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interactive prompt on a real terminal: the command line runs under util-linux's
 * {@code script}, which gives it a pseudo-terminal, and the test types at it as a user would,
 * each line once its prompt shows.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class TerminalReplTest {
    private static final Path SCRIPT = Path.of("/usr/bin/script");

    @TempDir
    Path home;

    private Process process;
    private OutputStream keyboard;
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

    private void start() throws IOException {
        assumeTrue(Files.isExecutable(SCRIPT), "needs util-linux's script to make a pseudo-terminal");
        // A process started in the background by a shell without job control (nohup ... &) has
        // SIGINT ignored, and so has every process it starts: the REPL's JVM then never sees the
        // Ctrl-C the terminal turns into SIGINT.
        assumeFalse(interruptSignalIgnored(), "SIGINT is ignored by this process (started in the background), so Ctrl-C cannot reach the REPL");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = "stty cols 120 rows 40; exec " + java + " -Duser.home=" + home
                + " -cp " + System.getProperty("java.class.path") + " " + Main.class.getName()
                + " --fuel 1e12"; // Ctrl-C, not the fuel limit, must be what stops the endless loop
        ProcessBuilder builder = new ProcessBuilder(SCRIPT.toString(), "-qefc", command, "/dev/null")
                .redirectErrorStream(true);
        builder.environment().put("TERM", "xterm");
        process = builder.start();
        keyboard = process.getOutputStream();
        Thread reader = new Thread(() -> copy(process.getInputStream()), "screen");
        reader.setDaemon(true);
        reader.start();
    }

    @AfterEach
    void stop() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    @Test
    void promptsAsTheUserTypesStopsARunOnCtrlCKeepsHistoryAndExitsOnCtrlD() throws Exception {
        start();
        awaitScreen(">>> ");
        type("x = 21\r");
        awaitScreen("x = 21", ">>> ");
        type("def f(a):\r");
        awaitScreen("def f(a):", "... "); // the block is still open: it prompts for more at once
        type("    return a * 2\r");
        awaitScreen("return a * 2", "... ");
        assertThat(screen()).doesNotContain("42");
        type("\r");
        type("f(x)\r");
        awaitScreen("f(x)", "42", ">>> ");
        type("while True: x += 1\r");
        Thread.sleep(500); // let it start, as a user would before pressing Ctrl-C
        type("\u0003"); // Ctrl-C stops the running statement
        awaitScreen("KeyboardInterrupt", ">>> ");
        type("print('alive', x > 21)\r");
        awaitScreen("alive True", ">>> ");
        type("\u001bOA"); // up arrow: the last statement again
        awaitScreen("alive True", ">>> print('alive', x > 21)");
        type("\r");
        awaitScreen("alive True", "alive True", ">>> ");
        type("1/0\r");
        awaitScreen("File \"<stdin>\", line 1, in <module>", "ZeroDivisionError", ">>> ");
        type("\u0004"); // Ctrl-D ends the session

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(home.resolve(".micropython4j_history")).content().contains("print('alive', x > 21)");
    }

    /** Whether this process ignores SIGINT (bit 1 of SigIgn in /proc/self/status); children inherit that. */
    private static boolean interruptSignalIgnored() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring("SigIgn:".length()).trim(), 16) & 0x2) != 0;
            }
        }
        return false;
    }

    private void type(String keys) throws IOException {
        keyboard.write(keys.getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
    }

    /** What the terminal shows: the output with cursor moves, backspaces and erases applied. */
    private String screen() {
        String raw;
        synchronized (screen) {
            raw = screen.toString(StandardCharsets.UTF_8);
        }
        StringBuilder shown = new StringBuilder();
        StringBuilder line = new StringBuilder();
        int cursor = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\u001b') {
                java.util.regex.Matcher csi = java.util.regex.Pattern.compile("\\[([0-9;?]*)([A-Za-z])").matcher(raw).region(i + 1, raw.length());
                if (csi.lookingAt()) {
                    int n = csi.group(1).matches("\\d+") ? Integer.parseInt(csi.group(1)) : 1;
                    switch (csi.group(2)) {
                        case "C" -> cursor += n;
                        case "D" -> cursor = Math.max(0, cursor - n);
                        case "K" -> line.setLength(Math.min(line.length(), cursor));
                        default -> { }
                    }
                    i = csi.end() - 1;
                } else {
                    i++; // ESC = or ESC >
                }
            } else if (c == '\b') {
                cursor = Math.max(0, cursor - 1);
            } else if (c == '\r') {
                cursor = 0;
            } else if (c == '\n') {
                shown.append(line).append('\n');
                line.setLength(0);
                cursor = 0;
            } else if (c >= ' ') {
                while (line.length() < cursor) {
                    line.append(' ');
                }
                if (cursor < line.length()) {
                    line.setCharAt(cursor, c);
                } else {
                    line.append(c);
                }
                cursor++;
            }
        }
        return shown.append(line).toString();
    }

    /** Waits until the screen shows each of {@code parts}, in order, after what it showed before. */
    private void awaitScreen(String... parts) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            String text = screen();
            int from = 0;
            boolean all = true;
            for (String part : parts) {
                int at = text.indexOf(part, from);
                if (at < 0) {
                    all = false;
                    break;
                }
                from = at + part.length();
            }
            if (all && text.substring(from).isBlank()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the screen never showed " + String.join(" | ", parts) + ":\n" + text
                        + "\nits end, escaped: " + text.substring(Math.max(0, text.length() - 60)).chars()
                                .mapToObj(c -> c < 32 || c > 126 ? String.format("\\u%04x", c) : String.valueOf((char) c))
                                .collect(java.util.stream.Collectors.joining()));
            }
            Thread.sleep(20);
        }
    }

    private void copy(InputStream in) {
        byte[] buffer = new byte[4096];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                synchronized (screen) {
                    screen.write(buffer, 0, n);
                }
            }
        } catch (IOException e) {
            // the process ended
        }
    }
}

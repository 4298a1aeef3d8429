package io.github.micropython4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path temp;

    private int run(String stdin, boolean interactive, String... args) {
        Main main = new Main(
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                interactive);
        return main.run(args);
    }

    private int run(String... args) {
        return run("", false, args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void runsCode() {
        assertThat(run("-c", "print('hé', 6 * 7)")).isZero();
        assertThat(out()).isEqualTo("hé 42\n");
        assertThat(err()).isEmpty();
    }

    @Test
    void uncaughtExceptionExitsWithOneAndPrintsTheTraceback() {
        assertThat(run("-c", "print('before')\n1/0")).isEqualTo(1);
        assertThat(out()).isEqualTo("before\n");
        assertThat(err()).isEqualTo("Traceback (most recent call last):\n"
                + "  File \"<string>\", line 2, in <module>\n"
                + "ZeroDivisionError: division by zero\n");
    }

    @Test
    void deepRecursionsTracebackIsShortAndEndsWithTheRecursionError() {
        assertThat(run("-c", "def f(n):\n    return f(n + 1) if n < 100000 else n\n\nf(0)")).isEqualTo(1);
        assertThat(err().getBytes(StandardCharsets.UTF_8).length).isLessThan(10 * 1024);
        assertThat(err()).startsWith("Traceback (most recent call last):\n"
                        + "  File \"<string>\", line 4, in <module>\n"
                        + "  File \"<string>\", line 2, in f\n".repeat(3))
                .containsPattern("\n  \\[Previous line repeated \\d+ more times\\]\n")
                .endsWith("\nRecursionError: maximum recursion depth exceeded\n");
    }

    @Test
    void aTracebackTooLongForTheResultStillEndsWithItsError() {
        assertThat(run("-c", "def ping_with_a_rather_long_name(n): return pong_with_a_rather_long_name(n + 1)\n"
                + "def pong_with_a_rather_long_name(n): return ping_with_a_rather_long_name(n + 1)\n"
                + "ping_with_a_rather_long_name(0)")).isEqualTo(1);
        assertThat(err()).startsWith("Traceback (most recent call last):\n")
                .containsPattern("\n\\[\\.\\.\\. \\d+ bytes cut \\.\\.\\.\\]\n")
                .endsWith("\nRecursionError: maximum recursion depth exceeded\n");
    }

    @Test
    void repeatedFramesAreElidedAsCPythonPrintsThem() throws Exception {
        Path scripts = Path.of("src/test/resources/python/cpython");
        String code = Files.readString(scripts.resolve("traceback_recursion_repeated.py"));

        assertThat(run("-c", code)).isEqualTo(1);
        assertThat(out()).isEqualTo(Files.readString(scripts.resolve("traceback_recursion_repeated.expected")));
        assertThat(err()).isEqualTo(Files.readString(scripts.resolve("traceback_recursion_repeated.traceback")));
    }

    @Test
    void sysExitSetsTheExitStatus() {
        assertThat(run("-c", "import sys\nsys.exit(7)")).isEqualTo(7);
        assertThat(run("-c", "import sys\nsys.exit()")).isZero();
        assertThat(run("-c", "import sys\nsys.exit('boom')")).isEqualTo(1);
        assertThat(err()).isEqualTo("boom\n");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("--nope")).isEqualTo(2);
        assertThat(err()).startsWith("micropython4j: unknown option '--nope'\n");
        assertThat(run("--memory", "lots", "-c", "pass")).isEqualTo(2);
        assertThat(run(temp.resolve("missing.py").toString())).isEqualTo(2);
        assertThat(run("--allow-read", temp.resolve("missing").toString(), "-c", "pass")).isEqualTo(2);
        assertThat(run("--memory", "1K", "-c", "pass")).isEqualTo(2);
        assertThat(out()).isEmpty();
    }

    @Test
    void helpPrintsUsage() {
        assertThat(run("--help")).isZero();
        assertThat(out()).startsWith("usage: java -jar micropython4j.jar")
                .contains("--allow-read HOSTDIR", "--allow-write HOSTDIR", "--scratch SIZE")
                .contains("--allow-net HOST[:PORT][,HOST[:PORT]...]");
    }

    @Test
    void timeoutExitsWith124AndNamesTheLimit() {
        assertThat(run("--timeout", "0.5", "--fuel", "1e15", "-c", "while True: pass")).isEqualTo(124);
        assertThat(err()).isEqualTo("micropython4j: timeout: wall-clock timeout of 0.5s exceeded\n");
    }

    @Test
    void memoryLimitExitsWith124() {
        assertThat(run("--memory", "4M", "-c", "b = bytearray(16 * 1024 * 1024)")).isEqualTo(124);
        assertThat(err()).contains("MemoryError").endsWith("micropython4j: memory limit: memory limit of 4194304 bytes exhausted\n");
    }

    @Test
    void runsAFileAndStdin() throws Exception {
        Path script = temp.resolve("script.py");
        Files.writeString(script, "for i in range(3):\n    print(i)\n");
        assertThat(run(script.toString())).isZero();
        assertThat(run("print('from stdin')\n", false, "-")).isZero();
        assertThat(out()).isEqualTo("0\n1\n2\nfrom stdin\n");
    }

    @Test
    void aFilesTracebackNamesTheFileAsGiven() throws Exception {
        Path script = temp.resolve("job.py");
        Files.writeString(script, "def f():\n    return 1 / 0\nf()\n");

        assertThat(run(script.toString())).isEqualTo(1);

        assertThat(err()).startsWith("Traceback (most recent call last):\n"
                + "  File \"" + script + "\", line 3, in <module>\n"
                + "  File \"" + script + "\", line 2, in f\n");
    }

    @Test
    void outputIsPrintedAsTheCodeWritesItNotWhenTheRunEnds() throws Exception {
        java.util.concurrent.CompletableFuture<Integer> status = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> run("--timeout", "5", "--fuel", "1e15", "-c", "print('early')\nwhile True: pass"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!out().contains("early\n") && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }

        assertThat(out()).isEqualTo("early\n");
        assertThat(status).isNotDone(); // the loop runs until its 5 s timeout
        assertThat(status.get(60, TimeUnit.SECONDS)).isEqualTo(124);
    }

    @Test
    void mountsDirectories() throws Exception {
        Files.writeString(temp.resolve("in.txt"), "input");
        assertThat(run("--allow-read", temp + ":/data", "-c", "print(open('/data/in.txt').read())")).isZero();
        assertThat(out()).isEqualTo("input\n");
    }

    @Test
    void allowReadRefusesWritesAndAllowWriteAllowsThem() throws Exception {
        Path in = Files.createDirectory(temp.resolve("in"));
        Path outDir = Files.createDirectory(temp.resolve("out"));
        String code = String.join("\n",
                "import errno",
                "try:",
                "    open('/in/new.txt', 'w')",
                "except OSError as e:",
                "    print(e.errno == errno.EROFS)",
                "open('/out/new.txt', 'w').write('written')");
        assertThat(run("--allow-read", in + ":/in", "--allow-write", outDir + ":/out", "-c", code)).isZero();
        assertThat(out()).isEqualTo("True\n");
        assertThat(in.resolve("new.txt")).doesNotExist();
        assertThat(Files.readString(outDir.resolve("new.txt"))).isEqualTo("written");
    }

    @Test
    void scratchGivesAnEmptyDirectoryOfTheGivenSize() {
        String code = String.join("\n",
                "import errno, os",
                "print(os.listdir('/'), os.listdir('/scratch'))",
                "open('/scratch/a', 'wb').write(b'a' * 3000)",
                "try:",
                "    open('/scratch/b', 'wb').write(b'b' * 2000)",
                "except OSError as e:",
                "    print(e.errno == errno.ENOSPC, os.stat('/scratch/b')[6])");
        assertThat(run("--scratch", "4K", "-c", code)).isZero();
        assertThat(out()).isEqualTo("['scratch'] []\nTrue 1096\n");
    }

    @Test
    void pipedReplKeepsStateEchoesValuesAndHasNoPrompts() {
        String input = "x = 20\nx + 22\ndef f(a):\n    return a * 2\n\nf(x)\n1/0\nprint('after error')\n";
        assertThat(run(input, false)).isZero();
        assertThat(out()).isEqualTo("42\n40\nafter error\n");
        assertThat(err()).isEqualTo("Traceback (most recent call last):\n"
                + "  File \"<stdin>\", line 1, in <module>\n"
                + "ZeroDivisionError: division by zero\n");
    }

    @Test
    void replExitsWithTheSysExitStatus() {
        assertThat(run("print('a')\nimport sys\nsys.exit(5)\nprint('never')\n", false)).isEqualTo(5);
        assertThat(out()).isEqualTo("a\n");
    }

    @Test
    void replSurvivesALimitAndKeepsItsState() {
        assertThat(run("y = 1\nwhile True: pass\nprint('y' in globals())\n", false,
                "--timeout", "0.5", "--fuel", "1e12")).isZero();
        assertThat(out()).isEqualTo("True\n");
        assertThat(err()).isEqualTo("micropython4j: timeout: wall-clock timeout of 0.5s exceeded\n");
    }

    @Test
    void runningOutOfFuelExitsWith124AndNamesTheLimit() {
        assertThat(run("--fuel", "100000", "-c", "while True: pass")).isEqualTo(124);
        assertThat(err()).isEqualTo("micropython4j: fuel exhausted: fuel limit of 100000 units exhausted\n");
    }

    @Test
    void fuelMustBeAPositiveWholeNumber() {
        assertThat(run("--fuel", "1.5", "-c", "pass")).isEqualTo(2);
        assertThat(err()).startsWith("micropython4j: fuel must be a positive whole number of units: '1.5'");
    }

    @Test
    void allowNetLetsTheCodeReachThoseHostsOnly() throws Exception {
        AtomicInteger hits = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            byte[] body = "pong".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            int port = server.getAddress().getPort();
            String code = "import urllib.request\n"
                    + "print(urllib.request.urlopen('http://127.0.0.1:" + port + "/ping').read().decode())";

            assertThat(run("--allow-net", "127.0.0.1:" + port, "-c", code)).isZero();
            assertThat(out()).isEqualTo("pong\n");
            assertThat(run("--allow-net=example.com,127.0.0.1", "-c", code)).isZero();
            assertThat(out()).isEqualTo("pong\npong\n");

            assertThat(run("-c", code)).isEqualTo(1);
            assertThat(err()).contains("refused by the network policy: no network access");
            assertThat(run("--allow-net", "127.0.0.1:" + (port == 65535 ? 1 : port + 1), "-c", code)).isEqualTo(1);
            assertThat(err()).contains("origin http://127.0.0.1:" + port + " is not allowed");
            assertThat(run("--allow-net", "localhost", "-c", code)).isEqualTo(1);
            assertThat(hits.get()).isEqualTo(2);

            assertThat(run("--allow-net", "exa mple.com", "-c", code)).isEqualTo(2);
            assertThat(run("--allow-net", "::1", "-c", code)).isEqualTo(2);
            assertThat(hits.get()).isEqualTo(2);
        } finally {
            server.stop(0);
        }
    }
}

package io.github.micropython4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CliOptionsTest {

    @Test
    void parsesSizesWithBinarySuffixes() throws Exception {
        assertThat(CliOptions.parseSize("16M")).isEqualTo(16L << 20);
        assertThat(CliOptions.parseSize("512K")).isEqualTo(512L << 10);
        assertThat(CliOptions.parseSize("1G")).isEqualTo(1L << 30);
        assertThat(CliOptions.parseSize("4g")).isEqualTo(4L << 30);
        assertThat(CliOptions.parseSize("64MiB")).isEqualTo(64L << 20);
        assertThat(CliOptions.parseSize("1048576")).isEqualTo(1L << 20);
    }

    @Test
    void rejectsBadSizes() {
        for (String bad : new String[] {"", "M", "16X", "-1M", "0", "5G", "1.5M", "99999999999999999999"}) {
            assertThatThrownBy(() -> CliOptions.parseSize(bad)).as(bad).isInstanceOf(UsageException.class);
        }
    }

    @Test
    void parsesAllOptions() throws Exception {
        CliOptions options = CliOptions.parse(new String[] {
            "--memory", "32M", "--timeout=2.5", "--allow-read", "/srv/in:/in", "--allow-write", "/srv/out",
            "--scratch", "16M", "-c", "print(1)"});

        assertThat(options.memoryLimit()).isEqualTo(32L << 20);
        assertThat(options.timeout()).isEqualTo(Duration.ofMillis(2500));
        assertThat(options.code()).isEqualTo("print(1)");
        assertThat(options.file()).isNull();
        assertThat(options.mounts()).containsExactly(
                new CliOptions.Mount(Path.of("/srv/in"), "/in", false),
                new CliOptions.Mount(Path.of("/srv/out"), "/srv/out", true));
        assertThat(options.scratch()).isEqualTo(16L << 20);
        assertThat(CliOptions.parse(new String[] {"-c", "pass"}).scratch()).isNull();
    }

    @Test
    void fileOrNothing() throws Exception {
        assertThat(CliOptions.parse(new String[] {"script.py"}).file()).isEqualTo("script.py");
        assertThat(CliOptions.parse(new String[] {"-"}).file()).isEqualTo("-");
        CliOptions repl = CliOptions.parse(new String[] {});
        assertThat(repl.code()).isNull();
        assertThat(repl.file()).isNull();
        assertThat(CliOptions.parse(new String[] {"--help"}).help()).isTrue();
    }

    @Test
    void rejectsBadCommandLines() {
        String[][] bad = {
            {"--unknown"}, {"-c"}, {"--memory"}, {"--timeout", "0"}, {"--timeout", "soon"},
            {"a.py", "b.py"}, {"-c", "pass", "extra"}, {"--fuel"}, {"--fuel", "0"}, {"--fuel", "-5"}, {"--fuel", "lots"},
            {"--fuel", "1e100"}, {"--scratch"}, {"--scratch", "lots"}, {"--scratch", "0"},
        };
        for (String[] args : bad) {
            assertThatThrownBy(() -> CliOptions.parse(args)).as(String.join(" ", args)).isInstanceOf(UsageException.class);
        }
    }

    @Test
    void parsesAllowNetHostsWithOptionalPorts() throws Exception {
        CliOptions options = CliOptions.parse(new String[] {
            "--allow-net", "api.example.com,127.0.0.1:8080", "--allow-net=[::1]:9000,[::1]", "-c", "pass"});

        assertThat(options.netHosts()).containsExactly(
                new CliOptions.NetHost("api.example.com", CliOptions.NetHost.ANY_PORT),
                new CliOptions.NetHost("127.0.0.1", 8080),
                new CliOptions.NetHost("[::1]", 9000),
                new CliOptions.NetHost("[::1]", CliOptions.NetHost.ANY_PORT));
        assertThat(CliOptions.parse(new String[] {"-c", "pass"}).netHosts()).isEmpty();
    }

    @Test
    void rejectsBadAllowNetValues() {
        for (String bad : new String[] {"", ",", "host:", "host:0", "host:65536", "host:http", "::1", "[::1", "[::1]x",
            ":8080", "a,,b"}) {
            assertThatThrownBy(() -> CliOptions.parseNetHosts(bad)).as(bad).isInstanceOf(UsageException.class);
        }
        assertThatThrownBy(() -> CliOptions.parse(new String[] {"--allow-net"})).isInstanceOf(UsageException.class);
    }
}

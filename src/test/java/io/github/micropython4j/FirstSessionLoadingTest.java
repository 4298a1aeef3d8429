package io.github.micropython4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a first session loads in a fresh JVM (issue 15, start-up; bench/startup.md): Jackson's
 * mappers and {@code java.util.logging} cost a first session hundreds of classes and hundreds of
 * milliseconds, so they must wait until a value is converted or something is logged. Checked in
 * a second JVM, since this one has long loaded both.
 */
class FirstSessionLoadingTest {
    @TempDir
    Path temp;

    private static final String MAPPER = "com.fasterxml.jackson.databind.ObjectMapper";
    private static final String LOG_MANAGER = "java.util.logging.LogManager";

    @Test
    void aFirstSessionThatConvertsNoValueLoadsNoJacksonMapperNorJavaLogging() throws Exception {
        List<String> loaded = classesLoadedBy("print(\"hi\")\nTrue");

        assertThat(loaded).contains("io.github.micropython4j.MicroPythonSession", "stdout=hi", "value=true");
        assertThat(loaded).doesNotContain(MAPPER, LOG_MANAGER);
    }

    @Test
    void aValueThatNeedsJacksonStillLoadsIt() throws Exception {
        List<String> loaded = classesLoadedBy("[1, 'two', {'three': 3.5}]");

        assertThat(loaded).contains(MAPPER, "value=[1, two, {three=3.5}]");
    }

    /** The classes a fresh JVM loads to run {@code code} in a first session, then the run's stdout and value lines. */
    private List<String> classesLoadedBy(String code) throws Exception {
        Path log = temp.resolve("classes.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xlog:class+load=info:file=" + log + ":none",
                "-cp", System.getProperty("java.class.path"), FirstSession.class.getName(), code)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        List<String> loaded = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            loaded.add(line.split(" ")[0]); // "name source: ..."
        }
        loaded.addAll(output.lines().collect(Collectors.toList()));
        return loaded;
    }

    /** The second JVM: one session, one run; prints its stdout and value. */
    static final class FirstSession {
        public static void main(String[] args) {
            try (MicroPythonSession session = MicroPythonSession.builder().build()) {
                RunResult result = session.run(args[0]);
                System.out.println("stdout=" + result.stdout().strip());
                System.out.println("value=" + result.value().orElse(null));
                System.exit(result.outcome() == Outcome.OK ? 0 : 1);
            }
        }
    }
}

package io.github.micropython4j.conformance;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs a test file on native MicroPython (the unix port) exactly as run-tests.py does. */
final class NativeTarget {
    private final Path executable;
    private final Map<String, String> environment;
    private final Path testsDirectory;
    private final Duration timeout;

    /**
     * @param executable the unix port's {@code micropython}
     * @param sourceTree the MicroPython source tree its tests come from
     * @param timeout the wall-clock limit of one test
     */
    NativeTarget(Path executable, Path sourceTree, Duration timeout) {
        this.timeout = timeout;
        this.executable = executable.toAbsolutePath();
        this.testsDirectory = sourceTree.resolve("tests");
        // run-tests.py clears the module search path to the frozen modules, extmod and unittest
        this.environment = Map.of("MICROPYPATH", String.join(":", ".frozen",
                sourceTree.resolve("extmod").toString(),
                sourceTree.resolve("lib/micropython-lib/python-stdlib/unittest").toString()));
    }

    /** A standard test: {@code micropython -X emit=bytecode FILE} in the test's directory. */
    Output run(Path testFile) {
        Path file = testFile.toAbsolutePath();
        ProcessRun run = ProcessRun.run(List.of(executable.toString(), "-X", "emit=bytecode", file.toString()),
                file.getParent(), environment, null, true, timeout);
        return Output.ofMerged(run.stdout(), ending(run));
    }

    /**
     * A special test (feature checks, the tests run-tests.py lists as special): plain
     * {@code micropython [cmdline options] FILE}, run from the tests directory.
     */
    Output runSpecial(Path testFile, List<String> commandLineOptions) {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(commandLineOptions);
        command.add(testFile.toAbsolutePath().toString());
        ProcessRun run = ProcessRun.run(command, testsDirectory, environment, null, true, timeout);
        if (run.exitCode() != 0) {
            return new Output("", "", Output.CRASH, "exit status " + run.exitCode());
        }
        return Output.ofMerged(run.stdout(), null);
    }

    /** A cpydiff case as gen-cpydiff.py runs it: the program on stdin, stdout and stderr apart. */
    Output runFromStdin(Path testFile) {
        ProcessRun run = ProcessRun.run(List.of(executable.toString()), testFile.toAbsolutePath().getParent(),
                environment, testFile, false, timeout);
        return new Output(Output.text(run.stdout()), Output.text(run.stderr()), null, "");
    }

    /** What the executable says it is: {@code sys.version} and {@code sys.implementation}. */
    String version() {
        ProcessRun run = ProcessRun.run(List.of(executable.toString(), "-c",
                        "import sys; print('MicroPython', '.'.join(str(v) for v in sys.implementation.version[:3]), sys.platform)"),
                testsDirectory, environment, null, true, timeout);
        return Output.text(run.stdout()).strip();
    }

    private static String ending(ProcessRun run) {
        if (run.timedOut()) {
            return Output.TIMEOUT;
        }
        return run.exitCode() == 0 ? null : Output.CRASH;
    }
}

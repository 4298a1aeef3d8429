package io.github.micropython4j.conformance;

import java.time.Duration;

/**
 * What a conformance run ran on and how long it took.
 *
 * @param sandboxFeatures what the feature checks found in the sandbox
 * @param nativeFeatures what they found natively
 * @param testsVersion the MicroPython version of the source tree the tests come from
 * @param nativeVersion what native MicroPython says it is
 * @param cpythonVersion the CPython that made the expected outputs
 * @param elapsed the run's wall-clock time
 * @param threads how many tests ran at a time
 * @param sandboxTime time spent in sandbox sessions, summed over threads
 * @param nativeTime time spent running native MicroPython, summed over threads
 * @param cpythonTime time spent running CPython, summed over threads
 */
record RunInfo(
        TargetFeatures sandboxFeatures,
        TargetFeatures nativeFeatures,
        String testsVersion,
        String nativeVersion,
        String cpythonVersion,
        Duration elapsed,
        int threads,
        Duration sandboxTime,
        Duration nativeTime,
        Duration cpythonTime) {

    /** One line: the run's time and where it went. */
    String timing() {
        return String.format("%d s wall clock with %d threads (summed over threads: sandbox %d s, native %d s, CPython %d s)",
                elapsed.toSeconds(), threads, sandboxTime.toSeconds(), nativeTime.toSeconds(), cpythonTime.toSeconds());
    }
}

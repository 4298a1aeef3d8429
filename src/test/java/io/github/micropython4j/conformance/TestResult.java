package io.github.micropython4j.conformance;

/**
 * One test's result on the sandbox and on native MicroPython.
 *
 * @param test the test's path under {@code tests/}, e.g. {@code basics/int_big1.py}
 * @param sandbox how it went in the sandbox
 * @param nativeResult how it went on native MicroPython
 * @param expectedFrom what the outputs were compared with: {@code .exp}, {@code CPython} or,
 *     for cpydiff, {@code CPython (stdin)}
 */
record TestResult(String test, Verdict sandbox, Verdict nativeResult, String expectedFrom) {

    /** How a test went on one target. */
    enum Status {
        /** Printed what was expected (for cpydiff: what CPython prints). */
        PASS,
        /** Printed something else, or crashed. */
        FAIL,
        /** Not run: run-tests.py's rules skip it on this build, or a session cannot give it what it needs. */
        SKIP,
        /** Ran and asked to be skipped (printed {@code SKIP}): it found something missing. */
        SELF_SKIP
    }

    /**
     * @param status how it went
     * @param detail why it was skipped, or where its output first differs; empty for a pass
     */
    record Verdict(Status status, String detail) {
        static Verdict pass() {
            return new Verdict(Status.PASS, "");
        }

        static Verdict fail(String detail) {
            return new Verdict(Status.FAIL, detail);
        }

        static Verdict skip(String reason) {
            return new Verdict(Status.SKIP, reason);
        }

        static Verdict selfSkip() {
            return new Verdict(Status.SELF_SKIP, "the test printed SKIP");
        }

        boolean passed() {
            return status == Status.PASS;
        }
    }

    /** The test's directory under {@code tests/}: {@code basics}, {@code cpydiff}, ... */
    String directory() {
        return test.substring(0, test.indexOf('/'));
    }

    /**
     * Whether the test passes natively but fails or skips itself in the sandbox: a difference
     * that needs a reason in {@code known-differences.tsv}.
     */
    boolean regressedInSandbox() {
        return nativeResult.passed()
                && (sandbox.status() == Status.FAIL || sandbox.status() == Status.SELF_SKIP);
    }
}

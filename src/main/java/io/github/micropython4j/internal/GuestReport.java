package io.github.micropython4j.internal;

import io.github.micropython4j.PythonError;

/**
 * What the guest reported through {@code session_result} for one request, decoded.
 *
 * @param status the guest's status code
 * @param error the uncaught exception, for {@link Status#EXCEPTION} only
 * @param allocationFailed for {@link Status#EXCEPTION}: the exception is the built-in
 *     {@code MemoryError} and an allocation failed during the run (the memory limit was hit)
 * @param exitCode the {@code sys.exit} status, for {@link Status#EXIT} only
 * @param valueJson for {@link Status#OK}: the JSON of the value the request produced (the code's
 *     last expression, the global asked for), or null
 * @param valueProblem for {@link Status#OK}: why the value could not cross, or null
 */
record GuestReport(Status status, PythonError error, boolean allocationFailed, Integer exitCode,
        String valueJson, String valueProblem) {

    /** The status codes of {@code session_result}. */
    enum Status {
        OK(0), EXCEPTION(1), EXIT(2), ABORTED(3);

        private final int code;

        Status(int code) {
            this.code = code;
        }

        static Status of(int code) {
            for (Status status : values()) {
                if (status.code == code) {
                    return status;
                }
            }
            throw new ProtocolViolation("unknown session_result status " + code);
        }
    }

    static GuestReport ok() {
        return new GuestReport(Status.OK, null, false, null, null, null);
    }

    static GuestReport okWithValue(String json) {
        return new GuestReport(Status.OK, null, false, null, json, null);
    }

    static GuestReport okWithoutValue(String problem) {
        return new GuestReport(Status.OK, null, false, null, null, problem);
    }

    static GuestReport exception(PythonError error, boolean allocationFailed) {
        return new GuestReport(Status.EXCEPTION, error, allocationFailed, null, null, null);
    }

    static GuestReport exit(int exitCode) {
        return new GuestReport(Status.EXIT, null, false, exitCode, null, null);
    }

    static GuestReport aborted() {
        return new GuestReport(Status.ABORTED, null, false, null, null, null);
    }
}

package io.github.micropython4j.internal;

import io.github.micropython4j.Outcome;
import java.time.Duration;

/** Decides a run's {@link Outcome} from what the guest reported or how the guest died. */
final class OutcomeClassifier {
    private final SessionConfig config;

    OutcomeClassifier(SessionConfig config) {
        this.config = config;
    }

    /** The ending for a run the guest reported through {@code session_result}. */
    RunEnding fromReport(GuestReport report) {
        switch (report.status()) {
            case OK:
                return RunEnding.of(Outcome.OK, false, null);
            case EXCEPTION:
                if ("MemoryError".equals(report.error().type())) {
                    return new RunEnding(Outcome.MEMORY_LIMIT, report.error(), null, false, memoryLimitDetail());
                }
                return new RunEnding(Outcome.PYTHON_ERROR, report.error(), null, false, null);
            case EXIT:
                return new RunEnding(Outcome.EXIT, null, report.exitCode(), false, null);
            case ABORTED:
                return RunEnding.of(Outcome.CRASH, false, "the guest aborted the run although the host did not ask it to");
            default:
                throw new AssertionError(report.status());
        }
    }

    /** The ending for the run a worker was executing when its guest died. */
    RunEnding fromFailure(GuestFailure failure, boolean outputLimitExceeded) {
        if (outputLimitExceeded || failure.getCause() instanceof OutputLimitExceededException) {
            return RunEnding.of(Outcome.OUTPUT_LIMIT, true, outputLimitDetail());
        }
        switch (failure.kind()) {
            case INTERRUPTED:
                return timeout();
            case MEMORY_EXHAUSTED:
                return RunEnding.of(Outcome.MEMORY_LIMIT, true, memoryLimitDetail() + "; " + failure.getMessage());
            default:
                return RunEnding.of(Outcome.CRASH, true, failure.getMessage());
        }
    }

    /** The ending for a run that ran out of time. */
    RunEnding timeout() {
        return RunEnding.of(Outcome.TIMEOUT, true, "wall-clock timeout of " + format(config.timeout()) + " exceeded");
    }

    private String outputLimitDetail() {
        return "output limit of " + config.outputLimitBytes() + " bytes exceeded";
    }

    private String memoryLimitDetail() {
        return "memory limit of " + config.memoryLimitBytes() + " bytes exhausted";
    }

    private static String format(Duration duration) {
        return duration.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
    }
}

package io.github.micropython4j.internal;

import io.github.micropython4j.Outcome;
import java.time.Duration;

/** Decides a run's {@link Outcome} from what the guest reported or how the guest died. */
final class OutcomeClassifier {
    private final SessionConfig config;

    OutcomeClassifier(SessionConfig config) {
        this.config = config;
    }

    /**
     * The ending for a run the guest reported through {@code session_result}.
     *
     * @param stopReason why the host stopped the run, or null if it did not (a run that wrote
     *     past the output limit always has a stop requested, see {@link GuestProtocol#outputWritten})
     */
    RunEnding fromReport(GuestReport report, long fuelUsed, RunControl.StopReason stopReason) {
        if (stopReason != null) {
            return stopped(stopReason, false).withFuelUsed(fuelUsed);
        }
        switch (report.status()) {
            case OK:
                return RunEnding.of(Outcome.OK, false, null).withFuelUsed(fuelUsed);
            case EXCEPTION:
                if ("MemoryError".equals(report.error().type())) {
                    return new RunEnding(Outcome.MEMORY_LIMIT, report.error(), null, false, memoryLimitDetail(), fuelUsed);
                }
                return new RunEnding(Outcome.PYTHON_ERROR, report.error(), null, false, null, fuelUsed);
            case EXIT:
                return new RunEnding(Outcome.EXIT, null, report.exitCode(), false, null, fuelUsed);
            case ABORTED:
                return RunEnding.of(Outcome.CRASH, false, "the guest aborted the run although the host did not ask it to");
            default:
                throw new AssertionError(report.status());
        }
    }

    /** The ending for the run a worker was executing when its guest died. */
    RunEnding fromFailure(GuestFailure failure, boolean outputLimitExceeded) {
        if (failure.getCause() instanceof RunControl.OverdraftExhaustedException) {
            RunControl.StopReason reason = ((RunControl.OverdraftExhaustedException) failure.getCause()).reason();
            RunEnding stopped = stopped(reason, true);
            return reason == RunControl.StopReason.FUEL ? stopped.withFuelUsed(config.fuelPerRun()) : stopped;
        }
        if (outputLimitExceeded) {
            return stopped(RunControl.StopReason.OUTPUT_LIMIT, true);
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

    /** The ending for a run that ran out of time and had to be stopped by discarding the guest. */
    RunEnding timeout() {
        return stopped(RunControl.StopReason.TIMEOUT, true);
    }

    private RunEnding stopped(RunControl.StopReason reason, boolean sessionReset) {
        String how = sessionReset ? "; the guest did not stop in time and the session was reset" : "";
        switch (reason) {
            case FUEL:
                return RunEnding.of(Outcome.FUEL_EXHAUSTED, sessionReset,
                        "fuel limit of " + config.fuelPerRun() + " units exhausted" + how);
            case TIMEOUT:
                return RunEnding.of(Outcome.TIMEOUT, sessionReset,
                        "wall-clock timeout of " + format(config.timeout()) + " exceeded" + how);
            case OUTPUT_LIMIT:
                return RunEnding.of(Outcome.OUTPUT_LIMIT, sessionReset,
                        "output limit of " + config.outputLimitBytes() + " bytes exceeded" + how);
            default:
                throw new AssertionError(reason);
        }
    }

    private String memoryLimitDetail() {
        return "memory limit of " + config.memoryLimitBytes() + " bytes exhausted";
    }

    private static String format(Duration duration) {
        return duration.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
    }
}

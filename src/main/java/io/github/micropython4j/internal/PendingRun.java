package io.github.micropython4j.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One submitted run from the moment it is queued until its report is delivered. It finishes
 * exactly once, whoever gets there first: the guest's {@code session_result}, the timeout, the
 * worker's death or {@code close()}.
 */
final class PendingRun {
    private final int id;
    private final byte[] code;
    private final int flags;
    private final CompletableFuture<RunReport> report = new CompletableFuture<>();
    private final AtomicBoolean finished = new AtomicBoolean();
    private volatile long startNanos;
    private volatile BoundedOutput output;
    private volatile Future<?> timer;
    private volatile boolean freshGuest;
    private RunEnding forcedEnding; // guarded by this

    PendingRun(int id, String code, boolean interactive) {
        this.id = id;
        this.code = code.getBytes(StandardCharsets.UTF_8);
        this.flags = interactive ? ProtocolCodec.FLAG_REPL : 0;
    }

    int id() {
        return id;
    }

    byte[] code() {
        return code;
    }

    int flags() {
        return flags;
    }

    CompletableFuture<RunReport> report() {
        return report;
    }

    /** Records that the guest received the run: its clock starts and its output goes to {@code output}. */
    void started(BoundedOutput output) {
        this.output = output;
        this.startNanos = System.nanoTime();
    }

    /** Records that the guest lost the session's state before this run; its result will say so. */
    void noteFreshGuest() {
        freshGuest = true;
    }

    /** Attaches the timer that ends the run; it is cancelled when the run finishes another way. */
    void armTimer(Future<?> timer) {
        this.timer = timer;
        if (finished.get()) {
            timer.cancel(false);
        }
    }

    /**
     * Decides how the run ends before the guest is stopped, so that whoever finishes it (the
     * guest's death, typically) reports this ending.
     *
     * @return false if the run had already finished
     */
    synchronized boolean force(RunEnding ending) {
        if (finished.get()) {
            return false;
        }
        forcedEnding = ending;
        return true;
    }

    /**
     * Finishes the run with its captured output, unless it already finished. An ending given to
     * {@link #force(RunEnding)} takes precedence over {@code ending}.
     *
     * @return whether this call finished it
     */
    boolean finish(RunEnding ending) {
        synchronized (this) {
            if (!finished.compareAndSet(false, true)) {
                return false;
            }
            if (forcedEnding != null) {
                ending = forcedEnding;
            }
        }
        Future<?> pendingTimer = timer;
        if (pendingTimer != null) {
            pendingTimer.cancel(false);
        }
        BoundedOutput captured = output;
        CapturedOutput text = captured != null ? captured.drain() : CapturedOutput.EMPTY;
        Duration elapsed = captured != null ? Duration.ofNanos(System.nanoTime() - startNanos) : Duration.ZERO;
        report.complete(new RunReport(
                ending.outcome(),
                text.stdout(),
                text.stderr(),
                ending.error(),
                ending.exitCode(),
                elapsed,
                ending.sessionReset() || freshGuest,
                ending.detail(),
                ending.fuelUsed()));
        return true;
    }
}

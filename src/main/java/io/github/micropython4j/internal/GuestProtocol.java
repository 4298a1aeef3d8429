package io.github.micropython4j.internal;

import java.nio.charset.StandardCharsets;

/**
 * The host side of the {@code micropython4j} imports (micropython-wasm-build/README.md),
 * independent of the wasm runtime: the engine forwards each import call here with the guest's
 * memory and fuel global.
 */
final class GuestProtocol {

    /** Where requests come from and where their outcomes go: the worker. */
    interface Session {
        /** Blocks for the next run; null when the guest should leave its session loop. */
        PendingRun awaitRun();

        /** The guest finished request {@code id}, using {@code fuelUsed} units. */
        void finishRun(int id, GuestReport report, long fuelUsed, RunControl.StopReason stopReason);

        /** Whether the worker was retired, so the guest must stop at once. */
        boolean isRetired();
    }

    private final Session session;
    private final HostCallDispatcher hostCalls;
    private final RunControl control;
    private final int memoryLimitPages;
    private PendingRun handingOver;
    private PendingRun running;
    private byte[] hostResponse;

    GuestProtocol(Session session, HostCallDispatcher hostCalls, RunControl control, int memoryLimitPages) {
        this.session = session;
        this.hostCalls = hostCalls;
        this.control = control;
        this.memoryLimitPages = memoryLimitPages;
    }

    /** {@code session_next(hdr, buf, cap) -> i32}. */
    int sessionNext(GuestMemory memory, RunControl.FuelTank fuel, int header, int buffer, int capacity) {
        checkNotRetired();
        if (handingOver == null) {
            handingOver = session.awaitRun();
            if (handingOver == null) {
                return -1;
            }
            running = handingOver;
            control.startRun(fuel, handingOver.id());
        }
        PendingRun run = handingOver;
        memory.write(header, ProtocolCodec.requestHeader(run.id(), run.flags()));
        byte[] code = run.code();
        if (code.length <= capacity) {
            memory.write(buffer, code);
            handingOver = null;
        }
        return code.length;
    }

    /** {@code session_result(id, status, payload, len)}. */
    void sessionResult(GuestMemory memory, RunControl.FuelTank fuel, int id, int status, int payload, int length) {
        checkNotRetired();
        if (length < 0) {
            throw new ProtocolViolation("negative session_result payload length " + length);
        }
        GuestReport report = ProtocolCodec.decodeResult(status, memory.read(payload, length));
        if (handingOver != null && handingOver.id() == id) {
            handingOver = null; // answered without being read (too large for the guest)
        }
        running = null;
        long fuelUsed = control.finishRun(fuel);
        session.finishRun(id, report, fuelUsed, control.stopReason());
    }

    /** {@code host_call(name, name_len, req, req_len) -> i32}. */
    int hostCall(GuestMemory memory, int name, int nameLength, int request, int requestLength) {
        checkNotRetired();
        if (nameLength < 0 || requestLength < 0) {
            throw new ProtocolViolation("negative host_call length");
        }
        String functionName = new String(memory.read(name, nameLength), StandardCharsets.UTF_8);
        control.enterHostCall();
        try {
            hostResponse = hostCalls.call(functionName, requestLength, () -> memory.read(request, requestLength));
        } finally {
            control.leaveHostCall();
        }
        checkNotRetired();
        return hostResponse.length;
    }

    /** {@code host_result(buf, cap) -> i32}. */
    int hostResult(GuestMemory memory, int buffer, int capacity) {
        checkNotRetired();
        byte[] response = hostResponse;
        if (response == null || response.length > capacity) {
            return -1;
        }
        memory.write(buffer, response);
        hostResponse = null;
        return response.length;
    }

    /**
     * {@code sleep_ms(ms: i64)}: waits, cut short by a stop request (then the guest's fuel is
     * emptied so that it stops right away) or by interruption (the interrupt stays set).
     */
    void sleepMillis(RunControl.FuelTank fuel, long millis) {
        checkNotRetired();
        if (millis <= 0) {
            return;
        }
        try {
            if (control.awaitStop(millis)) {
                control.stopNow(fuel);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        checkNotRetired();
    }

    /** The guest wrote output; past the output limit the run is stopped at once. */
    void outputWritten(RunControl.FuelTank fuel, boolean limitExceeded) {
        if (limitExceeded && !control.stopRequested() && running != null) {
            control.requestStop(running.id(), RunControl.StopReason.OUTPUT_LIMIT);
            control.stopNow(fuel);
        }
    }

    /** {@code memory_limit_pages() -> i32}: the memory limit in 64 KiB pages. */
    int memoryLimitPages() {
        return memoryLimitPages;
    }

    /**
     * {@code fuel_exhausted() -> i32}: the guest's fuel global ran dry. Returns 0 after a refill,
     * 1 to stop the run (see {@link RunControl}).
     */
    int fuelExhausted(RunControl.FuelTank fuel) {
        checkNotRetired();
        return control.exhausted(fuel) ? 1 : 0;
    }

    private void checkNotRetired() {
        if (session.isRetired()) {
            throw new WorkerRetiredException();
        }
    }
}

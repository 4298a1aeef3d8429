package io.github.micropython4j.internal;

import java.nio.charset.StandardCharsets;

/**
 * The host side of the {@code micropython4j} imports (micropython-wasm-build/README.md),
 * independent of the wasm runtime: the engine forwards each import call here with the guest's
 * memory and fuel global, and this hands the work to the run the guest is executing.
 */
final class GuestProtocol {

    /** Where the runs come from: the worker. */
    interface RunSource {
        /**
         * Starts the next run, without waiting for one; null when the guest should leave its
         * session loop (until the host resumes it with more runs, or for good).
         */
        Run next(FuelAccount.Tank fuel);

        /** The guest reported the end of {@code run}; {@code discardGuest} if it must not run another. */
        void ended(Run run, boolean discardGuest);

        /** Whether the worker was retired, so the guest must stop at once. */
        boolean isRetired();
    }

    /** A source with no runs: the guest that becomes the template never gets one. */
    static final RunSource NO_RUNS = new RunSource() {
        @Override
        public Run next(FuelAccount.Tank fuel) {
            return null;
        }

        @Override
        public void ended(Run run, boolean discardGuest) {
            throw new IllegalStateException("no run was started");
        }

        @Override
        public boolean isRetired() {
            return false;
        }
    };

    private final RunSource source;
    private final HostCallDispatcher hostCalls;
    private final int memoryLimitPages;
    private Run handingOver;
    private volatile Run current;
    private byte[] hostResponse;

    GuestProtocol(RunSource source, HostCallDispatcher hostCalls, int memoryLimitPages) {
        this.source = source;
        this.hostCalls = hostCalls;
        this.memoryLimitPages = memoryLimitPages;
    }

    /** The run the guest is executing, or null. */
    Run current() {
        return current;
    }

    /** {@code session_next(hdr, buf, cap) -> i32}. */
    int sessionNext(GuestMemory memory, FuelAccount.Tank fuel, int header, int buffer, int capacity) {
        checkNotRetired();
        if (handingOver == null) {
            handingOver = source.next(fuel);
            if (handingOver == null) {
                return -1;
            }
            current = handingOver;
        }
        Run run = handingOver;
        memory.write(header, ProtocolCodec.requestHeader(run.id(), run.flags(), run.valueLimit()));
        byte[] request = run.request();
        if (request.length <= capacity) {
            memory.write(buffer, request);
            handingOver = null;
        }
        return request.length;
    }

    /** {@code session_result(id, status, payload, len)}. */
    void sessionResult(GuestMemory memory, FuelAccount.Tank fuel, int id, int status, int payload, int length) {
        checkNotRetired();
        Run run = current;
        if (run == null || run.id() != id) {
            throw new ProtocolViolation("session_result for request " + id + ", which is not running");
        }
        if (length < 0) {
            throw new ProtocolViolation("negative session_result payload length " + length);
        }
        run.reporting();
        GuestReport report = ProtocolCodec.decodeResult(status, memory.read(payload, length));
        handingOver = null; // the guest may answer a request it could not read (too large)
        current = null;
        boolean discardGuest = run.reported(report, fuel);
        fuel.fill(FuelAccount.IDLE_ALLOWANCE);
        source.ended(run, discardGuest);
        checkNotRetired();
    }

    /** {@code host_call(name, name_len, req, req_len) -> i32}. */
    int hostCall(GuestMemory memory, int name, int nameLength, int request, int requestLength) {
        checkNotRetired();
        if (nameLength < 0 || requestLength < 0) {
            throw new ProtocolViolation("negative host_call length");
        }
        String functionName = new String(memory.read(name, nameLength), StandardCharsets.UTF_8);
        hostResponse = hostCalls.call(runningRun("host_call"), functionName, requestLength,
                () -> memory.read(request, requestLength));
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
     * {@code sleep_ms(ms: i64)}: waits, cut short by a stop request (which then takes effect at
     * once) or by interruption (the interrupt stays set).
     */
    void sleepMillis(FuelAccount.Tank fuel, long millis) {
        checkNotRetired();
        if (millis <= 0) {
            return;
        }
        try {
            runningRun("sleep_ms").sleep(millis, fuel);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        checkNotRetired();
    }

    /** The guest wrote to stdout or stderr; outside a run the output is dropped. */
    void write(boolean toStderr, byte[] bytes, int offset, int length) {
        Run run = current;
        if (run != null) {
            run.write(toStderr, bytes, offset, length);
        }
    }

    /** A write call of the guest returned: past the output limit the run is stopped at once. */
    void afterOutput(FuelAccount.Tank fuel) {
        Run run = current;
        if (run != null) {
            run.afterOutput(fuel);
        }
    }

    /**
     * {@code fuel_used() -> i64}: the fuel the running run has used so far (the guest charges
     * code it found compiled what its compilation took); 0 outside runs.
     */
    long fuelUsed(FuelAccount.Tank fuel) {
        Run run = current;
        return run == null ? 0 : run.fuelUsedSoFar(fuel);
    }

    /** {@code memory_limit_pages() -> i32}: the memory limit in 64 KiB pages. */
    int memoryLimitPages() {
        return memoryLimitPages;
    }

    /**
     * {@code fuel_exhausted() -> i32}: the guest's fuel global ran dry. Returns 0 after a refill,
     * 1 to stop the run (see {@link FuelAccount}). Outside runs the guest's own bookkeeping
     * gets an allowance that never runs out.
     */
    int fuelExhausted(FuelAccount.Tank fuel) {
        checkNotRetired();
        Run run = current;
        if (run == null) {
            fuel.fill(FuelAccount.IDLE_ALLOWANCE);
            return 0;
        }
        return run.fuelExhausted(fuel) ? 1 : 0;
    }

    private Run runningRun(String call) {
        Run run = current;
        if (run == null) {
            throw new ProtocolViolation(call + " outside a run");
        }
        return run;
    }

    private void checkNotRetired() {
        if (source.isRetired()) {
            throw new WorkerRetiredException();
        }
    }
}

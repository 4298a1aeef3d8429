package io.github.micropython4j.internal;

import io.github.micropython4j.HostFunction;
import io.github.micropython4j.internal.wasi.MountSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A session's settings, validated by the public builder. Not part of the API.
 *
 * @param memoryLimitBytes the most linear memory the guest may use
 * @param timeout the wall-clock limit of one run
 * @param fuelPerRun the fuel units one run may use
 * @param outputLimitBytes the most stdout plus stderr one run may write
 * @param hostPayloadLimitBytes the largest host-call request or response JSON
 * @param maxHostCallsPerRun the most host calls one run may make
 * @param hostFunctions the host functions by name
 * @param mounts the directories the guest may see
 * @param environment the guest's environment variables
 * @param interpreted run the guest on Chicory's interpreter instead of the build-time compiled
 *     classes: about 300 times slower, for tests that compare the two engines
 */
public record SessionConfig(
        long memoryLimitBytes,
        Duration timeout,
        long fuelPerRun,
        long outputLimitBytes,
        int hostPayloadLimitBytes,
        int maxHostCallsPerRun,
        Map<String, HostFunction> hostFunctions,
        List<MountSpec> mounts,
        Map<String, String> environment,
        boolean interpreted) {

    /** Freezes the collections. */
    public SessionConfig {
        hostFunctions = Map.copyOf(hostFunctions);
        mounts = List.copyOf(mounts);
        environment = Map.copyOf(environment);
    }
}

package io.github.micropython4j.internal;

import io.github.micropython4j.HostFunction;
import io.github.micropython4j.internal.net.HttpGateway;
import io.github.micropython4j.internal.net.NetworkRules;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
 * @param mounts the host directories the guest may see
 * @param network the network policy every HTTP request of the guest goes through
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
        List<DirectoryMount> mounts,
        NetworkRules network,
        boolean interpreted) {

    /** Freezes the collections. */
    public SessionConfig {
        hostFunctions = Map.copyOf(hostFunctions);
        mounts = List.copyOf(mounts);
        Objects.requireNonNull(network, "network");
    }

    /**
     * What the guest's host calls can reach: the user's host functions plus the internal ones,
     * whose names start with '_' ({@code _http}, the network gateway). Each call makes a new
     * table; a guest worker makes one.
     */
    public Map<String, HostFunction> hostCallTable() {
        Map<String, HostFunction> table = new HashMap<>(hostFunctions);
        table.put(HttpGateway.FUNCTION_NAME, new HttpGateway(network, hostPayloadLimitBytes));
        return table;
    }
}

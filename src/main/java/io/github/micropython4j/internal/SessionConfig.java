package io.github.micropython4j.internal;

import io.github.micropython4j.HostFunction;
import java.io.OutputStream;
import io.github.micropython4j.internal.net.HttpGateway;
import io.github.micropython4j.internal.net.NetworkRules;
import io.github.micropython4j.internal.wasi.MountSpec;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A session's settings. The public builder checks each setting as it is given; this record
 * checks them again, so no way of making a session skips the checks.
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
 * @param network the network policy every HTTP request of the guest goes through
 * @param stdout receives the guest's stdout as it is written, or null
 * @param stderr receives the guest's stderr as it is written, or null
 * @param conversions maps values between Python and Java (host calls, globals, last-expression values)
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
        NetworkRules network,
        OutputStream stdout,
        OutputStream stderr,
        Conversions conversions) {

    /** Checks every setting and freezes the collections. */
    public SessionConfig {
        Objects.requireNonNull(timeout, "timeout");
        requirePositive("memory limit", memoryLimitBytes);
        requirePositive("fuel limit", fuelPerRun);
        requirePositive("output limit", outputLimitBytes);
        requirePositive("host payload limit", hostPayloadLimitBytes);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (maxHostCallsPerRun < 0) {
            throw new IllegalArgumentException("host call limit must not be negative: " + maxHostCallsPerRun);
        }
        hostFunctions = Map.copyOf(hostFunctions);
        mounts = List.copyOf(mounts);
        environment = Map.copyOf(environment);
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(conversions, "conversions");
    }

    /**
     * What the guest's host calls can reach: the user's host functions plus the internal ones,
     * whose names start with '_' ({@code _http}, the network gateway). Each call makes a new
     * table; a session makes one.
     */
    public Map<String, HostFunction> hostCallTable() {
        Map<String, HostFunction> table = new HashMap<>(hostFunctions);
        table.put(HttpGateway.FUNCTION_NAME, new HttpGateway(network, hostPayloadLimitBytes));
        return table;
    }

    private static void requirePositive(String what, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(what + " must be positive: " + value);
        }
    }
}

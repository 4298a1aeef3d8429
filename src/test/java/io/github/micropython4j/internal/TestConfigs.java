package io.github.micropython4j.internal;

import io.github.micropython4j.HostFunction;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Session settings for tests of the internals: the builder's defaults unless a test says otherwise. */
final class TestConfigs {
    private TestConfigs() {}

    static Conversions conversions() {
        return new Conversions(Conversions.defaultObjectMapper());
    }

    static SessionConfig config() {
        return config(30_000_000, Duration.ofSeconds(30), 1 << 20, Map.of());
    }

    static SessionConfig withFuel(long fuel) {
        return config(fuel, Duration.ofHours(1), 1 << 20, Map.of());
    }

    static SessionConfig config(long fuel, Duration timeout, long outputLimit, Map<String, HostFunction> functions) {
        return new SessionConfig(16 << 20, timeout, fuel, outputLimit, 1 << 20, 10, functions, List.of(), Map.of(),
                io.github.micropython4j.internal.net.NetworkRules.denyAll(), null, null, conversions());
    }
}

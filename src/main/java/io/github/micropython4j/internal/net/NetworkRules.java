package io.github.micropython4j.internal.net;

import io.github.micropython4j.NetworkEvent;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The content of a {@code NetworkPolicy}, validated by its builder. Not part of the API.
 *
 * @param origins where requests may go; empty means no network at all
 * @param methods the HTTP methods allowed, upper case
 * @param maxRequestBytes the largest request body
 * @param maxResponseBytes the largest response body
 * @param timeout the longest a request may take, redirects included
 * @param maxRedirects how many redirects the host follows for one request
 * @param secrets the secrets and where they may be sent
 * @param listener told about every request, allowed or refused
 */
public record NetworkRules(
        List<OriginRule> origins,
        Set<String> methods,
        long maxRequestBytes,
        long maxResponseBytes,
        Duration timeout,
        int maxRedirects,
        List<SecretBinding> secrets,
        Consumer<NetworkEvent> listener) {

    /** Freezes the collections. */
    public NetworkRules {
        origins = List.copyOf(origins);
        methods = Set.copyOf(methods);
        secrets = List.copyOf(secrets);
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(listener, "listener");
    }

    /** No network at all: every request is refused. */
    public static NetworkRules denyAll() {
        return new NetworkRules(List.of(), Set.of(), 0, 0, Duration.ofSeconds(1), 0, List.of(), event -> { });
    }

    @Override
    public String toString() {
        return "origins " + origins + ", methods " + methods.stream().sorted().toList()
                + ", request body <= " + maxRequestBytes + " bytes, response body <= " + maxResponseBytes
                + " bytes, timeout " + timeout + ", up to " + maxRedirects + " redirects, " + secrets;
    }
}

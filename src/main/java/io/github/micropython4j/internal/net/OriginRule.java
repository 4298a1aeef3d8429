package io.github.micropython4j.internal.net;

import java.util.Set;

/**
 * One entry of a network policy's allow list: where requests may go. Not part of the API.
 *
 * @param schemes the URL schemes allowed, lower case ({@code http}, {@code https})
 * @param host the host name or IP literal, lower case, compared as written (never resolved);
 *     an IPv6 literal keeps its brackets
 * @param port the port, or {@link #ANY_PORT}
 */
public record OriginRule(Set<String> schemes, String host, int port) {
    /** Any port of the host. */
    public static final int ANY_PORT = -1;

    /** Freezes the schemes. */
    public OriginRule {
        schemes = Set.copyOf(schemes);
    }

    /** Whether a request to {@code scheme://host:port} (port made explicit) matches this rule. */
    boolean matches(String scheme, String host, int port) {
        return schemes.contains(scheme) && this.host.equals(host) && (this.port == ANY_PORT || this.port == port);
    }

    @Override
    public String toString() {
        String scheme = schemes.size() == 1 ? schemes.iterator().next() : "http(s)";
        return scheme + "://" + host + ":" + (port == ANY_PORT ? "*" : Integer.toString(port));
    }
}

package io.github.micropython4j;

import io.github.micropython4j.internal.net.NetworkRules;
import io.github.micropython4j.internal.net.OriginRule;
import io.github.micropython4j.internal.net.SecretBinding;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The HTTP requests a session's Python code may make, decided on the host before any connection.
 * Python's {@code urllib.request} and {@code requests} send every request through the session's
 * policy (given with {@link MicroPythonSession.Builder#network(NetworkPolicy)}); the guest never
 * opens a socket. A session without a policy has no network: every request is refused.
 *
 * <pre>{@code
 * NetworkPolicy policy = NetworkPolicy.newBuilder()
 *         .allowOrigin("https://api.example.com")
 *         .allowMethods("GET", "POST")
 *         .timeout(Duration.ofSeconds(5))
 *         .secret("EXAMPLE_API_KEY", System.getenv("EXAMPLE_API_KEY"), "api.example.com")
 *         .listener(event -> log.info(event.toString()))
 *         .build();
 * }</pre>
 *
 * <p>What the policy guarantees:
 * <ul>
 * <li>A request is sent only if its scheme, host and port match an allowed origin and its method
 * is allowed; a refused request makes no connection and raises an exception in Python naming the
 * origin and the reason. Host names are compared as written, never resolved: allowing
 * {@code example.com} allows neither its subdomains nor its IP address.
 * <li>Redirects are followed by the host, up to {@link Builder#maxRedirects(int)} hops, each
 * checked against the policy like a new request; a redirect to another origin drops the
 * {@code Authorization}, {@code Cookie} and {@code Proxy-Authorization} headers.
 * <li>Request and response bodies are capped; a response over the cap is an error, never silently
 * cut. The whole request, redirects included, must finish within the timeout.
 * <li>Secrets: the guest writes a placeholder; the host substitutes the secret in request header
 * values and the URL's query string (percent-encoded there), and only on requests to the hosts the
 * secret is bound to; elsewhere the placeholder is sent as is. Every occurrence of a secret (as is
 * and percent-encoded) in what comes back (status line, headers, body, final URL, error messages)
 * is replaced by its placeholder before the guest sees it. A server that transforms a secret
 * (encodes, hashes or splits it) or publishes what it receives can still reveal it: bind secrets
 * only to hosts that treat them as credentials.
 * <li>The listener sees every request and redirect hop, allowed or refused, with secrets masked.
 * </ul>
 *
 * <p>Instances are immutable and may be shared by any number of sessions.
 */
public final class NetworkPolicy {
    private final NetworkRules rules;

    private NetworkPolicy(NetworkRules rules) {
        this.rules = rules;
    }

    /** A builder with no allowed origins (no network) and the default limits. */
    public static Builder newBuilder() {
        return new Builder();
    }

    NetworkRules rules() {
        return rules;
    }

    /** The policy's rules; secrets appear by placeholder only. */
    @Override
    public String toString() {
        return "NetworkPolicy[" + rules + "]";
    }

    /**
     * Configures a {@link NetworkPolicy}. Every setter checks its argument at once. Defaults: no
     * origins, methods GET, HEAD, POST, PUT, PATCH, DELETE and OPTIONS, request bodies up to
     * 256 KiB, responses up to 512 KiB, a 10-second timeout, up to 5 redirects, no secrets.
     */
    public static final class Builder {
        private static final Pattern HOST_NAME = Pattern.compile("[a-z0-9]([a-z0-9.-]*[a-z0-9])?");
        private static final Pattern IPV6_LITERAL = Pattern.compile("\\[[0-9a-f:.]+\\]");
        private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]+");
        /** Characters that survive URL quoting, form and JSON encoding unchanged. */
        private static final Pattern PLACEHOLDER = Pattern.compile("[A-Za-z0-9_.~-]{8,}");
        private static final int MIN_SECRET_LENGTH = 8;
        private static final int MAX_REDIRECTS = 50;

        private final List<OriginRule> origins = new ArrayList<>();
        private Set<String> methods = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
        private long maxRequestBytes = 256 * 1024;
        private long maxResponseBytes = 512 * 1024;
        private Duration timeout = Duration.ofSeconds(10);
        private int maxRedirects = 5;
        private final List<SecretBinding> secrets = new ArrayList<>();
        private Consumer<NetworkEvent> listener = event -> { };

        private Builder() {}

        /**
         * Allows requests to one origin, e.g. {@code "https://api.example.com"} (port 443) or
         * {@code "http://127.0.0.1:8080"}: that scheme, host and port only.
         *
         * @throws IllegalArgumentException if {@code origin} is not {@code http(s)://HOST[:PORT]}
         */
        public Builder allowOrigin(String origin) {
            Objects.requireNonNull(origin, "origin");
            URI uri;
            try {
                uri = new URI(origin);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("not an origin: '" + origin + "'");
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean bare = uri.getRawUserInfo() == null && uri.getRawQuery() == null && uri.getRawFragment() == null
                    && (uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"));
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || !bare) {
                throw new IllegalArgumentException(
                        "an origin is http(s)://HOST[:PORT] with nothing after it: '" + origin + "'");
            }
            int port = uri.getPort() != -1 ? uri.getPort() : (scheme.equals("https") ? 443 : 80);
            origins.add(new OriginRule(Set.of(scheme), host(uri.getHost()), port));
            return this;
        }

        /**
         * Allows requests to {@code host} over http and https on any port (the command line's
         * {@code --allow-net HOST}).
         *
         * @param host a host name or IP address as URLs write it (IPv6 in brackets)
         */
        public Builder allowHost(String host) {
            origins.add(new OriginRule(Set.of("http", "https"), host(host), OriginRule.ANY_PORT));
            return this;
        }

        /** Allows requests to {@code host} over http and https on {@code port} only. */
        public Builder allowHost(String host, int port) {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port must be between 1 and 65535: " + port);
            }
            origins.add(new OriginRule(Set.of("http", "https"), host(host), port));
            return this;
        }

        /** The HTTP methods allowed (case-insensitive), replacing the default set. */
        public Builder allowMethods(String... methods) {
            Objects.requireNonNull(methods, "methods");
            if (methods.length == 0) {
                throw new IllegalArgumentException("allow at least one method");
            }
            Set<String> upper = new LinkedHashSet<>();
            for (String method : methods) {
                Objects.requireNonNull(method, "method");
                if (!TOKEN.matcher(method).matches()) {
                    throw new IllegalArgumentException("not an HTTP method: '" + method + "'");
                }
                upper.add(method.toUpperCase(Locale.ROOT));
            }
            this.methods = Set.copyOf(upper);
            return this;
        }

        /** The largest request body in bytes (default 256 KiB); a larger one is refused. */
        public Builder maxRequestBytes(long bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("request byte cap must not be negative: " + bytes);
            }
            this.maxRequestBytes = bytes;
            return this;
        }

        /**
         * The largest response body in bytes (default 512 KiB). A larger response is an error in
         * Python; the host stops reading it at the cap. The session's host payload limit also
         * bounds responses (bodies cross as base64, a third larger).
         */
        public Builder maxResponseBytes(long bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("response byte cap must not be negative: " + bytes);
            }
            this.maxResponseBytes = bytes;
            return this;
        }

        /**
         * The longest one request may take, connecting, redirects and reading the body included
         * (default 10 s). Python code may ask for less, never more. The session's run timeout
         * still applies.
         */
        public Builder timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive: " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * How many redirects the host follows for one request (default 5, at most 50); each hop is
         * checked against the policy. With 0, redirect responses go back to Python as they are.
         */
        public Builder maxRedirects(int hops) {
            if (hops < 0 || hops > MAX_REDIRECTS) {
                throw new IllegalArgumentException("redirect limit must be between 0 and " + MAX_REDIRECTS + ": " + hops);
            }
            this.maxRedirects = hops;
            return this;
        }

        /**
         * Gives Python code a secret it can use but never read. Python writes {@code placeholder}
         * in a request header value or the URL's query string; on requests to one of
         * {@code hosts} the host sends {@code value} in its place (percent-encoded in the URL).
         * The secret is never substituted in the URL's path or the request body, and any
         * occurrence of it in a response is replaced by the placeholder.
         *
         * @param placeholder at least 8 characters from {@code A-Z a-z 0-9 _ . ~ -} (they survive
         *     URL and JSON encoding unchanged), e.g. {@code "GITHUB_TOKEN"}; unique, and neither
         *     containing nor contained in another placeholder
         * @param value the secret: at least 8 printable ASCII characters
         * @param hosts the host names the secret may be sent to (at least one)
         */
        public Builder secret(String placeholder, String value, String... hosts) {
            Objects.requireNonNull(placeholder, "placeholder");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(hosts, "hosts");
            if (!PLACEHOLDER.matcher(placeholder).matches()) {
                throw new IllegalArgumentException("a placeholder is at least 8 characters from A-Z a-z 0-9 _ . ~ -: '"
                        + placeholder + "'");
            }
            if (value.length() < MIN_SECRET_LENGTH || value.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
                throw new IllegalArgumentException("the secret for '" + placeholder
                        + "' must be at least 8 printable ASCII characters");
            }
            if (value.contains(placeholder) || placeholder.contains(value)) {
                throw new IllegalArgumentException("the secret for '" + placeholder + "' overlaps its placeholder");
            }
            for (SecretBinding other : secrets) {
                if (other.placeholder().contains(placeholder) || placeholder.contains(other.placeholder())) {
                    throw new IllegalArgumentException("placeholder '" + placeholder + "' overlaps '"
                            + other.placeholder() + "'");
                }
            }
            if (hosts.length == 0) {
                throw new IllegalArgumentException("bind the secret for '" + placeholder + "' to at least one host");
            }
            Set<String> bound = new LinkedHashSet<>();
            for (String host : hosts) {
                bound.add(host(host));
            }
            secrets.add(new SecretBinding(placeholder, value, bound));
            return this;
        }

        /**
         * Called with every request the guest makes, allowed or refused, on the session's guest
         * thread before Python sees the outcome. Exceptions it throws are logged and ignored.
         */
        public Builder listener(Consumer<NetworkEvent> listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** Creates the immutable policy. */
        public NetworkPolicy build() {
            return new NetworkPolicy(new NetworkRules(origins, methods, maxRequestBytes, maxResponseBytes,
                    timeout, maxRedirects, secrets, listener));
        }

        private static String host(String host) {
            Objects.requireNonNull(host, "host");
            String lower = host.toLowerCase(Locale.ROOT);
            if (!HOST_NAME.matcher(lower).matches() && !IPV6_LITERAL.matcher(lower).matches()) {
                throw new IllegalArgumentException("not a host name or IP address (IPv6 in brackets): '" + host + "'");
            }
            return lower;
        }
    }
}

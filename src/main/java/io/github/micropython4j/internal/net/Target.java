package io.github.micropython4j.internal.net;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A URL the guest asked for, parsed once on the host: the origin the policy checks is the one the
 * request goes to (there is no second parser to disagree with).
 *
 * @param uri the URL without its fragment, placeholders unsubstituted
 * @param scheme {@code http} or {@code https}
 * @param host the lower-case host (IPv6 in brackets)
 * @param port the port, explicit or the scheme's default
 */
record Target(URI uri, String scheme, String host, int port) {

    /** Thrown when a URL cannot be requested at all; the message is safe to show the guest. */
    static final class InvalidUrl extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidUrl(String message) {
            super(message);
        }
    }

    /** Parses an absolute http(s) URL. */
    static Target parse(String url) throws InvalidUrl {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new InvalidUrl("invalid URL: " + e.getReason() + " at index " + e.getIndex());
        }
        return of(uri);
    }

    /** The target of a redirect: {@code location} resolved against this URL. */
    Target redirect(String location) throws InvalidUrl {
        URI resolved;
        try {
            resolved = uri.resolve(new URI(location));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new InvalidUrl("redirect to an invalid URL");
        }
        return of(resolved);
    }

    private static Target of(URI uri) throws InvalidUrl {
        if (uri.getScheme() == null) {
            throw new InvalidUrl("URL has no scheme");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidUrl("scheme '" + scheme + "' is not allowed (only http and https)");
        }
        if (uri.isOpaque() || uri.getHost() == null) {
            throw new InvalidUrl("URL has no host name the host can parse");
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidUrl("URLs with user information (user:password@) are not supported");
        }
        int port = uri.getPort() != -1 ? uri.getPort() : (scheme.equals("https") ? 443 : 80);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        URI bare;
        try {
            bare = new URI(scheme + "://" + uri.getRawAuthority() + path
                    + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : ""));
        } catch (URISyntaxException e) {
            throw new InvalidUrl("invalid URL: " + e.getReason());
        }
        return new Target(bare, scheme, uri.getHost().toLowerCase(Locale.ROOT), port);
    }

    /** {@code scheme://host:port}. */
    String origin() {
        return scheme + "://" + host + ":" + port;
    }

    /** Whether {@code other} has the same scheme, host and port. */
    boolean sameOrigin(Target other) {
        return scheme.equals(other.scheme) && host.equals(other.host) && port == other.port;
    }

    /**
     * The URI to send: secrets bound to this host substituted into the query. The authority and
     * path are the ones checked, unchanged.
     */
    URI withSecrets(Secrets secrets) {
        String query = uri.getRawQuery();
        if (query == null) {
            return uri;
        }
        String substituted = secrets.intoQuery(query, host);
        if (substituted.equals(query)) {
            return uri;
        }
        // the secret is percent-encoded: it cannot end the query or change what came before it
        return URI.create(scheme + "://" + uri.getRawAuthority() + uri.getRawPath() + "?" + substituted);
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}

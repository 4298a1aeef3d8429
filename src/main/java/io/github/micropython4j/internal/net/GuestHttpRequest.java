package io.github.micropython4j.internal.net;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A request as the guest's {@code _hostnet} module sends it to the {@code _http} host function:
 * one dict argument with {@code method}, {@code url}, {@code headers} ({@code [[name, value],
 * ...]}), {@code body} (base64, or None), {@code body_length}, and optionally {@code
 * body_omitted} (the body did not fit the host-call payload limit and was left out),
 * {@code timeout} (seconds) and {@code follow_redirects}.
 *
 * @param method the method, upper case
 * @param url the URL as the guest wrote it
 * @param headers the headers in order
 * @param body the body, or null
 * @param bodyLength the body's length in bytes (also when it was left out)
 * @param bodyOmitted whether the guest left the body out
 * @param timeout the guest's timeout, or null
 * @param followRedirects whether the host should follow redirects
 */
record GuestHttpRequest(String method, String url, List<Header> headers, byte[] body, long bodyLength,
        boolean bodyOmitted, Duration timeout, boolean followRedirects) {

    private static final Set<String> KEYS = Set.of(
            "method", "url", "headers", "body", "body_length", "body_omitted", "timeout", "follow_redirects");

    /**
     * A header.
     *
     * @param name the name as written
     * @param value the value as written, placeholders unsubstituted
     */
    record Header(String name, String value) {}

    /**
     * Decodes the host call's arguments.
     *
     * @throws IllegalArgumentException if they are not what {@code _hostnet} sends
     */
    static GuestHttpRequest decode(List<Object> args, Map<String, Object> kwargs) {
        if (args.size() != 1 || !kwargs.isEmpty() || !(args.get(0) instanceof Map<?, ?> request)) {
            throw new IllegalArgumentException("_http takes one dict");
        }
        for (Object key : request.keySet()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("_http: unknown field '" + key + "'");
            }
        }
        String method = string(request, "method").toUpperCase(Locale.ROOT);
        String url = string(request, "url");
        List<Header> headers = headers(request.get("headers"));
        byte[] body = null;
        if (request.get("body") != null) {
            try {
                body = Base64.getDecoder().decode(string(request, "body"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("_http: body is not base64");
            }
        }
        if (!(request.get("body_length") instanceof Number length) || length.longValue() < 0) {
            throw new IllegalArgumentException("_http: body_length must be a non-negative int");
        }
        boolean omitted = Boolean.TRUE.equals(request.get("body_omitted"));
        if (body != null ? body.length != length.longValue() || omitted : length.longValue() > 0 && !omitted) {
            throw new IllegalArgumentException("_http: body_length does not match the body");
        }
        return new GuestHttpRequest(method, url, headers, body, length.longValue(), omitted,
                timeout(request.get("timeout")), !Boolean.FALSE.equals(request.get("follow_redirects")));
    }

    private static String string(Map<?, ?> request, String key) {
        if (!(request.get(key) instanceof String value)) {
            throw new IllegalArgumentException("_http: " + key + " must be a str");
        }
        return value;
    }

    private static List<Header> headers(Object value) {
        List<Header> headers = new ArrayList<>();
        if (value == null) {
            return headers;
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException("_http: headers must be a list of [name, value]");
        }
        for (Object item : list) {
            if (!(item instanceof List<?> pair) || pair.size() != 2
                    || !(pair.get(0) instanceof String name) || !(pair.get(1) instanceof String text)) {
                throw new IllegalArgumentException("_http: headers must be a list of [name, value] strs");
            }
            headers.add(new Header(name, text));
        }
        return headers;
    }

    private static Duration timeout(Object value) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof Number seconds) || !(seconds.doubleValue() > 0) || seconds.doubleValue() > 1e9) {
            throw new IllegalArgumentException("timeout must be a positive number of seconds");
        }
        return Duration.ofNanos((long) (seconds.doubleValue() * 1e9));
    }
}

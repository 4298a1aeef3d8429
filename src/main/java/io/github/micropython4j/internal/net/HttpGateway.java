package io.github.micropython4j.internal.net;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.micropython4j.HostFunction;
import io.github.micropython4j.NetworkEvent;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The {@code _http} host function: every HTTP request the guest makes comes here, is checked
 * against the session's {@link NetworkRules} before any connection, and is sent with the JDK's
 * {@link HttpClient}. Redirects are followed here, each hop checked again; secrets go in only
 * for their hosts and are masked in everything that goes back. The guest gets a dict: {@code
 * status}, {@code url}, {@code headers} ({@code [[name, value], ...]}) and {@code body} (base64),
 * or {@code error} (refused, timeout, connection, too_large, redirects) and {@code message}.
 * Knows nothing of the run machinery: it is a host function like the user's.
 */
public final class HttpGateway implements HostFunction {
    /** The reserved host-function name (the public builder refuses names starting with '_'). */
    public static final String FUNCTION_NAME = "_http";

    /** Headers the HTTP client sets itself; the guest's values are dropped. */
    private static final Set<String> CLIENT_HEADERS = Set.of("host", "connection", "content-length", "expect",
            "upgrade", "keep-alive", "transfer-encoding", "te", "trailer", "proxy-connection", "date", "from",
            "via", "warning");
    /** Dropped when a redirect leaves the origin. */
    private static final Set<String> CREDENTIAL_HEADERS = Set.of("authorization", "cookie", "proxy-authorization");
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    /** JSON room for the status, URL and headers of a response, beside the base64 body. */
    private static final int RESPONSE_OVERHEAD = 8192;

    private final NetworkRules rules;
    private final Secrets secrets;
    private final int payloadLimit;
    private HttpClient client;

    /**
     * A gateway for one session.
     *
     * @param rules the session's network policy
     * @param payloadLimitBytes the session's host payload limit, which bounds what a response can carry
     */
    public HttpGateway(NetworkRules rules, int payloadLimitBytes) {
        this.rules = rules;
        this.secrets = new Secrets(rules.secrets());
        this.payloadLimit = payloadLimitBytes;
    }

    @Override
    public Object call(List<Object> args, Map<String, Object> kwargs) throws InterruptedException {
        GuestHttpRequest request = GuestHttpRequest.decode(args, kwargs);
        long started = System.nanoTime();
        Duration limit = request.timeout() != null && request.timeout().compareTo(rules.timeout()) < 0
                ? request.timeout() : rules.timeout();
        long deadline = started + limit.toNanos();
        Target target;
        try {
            target = Target.parse(request.url());
        } catch (Target.InvalidUrl e) {
            return refuse(request.method(), request.url(), e.getMessage(), started);
        }
        String refusal = refusal(request, target);
        if (refusal != null) {
            return refuse(request.method(), target.toString(), refusal, started);
        }
        String method = request.method();
        List<GuestHttpRequest.Header> headers = new ArrayList<>();
        for (GuestHttpRequest.Header header : request.headers()) {
            if (!CLIENT_HEADERS.contains(header.name().toLowerCase(Locale.ROOT))) {
                headers.add(header);
            }
        }
        byte[] body = request.body();
        for (int redirects = 0; ; redirects++) {
            long hopStarted = System.nanoTime();
            Reply reply;
            try {
                reply = exchange(method, target, headers, body, deadline, limit);
            } catch (HopFailure failure) {
                emit(method, target.toString(), NetworkEvent.Decision.ALLOWED, failure.getMessage(), failure.status,
                        length(body), failure.received, hopStarted);
                return failure(failure.kind, failure.getMessage());
            }
            emit(method, target.toString(), NetworkEvent.Decision.ALLOWED, "", reply.status(), length(body),
                    reply.body().length, hopStarted);
            String location = reply.location();
            if (!request.followRedirects() || rules.maxRedirects() == 0 || !REDIRECTS.contains(reply.status())
                    || location == null) {
                return respond(reply, target);
            }
            if (redirects == rules.maxRedirects()) {
                return failure("redirects", "more than " + rules.maxRedirects()
                        + " redirects (the network policy's limit) for " + secrets.mask(request.url()));
            }
            long redirectStarted = System.nanoTime();
            Target next;
            try {
                next = target.redirect(secrets.mask(location));
            } catch (Target.InvalidUrl e) {
                return refuse(method, secrets.mask(location), e.getMessage(), redirectStarted);
            }
            if (becomesGet(reply.status(), method)) {
                method = "GET";
                body = null;
                headers.removeIf(h -> h.name().equalsIgnoreCase("content-type"));
            }
            refusal = originRefusal(method, next);
            if (refusal != null) {
                return refuse(method, next.toString(), "redirect from " + target.origin() + " to " + next.origin()
                        + ": " + refusal, redirectStarted);
            }
            if (!next.sameOrigin(target)) {
                headers.removeIf(h -> CREDENTIAL_HEADERS.contains(h.name().toLowerCase(Locale.ROOT)));
            }
            target = next;
        }
    }

    /** Whether a redirect turns the request into a GET without body, as browsers and requests do. */
    private static boolean becomesGet(int status, String method) {
        return switch (status) {
            case 302, 303 -> !method.equals("HEAD");
            case 301 -> method.equals("POST");
            default -> false; // 307 and 308 keep the method and the body
        };
    }

    /** Why the policy refuses the request, or null if it may be sent. */
    private String refusal(GuestHttpRequest request, Target target) {
        String refusal = originRefusal(request.method(), target);
        if (refusal != null) {
            return refusal;
        }
        if (request.bodyLength() > rules.maxRequestBytes()) {
            return "request body of " + request.bodyLength() + " bytes is over the limit of "
                    + rules.maxRequestBytes() + " bytes";
        }
        if (request.bodyOmitted()) {
            return "request body of " + request.bodyLength() + " bytes does not fit the session's host payload limit of "
                    + payloadLimit + " bytes";
        }
        HttpRequest.Builder probe = HttpRequest.newBuilder(target.uri());
        for (GuestHttpRequest.Header header : request.headers()) {
            if (CLIENT_HEADERS.contains(header.name().toLowerCase(Locale.ROOT))) {
                continue;
            }
            try {
                probe.header(header.name(), header.value()); // the client's own checks, placeholders unsubstituted
            } catch (IllegalArgumentException e) {
                return "header '" + header.name() + "' is not valid in an HTTP request";
            }
        }
        return null;
    }

    private String originRefusal(String method, Target target) {
        if (rules.origins().isEmpty()) {
            return "no network access (the session's network policy allows no origins)";
        }
        boolean allowed = rules.origins().stream().anyMatch(o -> o.matches(target.scheme(), target.host(), target.port()));
        if (!allowed) {
            return "origin " + target.origin() + " is not allowed";
        }
        if (!rules.methods().contains(method)) {
            return "method " + method + " is not allowed";
        }
        return null;
    }

    private Reply exchange(String method, Target target, List<GuestHttpRequest.Header> headers, byte[] body,
            long deadline, Duration limit) throws HopFailure, InterruptedException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw new HopFailure("timeout", "request to " + target.origin() + " timed out after " + seconds(limit), 0, 0);
        }
        long cap = responseCap();
        AtomicInteger status = new AtomicInteger();
        AtomicReference<BoundedBody> received = new AtomicReference<>();
        CompletableFuture<HttpResponse<byte[]>> future;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(target.withSecrets(secrets))
                    .timeout(Duration.ofNanos(remaining))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            for (GuestHttpRequest.Header header : headers) {
                builder.header(header.name(), secrets.intoHeader(header.value(), target.host()));
            }
            future = client().sendAsync(builder.build(), info -> {
                status.set(info.statusCode());
                BoundedBody subscriber = new BoundedBody(cap);
                received.set(subscriber);
                return subscriber;
            });
        } catch (RuntimeException e) {
            // the client's message may quote the request with its secrets: it is masked on the way out
            throw new HopFailure("connection", "request to " + target.origin() + " failed: " + e.getMessage(), 0, 0);
        }
        try {
            HttpResponse<byte[]> response = future.get(remaining, TimeUnit.NANOSECONDS);
            return new Reply(response.statusCode(), response.headers().map(), response.body());
        } catch (TimeoutException e) {
            stop(future, received.get());
            throw new HopFailure("timeout", "request to " + target.origin() + " timed out after " + seconds(limit),
                    status.get(), bytes(received.get()));
        } catch (InterruptedException e) {
            stop(future, received.get());
            throw e;
        } catch (ExecutionException e) {
            stop(future, received.get());
            throw failureOf(e.getCause(), target, cap, limit, status.get(), bytes(received.get()));
        }
    }

    private HopFailure failureOf(Throwable cause, Target target, long cap, Duration limit, int status, long received) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof BoundedBody.OverCap) {
                String why = cap == rules.maxResponseBytes() ? "the network policy's limit of " + cap + " bytes"
                        : cap + " bytes, the most the session's host payload limit (" + payloadLimit + " bytes) can carry";
                return new HopFailure("too_large", "response body from " + target.origin() + " is over " + why,
                        status, received);
            }
            if (t instanceof HttpTimeoutException) {
                return new HopFailure("timeout", "request to " + target.origin() + " timed out after " + seconds(limit),
                        status, received);
            }
            if (t instanceof ConnectException) {
                return new HopFailure("connection", "cannot connect to " + target.origin()
                        + (t.getMessage() != null ? ": " + t.getMessage() : ""), status, received);
            }
        }
        String detail = cause == null ? "unknown error"
                : cause.getClass().getSimpleName() + (cause.getMessage() != null ? ": " + cause.getMessage() : "");
        return new HopFailure("connection", "request to " + target.origin() + " failed: " + detail, status, received);
    }

    /** The largest body to read: the policy's cap, or less if the payload limit could not carry it. */
    private long responseCap() {
        long carried = Math.max(0, (payloadLimit - RESPONSE_OVERHEAD) / 4 * 3);
        return Math.min(rules.maxResponseBytes(), carried);
    }

    private Object respond(Reply reply, Target target) {
        List<List<String>> headers = new ArrayList<>();
        reply.headers().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                for (String value : values) {
                    headers.add(List.of(secrets.mask(name), secrets.mask(value)));
                }
            }
        });
        byte[] body = secrets.mask(reply.body());
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("status", reply.status());
        response.put("url", secrets.mask(target.toString()));
        response.put("headers", headers);
        response.put("body", Base64.getEncoder().encodeToString(body));
        int size;
        try {
            size = Json.WRITER.writeValueAsBytes(response).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // strings, ints and lists always serialise
        }
        if (size > payloadLimit - 16) {
            return failure("too_large", "the response from " + target.origin() + " (" + body.length
                    + " bytes of body, " + size + " bytes as JSON) does not fit the session's host payload limit of "
                    + payloadLimit + " bytes");
        }
        return response;
    }

    private Map<String, Object> refuse(String method, String url, String reason, long started) {
        emit(method, url, NetworkEvent.Decision.REFUSED, reason, 0, 0, 0, started);
        return failure("refused", "refused by the network policy: " + reason);
    }

    private Map<String, Object> failure(String kind, String message) {
        Map<String, Object> failure = new LinkedHashMap<>();
        failure.put("error", kind);
        failure.put("message", secrets.mask(message));
        return failure;
    }

    private void emit(String method, String url, NetworkEvent.Decision decision, String reason, int status,
            long requestBytes, long responseBytes, long started) {
        NetworkEvent event = new NetworkEvent(method, secrets.mask(url), decision, secrets.mask(reason), status,
                requestBytes, responseBytes, Duration.ofNanos(System.nanoTime() - started));
        try {
            rules.listener().accept(event);
        } catch (RuntimeException e) {
            Log.LOG.log(System.Logger.Level.WARNING, "network listener failed on " + event, e);
        }
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(rules.timeout())
                    .build();
        }
        return client;
    }

    private static void stop(CompletableFuture<?> future, BoundedBody body) {
        future.cancel(true);
        if (body != null) {
            body.cancel();
        }
    }

    private static long bytes(BoundedBody body) {
        return body == null ? 0 : body.received();
    }

    private static long length(byte[] body) {
        return body == null ? 0 : body.length;
    }

    private static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString() + " s";
    }

    /** A response received for one hop. */
    private record Reply(int status, Map<String, List<String>> headers, byte[] body) {
        String location() {
            List<String> values = headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase("location"))
                    .map(Map.Entry::getValue)
                    .findFirst().orElse(List.of());
            return values.isEmpty() ? null : values.get(0);
        }
    }

    /** An allowed hop that got no usable response; the message is for the guest (masked on the way out). */
    private static final class HopFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final String kind;
        private final int status;
        private final long received;

        HopFailure(String kind, String message, int status, long received) {
            super(message, null, false, false);
            this.kind = kind;
            this.status = status;
            this.received = received;
        }
    }

    /** Measures responses as JSON; made on first use, as most sessions make no request. */
    private static final class Json {
        static final ObjectMapper WRITER = new ObjectMapper();
    }

    /** The logger, looked up when first used: looking it up starts java.util.logging, some 100 classes. */
    private static final class Log {
        static final System.Logger LOG = System.getLogger(HttpGateway.class.getName());
    }
}

package io.github.micropython4j.net;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * An HTTP server on 127.0.0.1 for the network tests (the JDK's {@link HttpServer}), recording
 * every request it receives. Paths:
 * <ul>
 * <li>{@code /json}: GET answers {"hello": "world"}; any other method echoes the JSON body back
 * as {"method": M, "received": BODY}
 * <li>{@code /echo}: answers with what it received (method, path, query, headers, body) as JSON,
 * the Authorization header also in {@code X-Echo-Authorization} and {@code Set-Cookie}
 * <li>{@code /redirect?status=302&to=URL}: redirects to URL
 * <li>{@code /bytes?n=N}: N bytes of 'x'
 * <li>{@code /slow}: answers after the server is closed (or 60 s)
 * <li>{@code /status?code=N}: an empty response with that status, body "status N"
 * </ul>
 */
final class LoopbackHttpServer implements AutoCloseable {
    /** One request as the server saw it. */
    record Received(String method, String path, String query, Map<String, List<String>> headers, String body) {
        String header(String name) {
            List<String> values = headers.get(name.toLowerCase());
            return values == null ? null : String.join(",", values);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    LoopbackHttpServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT}. */
    String origin() {
        return "http://127.0.0.1:" + port();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, List<String>> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), List.copyOf(values)));
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        Received request = new Received(exchange.getRequestMethod(), path, query, headers, body);
        received.add(request);
        Map<String, String> params = params(query);
        try (exchange) {
            switch (path) {
                case "/json" -> {
                    if (request.method().equals("GET")) {
                        send(exchange, 200, "application/json", "{\"hello\": \"world\"}");
                    } else {
                        send(exchange, 200, "application/json",
                                "{\"method\": \"" + request.method() + "\", \"received\": " + body + "}");
                    }
                }
                case "/echo" -> {
                    String authorization = request.header("authorization");
                    if (authorization != null) {
                        exchange.getResponseHeaders().add("X-Echo-Authorization", authorization);
                        exchange.getResponseHeaders().add("Set-Cookie", "token=" + authorization);
                    }
                    send(exchange, 200, "application/json", echo(request));
                }
                case "/redirect" -> {
                    exchange.getResponseHeaders().add("Location", params.get("to"));
                    send(exchange, Integer.parseInt(params.getOrDefault("status", "302")), "text/plain", "moved");
                }
                case "/bytes" -> send(exchange, 200, "application/octet-stream",
                        "x".repeat(Integer.parseInt(params.get("n"))));
                case "/slow" -> {
                    closing.await(60, TimeUnit.SECONDS);
                    send(exchange, 200, "text/plain", "late");
                }
                case "/status" -> send(exchange, Integer.parseInt(params.get("code")), "text/plain",
                        "status " + params.get("code"));
                default -> send(exchange, 404, "text/plain", "no such path " + path);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String echo(Received request) {
        StringBuilder json = new StringBuilder("{\"method\": ").append(quote(request.method()))
                .append(", \"path\": ").append(quote(request.path()))
                .append(", \"query\": ").append(quote(request.query() == null ? "" : request.query()))
                .append(", \"body\": ").append(quote(request.body()))
                .append(", \"headers\": {");
        String separator = "";
        for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
            json.append(separator).append(quote(header.getKey())).append(": ")
                    .append(quote(String.join(",", header.getValue())));
            separator = ", ";
        }
        return json.append("}}").toString();
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static Map<String, String> params(String query) {
        Map<String, String> params = new TreeMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return params;
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}

package io.github.micropython4j.net;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micropython4j.MicroPythonSession;
import io.github.micropython4j.NetworkEvent;
import io.github.micropython4j.NetworkPolicy;
import io.github.micropython4j.Outcome;
import io.github.micropython4j.RunResult;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * HTTP from Python through a {@link NetworkPolicy}, against real servers on loopback: what is
 * allowed works with requests and urllib.request, everything else is refused before any
 * connection (a tripwire socket counts connections), and secrets never reach the guest.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HttpNetworkTest {
    private static final String SECRET = "s3cr3t+Value/With=Chars";
    private static final String SECRET_ENCODED = URLEncoder.encode(SECRET, StandardCharsets.UTF_8);
    private static final String PLACEHOLDER = "API_TOKEN_PLACEHOLDER";

    private LoopbackHttpServer server;
    private Tripwire tripwire;
    private final List<NetworkEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = new LoopbackHttpServer();
        tripwire = new Tripwire();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        tripwire.close();
    }

    private NetworkPolicy.Builder policy() {
        return NetworkPolicy.newBuilder().allowOrigin(server.origin()).listener(events::add);
    }

    private static MicroPythonSession session(NetworkPolicy policy) {
        return MicroPythonSession.builder().network(policy).timeout(Duration.ofSeconds(60)).build();
    }

    private static String run(MicroPythonSession session, String code) {
        RunResult result = session.run(code);
        assertThat(result.outcome()).as("%s\n%s", result, result.stderr()).isEqualTo(Outcome.OK);
        return result.stdout();
    }

    private String python(String code) {
        return code.replace("BASE", server.origin()).replace("TRIP", "http://127.0.0.1:" + tripwire.port())
                .replace("PORT", Integer.toString(server.port()));
    }

    @Test
    void getAndPostJsonWithRequestsAndUrllibInOneSession() {
        try (MicroPythonSession session = session(policy().build())) {
            String out = run(session, python("""
                    import json, requests, urllib.request
                    r = requests.get("BASE/json")
                    print(r.status_code, r.ok, r.reason, r.json()["hello"], r.headers["CONTENT-TYPE"])
                    r = requests.post("BASE/json", json={"n": 1, "s": "é"})
                    d = r.json()
                    print(r.status_code, d["method"], d["received"]["n"], d["received"]["s"])
                    req = urllib.request.Request("BASE/json", data=json.dumps({"k": [1, 2]}).encode(),
                                                 headers={"Content-Type": "application/json"}, method="PUT")
                    with urllib.request.urlopen(req, timeout=5) as resp:
                        d = json.loads(resp.read())
                        print(resp.status, resp.getcode(), resp.getheader("content-type"), d["method"], d["received"]["k"])
                    with urllib.request.urlopen("BASE/json") as resp:
                        print(resp.status, resp.reason, resp.headers["Content-Type"], resp.geturl(), resp.read().decode())
                    """));

            assertThat(out).isEqualTo(python("""
                    200 True OK world application/json
                    200 POST 1 é
                    200 200 application/json PUT [1, 2]
                    200 OK application/json BASE/json {"hello": "world"}
                    """));
        }
        List<LoopbackHttpServer.Received> received = server.received();
        assertThat(received).extracting(LoopbackHttpServer.Received::method).containsExactly("GET", "POST", "PUT", "GET");
        assertThat(received.get(1).header("content-type")).isEqualTo("application/json");
        // requests encodes json= with json.dumps's defaults, ensure_ascii included
        assertThat(received.get(1).body()).contains("\"s\": \"\\u00e9\"");
        assertThat(received.get(2).header("content-type")).isEqualTo("application/json");
        assertThat(received.get(2).body()).isEqualTo("{\"k\": [1, 2]}");
        assertThat(received.get(0).header("user-agent")).startsWith("python-requests/");
        assertThat(received.get(3).header("user-agent")).isEqualTo("Python-urllib/3.11");
    }

    @Test
    void otherHostsPortsAndSchemesAreRefusedBeforeAnyConnection() {
        try (MicroPythonSession session = session(policy().build())) {
            String out = run(session, python("""
                    import requests, urllib.request, urllib.error
                    for url in ["TRIP/", "http://localhost:PORT/json", "https://127.0.0.1:PORT/json",
                                "http://127.0.0.2:PORT/json", "ftp://127.0.0.1:PORT/", "file:///etc/passwd"]:
                        try:
                            urllib.request.urlopen(url)
                        except urllib.error.URLError as e:
                            print(type(e.reason).__name__, isinstance(e.reason, PermissionError),
                                  isinstance(e.reason, OSError), e.reason)
                        try:
                            requests.get(url)
                        except requests.exceptions.ConnectionError as e:
                            print(isinstance(e, requests.RequestException), type(e.args[0]).__name__, e)
                    """));

            String refused = "refused by the network policy: ";
            String port = Integer.toString(server.port());
            List<String> reasons = List.of(
                    "origin http://127.0.0.1:" + tripwire.port() + " is not allowed",
                    "origin http://localhost:" + port + " is not allowed",
                    "origin https://127.0.0.1:" + port + " is not allowed",
                    "origin http://127.0.0.2:" + port + " is not allowed",
                    "scheme 'ftp' is not allowed (only http and https)",
                    "scheme 'file' is not allowed (only http and https)");
            StringBuilder expected = new StringBuilder();
            for (String reason : reasons) {
                expected.append("PermissionError True True ").append(refused).append(reason).append('\n');
                expected.append("True PermissionError ").append(refused).append(reason).append('\n');
            }
            assertThat(out).isEqualTo(expected.toString());
        }
        assertThat(server.received()).isEmpty();
        assertThat(tripwire.connections()).isZero();
        assertThat(events).hasSize(12).allSatisfy(e -> {
            assertThat(e.decision()).isEqualTo(NetworkEvent.Decision.REFUSED);
            assertThat(e.status()).isZero();
        });
    }

    @Test
    void withoutAPolicyEveryRequestIsRefused() {
        try (MicroPythonSession session = MicroPythonSession.builder().build()) {
            String out = run(session, python("""
                    import requests, urllib.request
                    try:
                        urllib.request.urlopen("BASE/json")
                    except OSError as e:
                        print(type(e).__name__, e)
                    try:
                        requests.post("BASE/json", json={})
                    except requests.ConnectionError as e:
                        print(type(e).__name__, e)
                    """));

            assertThat(out).isEqualTo("""
                    URLError <urlopen error refused by the network policy: no network access (the session's network policy allows no origins)>
                    ConnectionError refused by the network policy: no network access (the session's network policy allows no origins)
                    """);
        }
        assertThat(server.received()).isEmpty();
    }

    @Test
    void redirectsAreFollowedAndEachHopIsChecked() {
        String toJson = server.origin() + "/redirect?status=303&to=" + URLEncoder.encode("/json", StandardCharsets.UTF_8);
        String toTripwire = server.origin() + "/redirect?to="
                + URLEncoder.encode("http://127.0.0.1:" + tripwire.port() + "/x", StandardCharsets.UTF_8);
        try (MicroPythonSession session = session(policy().build())) {
            String out = run(session, python("""
                    import requests, urllib.request, urllib.error
                    r = requests.post("%s", data={"a": "1"})
                    print(r.status_code, r.url, r.json())
                    try:
                        urllib.request.urlopen("%s")
                    except urllib.error.URLError as e:
                        print(type(e.reason).__name__, e.reason)
                    r = requests.get("%s", allow_redirects=False)
                    print(r.status_code, r.is_redirect, r.headers["location"])
                    """.formatted(toJson, toTripwire, toTripwire)));

            assertThat(out).isEqualTo(python("""
                    200 BASE/json {'hello': 'world'}
                    PermissionError refused by the network policy: redirect from http://127.0.0.1:PORT to TRIP: origin TRIP is not allowed
                    302 True TRIP/x
                    """));
        }
        assertThat(server.received()).extracting(LoopbackHttpServer.Received::method)
                .containsExactly("POST", "GET", "GET", "GET");
        assertThat(tripwire.connections()).isZero();
        assertThat(events).extracting(NetworkEvent::decision).containsExactly(
                NetworkEvent.Decision.ALLOWED, NetworkEvent.Decision.ALLOWED,
                NetworkEvent.Decision.ALLOWED, NetworkEvent.Decision.REFUSED, NetworkEvent.Decision.ALLOWED);
        assertThat(events.get(0).status()).isEqualTo(303);
        assertThat(events.get(1).method()).isEqualTo("GET");
        assertThat(events.get(3).url()).isEqualTo("http://127.0.0.1:" + tripwire.port() + "/x");
    }

    @Test
    void redirectsStopAtThePolicysLimit() {
        String chain = server.origin() + "/json";
        for (int i = 0; i < 3; i++) {
            chain = server.origin() + "/redirect?to=" + URLEncoder.encode(chain, StandardCharsets.UTF_8);
        }
        try (MicroPythonSession threeAllowed = session(policy().maxRedirects(3).build());
                MicroPythonSession twoAllowed = session(policy().maxRedirects(2).build())) {
            String code = """
                    import requests
                    try:
                        print(requests.get("%s").json())
                    except requests.TooManyRedirects as e:
                        print(type(e).__name__, e)
                    """.formatted(chain);
            assertThat(run(threeAllowed, code)).isEqualTo("{'hello': 'world'}\n");
            assertThat(run(twoAllowed, code)).isEqualTo("TooManyRedirects more than 2 redirects (the network policy's limit) for "
                    + chain + "\n");
        }
    }

    @Test
    void aRedirectToAnotherOriginDropsCredentials() {
        NetworkPolicy policy = policy().allowOrigin("http://localhost:" + server.port()).build();
        String sameOrigin = server.origin() + "/redirect?to=" + URLEncoder.encode("/echo", StandardCharsets.UTF_8);
        String otherOrigin = server.origin() + "/redirect?to="
                + URLEncoder.encode("http://localhost:" + server.port() + "/echo", StandardCharsets.UTF_8);
        try (MicroPythonSession session = session(policy)) {
            String out = run(session, """
                    import requests
                    for url in ["%s", "%s"]:
                        h = requests.get(url, headers={"Authorization": "Basic dXNlcjpwdw==", "X-Other": "kept"}).json()["headers"]
                        print(h.get("authorization"), h.get("x-other"))
                    """.formatted(sameOrigin, otherOrigin));

            assertThat(out).isEqualTo("Basic dXNlcjpwdw== kept\nNone kept\n");
        }
    }

    @Test
    void aResponseOverTheByteCapIsAClearError() {
        try (MicroPythonSession session = session(policy().maxResponseBytes(1000).build());
                MicroPythonSession smallPayload = MicroPythonSession.builder().hostPayloadLimit(20_000)
                        .network(policy().build()).build()) {
            String out = run(session, python("""
                    import requests, urllib.request, urllib.error
                    print(len(requests.get("BASE/bytes?n=1000").content))
                    try:
                        urllib.request.urlopen("BASE/bytes?n=1001")
                    except urllib.error.URLError as e:
                        print(e.reason)
                    try:
                        requests.get("BASE/bytes?n=200000")
                    except requests.RequestException as e:
                        print(type(e).__name__, e)
                    print("still running")
                    """));
            assertThat(out).isEqualTo(python("""
                    1000
                    response body from http://127.0.0.1:PORT is over the network policy's limit of 1000 bytes
                    RequestException response body from http://127.0.0.1:PORT is over the network policy's limit of 1000 bytes
                    still running
                    """));

            String limited = run(smallPayload, python("""
                    import requests
                    try:
                        requests.get("BASE/bytes?n=50000")
                    except requests.RequestException as e:
                        print(e)
                    """));
            assertThat(limited).isEqualTo(python("""
                    response body from http://127.0.0.1:PORT is over 8856 bytes, the most the session's host payload limit (20000 bytes) can carry
                    """));
        }
        assertThat(events).filteredOn(e -> e.reason().contains("is over")).hasSize(3)
                .allSatisfy(e -> assertThat(e.decision()).isEqualTo(NetworkEvent.Decision.ALLOWED));
    }

    @Test
    void aRequestBodyOverTheCapIsRefused() {
        try (MicroPythonSession session = session(policy().maxRequestBytes(100).build());
                MicroPythonSession smallPayload = MicroPythonSession.builder().hostPayloadLimit(4096)
                        .network(policy().maxRequestBytes(1 << 20).build()).build()) {
            String out = run(session, python("""
                    import requests, urllib.request, urllib.error
                    print(requests.post("BASE/echo", data="x" * 100).json()["body"] == "x" * 100)
                    try:
                        urllib.request.urlopen("BASE/echo", data=b"x" * 101)
                    except urllib.error.URLError as e:
                        print(type(e.reason).__name__, e.reason)
                    """));
            assertThat(out).isEqualTo("""
                    True
                    PermissionError refused by the network policy: request body of 101 bytes is over the limit of 100 bytes
                    """);

            String limited = run(smallPayload, python("""
                    import requests
                    try:
                        requests.post("BASE/echo", data=b"y" * 10000)
                    except requests.ConnectionError as e:
                        print(e)
                    """));
            assertThat(limited).isEqualTo("refused by the network policy: request body of 10000 bytes does not fit the "
                    + "session's host payload limit of 4096 bytes\n");
        }
        assertThat(server.received()).hasSize(1);
        assertThat(events).extracting(NetworkEvent::decision).containsExactly(NetworkEvent.Decision.ALLOWED,
                NetworkEvent.Decision.REFUSED, NetworkEvent.Decision.REFUSED);
        assertThat(events.get(0).requestBytes()).isEqualTo(100);
    }

    @Test
    void methodsOutsideThePolicyAreRefused() {
        try (MicroPythonSession session = session(policy().allowMethods("get").build())) {
            String out = run(session, python("""
                    import requests
                    print(requests.get("BASE/json").status_code)
                    for call in [requests.delete, requests.post, requests.head]:
                        try:
                            call("BASE/json")
                        except requests.ConnectionError as e:
                            print(e)
                    """));
            assertThat(out).isEqualTo("""
                    200
                    refused by the network policy: method DELETE is not allowed
                    refused by the network policy: method POST is not allowed
                    refused by the network policy: method HEAD is not allowed
                    """);
        }
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void secretsGoOnlyToTheirHostAndNeverBackToTheGuest() {
        NetworkPolicy policy = policy()
                .allowOrigin("http://localhost:" + server.port())
                .secret(PLACEHOLDER, SECRET, "127.0.0.1")
                .build();
        String leakTo = URLEncoder.encode("http://127.0.0.1:" + tripwire.port() + "/?leak=", StandardCharsets.UTF_8)
                + PLACEHOLDER;
        String bounceTo = URLEncoder.encode("http://localhost:" + server.port() + "/echo?leak=", StandardCharsets.UTF_8)
                + PLACEHOLDER;
        RunResult result;
        try (MicroPythonSession session = session(policy)) {
            result = session.run(python("""
                    import requests, urllib.request, urllib.error
                    H = {"Authorization": "Bearer API_TOKEN_PLACEHOLDER"}
                    r = requests.get("BASE/echo?key=API_TOKEN_PLACEHOLDER", headers=H)
                    print(r.text, r.headers, r.cookies, r.url)
                    print(r.json()["headers"]["authorization"], r.json()["query"])
                    r = requests.get("http://localhost:PORT/echo?key=API_TOKEN_PLACEHOLDER", headers=H)
                    print(r.json()["headers"]["authorization"], r.json()["query"])
                    print(requests.post("BASE/echo/API_TOKEN_PLACEHOLDER", data="API_TOKEN_PLACEHOLDER", headers=H).text)
                    try:
                        urllib.request.urlopen(urllib.request.Request("BASE/status?code=500&k=API_TOKEN_PLACEHOLDER", headers=H))
                    except urllib.error.HTTPError as e:
                        print(e, e.read(), e.geturl(), e.headers)
                    try:
                        requests.get("BASE/redirect?to=%s", headers=H)
                    except requests.ConnectionError as e:
                        print(e)
                    r = requests.get("BASE/redirect?to=%s", headers=H)
                    print(r.json()["query"], r.url)
                    raise RuntimeError(r.text)
                    """.formatted(leakTo, bounceTo)));
        }
        assertThat(result.outcome()).isEqualTo(Outcome.PYTHON_ERROR);
        String seen = result.stdout() + result.stderr() + result.error().orElseThrow().message()
                + result.error().orElseThrow().traceback();
        assertThat(seen).contains("Bearer " + PLACEHOLDER, "key=" + PLACEHOLDER, "leak=" + PLACEHOLDER)
                .doesNotContain(SECRET).doesNotContain(SECRET_ENCODED).doesNotContain("s3cr3t");
        assertThat(result.stdout()).contains("refused by the network policy: redirect from http://127.0.0.1:"
                + server.port() + " to http://127.0.0.1:" + tripwire.port());

        List<LoopbackHttpServer.Received> received = server.received();
        LoopbackHttpServer.Received bound = received.get(0);
        assertThat(bound.header("authorization")).isEqualTo("Bearer " + SECRET);
        assertThat(URLDecoder.decode(bound.query(), StandardCharsets.UTF_8)).isEqualTo("key=" + SECRET);
        LoopbackHttpServer.Received unbound = received.get(1);
        assertThat(unbound.header("host")).startsWith("localhost");
        assertThat(unbound.header("authorization")).isEqualTo("Bearer " + PLACEHOLDER);
        assertThat(unbound.query()).isEqualTo("key=" + PLACEHOLDER);
        LoopbackHttpServer.Received pathAndBody = received.get(2);
        assertThat(pathAndBody.path()).isEqualTo("/echo/" + PLACEHOLDER);
        assertThat(pathAndBody.body()).isEqualTo(PLACEHOLDER);
        assertThat(received.stream().filter(r -> r.header("host").startsWith("localhost")))
                .allSatisfy(r -> assertThat(r.toString()).doesNotContain("s3cr3t"));
        assertThat(tripwire.connections()).isZero();
        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.toString()).doesNotContain("s3cr3t"));
    }

    @Test
    void aSlowServerHitsThePolicyTimeoutAndTheSessionKeepsItsState() {
        try (MicroPythonSession session = session(policy().timeout(Duration.ofSeconds(1)).build())) {
            run(session, "x = 41");
            long started = System.nanoTime();
            String out = run(session, python("""
                    import requests, urllib.request, urllib.error
                    try:
                        requests.get("BASE/slow")
                    except requests.Timeout as e:
                        print(type(e).__name__, e)
                    try:
                        urllib.request.urlopen("BASE/slow", timeout=0.5)
                    except urllib.error.URLError as e:
                        print(type(e.reason).__name__, e.reason)
                    """));
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

            assertThat(out).isEqualTo(python("""
                    ReadTimeout request to http://127.0.0.1:PORT timed out after 1 s
                    TimeoutError request to http://127.0.0.1:PORT timed out after 0.5 s
                    """));
            assertThat(elapsed).isLessThan(Duration.ofSeconds(15));
            assertThat(run(session, "print(x + 1)")).isEqualTo("42\n");
        }
        assertThat(events).extracting(NetworkEvent::reason).allMatch(r -> r.contains("timed out"));
    }

    @Test
    void theListenerSeesEveryRequest() {
        try (MicroPythonSession session = session(policy().build())) {
            run(session, python("""
                    import requests
                    requests.get("BASE/json")
                    requests.put("BASE/echo", data=b"12345")
                    try:
                        requests.get("TRIP/secret?q=1")
                    except requests.ConnectionError:
                        pass
                    """));
        }
        assertThat(events).hasSize(3);
        NetworkEvent get = events.get(0);
        assertThat(get.method()).isEqualTo("GET");
        assertThat(get.url()).isEqualTo(server.origin() + "/json");
        assertThat(get.decision()).isEqualTo(NetworkEvent.Decision.ALLOWED);
        assertThat(get.reason()).isEmpty();
        assertThat(get.status()).isEqualTo(200);
        assertThat(get.requestBytes()).isZero();
        assertThat(get.responseBytes()).isEqualTo("{\"hello\": \"world\"}".length());
        assertThat(get.duration()).isPositive();
        NetworkEvent put = events.get(1);
        assertThat(put.method()).isEqualTo("PUT");
        assertThat(put.requestBytes()).isEqualTo(5);
        NetworkEvent refused = events.get(2);
        assertThat(refused.decision()).isEqualTo(NetworkEvent.Decision.REFUSED);
        assertThat(refused.url()).isEqualTo("http://127.0.0.1:" + tripwire.port() + "/secret?q=1");
        assertThat(refused.reason()).isEqualTo("origin http://127.0.0.1:" + tripwire.port() + " is not allowed");
        assertThat(refused.status()).isZero();
        assertThat(tripwire.connections()).isZero();
    }

    @Test
    void theGuestCannotSetTheHostHeaderOrInjectHeaders() {
        try (MicroPythonSession session = session(policy().build())) {
            String out = run(session, python("""
                    import requests, host
                    h = requests.get("BASE/echo", headers={"Host": "internal.example", "Content-Length": "5"}).json()["headers"]
                    print(h["host"], h.get("content-length") in (None, "0"))
                    for headers in [{"X-A": "ok\\r\\nInjected: yes"}, {"Bad Name": "v"}]:
                        try:
                            requests.get("BASE/echo", headers=headers)
                        except requests.RequestException as e:
                            print(type(e).__name__)
                    r = host.call("_http", {"method": "GET", "url": "BASE/echo", "headers": [["X-A", "a\\nB: c"]], "body_length": 0})
                    print(r["error"], r["message"])
                    for bad in ["x", {"method": "GET"}, {"method": "GET", "url": "BASE/", "body_length": 5},
                                {"method": "GET", "url": "BASE/", "body_length": 0, "extra": 1}]:
                        try:
                            host.call("_http", bad)
                        except ValueError as e:
                            print("ValueError", e)
                    try:
                        host._http
                    except AttributeError:
                        print("AttributeError")
                    """));
            assertThat(out).isEqualTo(python("""
                    127.0.0.1:PORT True
                    InvalidHeader
                    ConnectionError
                    refused refused by the network policy: header 'X-A' is not valid in an HTTP request
                    ValueError _http takes one dict
                    ValueError _http: url must be a str
                    ValueError _http: body_length does not match the body
                    ValueError _http: unknown field 'extra'
                    AttributeError
                    """));
        }
        assertThat(server.received()).hasSize(1);
    }
}

package io.github.micropython4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class NetworkPolicyTest {

    @Test
    void originsAreSchemeHostAndPort() {
        String rules = NetworkPolicy.newBuilder()
                .allowOrigin("https://API.example.com")
                .allowOrigin("http://127.0.0.1:8080/")
                .allowHost("example.org")
                .allowHost("[::1]", 9000)
                .build().toString();

        assertThat(rules).contains("https://api.example.com:443", "http://127.0.0.1:8080",
                "http(s)://example.org:*", "http(s)://[::1]:9000");
    }

    @Test
    void rejectsWhatIsNotAnOrigin() {
        for (String bad : new String[] {"api.example.com", "ftp://example.com", "https://example.com/path",
            "https://user@example.com", "https://example.com?q", "https://", "https://exa mple.com", "file:///etc"}) {
            assertThatThrownBy(() -> NetworkPolicy.newBuilder().allowOrigin(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        for (String bad : new String[] {"", "exa mple.com", "::1", "host:80", "*.example.com", "-x", "a/b"}) {
            assertThatThrownBy(() -> NetworkPolicy.newBuilder().allowHost(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> NetworkPolicy.newBuilder().allowHost("example.com", 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NetworkPolicy.newBuilder().allowHost("example.com", 65536))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsBadLimits() {
        NetworkPolicy.Builder builder = NetworkPolicy.newBuilder();
        assertThatThrownBy(() -> builder.maxRequestBytes(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.maxResponseBytes(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.timeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.maxRedirects(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.maxRedirects(51)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.allowMethods()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.allowMethods("GET POST")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.listener(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void secretsNeedDistinctUrlSafePlaceholdersAndABoundHost() {
        NetworkPolicy.Builder builder = NetworkPolicy.newBuilder().secret("GITHUB_TOKEN", "ghp_0123456789", "api.github.com");
        assertThatThrownBy(() -> builder.secret("{{TOKEN}}", "0123456789", "h")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.secret("SHORT", "0123456789", "h")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.secret("OTHER_TOKEN", "short", "h")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.secret("OTHER_TOKEN", "with\r\nnewline", "h")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.secret("OTHER_TOKEN", "0123456789")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.secret("GITHUB_TOKEN_2", "0123456789", "h"))
                .hasMessageContaining("overlaps");
        assertThatThrownBy(() -> builder.secret("OTHER_TOKEN", "xOTHER_TOKENx", "h"))
                .hasMessageContaining("overlaps");
        assertThatThrownBy(() -> builder.secret("OTHER_TOKEN", "0123456789", "not a host"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringNeverShowsASecret() {
        NetworkPolicy policy = NetworkPolicy.newBuilder()
                .allowOrigin("https://api.github.com")
                .secret("GITHUB_TOKEN", "ghp_supersecretvalue", "api.github.com")
                .build();
        assertThat(policy.toString()).contains("GITHUB_TOKEN", "api.github.com").doesNotContain("supersecret");
    }

    @Test
    void theSessionBuilderKeepsInternalNamesForItself() {
        assertThatThrownBy(() -> MicroPythonSession.builder().hostFunction("_http", (args, kwargs) -> null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MicroPythonSession.builder().network(null)).isInstanceOf(NullPointerException.class);
    }
}

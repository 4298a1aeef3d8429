package io.github.micropython4j.internal.net;

import java.util.Set;

/**
 * A secret the guest may use without seeing it: the guest writes {@code placeholder}, and the
 * host puts {@code value} in its place on requests to {@code hosts}. Not part of the API; its
 * {@code toString} never shows the value.
 *
 * @param placeholder what the guest writes
 * @param value the secret itself
 * @param hosts the lower-case host names the secret may be sent to
 */
public record SecretBinding(String placeholder, String value, Set<String> hosts) {

    /** Freezes the hosts. */
    public SecretBinding {
        hosts = Set.copyOf(hosts);
    }

    @Override
    public String toString() {
        return "secret " + placeholder + " for " + hosts;
    }
}

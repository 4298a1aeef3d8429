package io.github.micropython4j;

import java.time.Duration;
import java.util.Objects;

/**
 * One HTTP request the guest asked for, as the {@link NetworkPolicy}'s listener sees it: every
 * request is reported, allowed or refused, and each redirect hop is a request of its own.
 * Secrets never appear here: the URL shows the placeholders the guest wrote.
 *
 * @param method the HTTP method, in upper case
 * @param url the URL of this hop, with secrets replaced by their placeholders
 * @param decision whether the policy let the request reach the network
 * @param reason why the request was refused, or why an allowed request failed (timeout, response
 *     over the byte cap, connection failure); empty when an allowed request got a response
 * @param status the HTTP status received, or 0 if there was no response
 * @param requestBytes the bytes of request body sent (0 if refused)
 * @param responseBytes the bytes of response body received
 * @param duration from the guest's request (or the previous hop's response) to this event
 */
public record NetworkEvent(
        String method,
        String url,
        Decision decision,
        String reason,
        int status,
        long requestBytes,
        long responseBytes,
        Duration duration) {

    /** Whether a request was let through to the network. */
    public enum Decision {
        /** The policy allowed the request and a connection was attempted. */
        ALLOWED,
        /** The policy refused the request; no connection was made. */
        REFUSED
    }

    /** Checks that no component is null. */
    public NetworkEvent {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(duration, "duration");
    }
}

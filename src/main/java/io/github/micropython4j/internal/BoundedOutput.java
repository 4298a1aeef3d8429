package io.github.micropython4j.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * One run's stdout and stderr, sharing one byte budget. Bytes past the budget are dropped and a
 * visible marker is appended to the stream that overflowed; the run is then stopped (see
 * {@link Run#afterOutput}). What is kept is also passed on, as it is written, to the
 * session's output streams, if it has them.
 */
final class BoundedOutput {
    private final long limit;
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private final OutputStream stdoutSink;
    private final OutputStream stderrSink;
    private long written;
    private boolean exceeded;

    /**
     * @param limit the byte budget of stdout and stderr together
     * @param stdoutSink receives stdout as it is written, or null
     * @param stderrSink receives stderr as it is written, or null
     */
    BoundedOutput(long limit, OutputStream stdoutSink, OutputStream stderrSink) {
        if (limit <= 0) {
            throw new IllegalArgumentException("output limit must be positive: " + limit);
        }
        this.limit = limit;
        this.stdoutSink = stdoutSink;
        this.stderrSink = stderrSink;
    }

    /** The marker appended where output was cut. */
    String truncationMarker() {
        return "\n[output truncated: limit " + limit + " bytes]\n";
    }

    /** Appends to stdout ({@code stderr} false) or stderr, within the budget. */
    synchronized void write(boolean toStderr, byte[] bytes, int offset, int length) {
        if (exceeded) {
            return;
        }
        ByteArrayOutputStream target = toStderr ? stderr : stdout;
        OutputStream sink = toStderr ? stderrSink : stdoutSink;
        long room = limit - written;
        if (length <= room) {
            target.write(bytes, offset, length);
            written += length;
            pass(sink, bytes, offset, length);
            return;
        }
        target.write(bytes, offset, (int) room);
        pass(sink, bytes, offset, (int) room);
        written = limit;
        exceeded = true;
        byte[] marker = truncationMarker().getBytes(StandardCharsets.UTF_8);
        target.writeBytes(marker);
        pass(sink, marker, 0, marker.length);
    }

    /** Whether the run went over the limit. */
    synchronized boolean limitExceeded() {
        return exceeded;
    }

    /** Everything written to stdout, as text. */
    synchronized String stdout() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    /** Everything written to stderr, as text. */
    synchronized String stderr() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    private static void pass(OutputStream sink, byte[] bytes, int offset, int length) {
        if (sink == null || length == 0) {
            return;
        }
        try {
            sink.write(bytes, offset, length);
            sink.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("the session's output stream failed", e);
        }
    }
}

package io.github.micropython4j.internal;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The guest's stdout and stderr for one run at a time, sharing one byte budget. Bytes past the
 * budget are dropped and a visible marker is appended to the stream that overflowed; the
 * session then stops the run (see {@link GuestProtocol#outputWritten}).
 */
final class BoundedOutput {
    private final long limit;
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private long written;
    private boolean exceeded;

    BoundedOutput(long limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("output limit must be positive: " + limit);
        }
        this.limit = limit;
    }

    /** The stream the guest's fd 1 writes to. */
    OutputStream stdout() {
        return new Sink(stdout);
    }

    /** The stream the guest's fd 2 writes to. */
    OutputStream stderr() {
        return new Sink(stderr);
    }

    /** The marker appended where output was cut. */
    String truncationMarker() {
        return "\n[output truncated: limit " + limit + " bytes]\n";
    }

    /** Returns what was written since the last call and starts a new, empty budget. */
    synchronized CapturedOutput drain() {
        CapturedOutput captured = new CapturedOutput(
                stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8), exceeded);
        stdout.reset();
        stderr.reset();
        written = 0;
        exceeded = false;
        return captured;
    }

    /** Whether the current run went over the limit. */
    synchronized boolean limitExceeded() {
        return exceeded;
    }

    private synchronized void write(ByteArrayOutputStream target, byte[] bytes, int offset, int length) {
        if (exceeded) {
            return;
        }
        long room = limit - written;
        if (length <= room) {
            target.write(bytes, offset, length);
            written += length;
            return;
        }
        target.write(bytes, offset, (int) room);
        written = limit;
        exceeded = true;
        target.writeBytes(truncationMarker().getBytes(StandardCharsets.UTF_8));
    }

    private final class Sink extends OutputStream {
        private final ByteArrayOutputStream target;

        Sink(ByteArrayOutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            BoundedOutput.this.write(target, bytes, offset, length);
        }
    }
}

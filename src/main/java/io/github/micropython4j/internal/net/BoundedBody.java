package io.github.micropython4j.internal.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body of at most {@code cap} bytes. One byte more and it cancels the
 * subscription (the client stops reading and drops the connection) and fails with
 * {@link OverCap}.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {
    /** The body was longer than the cap. */
    static final class OverCap extends IOException {
        private static final long serialVersionUID = 1L;

        OverCap(long cap) {
            super("response body over " + cap + " bytes");
        }
    }

    private final long cap;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private volatile Flow.Subscription subscription;
    private volatile boolean cancelled;

    BoundedBody(long cap) {
        this.cap = cap;
    }

    /** The bytes received so far. */
    synchronized long received() {
        return buffer.size();
    }

    /** Stops reading (after a timeout or an interrupt). */
    void cancel() {
        cancelled = true;
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (cancelled) {
            subscription.cancel();
        } else {
            subscription.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        synchronized (this) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                if (buffer.size() + (long) item.remaining() > cap) {
                    subscription.cancel();
                    result.completeExceptionally(new OverCap(cap));
                    return;
                }
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                buffer.writeBytes(chunk);
            }
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        synchronized (this) {
            result.complete(buffer.toByteArray());
        }
    }
}

package io.github.micropython4j.plugins;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The opt-in hot reload: one daemon thread that calls {@link PluginHost#reload()} at a fixed delay. */
final class HotReload implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("io.github.micropython4j.plugins");
    private final ScheduledExecutorService timer;

    HotReload(PluginHost host, Duration interval) {
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "micropython4j-plugin-reload");
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(1, interval.toMillis());
        timer.scheduleWithFixedDelay(() -> {
            try {
                host.reload();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "plugin hot reload failed; the loaded plugins stay: " + e.getMessage());
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

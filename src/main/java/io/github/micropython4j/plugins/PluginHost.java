package io.github.micropython4j.plugins;

import io.github.micropython4j.MicroPythonSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Loads every {@code *.py} file of a directory as a plugin, each in its own sandboxed session,
 * and calls their hooks. A plugin is plain Python: top-level functions are its hooks, and an
 * optional {@code PLUGIN = {"name": ..., "version": ..., "description": ...}} describes it.
 *
 * <pre>{@code
 * try (PluginHost host = PluginHost.builder()
 *         .directory(Path.of("plugins"))
 *         .plugin("geo.py", session -> session.hostFunction("lookup", geo::lookup).fuelLimit(100_000_000))
 *         .build()) {
 *     host.plugins().forEach(System.out::println);
 *     Map<String, HookResult> results = host.callAll("transform", Map.of("id", 7, "name", "ada"));
 *     results.forEach((plugin, result) -> System.out.println(plugin + ": " + (result.isOk() ? result.value() : result.error())));
 * }
 * }</pre>
 *
 * <p>A plugin that loops, runs out of memory, raises, fails to compile, touches a file or URL it
 * was not given, or returns something JSON cannot carry is reported in its {@link HookResult} and
 * its {@link PluginInfo}; the other plugins keep answering. When a limit or crash resets a
 * plugin's session, the host runs its file again. Hooks of one plugin run one at a time; different
 * plugins may be called from different threads at once. {@link #callAll} calls the plugins one
 * after another.
 */
public final class PluginHost implements AutoCloseable {
    private final Path directory;
    private final Consumer<MicroPythonSession.Builder> defaults;
    private final Map<String, Consumer<MicroPythonSession.Builder>> perFile;
    private final Object reloading = new Object();
    private final Object lock = new Object();
    /** The plugins by name, in name order; replaced whole by a reload. */
    private Map<String, Plugin> plugins = new TreeMap<>();
    private boolean closed;
    private final HotReload hotReload;

    private PluginHost(Builder builder) {
        this.directory = builder.directory;
        this.defaults = builder.defaults;
        this.perFile = Map.copyOf(builder.perFile);
        reload();
        this.hotReload = builder.hotReloadInterval == null ? null : new HotReload(this, builder.hotReloadInterval);
    }

    /** A builder; {@link Builder#directory(Path)} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Every plugin file, loaded or not, in name order. */
    public List<PluginInfo> plugins() {
        List<PluginInfo> infos = new ArrayList<>();
        for (Plugin plugin : snapshot().values()) {
            infos.add(plugin.info());
        }
        return infos;
    }

    /**
     * Calls {@code hook(*args)} in the plugin named {@code plugin}. The arguments cross to Python
     * as JSON through the plugin session's mapper. Never throws for anything the plugin does.
     *
     * <pre>{@code
     * HookResult result = host.call("enrich", "transform", Map.of("id", 7));
     * }</pre>
     *
     * @throws IllegalArgumentException if an argument cannot be converted to JSON or is over the
     *     plugin's host payload limit
     * @throws IllegalStateException if the host is closed
     */
    public HookResult call(String plugin, String hook, Object... args) {
        Objects.requireNonNull(plugin, "plugin");
        Objects.requireNonNull(hook, "hook");
        Plugin target = snapshot().get(plugin);
        if (target == null) {
            return HookResult.failed(plugin, hook, HookOutcome.NO_SUCH_PLUGIN,
                    "there is no plugin named '" + plugin + "' in " + directory, null, Duration.ZERO);
        }
        return target.call(hook, args == null ? new Object[] {null} : args);
    }

    /**
     * Calls {@code hook(*args)} in every loaded plugin that defines it, one after another, in name
     * order; returns their results by plugin name in that order.
     *
     * @throws IllegalArgumentException as {@link #call} does
     * @throws IllegalStateException if the host is closed
     */
    public Map<String, HookResult> callAll(String hook, Object... args) {
        Objects.requireNonNull(hook, "hook");
        Map<String, HookResult> results = new LinkedHashMap<>();
        for (Map.Entry<String, Plugin> entry : snapshot().entrySet()) {
            if (entry.getValue().info().hooks().contains(hook)) {
                results.put(entry.getKey(), entry.getValue().call(hook, args == null ? new Object[] {null} : args));
            }
        }
        return results;
    }

    /**
     * Reads the directory again: loads new files, loads changed files into fresh sessions (their
     * globals start over), and drops removed files. Unchanged plugins keep their sessions and state.
     * Calls in progress on a replaced plugin end with {@link HookOutcome#CLOSED}.
     *
     * @return the names of the files that were loaded, reloaded or dropped
     * @throws java.io.UncheckedIOException if the directory cannot be listed (the loaded plugins stay)
     * @throws IllegalStateException if the host is closed
     */
    public List<String> reload() {
        synchronized (reloading) {
            Map<String, PluginFiles.Source> sources = PluginFiles.read(directory);
            Map<String, Plugin> byFile = new HashMap<>();
            for (Plugin plugin : snapshot().values()) {
                byFile.put(plugin.source().fileName(), plugin);
            }
            List<String> changed = new ArrayList<>();
            List<Plugin> next = new ArrayList<>();
            List<Plugin> retired = new ArrayList<>();
            for (PluginFiles.Source source : sources.values()) {
                Plugin old = byFile.remove(source.fileName());
                if (old != null && old.source().sameAs(source)) {
                    next.add(old);
                } else {
                    changed.add(source.fileName());
                    next.add(Plugin.load(source, configurationOf(source.fileName())));
                    if (old != null) {
                        retired.add(old);
                    }
                }
            }
            for (Plugin removed : byFile.values()) {
                changed.add(removed.source().fileName());
                retired.add(removed);
            }
            Map<String, Plugin> named = name(next, retired);
            synchronized (lock) {
                if (closed) {
                    next.forEach(Plugin::close);
                    throw new IllegalStateException("the plugin host is closed");
                }
                plugins = named;
            }
            retired.forEach(Plugin::close);
            changed.sort(null);
            return changed;
        }
    }

    /** Files in name order; a file whose name another file already took is listed as failed. */
    private static Map<String, Plugin> name(List<Plugin> candidates, List<Plugin> retired) {
        Map<String, Plugin> named = new TreeMap<>();
        Map<String, String> fileOfName = new HashMap<>();
        for (Plugin plugin : candidates) {
            String name = plugin.info().name();
            if (!named.containsKey(name)) {
                named.put(name, plugin);
                fileOfName.put(name, plugin.source().fileName());
                continue;
            }
            retired.add(plugin);
            String fileName = plugin.source().fileName();
            String fallback = fileName.substring(0, fileName.length() - ".py".length());
            String listed = named.containsKey(fallback) ? fileName : fallback;
            named.put(listed, Plugin.failed(plugin.source(), listed,
                    "the name '" + name + "' is already used by " + fileOfName.get(name)));
        }
        return named;
    }

    private Consumer<MicroPythonSession.Builder> configurationOf(String fileName) {
        Consumer<MicroPythonSession.Builder> own = perFile.get(fileName);
        return own == null ? defaults : defaults.andThen(own);
    }

    private Map<String, Plugin> snapshot() {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("the plugin host is closed");
            }
            return plugins;
        }
    }

    /** Stops hot reload and closes every plugin's session. Closing twice does nothing. */
    @Override
    public void close() {
        if (hotReload != null) {
            hotReload.close();
        }
        Map<String, Plugin> toClose;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            toClose = plugins;
            plugins = Map.of();
        }
        toClose.values().forEach(Plugin::close);
    }

    /**
     * Configures a {@link PluginHost}. Every plugin's session starts from safe defaults: the
     * session's limits (16 MiB of memory, 30,000,000 units of fuel) with a 5-second timeout and a
     * 64 KiB output limit, no host functions, no files, no network. {@link #defaults} changes
     * them for every plugin and {@link #plugin} for one file.
     */
    public static final class Builder {
        private Path directory;
        private Consumer<MicroPythonSession.Builder> defaults = session -> session
                .timeout(Duration.ofSeconds(5))
                .outputLimit(64 * 1024);
        private final Map<String, Consumer<MicroPythonSession.Builder>> perFile = new HashMap<>();
        private Duration hotReloadInterval;

        private Builder() {}

        /** The directory whose {@code *.py} files are the plugins (required; must exist). */
        public Builder directory(Path directory) {
            this.directory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /**
         * Settings for every plugin's session, applied after the host's safe defaults: limits,
         * host functions, directories, network policy.
         *
         * <pre>{@code
         * .defaults(session -> session.memoryLimit(8 << 20).hostFunction("now", (args, kwargs) -> Instant.now()))
         * }</pre>
         */
        public Builder defaults(Consumer<MicroPythonSession.Builder> settings) {
            this.defaults = this.defaults.andThen(Objects.requireNonNull(settings, "settings"));
            return this;
        }

        /**
         * Settings for the session of one plugin file, by file name ({@code "geo.py"}), applied
         * after {@link #defaults}. A setting the session builder rejects makes that plugin fail to
         * load with the reason.
         *
         * <pre>{@code
         * .plugin("archive.py", session -> session.readOnlyDirectory(Path.of("archive"), "/archive"))
         * }</pre>
         */
        public Builder plugin(String fileName, Consumer<MicroPythonSession.Builder> settings) {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(settings, "settings");
            if (!fileName.endsWith(".py") || fileName.contains("/") || fileName.contains("\\")) {
                throw new IllegalArgumentException("a plugin is named by its file name, e.g. 'geo.py': '" + fileName + "'");
            }
            perFile.merge(fileName, settings, Consumer::andThen);
            return this;
        }

        /**
         * Turns on hot reload: a background thread calls {@link PluginHost#reload()} every
         * {@code interval}. Off by default.
         */
        public Builder hotReload(Duration interval) {
            Objects.requireNonNull(interval, "interval");
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("hot reload interval must be positive: " + interval);
            }
            this.hotReloadInterval = interval;
            return this;
        }

        /**
         * Loads every plugin file.
         *
         * @throws IllegalStateException if no directory was given
         * @throws IllegalArgumentException if the directory does not exist
         * @throws java.io.UncheckedIOException if it cannot be listed
         */
        public PluginHost build() {
            if (directory == null) {
                throw new IllegalStateException("PluginHost.builder().directory(...) is required");
            }
            if (!Files.isDirectory(directory)) {
                throw new IllegalArgumentException("the plugin directory does not exist: " + directory);
            }
            return new PluginHost(this);
        }
    }
}

package io.github.micropython4j.plugins;

import io.github.micropython4j.MicroPythonSession;
import io.github.micropython4j.Outcome;
import io.github.micropython4j.RunResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One plugin file and the session it runs in: loads the file, reads its {@code PLUGIN} dict and
 * hooks, calls hooks one at a time, and loads the file again when a limit or crash reset the
 * session. Its failures become {@link HookResult}s and load errors, never exceptions.
 */
final class Plugin implements AutoCloseable {
    /** The global that carries a call's arguments into the session. */
    private static final String ARGS = "_plugin_host_args";
    private static final Pattern TOP_LEVEL_DEF = Pattern.compile("(?m)^def\\s+([A-Za-z][A-Za-z0-9_]*)\\s*\\(");

    private final PluginFiles.Source source;
    private final MicroPythonSession session;
    private volatile PluginInfo info;

    private Plugin(PluginFiles.Source source, MicroPythonSession session, PluginInfo info) {
        this.source = source;
        this.session = session;
        this.info = info;
    }

    /** Starts a session for {@code source} configured by {@code configure} and runs the file in it. */
    static Plugin load(PluginFiles.Source source, Consumer<MicroPythonSession.Builder> configure) {
        String stem = stem(source.fileName());
        if (source.readError() != null) {
            return failed(source, stem, source.readError());
        }
        MicroPythonSession session;
        try {
            MicroPythonSession.Builder builder = MicroPythonSession.builder();
            configure.accept(builder);
            session = builder.build();
        } catch (RuntimeException e) {
            return failed(source, stem, "the plugin's session could not be configured: " + e.getMessage());
        }
        Plugin plugin = new Plugin(source, session, null);
        plugin.info = plugin.runFile(stem);
        return plugin;
    }

    /** A plugin that is listed but cannot be called, e.g. for a duplicate name. */
    static Plugin failed(PluginFiles.Source source, String name, String error) {
        return new Plugin(source, null, new PluginInfo(name, source.fileName(), Optional.empty(), Optional.empty(),
                List.of(), Optional.of(error)));
    }

    PluginInfo info() {
        return info;
    }

    PluginFiles.Source source() {
        return source;
    }

    /** Calls {@code hook(*args)}; one call at a time per plugin. */
    synchronized HookResult call(String hook, Object[] args) {
        PluginInfo current = info;
        String name = current.name();
        long start = System.nanoTime();
        if (!current.isLoaded()) {
            return HookResult.failed(name, hook, HookOutcome.NOT_LOADED, current.loadError().orElseThrow(), null, Duration.ZERO);
        }
        if (!current.hooks().contains(hook)) {
            return HookResult.failed(name, hook, HookOutcome.NO_SUCH_HOOK,
                    "the plugin defines no hook '" + hook + "' (its hooks: " + current.hooks() + ")", null, Duration.ZERO);
        }
        RunResult result;
        try {
            session.set(ARGS, Arrays.asList(args));
            result = session.run(hook + "(*" + ARGS + ")", "<hook " + hook + ">");
        } catch (IllegalStateException e) {
            return HookResult.failed(name, hook, HookOutcome.CLOSED, e.getMessage(), null, since(start));
        }
        Duration elapsed = since(start);
        String restart = result.sessionReset() && result.outcome() != Outcome.SESSION_CLOSED ? restart(current.name()) : "";
        if (result.isOk() && result.valueProblem().isEmpty()) {
            return HookResult.ok(name, hook, result.value().orElse(null), elapsed);
        }
        if (result.isOk()) {
            return HookResult.failed(name, hook, HookOutcome.RETURN_NOT_JSON,
                    "the returned value cannot cross to Java: " + result.valueProblem().get(), null, elapsed);
        }
        String reason = result.error().isEmpty() && result.detail().isPresent() ? result.detail().get() : describe(result);
        return HookResult.failed(name, hook, HookOutcome.of(result.outcome()), reason + restart,
                result.error().orElse(null), elapsed);
    }

    /** The session lost its globals: the file is run again so that the plugin keeps answering. */
    private String restart(String name) {
        info = runFile(name);
        return info.isLoaded() ? " (the plugin was restarted from its file)"
                : " (the plugin could not be restarted: " + info.loadError().orElseThrow() + ")";
    }

    private PluginInfo runFile(String fallbackName) {
        String file = source.fileName();
        RunResult result = session.run(source.text(), file);
        if (!result.isOk()) {
            return new PluginInfo(fallbackName, file, Optional.empty(), Optional.empty(), List.of(),
                    Optional.of(describe(result)));
        }
        Map<?, ?> metadata;
        try {
            Object value = session.get("PLUGIN");
            if (!(value instanceof Map<?, ?> map)) {
                return new PluginInfo(fallbackName, file, Optional.empty(), Optional.empty(), List.of(),
                        Optional.of("PLUGIN must be a dict, not " + (value == null ? "None" : "a " + value.getClass().getSimpleName())));
            }
            metadata = map;
        } catch (NoSuchElementException e) {
            metadata = Map.of();
        } catch (IllegalArgumentException | IllegalStateException e) {
            return new PluginInfo(fallbackName, file, Optional.empty(), Optional.empty(), List.of(),
                    Optional.of("PLUGIN cannot be read: " + e.getMessage()));
        }
        Object name = metadata.get("name");
        if (name != null && !(name instanceof String text && !text.isBlank())) {
            return new PluginInfo(fallbackName, file, Optional.empty(), Optional.empty(), List.of(),
                    Optional.of("PLUGIN['name'] must be a non-empty str"));
        }
        String pluginName = name == null ? fallbackName : (String) name;
        List<String> hooks;
        try {
            hooks = hooks();
        } catch (IllegalStateException e) {
            return new PluginInfo(pluginName, file, Optional.empty(), Optional.empty(), List.of(), Optional.of(e.getMessage()));
        }
        return new PluginInfo(pluginName, file, text(metadata.get("version")), text(metadata.get("description")),
                hooks, Optional.empty());
    }

    /**
     * The names of {@code def} statements at the file's top level that are callable globals now,
     * checked with the builtins themselves so that a plugin's own {@code sorted} or
     * {@code callable} cannot confuse the listing.
     *
     * @throws IllegalStateException saying why the hooks could not be listed
     */
    private List<String> hooks() {
        List<String> declared = new ArrayList<>();
        Matcher def = TOP_LEVEL_DEF.matcher(source.text());
        while (def.find()) {
            if (!declared.contains(def.group(1))) {
                declared.add(def.group(1));
            }
        }
        session.set(ARGS, declared);
        RunResult callable = session.run("(lambda b: b.sorted(n for n in " + ARGS
                + " if b.callable(b.globals().get(n))))(__import__('builtins'))", "<hooks>");
        if (!callable.isOk() || !(callable.value().orElse(null) instanceof List<?> names)) {
            throw new IllegalStateException("its hooks could not be listed: " + describe(callable));
        }
        List<String> hooks = new ArrayList<>();
        names.forEach(n -> hooks.add((String) n));
        return hooks;
    }

    private static Optional<String> text(Object value) {
        return value == null ? Optional.empty() : Optional.of(String.valueOf(value));
    }

    static String describe(RunResult result) {
        if (result.outcome() == Outcome.PYTHON_ERROR && result.error().isPresent()) {
            var error = result.error().get();
            String where = error.innermostFrame().map(f -> " (" + f.file() + ", line " + f.line() + ")").orElse("");
            return error.type() + ": " + error.message() + where;
        }
        if (result.outcome() == Outcome.EXIT) {
            return "sys.exit(" + result.exitCode().orElse(0) + ")";
        }
        return result.outcome() + result.detail().map(d -> ": " + d).orElse("");
    }

    private static String stem(String fileName) {
        return fileName.substring(0, fileName.length() - ".py".length());
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Override
    public void close() {
        if (session != null) {
            session.close();
        }
    }
}

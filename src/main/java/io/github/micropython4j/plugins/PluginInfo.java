package io.github.micropython4j.plugins;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One file of the plugin directory as the host sees it: its name, what its {@code PLUGIN} dict
 * says, the hooks it defines and, if it did not load, why.
 *
 * <pre>{@code
 * for (PluginInfo plugin : host.plugins()) {
 *     System.out.println(plugin.name() + " " + plugin.version().orElse("-") + " " + plugin.hooks()
 *             + plugin.loadError().map(e -> " FAILED: " + e).orElse(""));
 * }
 * }</pre>
 *
 * @param name the name calls use: {@code PLUGIN["name"]} when the file gives one, else the file
 *     name without {@code .py}
 * @param file the file name in the plugin directory, e.g. {@code enrich.py}
 * @param version {@code PLUGIN["version"]}, if given
 * @param description {@code PLUGIN["description"]}, if given
 * @param hooks the public top-level functions ({@code def name(...)} at the file's top level,
 *     not starting with {@code _}), sorted; empty when the file did not load
 * @param loadError why the file did not load (a syntax error, an exception, a limit, a bad
 *     {@code PLUGIN}, a duplicate name), empty when it loaded
 */
public record PluginInfo(String name, String file, Optional<String> version, Optional<String> description,
                         List<String> hooks, Optional<String> loadError) {

    /** Checks the fields and copies the hook list. */
    public PluginInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(description, "description");
        hooks = List.copyOf(hooks);
        Objects.requireNonNull(loadError, "loadError");
    }

    /** Whether the file loaded: its hooks can be called. */
    public boolean isLoaded() {
        return loadError.isEmpty();
    }
}

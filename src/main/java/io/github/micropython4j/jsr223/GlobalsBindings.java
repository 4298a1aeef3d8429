package io.github.micropython4j.jsr223;

import io.github.micropython4j.MicroPythonSession;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import javax.script.Bindings;

/**
 * An engine's own {@code ENGINE_SCOPE}: a live view of the session's Python globals. Reading a
 * key gets the global ({@code null} if there is none), writing one sets it, removing one deletes
 * it; each is one request to the session. Iterating lists the globals whose names do not start
 * with {@code __} and whose values can cross to Java.
 */
final class GlobalsBindings extends AbstractMap<String, Object> implements Bindings {
    /** An ASCII identifier: safe to put into code. */
    static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    final MicroPythonSession session;

    GlobalsBindings(MicroPythonSession session) {
        this.session = session;
    }

    /**
     * Sets the Python global {@code name}; returns null (the previous value is not fetched).
     *
     * @throws IllegalArgumentException if {@code name} is not a Python identifier or the value
     *     cannot cross to Python
     */
    @Override
    public Object put(String name, Object value) {
        session.set(checkKey(name), value);
        return null;
    }

    /**
     * The Python global {@code key}, or null if there is none.
     *
     * @throws IllegalArgumentException if its value cannot cross to Java (a function, say)
     */
    @Override
    public Object get(Object key) {
        String name = checkKey(key);
        if (!IDENTIFIER.matcher(name).matches()) {
            return null;
        }
        try {
            return session.get(name);
        } catch (NoSuchElementException e) {
            return null;
        }
    }

    @Override
    public boolean containsKey(Object key) {
        String name = checkKey(key);
        return IDENTIFIER.matcher(name).matches()
                && Boolean.TRUE.equals(session.run("'" + name + "' in globals()").value().orElse(null));
    }

    /** Deletes the Python global {@code key}; returns its value if it could cross, else null. */
    @Override
    public Object remove(Object key) {
        String name = checkKey(key);
        if (!IDENTIFIER.matcher(name).matches()) {
            return null;
        }
        return session.run("globals().pop('" + name + "', None)").value().orElse(null);
    }

    /** Deletes every global whose name does not start with {@code __}. */
    @Override
    public void clear() {
        session.run("for __k in [k for k in globals() if not k.startswith('__')]:\n    del globals()[__k]\n"
                + "del __k");
    }

    /** A snapshot of the globals whose values can cross to Java; changing it changes nothing. */
    @Override
    public Set<Entry<String, Object>> entrySet() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        Object names = session.run("sorted(k for k in globals() if not k.startswith('__'))").value().orElse(List.of());
        for (Object name : (List<?>) names) {
            try {
                snapshot.put((String) name, session.get((String) name));
            } catch (IllegalArgumentException | NoSuchElementException e) {
                // a function, a module, a set, ...: not a value Java can hold
            }
        }
        return Set.copyOf(snapshot.entrySet().stream().map(e -> new SimpleImmutableEntry<>(e)).toList());
    }

    /** The checks {@link Bindings} asks for: a non-empty string. */
    private static String checkKey(Object key) {
        Objects.requireNonNull(key, "key");
        if (!(key instanceof String)) {
            throw new ClassCastException("a binding's key must be a String: " + key.getClass().getName());
        }
        String name = (String) key;
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a binding's key must not be empty");
        }
        return name;
    }
}

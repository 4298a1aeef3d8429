package io.github.micropython4j.jsr223;

import io.github.micropython4j.MicroPythonSession;
import io.github.micropython4j.Outcome;
import io.github.micropython4j.PythonError;
import io.github.micropython4j.RunResult;
import java.io.IOException;
import java.io.Reader;
import java.lang.ref.Cleaner;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;
import javax.script.SimpleBindings;

/**
 * A {@code javax.script} engine over one {@link MicroPythonSession}: Python globals persist from
 * one {@code eval} to the next, with every limit of the session.
 *
 * <ul>
 *   <li>{@code eval} returns the value of the script's last statement when it is an expression
 *       (see {@link RunResult#value()}), else null; an uncaught Python exception, a
 *       {@code sys.exit} and every limit (fuel, time, memory, output) throw a
 *       {@link ScriptException}, with the script's line number for Python errors.
 *   <li>The engine's own {@code ENGINE_SCOPE} bindings are the Python globals: {@code put} sets
 *       one, {@code get} reads one. Other bindings given to {@code eval} are copied into globals
 *       before the script runs and their keys read back after it.
 *   <li>Output goes to the context's writer and error writer as the script writes it.
 *   <li>{@link #invokeFunction} calls a Python function; {@link #getInterface(Class)} implements a
 *       Java interface with Python functions of the methods' names.
 *   <li>{@link #compile} keeps the source; it is compiled again at each evaluation.
 * </ul>
 *
 * <pre>{@code
 * ScriptEngine engine = new ScriptEngineManager().getEngineByName("micropython");
 * engine.put("prices", Map.of("tea", 2.5, "cake", 4));
 * engine.eval("def total(items):\n    return sum(prices[i] for i in items)");
 * Object total = ((Invocable) engine).invokeFunction("total", List.of("tea", "cake"));   // 6.5
 * engine.eval("count = len(prices)");
 * engine.get("count");                                                                 // 2
 * }</pre>
 *
 * <p>One evaluation at a time: the engine is not meant to be shared by threads that evaluate at
 * once. {@link #close()} ends its session; an engine that becomes unreachable is closed too.
 */
public final class MicroPythonScriptEngine extends AbstractScriptEngine implements Invocable, Compilable, AutoCloseable {
    private static final String ARGUMENTS = "__jsr223_args__";
    private static final String RESULT = "__jsr223_result__";

    private final ScriptEngineFactory factory;
    private final MicroPythonSession session;
    private final ContextOutput stdout = new ContextOutput();
    private final ContextOutput stderr = new ContextOutput();
    private final Cleaner.Cleanable cleanable;

    /**
     * An engine whose session is built by {@code builder}, for limits, host functions and
     * directories of your choosing; the engine sets the builder's {@code stdout} and
     * {@code stderr} to the script context's writers.
     *
     * <pre>{@code
     * ScriptEngine engine = new MicroPythonScriptEngine(MicroPythonSession.builder()
     *         .timeout(Duration.ofSeconds(2))
     *         .hostFunction("lookup", (args, kwargs) -> directory.find((String) args.get(0))));
     * }</pre>
     */
    public MicroPythonScriptEngine(MicroPythonSession.Builder builder) {
        this(new MicroPythonScriptEngineFactory(), builder);
    }

    MicroPythonScriptEngine(ScriptEngineFactory factory, MicroPythonSession.Builder builder) {
        this.factory = factory;
        this.session = builder.stdout(stdout).stderr(stderr).build();
        this.cleanable = Cleaning.CLEANER.register(this, session::close);
        context.setBindings(new GlobalsBindings(session), ScriptContext.ENGINE_SCOPE);
    }

    /**
     * Runs {@code script} in the session's globals. The context's {@code ENGINE_SCOPE} bindings
     * are the globals (or, if they are not this engine's own, copied in and read back); the
     * attribute {@link ScriptEngine#FILENAME} names the script in tracebacks.
     *
     * <pre>{@code
     * engine.eval("x = 6 * 7");
     * engine.eval("x + 1");      // 43
     * }</pre>
     *
     * @return the last statement's value if it is an expression, else null
     * @throws ScriptException for an uncaught Python exception (with its line), {@code sys.exit},
     *     a limit or a closed engine
     */
    @Override
    public Object eval(String script, ScriptContext context) throws ScriptException {
        Objects.requireNonNull(script, "script");
        Bindings bindings = context.getBindings(ScriptContext.ENGINE_SCOPE);
        boolean copied = bindings != null && !(bindings instanceof GlobalsBindings
                && ((GlobalsBindings) bindings).session == session);
        if (copied) {
            copyIn(bindings);
        }
        Object fileName = context.getAttribute(ScriptEngine.FILENAME);
        String name = fileName instanceof String && !((String) fileName).isEmpty()
                && ((String) fileName).indexOf('\0') < 0 ? (String) fileName : null;
        RunResult result = run(context, () -> name != null ? session.run(script, name) : session.run(script));
        if (copied) {
            copyBack(bindings);
        }
        return valueOf(result, name != null ? name : "<string>");
    }

    /** Reads {@code reader} to its end and evaluates it as {@link #eval(String, ScriptContext)} does. */
    @Override
    public Object eval(Reader reader, ScriptContext context) throws ScriptException {
        return eval(readAll(reader), context);
    }

    /** New, empty bindings for a context of your own (copied into globals when evaluated). */
    @Override
    public Bindings createBindings() {
        return new SimpleBindings();
    }

    /** The factory that made this engine. */
    @Override
    public ScriptEngineFactory getFactory() {
        return factory;
    }

    /**
     * Calls the Python function {@code name} (a global, or a builtin) with {@code args}, converted to Python as
     * {@link MicroPythonSession#set} converts; output goes to the engine context's writers.
     *
     * <pre>{@code
     * engine.eval("def area(w, h):\n    return w * h");
     * ((Invocable) engine).invokeFunction("area", 3, 4);   // 12
     * }</pre>
     *
     * @return the function's result as {@link RunResult#value()} converts it, null for {@code None}
     * @throws NoSuchMethodException if there is no callable global of that name
     * @throws ScriptException if the call raises, hits a limit, or an argument cannot cross
     */
    @Override
    public Object invokeFunction(String name, Object... args) throws ScriptException, NoSuchMethodException {
        RunResult result = call(name, args, false);
        return valueOf(result, "<string>");
    }

    /**
     * Not supported: Python objects stay in the sandbox, so no Java value is one.
     *
     * @throws IllegalArgumentException always; use {@link #invokeFunction}
     */
    @Override
    public Object invokeMethod(Object thiz, String name, Object... args) {
        throw new IllegalArgumentException("Python objects do not cross to Java, so " + thiz
                + " is not one; call a global function with invokeFunction");
    }

    /**
     * An implementation of {@code type} whose methods call the Python functions of the same
     * names, with results converted to the methods' return types; null unless every method has
     * one. Calls that fail throw {@link IllegalStateException} with the {@link ScriptException}
     * as its cause.
     *
     * <pre>{@code
     * interface Pricing { double total(List<String> items); }
     * Pricing pricing = ((Invocable) engine).getInterface(Pricing.class);
     * }</pre>
     */
    @Override
    public <T> T getInterface(Class<T> type) {
        if (!type.isInterface()) {
            throw new IllegalArgumentException(type.getName() + " is not an interface");
        }
        for (Method method : type.getMethods()) {
            if (!method.isDefault() && !isCallable(method.getName())) {
                return null;
            }
        }
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                switch (method.getName()) {
                    case "equals":
                        return self == args[0];
                    case "hashCode":
                        return System.identityHashCode(self);
                    default:
                        return "MicroPython implementation of " + type.getName();
                }
            }
            if (method.isDefault()) {
                return java.lang.reflect.InvocationHandler.invokeDefault(self, method, args);
            }
            try {
                RunResult result = call(method.getName(), args != null ? args : new Object[0], true);
                valueOf(result, "<string>");
                return method.getReturnType() == void.class ? null
                        : session.get(RESULT, new TypeOf(method.getGenericReturnType()));
            } catch (ScriptException | NoSuchMethodException e) {
                throw new IllegalStateException("Python function '" + method.getName() + "' failed: "
                        + e.getMessage(), e);
            } finally {
                session.run("globals().pop('" + RESULT + "', None)");
            }
        });
        return type.cast(proxy);
    }

    /**
     * Not supported: Python objects stay in the sandbox.
     *
     * @throws IllegalArgumentException always; use {@link #getInterface(Class)}
     */
    @Override
    public <T> T getInterface(Object thiz, Class<T> type) {
        throw new IllegalArgumentException("Python objects do not cross to Java; use getInterface(Class)");
    }

    /**
     * Keeps {@code script} for evaluation; it is compiled (and its syntax checked) each time it is
     * evaluated, so this saves nothing but lets tools that want a {@link Compilable} use the engine.
     *
     * <pre>{@code
     * CompiledScript square = ((Compilable) engine).compile("n * n");
     * engine.put("n", 7);
     * square.eval();   // 49
     * }</pre>
     */
    @Override
    public CompiledScript compile(String script) {
        Objects.requireNonNull(script, "script");
        return new CompiledScript() {
            @Override
            public Object eval(ScriptContext context) throws ScriptException {
                return MicroPythonScriptEngine.this.eval(script, context);
            }

            @Override
            public ScriptEngine getEngine() {
                return MicroPythonScriptEngine.this;
            }
        };
    }

    /** Reads {@code script} to its end and keeps it, as {@link #compile(String)} does. */
    @Override
    public CompiledScript compile(Reader script) throws ScriptException {
        return compile(readAll(script));
    }

    /** Closes the engine's session (see {@link MicroPythonSession#close()}); evaluating afterwards throws. */
    @Override
    public void close() {
        cleanable.clean();
    }

    // ---- helpers ----

    /** Calls global function {@code name}; with {@code keep}, its result stays in a global for a typed get. */
    private RunResult call(String name, Object[] args, boolean keep) throws ScriptException, NoSuchMethodException {
        Objects.requireNonNull(name, "name");
        if (!isCallable(name)) {
            throw new NoSuchMethodException("no Python function named '" + name + "'");
        }
        try {
            session.set(ARGUMENTS, Arrays.asList(args));
        } catch (IllegalArgumentException e) {
            throw new ScriptException("the arguments cannot cross to Python: " + e.getMessage());
        }
        String call = name + "(*globals().pop('" + ARGUMENTS + "'))";
        return run(context, () -> session.run(keep ? RESULT + " = " + call : call));
    }

    /** Whether {@code name} is a callable global or builtin. */
    private boolean isCallable(String name) {
        return GlobalsBindings.IDENTIFIER.matcher(name).matches()
                && Boolean.TRUE.equals(session.run("callable(globals()['" + name + "'] if '" + name
                        + "' in globals() else getattr(__import__('builtins'), '" + name + "', None))")
                        .value().orElse(null));
    }

    private interface SessionCall {
        RunResult run();
    }

    /** Runs with the session's output going to the context's writers. */
    private RunResult run(ScriptContext context, SessionCall call) throws ScriptException {
        stdout.redirect(context.getWriter());
        stderr.redirect(context.getErrorWriter());
        try {
            return call.run();
        } catch (IllegalStateException e) {
            throw new ScriptException(e.getMessage());
        } finally {
            stdout.redirect(null);
            stderr.redirect(null);
        }
    }

    private void copyIn(Bindings bindings) throws ScriptException {
        for (Map.Entry<String, Object> entry : bindings.entrySet()) {
            if (GlobalsBindings.IDENTIFIER.matcher(entry.getKey()).matches()) {
                try {
                    session.set(entry.getKey(), entry.getValue());
                } catch (IllegalArgumentException e) {
                    throw new ScriptException("binding '" + entry.getKey() + "' cannot cross to Python: "
                            + e.getMessage());
                }
            }
        }
    }

    private void copyBack(Bindings bindings) {
        for (String key : bindings.keySet().toArray(new String[0])) {
            if (GlobalsBindings.IDENTIFIER.matcher(key).matches()) {
                try {
                    bindings.put(key, session.get(key));
                } catch (NoSuchElementException e) {
                    bindings.remove(key); // the script deleted it
                } catch (IllegalArgumentException e) {
                    // now a value that cannot cross (a function, say): the binding keeps its old value
                }
            }
        }
    }

    /** The run's value, or the exception its outcome calls for. */
    private static Object valueOf(RunResult result, String fileName) throws ScriptException {
        switch (result.outcome()) {
            case OK:
                return result.value().orElse(null);
            case PYTHON_ERROR: {
                PythonError error = result.error().orElseThrow();
                int line = -1;
                for (PythonError.Frame frame : error.frames()) {
                    if (frame.file().equals(fileName)) {
                        line = frame.line(); // the innermost frame in the script
                    }
                }
                String message = error.type() + (error.message().isEmpty() ? "" : ": " + error.message());
                return throwing(new ScriptException(message, fileName, line));
            }
            case EXIT:
                return throwing(new ScriptException("SystemExit: the script exited with status "
                        + result.exitCode().orElseThrow(), fileName, -1));
            default:
                Outcome outcome = result.outcome();
                return throwing(new ScriptException(outcome + ": " + result.detail().orElse(outcome.toString()),
                        fileName, -1));
        }
    }

    private static Object throwing(ScriptException e) throws ScriptException {
        throw e;
    }

    private static String readAll(Reader reader) throws ScriptException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            for (int n; (n = reader.read(buffer)) >= 0; ) {
                text.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw (ScriptException) new ScriptException("cannot read the script: " + e.getMessage()).initCause(e);
        }
        return text.toString();
    }

    /** A generic type for {@link MicroPythonSession#get(String, com.fasterxml.jackson.core.type.TypeReference)}. */
    private static final class TypeOf extends com.fasterxml.jackson.core.type.TypeReference<Object> {
        private final java.lang.reflect.Type type;

        TypeOf(java.lang.reflect.Type type) {
            this.type = type;
        }

        @Override
        public java.lang.reflect.Type getType() {
            return type;
        }
    }

    /** Created on first use, so that applications without JSR-223 get no cleaner thread. */
    private static final class Cleaning {
        static final Cleaner CLEANER = Cleaner.create();
    }
}

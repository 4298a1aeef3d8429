package io.github.micropython4j.jsr223;

import io.github.micropython4j.MicroPythonSession;
import java.util.List;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;

/**
 * Makes {@link MicroPythonScriptEngine}s for {@code javax.script}: registered as a service, so
 * {@code new ScriptEngineManager().getEngineByName("micropython")} (or {@code "micropython4j"},
 * or {@code getEngineByExtension("py")}) finds it. Each engine has its own session with the
 * default limits; build one with {@link MicroPythonScriptEngine#MicroPythonScriptEngine(MicroPythonSession.Builder)}
 * to choose them.
 *
 * <pre>{@code
 * ScriptEngine engine = new ScriptEngineManager().getEngineByName("micropython");
 * Object answer = engine.eval("6 * 7");   // 42
 * }</pre>
 */
public final class MicroPythonScriptEngineFactory implements ScriptEngineFactory {
    private static final String ENGINE_VERSION = "0.1.0";

    /** The factory {@link java.util.ServiceLoader} makes; {@code new} works as well. */
    public MicroPythonScriptEngineFactory() {}

    /** {@code "micropython4j"}. */
    @Override
    public String getEngineName() {
        return "micropython4j";
    }

    /** This library's version, e.g. {@code "0.1.0"}. */
    @Override
    public String getEngineVersion() {
        return ENGINE_VERSION;
    }

    /** {@code ["py"]}. */
    @Override
    public List<String> getExtensions() {
        return List.of("py");
    }

    /** {@code ["text/x-python", "text/python", "application/x-python"]}. */
    @Override
    public List<String> getMimeTypes() {
        return List.of("text/x-python", "text/python", "application/x-python");
    }

    /** {@code ["micropython", "micropython4j"]}. */
    @Override
    public List<String> getNames() {
        return List.of("micropython", "micropython4j");
    }

    /** {@code "python"}. */
    @Override
    public String getLanguageName() {
        return "python";
    }

    /** {@code "3.4"}: the language MicroPython 1.25 implements, with parts of later versions (f-strings, ...). */
    @Override
    public String getLanguageVersion() {
        return "3.4";
    }

    /**
     * The standard keys' values ({@link ScriptEngine#NAME} is {@code "micropython"}); {@code null}
     * for {@code "THREADING"}: an engine evaluates one script at a time.
     */
    @Override
    public Object getParameter(String key) {
        switch (key) {
            case ScriptEngine.ENGINE:
                return getEngineName();
            case ScriptEngine.ENGINE_VERSION:
                return getEngineVersion();
            case ScriptEngine.LANGUAGE:
                return getLanguageName();
            case ScriptEngine.LANGUAGE_VERSION:
                return getLanguageVersion();
            case ScriptEngine.NAME:
                return "micropython";
            default:
                return null;
        }
    }

    /** {@code obj.m(arg1, arg2)}. */
    @Override
    public String getMethodCallSyntax(String obj, String m, String... args) {
        return obj + "." + m + "(" + String.join(", ", args) + ")";
    }

    /** {@code print('text')}, with the text as a Python string literal. */
    @Override
    public String getOutputStatement(String toDisplay) {
        StringBuilder literal = new StringBuilder("print('");
        for (char c : toDisplay.toCharArray()) {
            switch (c) {
                case '\\' -> literal.append("\\\\");
                case '\'' -> literal.append("\\'");
                case '\n' -> literal.append("\\n");
                case '\r' -> literal.append("\\r");
                default -> {
                    if (c < 0x20) {
                        literal.append(String.format("\\x%02x", (int) c));
                    } else {
                        literal.append(c);
                    }
                }
            }
        }
        return literal.append("')").toString();
    }

    /** The statements, one per line. */
    @Override
    public String getProgram(String... statements) {
        return String.join("\n", statements);
    }

    /** A new engine with a new session with the default limits. */
    @Override
    public ScriptEngine getScriptEngine() {
        return new MicroPythonScriptEngine(this, MicroPythonSession.builder());
    }
}

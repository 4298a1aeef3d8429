/**
 * micropython4j: run untrusted Python in-process, in a MicroPython WebAssembly sandbox on the
 * pure-Java Chicory runtime.
 *
 * <p>The API is the package {@code io.github.micropython4j}: start with
 * {@link io.github.micropython4j.MicroPythonSession}; {@code io.github.micropython4j.jsr223} is
 * the {@code javax.script} engine. Everything else (the engine, the wire protocol, the
 * conversions, the file and network layers, the command line) is internal to this module.
 */
module io.github.micropython4j {
    requires com.dylibso.chicory.runtime;
    requires com.dylibso.chicory.wasm;
    requires transitive com.fasterxml.jackson.databind; // ObjectMapper and TypeReference are in the API
    requires com.fasterxml.jackson.datatype.jsr310;
    requires transitive java.scripting;
    requires java.net.http;
    // line editing for the command line's prompt only; absent when the library is embedded
    requires static org.jline.reader;
    requires static org.jline.terminal;

    exports io.github.micropython4j;
    exports io.github.micropython4j.jsr223;

    provides javax.script.ScriptEngineFactory
            with io.github.micropython4j.jsr223.MicroPythonScriptEngineFactory;
}

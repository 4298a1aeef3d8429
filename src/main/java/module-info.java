/**
 * micropython4j: run untrusted Python in-process, in a MicroPython WebAssembly sandbox on the
 * pure-Java Chicory runtime.
 *
 * <p>The API is the one exported package, {@code io.github.micropython4j}: start with
 * {@link io.github.micropython4j.MicroPythonSession}. Everything else (the engine, the wire
 * protocol, the file and network layers, the command line) is internal to this module.
 */
module io.github.micropython4j {
    requires com.dylibso.chicory.runtime;
    requires com.dylibso.chicory.wasm;
    requires com.fasterxml.jackson.databind;
    requires java.net.http;
    // line editing for the command line's prompt only; absent when the library is embedded
    requires static org.jline.reader;
    requires static org.jline.terminal;

    exports io.github.micropython4j;
}

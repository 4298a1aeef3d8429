package io.github.micropython4j.guest;

import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.Instruction;
import com.dylibso.chicory.wasm.types.OpCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The fuel meter cannot silently weaken: on the final micropython.wasm, every loop of every
 * function starts with a call to the tick helper, except in the functions
 * micropython-wasm-build/tools/unmetered-functions.txt lists with their reasons. A binary in
 * which meter.py missed one loop fails here.
 */
class MeterCoverageTest {
    private static final Path WASM = Path.of("src/main/resources/micropython.wasm");
    private static final Path UNMETERED = Path.of("micropython-wasm-build/tools/unmetered-functions.txt");
    private static final String TICK = "__mp4j_fuel_tick";

    /** Functions with a loop whose first instruction is not the tick, as {@code name@address}. */
    static List<String> loopsWithoutTick(byte[] wasm, Set<String> unmetered) {
        WasmModule module = Parser.parse(wasm);
        int imported = module.importSection().count(ExternalType.FUNCTION);
        int tick = -1;
        for (int i = 0; i < module.codeSection().functionBodyCount(); i++) {
            if (TICK.equals(module.nameSection().nameOfFunction(imported + i))) {
                tick = imported + i;
            }
        }
        assertThat(tick).as("the tick helper " + TICK).isNotNegative();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < module.codeSection().functionBodyCount(); i++) {
            String name = module.nameSection().nameOfFunction(imported + i);
            if (unmetered.contains(name)) {
                continue;
            }
            List<? extends Instruction> code = module.codeSection().getFunctionBody(i).instructions();
            for (int at = 0; at < code.size(); at++) {
                if (code.get(at).opcode() != OpCode.LOOP) {
                    continue;
                }
                Instruction first = at + 1 < code.size() ? code.get(at + 1) : null;
                if (first == null || first.opcode() != OpCode.CALL || first.operand(0) != tick) {
                    missing.add(name + "@" + code.get(at).address());
                }
            }
        }
        return missing;
    }

    static Set<String> unmeteredFunctions() throws IOException {
        return Files.readAllLines(UNMETERED, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .collect(Collectors.toSet());
    }

    @Test
    void everyLoopOutsideTheListedFunctionsStartsWithATick() throws IOException {
        assertThat(loopsWithoutTick(Files.readAllBytes(WASM), unmeteredFunctions())).isEmpty();
    }

    @Test
    void everyListedFunctionExists() throws IOException {
        Set<String> names = Set.copyOf(WasmFunctionNames.read(Files.readAllBytes(WASM)).values());

        assertThat(names).containsAll(unmeteredFunctions());
    }

    @Test
    void aBinaryWithOneLoopLeftUnmeteredFailsTheCheck() throws IOException {
        byte[] wasm = Files.readAllBytes(WASM);
        byte[] tampered = withoutFirstTick(wasm);

        List<String> missing = loopsWithoutTick(tampered, unmeteredFunctions());

        assertThat(missing).hasSize(1);
    }

    /**
     * The binary with its first {@code loop (empty type); call tick} sequence's call replaced
     * by nops of the same length, as if meter.py had skipped that loop.
     */
    private static byte[] withoutFirstTick(byte[] wasm) {
        WasmModule module = Parser.parse(wasm);
        int imported = module.importSection().count(ExternalType.FUNCTION);
        int tick = -1;
        for (int i = 0; i < module.codeSection().functionBodyCount(); i++) {
            if (TICK.equals(module.nameSection().nameOfFunction(imported + i))) {
                tick = imported + i;
            }
        }
        byte[] call = leb(tick);
        byte[] tampered = wasm.clone();
        outer:
        for (int at = 0; at + 2 + call.length < wasm.length; at++) {
            if (wasm[at] != 0x03 || wasm[at + 1] != 0x40 || wasm[at + 2] != 0x10) {
                continue;
            }
            for (int k = 0; k < call.length; k++) {
                if (wasm[at + 3 + k] != call[k]) {
                    continue outer;
                }
            }
            for (int k = 0; k < 1 + call.length; k++) {
                tampered[at + 2 + k] = 0x01; // nop
            }
            return tampered;
        }
        throw new AssertionError("no loop starting with a tick found");
    }

    private static byte[] leb(int value) {
        List<Byte> bytes = new ArrayList<>();
        do {
            int b = value & 0x7f;
            value >>>= 7;
            bytes.add((byte) (value != 0 ? b | 0x80 : b));
        } while (value != 0);
        byte[] out = new byte[bytes.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = bytes.get(i);
        }
        return out;
    }
}

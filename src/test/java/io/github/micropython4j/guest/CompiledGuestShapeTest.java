package io.github.micropython4j.guest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The binary as the JVM sees it. HotSpot never JIT-compiles a method over 8,000 bytes of
 * bytecode (under default flags), and Chicory's build-time compiler turns each wasm function
 * into one method: the hot paths of the guest must stay under that size, or the sandbox runs
 * many times slower without any test failing.
 */
class CompiledGuestShapeTest {
    private static final int HOTSPOT_HUGE_METHOD_LIMIT = 8000;
    private static final String CLASS_PREFIX = "/io/github/micropython4j/internal/MicroPythonModuleMachineFuncGroup_";
    private static final Path WASM = Path.of("src/main/resources/micropython.wasm");

    /** wasm function name to the bytecode length of its compiled method. */
    private static Map<String, Integer> methodLengths;

    @BeforeAll
    static void readCompiledGuest() throws IOException {
        Map<Integer, String> names = WasmFunctionNames.read(Files.readAllBytes(WASM));
        methodLengths = new HashMap<>();
        for (int group = 0; ; group++) {
            try (InputStream in = CompiledGuestShapeTest.class.getResourceAsStream(CLASS_PREFIX + group + ".class")) {
                if (in == null) {
                    break;
                }
                ClassFileMethods.codeLengths(in.readAllBytes()).forEach((method, length) -> {
                    if (method.startsWith("func_")) {
                        int index = Integer.parseInt(method.substring("func_".length()));
                        methodLengths.put(names.getOrDefault(index, method), length);
                    }
                });
            }
        }
        assertThat(methodLengths).as("compiled guest functions").hasSizeGreaterThan(1000);
    }

    @Test
    void theBytecodeDispatchLoopIsSmallEnoughToBeJitCompiled() {
        assertThat(methodLengths.get("mp_execute_bytecode_dispatch"))
                .isNotNull()
                .isLessThan(HOTSPOT_HUGE_METHOD_LIMIT);
    }

    @Test
    void onlyColdFunctionsAreTooLargeToBeJitCompiled() {
        Map<String, Integer> huge = new TreeMap<>();
        methodLengths.forEach((name, length) -> {
            if (length >= HOTSPOT_HUGE_METHOD_LIMIT) {
                huge.put(name, length);
            }
        });
        // zlib decompression only; str.format, the allocator and the VM must not be here.
        assertThat(huge.keySet()).as(huge.toString()).containsOnly("uzlib_uncompress");
    }

    @Test
    void theCommittedBinaryMatchesItsChecksumFile() throws Exception {
        String recorded = Files.readString(WASM.resolveSibling("micropython.wasm.sha256"), StandardCharsets.UTF_8);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(WASM));

        assertThat(recorded).isEqualTo(HexFormat.of().formatHex(digest) + "  micropython.wasm\n");
    }
}

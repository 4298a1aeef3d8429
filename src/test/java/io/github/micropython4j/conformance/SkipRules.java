package io.github.micropython4j.conformance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * MicroPython 1.25's own rules for which tests a build skips, transcribed from
 * {@code tests/run-tests.py} ({@code run_tests} and {@code run_one_test}) for the directories
 * the conformance runner uses. Each skip comes with the rule that caused it.
 *
 * <p>Rules that cannot apply here are left out: the native emitter's list (we run bytecode),
 * the thread, cmdline, extmod and port-specific entries, and the GitHub Actions exclusions.
 */
final class SkipRules {
    /** The platforms run-tests.py treats as the unix/windows port. */
    private static final Set<String> PC_PLATFORMS = Set.of("darwin", "linux", "win32");

    /** run-tests.py's {@code platform_tests_to_skip}, the entries in our directories. */
    private static final Map<String, List<String>> PLATFORM_TESTS_TO_SKIP = Map.of(
            "esp8266", List.of("micropython/viper_args.py", "micropython/viper_binop_arith.py", "misc/rge_sm.py"),
            "minimal", List.of("basics/class_inplace_op.py", "basics/subclass_native_init.py", "misc/rge_sm.py",
                    "micropython/opt_level.py"),
            "nrf", List.of("basics/io_buffered_writer.py", "basics/io_bytesio_cow.py", "basics/io_bytesio_ext.py",
                    "basics/io_bytesio_ext2.py", "basics/io_iobase.py", "basics/io_stringio1.py",
                    "basics/io_stringio_base.py", "basics/io_stringio_with.py", "basics/io_write_ext.py",
                    "basics/memoryview1.py", "micropython/opt_level.py", "misc/non_compliant.py"),
            "webassembly", List.of("basics/string_format_modulo.py", "basics/string_strip.py",
                    "micropython/emg_exc.py", "micropython/extreme_exc.py",
                    "micropython/heapalloc_exc_compressed_emg_exc.py"),
            "WiPy", List.of("misc/print_exception.py"));

    /** Tests that use slicing without having "slice" in their name (run-tests.py's {@code misc_slice_tests}). */
    private static final Set<String> MISC_SLICE_TESTS = Set.of("builtin_range", "bytearray1", "class_super",
            "containment", "errno1", "fun_str", "generator1", "globals_del", "memoryview1", "memoryview_gc",
            "object1", "python34", "string_format_modulo", "struct_endian");

    private final TargetFeatures features;
    /** Test path -> why run-tests.py lists it for skipping on this build. */
    private final Map<String, String> listed = new LinkedHashMap<>();

    SkipRules(TargetFeatures features) {
        this.features = features;
        if (features.floatPrecision() == 0) {
            list("float precision 0 (no float)", "misc/rge_sm.py");
        }
        if (features.floatPrecision() < 32) {
            list("needs 32-bit float precision", "float/float2int_intbig.py", "float/string_format.py",
                    "float/bytes_construct.py", "float/bytearray_construct.py", "float/float_format_ints_power10.py");
        }
        if (features.floatPrecision() < 64) {
            list("needs 64-bit float precision", "float/float_divmod.py", "float/float2int_doubleprec_intbig.py",
                    "float/float_format_ints_doubleprec.py", "float/float_parse_doubleprec.py");
        }
        if (!features.complex()) {
            list("no complex numbers", "float/complex1.py", "float/complex1_intbig.py", "float/complex_reverse_op.py",
                    "float/complex_special_methods.py", "float/int_big_float.py", "float/true_value.py",
                    "float/types.py", "float/complex_dunder.py");
        }
        if (!PC_PLATFORMS.contains(features.platform())) {
            list("run-tests.py skips it on platforms other than the unix/windows port (sys.platform '"
                    + features.platform() + "'): " + "the chaining warning is not printed there",
                    "basics/exception_chain.py");
            list("run-tests.py skips it on platforms other than the unix/windows port (sys.platform '"
                    + features.platform() + "'): its output is very different from the unix port's",
                    "micropython/meminfo.py");
        }
        List<String> platformTests = PLATFORM_TESTS_TO_SKIP.getOrDefault(features.platform(), List.of());
        list("run-tests.py's skip list for platform '" + features.platform() + "'", platformTests.toArray(String[]::new));
    }

    private void list(String reason, String... tests) {
        for (String test : tests) {
            listed.putIfAbsent(test, reason);
        }
    }

    /**
     * Why run-tests.py skips {@code test} (a path such as {@code basics/int_big1.py}) on this
     * build, or empty when it runs it.
     */
    Optional<String> skipReason(String test) {
        if (listed.containsKey(test)) {
            return Optional.of(listed.get(test));
        }
        String name = test.substring(test.lastIndexOf('/') + 1, test.length() - ".py".length());
        if (!features.nativeEmitter() && (name.startsWith("native_") || name.startsWith("viper_"))) {
            return Optional.of("no native emitter (feature_check/native_check.py)");
        }
        if (!features.sameByteOrderAsCPython() && name.endsWith("_endian")) {
            return Optional.of("byte order differs from CPython's (feature_check/byteorder.py)");
        }
        if (!features.intBig() && (name.startsWith("int_big") || name.endsWith("_intbig"))) {
            return Optional.of("no arbitrary-precision integers (feature_check/int_big.py)");
        }
        if (!features.bytearray() && (name.startsWith("bytearray") || name.endsWith("_bytearray"))) {
            return Optional.of("no bytearray (feature_check/bytearray.py)");
        }
        if (!features.setType() && (name.startsWith("set_") || name.startsWith("frozenset") || name.endsWith("_set"))) {
            return Optional.of("no set type (feature_check/set_check.py)");
        }
        if (!features.slice() && (name.contains("slice") || MISC_SLICE_TESTS.contains(name))) {
            return Optional.of("no slice (feature_check/slice.py)");
        }
        if (!features.async() && (name.startsWith("async_") || name.startsWith("asyncio_"))) {
            return Optional.of("no async/await (feature_check/async_check.py)");
        }
        if (!features.constKeyword() && name.startsWith("const")) {
            return Optional.of("no const() (feature_check/const.py)");
        }
        if (!features.reverseOps() && name.contains("reverse_op")) {
            return Optional.of("no __rOP__ special methods (feature_check/reverse_ops.py)");
        }
        if (!features.ioModule() && name.startsWith("io_")) {
            return Optional.of("no io module (feature_check/io_module.py)");
        }
        if (!features.fstring() && name.startsWith("string_fstring")) {
            return Optional.of("no f-strings (feature_check/fstring.py)");
        }
        if (features.inlineAsmArch() == null && name.startsWith("asm")) {
            return Optional.of("no inline assembler (feature_check/inlineasm_*.py)");
        }
        return Optional.empty();
    }
}

package io.github.micropython4j.conformance;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * What one MicroPython build supports, found as run-tests.py finds it: by running the scripts
 * in {@code tests/feature_check/} on it and looking at what they print.
 *
 * @param platform {@code sys.platform} ({@code linux} natively, {@code wasi} in the sandbox)
 * @param arch the native code architecture, or {@code None}
 * @param inlineAsmArch the inline assembler's architecture, or null when it has none
 */
record TargetFeatures(
        String platform,
        String arch,
        String inlineAsmArch,
        boolean nativeEmitter,
        boolean intBig,
        boolean bytearray,
        boolean setType,
        boolean slice,
        boolean async,
        boolean constKeyword,
        boolean reverseOps,
        boolean ioModule,
        boolean fstring,
        boolean sameByteOrderAsCPython,
        int floatPrecision,
        boolean complex,
        boolean coverage) {

    /**
     * Runs the feature checks.
     *
     * @param featureCheckDirectory {@code tests/feature_check}
     * @param runCheck runs one check on the target as a special test (output as printed)
     * @param cpythonByteOrder what CPython prints for {@code byteorder.py}
     */
    static TargetFeatures detect(Path featureCheckDirectory, Function<Path, Output> runCheck, String cpythonByteOrder) {
        Function<String, String> check = name -> runCheck.apply(featureCheckDirectory.resolve(name)).merged();
        String[] target = check.apply("target_info.py").strip().split("\\s+");
        if (target.length != 2) {
            throw new IllegalStateException("cannot detect platform: " + String.join(" ", target));
        }
        String inlineAsm = null;
        for (String arch : new String[] {"rv32", "thumb", "xtensa"}) {
            if (check.apply("inlineasm_" + arch + ".py").strip().equals(arch)) {
                inlineAsm = arch;
                break;
            }
        }
        int precision;
        try {
            precision = Integer.parseInt(check.apply("float.py").strip());
        } catch (NumberFormatException e) {
            precision = 0;
        }
        return new TargetFeatures(
                target[0],
                target[1],
                inlineAsm,
                check.apply("native_check.py").equals("native\n"),
                check.apply("int_big.py").equals("1000000000000000000000000000000000000000000000\n"),
                check.apply("bytearray.py").equals("bytearray\n"),
                check.apply("set_check.py").equals("{1}\n"),
                check.apply("slice.py").equals("slice\n"),
                check.apply("async_check.py").equals("async\n"),
                check.apply("const.py").equals("1\n"),
                !check.apply("reverse_ops.py").equals("TypeError\n"),
                check.apply("io_module.py").equals("io\n"),
                check.apply("fstring.py").equals("a=1\n"),
                check.apply("byteorder.py").equals(cpythonByteOrder),
                precision,
                check.apply("complex.py").equals("complex\n"),
                check.apply("coverage.py").equals("coverage\n"));
    }

    /** One line for the report. */
    String summary() {
        return "platform " + platform + ", arch " + arch + ", float precision " + floatPrecision
                + ", native emitter " + (nativeEmitter ? "yes" : "no")
                + ", complex " + (complex ? "yes" : "no");
    }
}

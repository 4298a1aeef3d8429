package io.github.micropython4j.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** run-tests.py's skip rules, as {@link SkipRules} transcribes them. */
class SkipRulesTest {
    private static final TargetFeatures SANDBOX_LIKE = features("wasi", false, true, 64, true);
    private static final TargetFeatures UNIX_LIKE = features("linux", true, true, 64, true);

    @Test
    void platformsOtherThanThePcSkipTheChainingWarningAndMemInfo() {
        SkipRules rules = new SkipRules(SANDBOX_LIKE);

        assertThat(rules.skipReason("basics/exception_chain.py")).hasValueSatisfying(r -> assertThat(r).contains("wasi"));
        assertThat(rules.skipReason("micropython/meminfo.py")).isPresent();
        assertThat(new SkipRules(UNIX_LIKE).skipReason("basics/exception_chain.py")).isEmpty();
    }

    @Test
    void noNativeEmitterSkipsNativeAndViperTestsOnly() {
        SkipRules rules = new SkipRules(SANDBOX_LIKE);

        assertThat(rules.skipReason("micropython/viper_args.py")).isPresent();
        assertThat(rules.skipReason("micropython/native_gen.py")).isPresent();
        assertThat(rules.skipReason("basics/gen_yield_from.py")).isEmpty();
        assertThat(new SkipRules(UNIX_LIKE).skipReason("micropython/viper_args.py")).isEmpty();
    }

    @Test
    void missingFeaturesSkipByTestName() {
        SkipRules rules = new SkipRules(features("linux", true, false, 64, true));

        assertThat(rules.skipReason("basics/int_big_add.py")).isPresent();
        assertThat(rules.skipReason("float/complex1_intbig.py")).isPresent();
        assertThat(rules.skipReason("basics/int_small.py")).isEmpty();
    }

    @Test
    void floatPrecisionAndComplexDecideTheFloatLists() {
        SkipRules single = new SkipRules(features("linux", true, true, 32, false));

        assertThat(single.skipReason("float/float_divmod.py")).isPresent();
        assertThat(single.skipReason("float/complex1.py")).isPresent();
        assertThat(single.skipReason("float/float1.py")).isEmpty();
        assertThat(new SkipRules(UNIX_LIKE).skipReason("float/float_divmod.py")).isEmpty();
    }

    @Test
    void platformListsApplyToTheirPlatform() {
        SkipRules webassembly = new SkipRules(features("webassembly", false, true, 64, true));

        assertThat(webassembly.skipReason("basics/string_strip.py")).isPresent();
        assertThat(new SkipRules(SANDBOX_LIKE).skipReason("basics/string_strip.py")).isEmpty();
    }

    private static TargetFeatures features(String platform, boolean nativeEmitter, boolean intBig, int floatBits,
            boolean complex) {
        return new TargetFeatures(platform, "None", null, nativeEmitter, intBig, true, true, true, true, true, true,
                true, true, true, floatBits, complex, false);
    }
}

package io.github.micropython4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What fuel is charged for: the bytecode a run executes (not the bytecode it jumps over; also
 * straight-line code that returns or yields without a jump), and the C work behind a single
 * bytecode that grows with the data, such as matching keyword arguments or walking a function's
 * line table for a traceback. Each test measures the fuel of one more turn of a loop, the
 * difference between a run doing n + 1 turns and one doing n.
 */
class FuelAccountingTest {
    private MicroPythonSession session;

    @BeforeEach
    void openSession() {
        session = MicroPythonSession.builder().build();
    }

    @AfterEach
    void closeSession() {
        session.close();
    }

    @Test
    void bytecodeJumpedOverCostsNothing() {
        define("def plain(n):\n    for i in range(n):\n        x = i\n");
        define("def skipping(n):\n    for i in range(n):\n        x = i\n        if i < 0:\n"
                + "            x = i * 2 + 1\n".repeat(50));

        long plain = fuelOfOneMoreTurn("plain(%d)");
        long skipping = fuelOfOneMoreTurn("skipping(%d)");

        assertThat(plain).isPositive();
        // The test and jump cost a few units; the 50 lines never run, and cost nothing.
        assertThat(skipping - plain).isBetween(1L, 20L);
    }

    @Test
    void straightLineCodeIsChargedWhenItsFunctionReturns() {
        int lines = 500;
        define("exec('def f():\\n' + '    x = 1\\n' * " + lines + " + '    return x\\n')\n"
                + "def calls(n):\n    for _ in range(n):\n        f()\n");

        // Nothing in f jumps: its bytecode, two bytes a line, is charged when it returns.
        assertThat(fuelOfOneMoreTurn("calls(%d)")).isGreaterThan(2L * lines);
    }

    @Test
    void straightLineCodeIsChargedWhenItsGeneratorYields() {
        int lines = 500;
        define("exec('def g():\\n    while True:\\n' + '        x = 1\\n' * " + lines
                + " + '        yield x\\n')\n"
                + "def resume(n):\n    it = g()\n    for _ in range(n):\n        next(it)\n");

        // A resumed generator jumps back to the top of its loop, then runs straight to the yield.
        assertThat(fuelOfOneMoreTurn("resume(%d)")).isGreaterThan(2L * lines);
    }

    @Test
    void matchingKeywordArgumentsIsChargedPerKeywordAndParameter() {
        int parameters = 300;
        define("names = ['p%d' % i for i in range(" + parameters + ")]\n"
                + "exec('def f(' + ', '.join(n + '=0' for n in names) + '):\\n    return 0\\n')\n"
                + "kwargs = {n: 1 for n in names}\n"
                + "def calls(n):\n    for _ in range(n):\n        f(**kwargs)\n");

        // Every keyword is looked for among the parameter names, half of them on average.
        assertThat(fuelOfOneMoreTurn("calls(%d)")).isGreaterThan(parameters * parameters / 2L);
    }

    @Test
    void aLookupAmongCollidingKeysIsChargedPerProbe() {
        // On wasm32 an int hashes to its low 31 bits, so these 500 keys all hash to 7 and share
        // one probe sequence: finding the last one added probes past the 499 others.
        define("colliding = {(i << 32) + 7: i for i in range(1, 501)}\n"
                + "spread = {i: i for i in range(500)}\n"
                + "def find(d, key, n):\n    for _ in range(n):\n        d[key]\n");

        long colliding = fuelOfOneMoreTurn("find(colliding, (500 << 32) + 7, %d)");
        long spread = fuelOfOneMoreTurn("find(spread, 499, %d)");

        assertThat(colliding - spread).isGreaterThan(400L);
    }

    @Test
    void buildingADictOfCollidingKeysIsChargedPerProbe() {
        // Each key added probes past all the colliding keys before it: n^2 / 2 probes in all.
        define("def build(n):\n    return dict.fromkeys([(i << 32) + 7 for i in range(1, n + 1)])\n");

        long colliding = fuelOf("build(2000)") - fuelOf("build(1000)");

        assertThat(colliding).isGreaterThan((2000L * 2000 - 1000L * 1000) / 2);
    }

    @Test
    void sortingIsChargedForItsComparisons() {
        // 2^k runs of 64 ascending items each take k merge passes over all the items.
        define("def sort(runs):\n    return sorted(bytes(range(64)) * runs)\n");

        long small = fuelOf("sort(16)");
        long large = fuelOf("sort(256)");

        // 16 times the items and twice the passes: more than 16 times the fuel.
        assertThat(large).isGreaterThan(small * 20);
    }

    @Test
    void anExceptionIsChargedForWalkingTheLineTableOfItsFunction() {
        int lines = 2000;
        define("exec('def f(n):\\n' + '    x = 1\\n' * " + lines + " + '    for _ in range(n):\\n"
                + "        try:\\n            1 // 0\\n        except ZeroDivisionError:\\n"
                + "            pass\\n')\n");

        // The traceback entry's line number is found by walking the line table up to the raise.
        assertThat(fuelOfOneMoreTurn("f(%d)")).isGreaterThan(lines);
    }

    @Test
    void aClassBodysBuiltInValuesAddOnlyTheirOwnBytecode() {
        // Patch 0099: making a class looked up __get__/__set__/__delete__ on each value of its
        // body, a linear search of the built-in type's methods for every str, int or tuple
        // (~150 units per str, so every class paid ~300 for __module__ and __qualname__).
        define("def bare(n):\n    for _ in range(n):\n        class C:\n            pass\n");
        define("def valued(n):\n    for _ in range(n):\n        class C:\n"
                + "            a = 'one'; b = 'two'; c = 3; d = (4,); e = 5.0\n".repeat(4));

        long bare = fuelOfOneMoreTurn("bare(%d)");
        long valued = fuelOfOneMoreTurn("valued(%d)");

        assertThat(bare).isBetween(1L, 100L);
        // 20 stores of constants: a few units of bytecode each, nothing per value beyond that.
        assertThat(valued - bare).isBetween(20L, 200L);
    }

    @Test
    void aBinaryOperationOnSmallIntsPaysOnlyForItsBytecode() {
        // Patch 0098 first retried an operation with a subclass instance's built-in value by a
        // tail call of mp_binary_op to itself; clang made that a loop, and the meter charged a
        // unit for entering it on every binary operation.
        int lines = 100;
        define("def copies(n):\n    for i in range(n):\n" + "        x = i\n".repeat(lines));
        define("def sums(n):\n    for i in range(n):\n" + "        x = i + 1\n".repeat(lines));

        long copies = fuelOfOneMoreTurn("copies(%d)");
        long sums = fuelOfOneMoreTurn("sums(%d)");

        // `x = i + 1` is two bytes of bytecode longer than `x = i` (the constant and the operator).
        assertThat(sums - copies).isBetween(2L * lines, 2L * lines + 10);
    }

    private void define(String code) {
        assertThat(session.run(code).outcome()).isEqualTo(Outcome.OK);
    }

    private long fuelOfOneMoreTurn(String callTemplate) {
        return fuelOf(String.format(callTemplate, 2)) - fuelOf(String.format(callTemplate, 1));
    }

    private long fuelOf(String code) {
        RunResult result = session.run(code);
        assertThat(result.outcome()).as(result.stderr()).isEqualTo(Outcome.OK);
        return result.fuelUsed().orElseThrow();
    }
}

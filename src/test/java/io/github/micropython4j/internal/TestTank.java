package io.github.micropython4j.internal;

/** A guest's fuel global for tests: a plain field the test moves as the guest's meter would. */
final class TestTank implements FuelAccount.Tank {
    long level;

    @Override
    public long level() {
        return level;
    }

    @Override
    public void fill(long units) {
        level = units;
    }
}

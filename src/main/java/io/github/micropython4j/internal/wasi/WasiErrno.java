package io.github.micropython4j.internal.wasi;

/**
 * The WASI preview1 error numbers this layer returns (wasi-libc turns them into the guest's
 * {@code errno}, which MicroPython raises as {@code OSError}).
 */
final class WasiErrno {
    static final int SUCCESS = 0;
    static final int ACCES = 2;
    static final int BADF = 8;
    static final int BUSY = 10;
    static final int EXIST = 20;
    static final int INVAL = 28;
    static final int IO = 29;
    static final int ISDIR = 31;
    static final int LOOP = 32;
    static final int MFILE = 33;
    static final int NAMETOOLONG = 37;
    static final int NOENT = 44;
    static final int NOSPC = 51;
    static final int NOTDIR = 54;
    static final int NOTEMPTY = 55;
    static final int NOTSUP = 58;
    static final int ROFS = 69;
    static final int SPIPE = 70;
    static final int XDEV = 75;

    private WasiErrno() {}
}

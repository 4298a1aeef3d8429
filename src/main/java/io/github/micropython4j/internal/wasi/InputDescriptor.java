package io.github.micropython4j.internal.wasi;

import java.nio.ByteBuffer;

/** The guest's stdin: always at its end (a session has no input stream). */
final class InputDescriptor implements Descriptor {
    @Override
    public int filetype() {
        return FILETYPE_CHARACTER_DEVICE;
    }

    @Override
    public long rights() {
        return RIGHT_FD_READ;
    }

    @Override
    public int read(ByteBuffer buffer) {
        return 0;
    }

    @Override
    public boolean closable() {
        return false;
    }
}

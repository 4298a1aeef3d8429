package io.github.micropython4j.internal.wasi;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;

/** The guest's stdout or stderr: a host stream. */
final class OutputDescriptor implements Descriptor {
    private final OutputStream stream;

    OutputDescriptor(OutputStream stream) {
        this.stream = stream;
    }

    @Override
    public int filetype() {
        return FILETYPE_CHARACTER_DEVICE;
    }

    @Override
    public long rights() {
        return RIGHT_FD_WRITE;
    }

    @Override
    public int write(ByteBuffer buffer) throws WasiError {
        int length = buffer.remaining();
        try {
            stream.write(buffer.array(), buffer.arrayOffset() + buffer.position(), length);
        } catch (IOException e) {
            throw new WasiError(WasiErrno.IO);
        }
        buffer.position(buffer.limit());
        return length;
    }

    @Override
    public boolean closable() {
        return false;
    }
}

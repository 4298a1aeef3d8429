package io.github.micropython4j.internal.wasi;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * An open regular file inside a mount. Writes that would make the file longer take the growth
 * from the mount's quota first: a write is cut where the quota ends, and one that cannot write a
 * byte fails with {@code ENOSPC}, so nothing past the quota reaches the disk.
 */
final class FileDescriptor implements Descriptor {
    static final int FDFLAG_APPEND = 1;
    private static final int WHENCE_SET = 0;
    private static final int WHENCE_CUR = 1;
    private static final int WHENCE_END = 2;

    private final Quota quota;
    private final FileChannel channel;
    private final boolean readable;
    private final boolean writable;
    private final boolean append;

    /**
     * @param quota the mount's quota; null for a file opened only for reading
     * @param append whether every write goes to the end ({@code O_APPEND})
     */
    FileDescriptor(Quota quota, FileChannel channel, boolean readable, boolean writable, boolean append) {
        this.quota = quota;
        this.channel = channel;
        this.readable = readable;
        this.writable = writable;
        this.append = append;
    }

    @Override
    public int filetype() {
        return FILETYPE_REGULAR_FILE;
    }

    @Override
    public long rights() {
        return RIGHT_FD_SEEK | RIGHT_FD_TELL | (readable ? RIGHT_FD_READ : 0) | (writable ? RIGHT_FD_WRITE : 0);
    }

    @Override
    public int flags() {
        return append ? FDFLAG_APPEND : 0;
    }

    @Override
    public int read(ByteBuffer buffer) throws WasiError {
        if (!readable) {
            throw new WasiError(WasiErrno.BADF);
        }
        try {
            return Math.max(0, channel.read(buffer));
        } catch (IOException e) {
            throw Errors.of(e);
        }
    }

    @Override
    public int write(ByteBuffer buffer) throws WasiError {
        if (!writable) {
            throw new WasiError(WasiErrno.BADF);
        }
        if (!buffer.hasRemaining()) {
            return 0;
        }
        try {
            long size = channel.size();
            if (append) {
                channel.position(size);
            }
            long position = channel.position();
            long growth = Math.max(0, position + buffer.remaining() - size);
            long granted = quota.reserveBytes(growth);
            long cut = growth - granted;
            if (cut >= buffer.remaining()) {
                quota.releaseBytes(granted);
                throw new WasiError(WasiErrno.NOSPC);
            }
            buffer.limit(buffer.limit() - (int) cut);
            int written = 0;
            try {
                while (buffer.hasRemaining()) {
                    written += channel.write(buffer);
                }
            } finally {
                quota.releaseBytes(granted - Math.max(0, position + written - size));
            }
            return written;
        } catch (IOException e) {
            throw Errors.of(e);
        }
    }

    @Override
    public long seek(long offset, int whence) throws WasiError {
        try {
            long base;
            switch (whence) {
                case WHENCE_SET:
                    base = 0;
                    break;
                case WHENCE_CUR:
                    base = channel.position();
                    break;
                case WHENCE_END:
                    base = channel.size();
                    break;
                default:
                    throw new WasiError(WasiErrno.INVAL);
            }
            long target = base + offset;
            if (target < 0 || (offset > 0 && target < base)) {
                throw new WasiError(WasiErrno.INVAL);
            }
            channel.position(target);
            return target;
        } catch (IOException e) {
            throw Errors.of(e);
        }
    }

    @Override
    public void sync() throws WasiError {
        try {
            channel.force(true);
        } catch (IOException e) {
            throw Errors.of(e);
        }
    }

    @Override
    public void setSize(long size) throws WasiError {
        if (!writable) {
            throw new WasiError(WasiErrno.BADF);
        }
        if (size < 0) {
            throw new WasiError(WasiErrno.INVAL);
        }
        try {
            long current = channel.size();
            if (size < current) {
                long position = channel.position();
                channel.truncate(size);
                channel.position(position); // ftruncate leaves the offset alone
                quota.releaseBytes(current - size);
            } else if (size > current) {
                quota.reserveAllBytes(size - current);
                try {
                    channel.write(ByteBuffer.allocate(1), size - 1);
                } catch (IOException e) {
                    quota.releaseBytes(size - current);
                    throw e;
                }
            }
        } catch (IOException e) {
            throw Errors.of(e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // the guest's close succeeds; the channel is gone either way
        }
    }
}

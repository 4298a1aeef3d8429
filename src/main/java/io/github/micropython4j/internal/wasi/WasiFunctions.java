package io.github.micropython4j.internal.wasi;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.Lock;

/**
 * The {@code wasi_snapshot_preview1} functions as Chicory host functions: each reads its
 * arguments from guest memory, calls {@link FileOperations} or a {@link Descriptor}, writes the
 * results back and returns the WASI error number. File calls hold the session's
 * {@link GuestFileSystem#enter() file lock}.
 */
final class WasiFunctions {
    private static final String MODULE = "wasi_snapshot_preview1";
    private static final ValType I32 = ValType.I32;
    private static final ValType I64 = ValType.I64;
    /** The most bytes one {@code fd_read} or {@code fd_write} moves; callers loop on short counts. */
    static final int MAX_TRANSFER = 1 << 20;
    private static final int DIRENT_HEADER = 24;
    private static final int CLOCK_REALTIME = 0;
    private static final int CLOCK_MONOTONIC = 1;
    private static final int CLOCK_PROCESS_CPUTIME = 2;
    private static final int CLOCK_THREAD_CPUTIME = 3;
    private static final int PREOPEN_TYPE_DIR = 0;
    private static final int WHENCE_CUR = 1;
    private static final byte[] ROOT_NAME = {'/'};

    /** A WASI call: returns the error number, throws {@link WasiError} for the same. */
    @FunctionalInterface
    private interface Call {
        int apply(Instance instance, Memory memory, long[] args) throws WasiError;
    }

    private final GuestFileSystem files;
    private final FileOperations operations;
    private final DescriptorTable descriptors;
    private final List<byte[]> environment;
    private final WasiModule.OutputListener listener;
    private final SecureRandom random = new SecureRandom();

    WasiFunctions(GuestFileSystem files, FileOperations operations, DescriptorTable descriptors,
            List<byte[]> environment, WasiModule.OutputListener listener) {
        this.files = files;
        this.operations = operations;
        this.descriptors = descriptors;
        this.environment = environment;
        this.listener = listener;
    }

    HostFunction[] all() {
        return new HostFunction[] {
            function("environ_get", List.of(I32, I32), this::environGet),
            function("environ_sizes_get", List.of(I32, I32), this::environSizesGet),
            function("clock_time_get", List.of(I32, I64, I32), this::clockTimeGet),
            function("random_get", List.of(I32, I32), this::randomGet),
            new HostFunction(MODULE, "proc_exit", FunctionType.of(List.of(I32), List.of()), (instance, args) -> {
                throw new GuestExit((int) args[0]);
            }),
            file("fd_close", List.of(I32), (instance, memory, args) -> {
                descriptors.close((int) args[0]);
                return WasiErrno.SUCCESS;
            }),
            file("fd_fdstat_get", List.of(I32, I32), this::fdstatGet),
            file("fd_prestat_get", List.of(I32, I32), this::prestatGet),
            file("fd_prestat_dir_name", List.of(I32, I32, I32), this::prestatDirName),
            file("fd_read", List.of(I32, I32, I32, I32), this::read),
            file("fd_write", List.of(I32, I32, I32, I32), this::write),
            file("fd_seek", List.of(I32, I64, I32, I32), (instance, memory, args) -> {
                long position = descriptors.get((int) args[0]).seek(args[1], (int) args[2]);
                memory.writeLong((int) args[3], position);
                return WasiErrno.SUCCESS;
            }),
            file("fd_tell", List.of(I32, I32), (instance, memory, args) -> {
                memory.writeLong((int) args[1], descriptors.get((int) args[0]).seek(0, WHENCE_CUR));
                return WasiErrno.SUCCESS;
            }),
            file("fd_sync", List.of(I32), (instance, memory, args) -> {
                descriptors.get((int) args[0]).sync();
                return WasiErrno.SUCCESS;
            }),
            file("fd_filestat_set_size", List.of(I32, I64), (instance, memory, args) -> {
                descriptors.get((int) args[0]).setSize(args[1]);
                return WasiErrno.SUCCESS;
            }),
            file("fd_readdir", List.of(I32, I32, I32, I64, I32), this::readdir),
            file("path_open", List.of(I32, I32, I32, I32, I32, I64, I64, I32, I32), (instance, memory, args) -> {
                int fd = operations.open((int) args[0], path(memory, args[2], args[3]), (int) args[1],
                        (int) args[4], args[5], (int) args[7]);
                memory.writeI32((int) args[8], fd);
                return WasiErrno.SUCCESS;
            }),
            file("path_filestat_get", List.of(I32, I32, I32, I32, I32), (instance, memory, args) -> {
                FileStat stat = operations.stat((int) args[0], path(memory, args[2], args[3]), (int) args[1]);
                writeFileStat(memory, (int) args[4], stat);
                return WasiErrno.SUCCESS;
            }),
            file("path_filestat_set_times", List.of(I32, I32, I32, I32, I64, I64, I32), (instance, memory, args) -> {
                operations.setTimes((int) args[0], path(memory, args[2], args[3]), (int) args[1], args[4], args[5],
                        (int) args[6]);
                return WasiErrno.SUCCESS;
            }),
            file("path_create_directory", List.of(I32, I32, I32), (instance, memory, args) -> {
                operations.createDirectory((int) args[0], path(memory, args[1], args[2]));
                return WasiErrno.SUCCESS;
            }),
            file("path_remove_directory", List.of(I32, I32, I32), (instance, memory, args) -> {
                operations.removeDirectory((int) args[0], path(memory, args[1], args[2]));
                return WasiErrno.SUCCESS;
            }),
            file("path_unlink_file", List.of(I32, I32, I32), (instance, memory, args) -> {
                operations.unlinkFile((int) args[0], path(memory, args[1], args[2]));
                return WasiErrno.SUCCESS;
            }),
            file("path_rename", List.of(I32, I32, I32, I32, I32, I32), (instance, memory, args) -> {
                operations.rename((int) args[0], path(memory, args[1], args[2]),
                        (int) args[3], path(memory, args[4], args[5]));
                return WasiErrno.SUCCESS;
            }),
        };
    }

    /** A function that does not touch files. */
    private HostFunction function(String name, List<ValType> params, Call call) {
        return new HostFunction(MODULE, name, FunctionType.of(params, List.of(I32)), (instance, args) -> {
            try {
                return new long[] {call.apply(instance, instance.memory(), args)};
            } catch (WasiError e) {
                return new long[] {e.errno()};
            }
        });
    }

    /** A function on descriptors or paths: runs under the session's file lock. */
    private HostFunction file(String name, List<ValType> params, Call call) {
        return function(name, params, (instance, memory, args) -> {
            Lock lock = files.enter();
            try {
                return call.apply(instance, memory, args);
            } finally {
                lock.unlock();
            }
        });
    }

    private int environGet(Instance instance, Memory memory, long[] args) {
        int pointers = (int) args[0];
        int buffer = (int) args[1];
        for (byte[] variable : environment) {
            memory.writeI32(pointers, buffer);
            pointers += 4;
            memory.write(buffer, variable);
            buffer += variable.length;
        }
        return WasiErrno.SUCCESS;
    }

    private int environSizesGet(Instance instance, Memory memory, long[] args) {
        int bytes = 0;
        for (byte[] variable : environment) {
            bytes += variable.length;
        }
        memory.writeI32((int) args[0], environment.size());
        memory.writeI32((int) args[1], bytes);
        return WasiErrno.SUCCESS;
    }

    private int clockTimeGet(Instance instance, Memory memory, long[] args) {
        long nanos;
        switch ((int) args[0]) {
            case CLOCK_REALTIME:
                Instant now = Instant.now();
                nanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
                break;
            case CLOCK_MONOTONIC:
                nanos = System.nanoTime();
                break;
            case CLOCK_PROCESS_CPUTIME:
            case CLOCK_THREAD_CPUTIME:
                return WasiErrno.NOTSUP;
            default:
                return WasiErrno.INVAL;
        }
        memory.writeLong((int) args[2], nanos);
        return WasiErrno.SUCCESS;
    }

    private int randomGet(Instance instance, Memory memory, long[] args) {
        int address = (int) args[0];
        int length = (int) args[1];
        byte[] chunk = new byte[Math.min(Math.max(length, 0), 4096)];
        for (int done = 0; done < length; done += chunk.length) {
            int size = Math.min(chunk.length, length - done);
            random.nextBytes(chunk);
            memory.write(address + done, chunk, 0, size);
        }
        return WasiErrno.SUCCESS;
    }

    private int fdstatGet(Instance instance, Memory memory, long[] args) throws WasiError {
        Descriptor descriptor = descriptors.get((int) args[0]);
        int address = (int) args[1];
        memory.write(address, new byte[24]);
        memory.writeByte(address, (byte) descriptor.filetype());
        memory.writeShort(address + 2, (short) descriptor.flags());
        memory.writeLong(address + 8, descriptor.rights());
        memory.writeLong(address + 16, descriptor.inheritingRights());
        return WasiErrno.SUCCESS;
    }

    private int prestatGet(Instance instance, Memory memory, long[] args) {
        if ((int) args[0] != WasiModule.ROOT_FD) {
            return WasiErrno.BADF;
        }
        int address = (int) args[1];
        memory.writeI32(address, PREOPEN_TYPE_DIR);
        memory.writeI32(address + 4, ROOT_NAME.length);
        return WasiErrno.SUCCESS;
    }

    private int prestatDirName(Instance instance, Memory memory, long[] args) {
        if ((int) args[0] != WasiModule.ROOT_FD) {
            return WasiErrno.BADF;
        }
        if ((int) args[2] < ROOT_NAME.length) {
            return WasiErrno.NAMETOOLONG;
        }
        memory.write((int) args[1], ROOT_NAME);
        return WasiErrno.SUCCESS;
    }

    private int read(Instance instance, Memory memory, long[] args) throws WasiError {
        Descriptor descriptor = descriptors.get((int) args[0]);
        int vectors = (int) args[1];
        int count = (int) args[2];
        int total = 0;
        for (int i = 0; i < count && total < MAX_TRANSFER; i++) {
            int base = memory.readInt(vectors + 8 * i);
            int length = Math.min(memory.readInt(vectors + 8 * i + 4), MAX_TRANSFER - total);
            if (length <= 0) {
                continue;
            }
            ByteBuffer buffer = ByteBuffer.allocate(length);
            int read;
            try {
                read = descriptor.read(buffer);
            } catch (WasiError e) {
                if (total > 0) {
                    break;
                }
                throw e;
            }
            memory.write(base, buffer.array(), 0, read);
            total += read;
            if (read < length) {
                break;
            }
        }
        memory.writeI32((int) args[3], total);
        return WasiErrno.SUCCESS;
    }

    private int write(Instance instance, Memory memory, long[] args) throws WasiError {
        Descriptor descriptor = descriptors.get((int) args[0]);
        int vectors = (int) args[1];
        int count = (int) args[2];
        int total = 0;
        try {
            for (int i = 0; i < count && total < MAX_TRANSFER; i++) {
                int base = memory.readInt(vectors + 8 * i);
                int length = Math.min(memory.readInt(vectors + 8 * i + 4), MAX_TRANSFER - total);
                if (length <= 0) {
                    continue;
                }
                int written;
                try {
                    written = descriptor.write(ByteBuffer.wrap(memory.readBytes(base, length)));
                } catch (WasiError e) {
                    if (total > 0) {
                        break; // report what was written; the next call gets the error
                    }
                    throw e;
                }
                total += written;
                if (written < length) {
                    break;
                }
            }
        } finally {
            if (descriptor instanceof OutputDescriptor) {
                listener.written(instance);
            }
        }
        memory.writeI32((int) args[3], total);
        return WasiErrno.SUCCESS;
    }

    private int readdir(Instance instance, Memory memory, long[] args) throws WasiError {
        int buffer = (int) args[1];
        int capacity = (int) args[2];
        long cookie = args[3];
        if (cookie < 0) {
            return WasiErrno.INVAL;
        }
        List<DirectoryEntry> entries = operations.readDirectory((int) args[0], cookie);
        int used = 0;
        long next = cookie;
        for (DirectoryEntry entry : entries) {
            if (used >= capacity) {
                break;
            }
            byte[] name = entry.name().getBytes(StandardCharsets.UTF_8);
            ByteBuffer dirent = ByteBuffer.allocate(DIRENT_HEADER + name.length).order(ByteOrder.LITTLE_ENDIAN);
            dirent.putLong(++next).putLong(entry.inode()).putInt(name.length).put((byte) entry.filetype());
            dirent.position(DIRENT_HEADER);
            dirent.put(name);
            int size = Math.min(dirent.capacity(), capacity - used);
            memory.write(buffer + used, dirent.array(), 0, size); // the last entry may be cut: the caller asks again
            used += size;
        }
        memory.writeI32((int) args[4], used);
        return WasiErrno.SUCCESS;
    }

    private static void writeFileStat(Memory memory, int address, FileStat stat) {
        ByteBuffer buffer = ByteBuffer.allocate(FileStat.SIZE).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putLong(0); // dev
        buffer.putLong(stat.inode());
        buffer.put((byte) stat.filetype());
        buffer.position(24);
        buffer.putLong(1); // nlink
        buffer.putLong(stat.size());
        buffer.putLong(stat.accessTime());
        buffer.putLong(stat.modifiedTime());
        buffer.putLong(stat.changeTime());
        memory.write(address, buffer.array());
    }

    private static String path(Memory memory, long address, long length) throws WasiError {
        if (length < 0 || length > GuestPaths.MAX_PATH_BYTES) {
            throw new WasiError(WasiErrno.NAMETOOLONG);
        }
        return new String(memory.readBytes((int) address, (int) length), StandardCharsets.UTF_8);
    }
}

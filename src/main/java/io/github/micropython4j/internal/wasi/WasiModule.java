package io.github.micropython4j.internal.wasi;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.Instance;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * The WASI preview1 imports of one guest instance: its file descriptors (stdin at its end,
 * stdout and stderr to host streams, one preopened directory {@code /} served by the session's
 * {@link GuestFileSystem}), its environment, clocks and entropy. {@link #close()} closes every
 * file the instance left open. Not part of the API.
 */
public final class WasiModule implements AutoCloseable {

    /** Told after every write to stdout or stderr. */
    @FunctionalInterface
    public interface OutputListener {
        void written(Instance instance);
    }

    /** The descriptor of the preopened root directory (after stdin, stdout, stderr). */
    static final int ROOT_FD = 3;

    private final DescriptorTable descriptors = new DescriptorTable();
    private final WasiFunctions functions;

    /**
     * @param files the session's files
     * @param environment the variables the guest sees ({@code os.environ}); names are non-empty
     *     and hold no {@code =}, names and values no NUL
     * @param stdout receives fd 1
     * @param stderr receives fd 2
     * @param listener told after each write to either
     */
    public WasiModule(GuestFileSystem files, Map<String, String> environment, OutputStream stdout,
            OutputStream stderr, OutputListener listener) {
        try {
            descriptors.add(new InputDescriptor());
            descriptors.add(new OutputDescriptor(stdout));
            descriptors.add(new OutputDescriptor(stderr));
            descriptors.add(new DirectoryDescriptor(List.of(), true));
        } catch (WasiError e) {
            throw new IllegalStateException("a new descriptor table is full", e);
        }
        this.functions = new WasiFunctions(files, new FileOperations(files, descriptors), descriptors,
                Environment.encode(environment), listener);
    }

    /** The {@code wasi_snapshot_preview1} functions the guest imports. */
    public HostFunction[] hostFunctions() {
        return functions.all();
    }

    /** Closes every descriptor, stdio aside. */
    @Override
    public void close() {
        descriptors.closeAll();
    }
}

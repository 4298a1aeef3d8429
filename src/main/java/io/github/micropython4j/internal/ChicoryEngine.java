package io.github.micropython4j.internal;

import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.GlobalInstance;
import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.InterpreterMachine;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.runtime.WasmFunctionHandle;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.dylibso.chicory.wasm.types.ValType;
import io.github.micropython4j.internal.wasi.GuestExit;
import io.github.micropython4j.internal.wasi.GuestFileSystem;
import io.github.micropython4j.internal.wasi.WasiModule;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The only code that names Chicory: loads the build-time compiled MicroPython module once per JVM,
 * instantiates it for a worker (memory limit, WASI, the {@code micropython4j} imports) and runs
 * its {@code _start}, translating Chicory's exceptions into {@link GuestFailure}.
 */
final class ChicoryEngine {
    private static final String IMPORT_MODULE = "micropython4j";
    private static final int PAGE_SIZE = 64 * 1024;
    private static final long[] NO_RESULT = null;
    /** The guest's exported fuel global (tools/meter.py); absent from a build without the meter. */
    private static final String FUEL_GLOBAL = "fuel";

    private ChicoryEngine() {}

    /**
     * The whole binary for Chicory's interpreter, parsed on first use (the compiled module's
     * metadata has no function bodies). Only test class paths carry it.
     */
    private static final class InterpretedGuest {
        static final WasmModule MODULE = parse();

        private static WasmModule parse() {
            try (InputStream wasm = ChicoryEngine.class.getResourceAsStream("/micropython.wasm")) {
                if (wasm == null) {
                    throw new IllegalStateException("running the guest interpreted needs micropython.wasm on the class path");
                }
                return Parser.parse(wasm);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** Parsed on first use, once per JVM. */
    private static final class CompiledGuest {
        static final WasmModule MODULE = MicroPythonModule.load();
        static final MemoryLimits DECLARED_MEMORY = MODULE.memorySection()
                .orElseThrow(() -> new IllegalStateException("micropython.wasm defines no memory"))
                .getMemory(0)
                .limits();
        static final boolean METERED = exports(MODULE).contains(FUEL_GLOBAL);

        private static Set<String> exports(WasmModule module) {
            Set<String> names = new HashSet<>();
            for (int i = 0; i < module.exportSection().exportCount(); i++) {
                names.add(module.exportSection().getExport(i).name());
            }
            return names;
        }
    }

    /**
     * Converts a memory limit in bytes to wasm pages, capped by what the guest declares.
     *
     * @throws IllegalArgumentException if the limit is below the guest's initial memory
     */
    static int memoryLimitPages(long bytes) {
        MemoryLimits declared = CompiledGuest.DECLARED_MEMORY;
        long pages = bytes / PAGE_SIZE;
        if (pages < declared.initialPages()) {
            throw new IllegalArgumentException("memory limit of " + bytes
                    + " bytes is below the guest's initial memory of "
                    + (long) declared.initialPages() * PAGE_SIZE + " bytes");
        }
        return (int) Math.min(pages, declared.maximumPages());
    }

    /**
     * Fails unless the guest binary has the fuel meter: without it runs would have no CPU limit.
     * The benchmark that measures the meter's cost loads an unmetered build on purpose, with
     * the system property {@code micropython4j.allowUnmeteredGuest=true}.
     *
     * @throws IllegalStateException if the binary has no fuel meter
     */
    static void requireFuelMeter() {
        if (!CompiledGuest.METERED && !Boolean.getBoolean("micropython4j.allowUnmeteredGuest")) {
            throw new IllegalStateException("micropython.wasm was built without the fuel meter (METER=0), so runs"
                    + " would have no CPU limit: rebuild it with scripts/build-micropython.sh");
        }
    }

    /**
     * Instantiates a guest and runs {@code _start} on the calling thread. Returns when the guest
     * leaves its session loop.
     *
     * @param files the session's files, served to the guest through WASI
     * @param environment the guest's environment variables
     * @param memoryLimitPages the memory limit from {@link #memoryLimitPages(long)}
     * @param interpreted run on Chicory's interpreter rather than the compiled classes
     * @param protocol serves the {@code micropython4j} imports and receives stdout and stderr
     * @throws GuestFailure if the guest stopped any other way
     */
    static void run(GuestFileSystem files, Map<String, String> environment, int memoryLimitPages,
            boolean interpreted, GuestProtocol protocol) throws GuestFailure {
        Instance instance = null;
        GuestFuel fuel = new GuestFuel();
        // after every write to stdout or stderr the protocol may stop a run past the output limit
        try (WasiModule wasi = new WasiModule(files, environment, new ConsoleStream(protocol, false),
                new ConsoleStream(protocol, true), written -> protocol.afterOutput(fuel.of(written)))) {
            ImportValues imports = ImportValues.builder()
                    .addFunction(wasi.hostFunctions())
                    .addFunction(protocolFunctions(protocol, fuel))
                    .build();
            Instance.Builder builder = interpreted
                    ? Instance.builder(InterpretedGuest.MODULE).withMachineFactory(InterpreterMachine::new)
                    : Instance.builder(CompiledGuest.MODULE).withMachineFactory(MicroPythonModule::create);
            instance = builder
                    .withImportValues(imports)
                    .withMemoryFactory(ByteArrayMemory::new)
                    .withMemoryLimits(new MemoryLimits(CompiledGuest.DECLARED_MEMORY.initialPages(), memoryLimitPages))
                    .withStart(false)
                    .build();
            instance.export(Instance.START_FUNCTION_NAME).apply();
        } catch (RuntimeException | StackOverflowError e) {
            throw translate(e, instance, memoryLimitPages);
        }
    }

    /** The guest's fd 1 or fd 2, passing what it writes to the run through the protocol. */
    private static final class ConsoleStream extends java.io.OutputStream {
        private final GuestProtocol protocol;
        private final boolean stderr;

        ConsoleStream(GuestProtocol protocol, boolean stderr) {
            this.protocol = protocol;
            this.stderr = stderr;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            protocol.write(stderr, bytes, offset, length);
        }
    }

    private static GuestFailure translate(Throwable failure, Instance instance, int memoryLimitPages) {
        if (failure instanceof ChicoryInterruptedException) {
            return new GuestFailure(GuestFailure.Kind.INTERRUPTED, "interrupted", failure);
        }
        if (failure instanceof GuestExit) {
            int code = ((GuestExit) failure).exitCode();
            return new GuestFailure(GuestFailure.Kind.EXITED, "the guest called proc_exit(" + code + ")", failure);
        }
        if (hasCause(failure, StackOverflowError.class)) {
            return new GuestFailure(GuestFailure.Kind.STACK_EXHAUSTED, "the JVM stack was exhausted", failure);
        }
        if (!(failure instanceof ChicoryException)) {
            return new GuestFailure(GuestFailure.Kind.HOST_ABORT, String.valueOf(failure.getMessage()), failure);
        }
        if (instance != null && instance.memory() != null && instance.memory().pages() >= memoryLimitPages) {
            return new GuestFailure(GuestFailure.Kind.MEMORY_EXHAUSTED,
                    "the guest trapped with all its memory in use: " + failure.getMessage(), failure);
        }
        return new GuestFailure(GuestFailure.Kind.TRAP, "the guest trapped: " + failure.getMessage(), failure);
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static HostFunction[] protocolFunctions(GuestProtocol protocol, GuestFuel fuel) {
        return new HostFunction[] {
            hostFunction("session_next", List.of(ValType.I32, ValType.I32, ValType.I32), List.of(ValType.I32),
                    (instance, args) -> i32(protocol.sessionNext(
                            memoryOf(instance), fuel.of(instance), (int) args[0], (int) args[1], (int) args[2]))),
            hostFunction("session_result", List.of(ValType.I32, ValType.I32, ValType.I32, ValType.I32), List.of(),
                    (instance, args) -> {
                        protocol.sessionResult(memoryOf(instance), fuel.of(instance),
                                (int) args[0], (int) args[1], (int) args[2], (int) args[3]);
                        return NO_RESULT;
                    }),
            hostFunction("host_call", List.of(ValType.I32, ValType.I32, ValType.I32, ValType.I32), List.of(ValType.I32),
                    (instance, args) -> i32(protocol.hostCall(
                            memoryOf(instance), (int) args[0], (int) args[1], (int) args[2], (int) args[3]))),
            hostFunction("host_result", List.of(ValType.I32, ValType.I32), List.of(ValType.I32),
                    (instance, args) -> i32(protocol.hostResult(memoryOf(instance), (int) args[0], (int) args[1]))),
            hostFunction("sleep_ms", List.of(ValType.I64), List.of(),
                    (instance, args) -> {
                        protocol.sleepMillis(fuel.of(instance), args[0]);
                        return NO_RESULT;
                    }),
            hostFunction("memory_limit_pages", List.of(), List.of(ValType.I32),
                    (instance, args) -> i32(protocol.memoryLimitPages())),
            hostFunction("fuel_exhausted", List.of(), List.of(ValType.I32),
                    (instance, args) -> i32(protocol.fuelExhausted(fuel.of(instance)))),
        };
    }

    /** The guest's fuel global as a {@link FuelAccount.Tank}, looked up once per instance. */
    private static final class GuestFuel {
        private FuelAccount.Tank tank;

        FuelAccount.Tank of(Instance instance) {
            if (tank == null) {
                if (CompiledGuest.METERED) {
                    GlobalInstance global = instance.exports().global(FUEL_GLOBAL);
                    tank = new FuelAccount.Tank() {
                        @Override
                        public long level() {
                            return global.getValue();
                        }

                        @Override
                        public void fill(long units) {
                            global.setValue(units);
                        }
                    };
                } else {
                    tank = UNMETERED;
                }
            }
            return tank;
        }
    }

    /** A tank for a guest built without the meter (benchmarks only): it has nothing to count. */
    private static final FuelAccount.Tank UNMETERED = new FuelAccount.Tank() {
        @Override
        public long level() {
            return 0;
        }

        @Override
        public void fill(long units) {}
    };

    private static HostFunction hostFunction(
            String name, List<ValType> params, List<ValType> results, WasmFunctionHandle handle) {
        return new HostFunction(IMPORT_MODULE, name, FunctionType.of(params, results), handle);
    }

    private static long[] i32(int value) {
        return new long[] {value};
    }

    private static GuestMemory memoryOf(Instance instance) {
        Memory memory = instance.memory();
        return new GuestMemory() {
            @Override
            public byte[] read(int address, int length) {
                return memory.readBytes(address, length);
            }

            @Override
            public void write(int address, byte[] bytes) {
                memory.write(address, bytes);
            }
        };
    }
}

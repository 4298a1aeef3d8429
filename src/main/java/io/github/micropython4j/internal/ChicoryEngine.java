package io.github.micropython4j.internal;

import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import com.dylibso.chicory.runtime.ConstantEvaluators;
import com.dylibso.chicory.runtime.GlobalInstance;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.InterpreterMachine;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.runtime.WasmFunctionHandle;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.CodeSection;
import com.dylibso.chicory.wasm.types.CustomSection;
import com.dylibso.chicory.wasm.types.DataCountSection;
import com.dylibso.chicory.wasm.types.DataSection;
import com.dylibso.chicory.wasm.types.ElementSection;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExportSection;
import com.dylibso.chicory.wasm.types.FunctionBody;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionSection;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.GlobalSection;
import com.dylibso.chicory.wasm.types.ImportSection;
import com.dylibso.chicory.wasm.types.MemorySection;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.dylibso.chicory.wasm.types.Section;
import com.dylibso.chicory.wasm.types.SectionId;
import com.dylibso.chicory.wasm.types.StartSection;
import com.dylibso.chicory.wasm.types.TableSection;
import com.dylibso.chicory.wasm.types.TagSection;
import com.dylibso.chicory.wasm.types.TypeSection;
import com.dylibso.chicory.wasm.types.ValType;
import io.github.micropython4j.internal.wasi.GuestExit;
import io.github.micropython4j.internal.wasi.GuestFileSystem;
import io.github.micropython4j.internal.wasi.WasiModule;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine seam, with {@link CopyOnWriteMemory}: the only code that names Chicory besides the
 * WASI layer. Loads the build-time compiled MicroPython module once per JVM, makes the template
 * (an instance started once, {@code _initialize} and {@code mp4j_init}, frozen as a
 * {@link MemoryImage} with the interpreter waiting for its first run), starts guests from an
 * image (the template or a snapshot) with the session's memory limit, WASI and the
 * {@code micropython4j} imports, and enters their session loop ({@code mp4j_resume}),
 * translating Chicory's exceptions into {@link GuestFailure}.
 */
final class ChicoryEngine {
    private static final String IMPORT_MODULE = "micropython4j";
    private static final int PAGE_SIZE = 64 * 1024;
    private static final long[] NO_RESULT = null;
    /** The guest's exported fuel global (tools/meter.py); absent from a build without the meter. */
    private static final String FUEL_GLOBAL = "fuel";
    /** The guest's exported shadow-stack pointer: at the top of the stack when the guest is at rest. */
    private static final String STACK_POINTER_GLOBAL = "__stack_pointer";
    /** wasi-libc's reactor entry point: C constructors (preopened directories). */
    private static final String INITIALIZE = "_initialize";
    /** Starts MicroPython and returns with it waiting for its first run (port/main.c). */
    private static final String INIT = "mp4j_init";
    /** Serves runs until the host has none (port/main.c). */
    private static final String RESUME = "mp4j_resume";
    /** {@code mp4j_resume} flag: the first entry of an instance started from an image. */
    private static final int RESUME_NEW_INSTANCE = 1;
    /** The memory limit the template is made under; sessions set their own when they resume. */
    private static final long TEMPLATE_MEMORY_LIMIT = 16L << 20;

    private ChicoryEngine() {}

    /**
     * The whole binary for Chicory's interpreter, parsed on first use (the compiled module's
     * metadata has no function bodies). Only test class paths carry it.
     */
    private static final class InterpretedGuest {
        static final WasmModule MODULE = parse();
        static final MemoryImage TEMPLATE = makeTemplate(true);

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
        static {
            Preload.start();
        }

        static final WasmModule MODULE = readMetadata();
        static final MemoryLimits DECLARED_MEMORY = MODULE.memorySection()
                .orElseThrow(() -> new IllegalStateException("micropython.wasm defines no memory"))
                .getMemory(0)
                .limits();
        static final boolean METERED = exports(MODULE).containsKey(FUEL_GLOBAL);
        static final int GLOBAL_COUNT = MODULE.globalSection().globalCount();
        static final int STACK_POINTER_INDEX = globalIndex(MODULE, STACK_POINTER_GLOBAL);
        /** The stack pointer's initial value: the top of the shadow stack, which lies below it. */
        static final int STACK_TOP = (int) ConstantEvaluators.computeConstantValue(null,
                MODULE.globalSection().getGlobal(STACK_POINTER_INDEX).initInstructions())[0];

        /**
         * The compiled module's metadata ({@code MicroPythonModule.meta}: the binary with each
         * function body a stub), read as {@code MicroPythonModule.load()} would but without its
         * costs that buy nothing here, which are most of a first session's parse time: validation
         * (the Chicory compiler validated this module at build time, and the compiled classes are
         * what runs), a SHA-256 digest of the 400 KB (the module's {@code digest()}, which nothing
         * reads) and decoding the code section's 1,464 stubs (only an interpreter reads function
         * bodies; the compiled machine calls its own methods), which stand in as empty bodies.
         */
        private static WasmModule readMetadata() {
            WasmModule.Builder module = WasmModule.builder().withValidation(false);
            Parser.Builder parser = Parser.builder();
            for (int id = SectionId.CUSTOM; id <= SectionId.TAG; id++) {
                if (id != SectionId.CODE) {
                    parser.includeSectionId(id);
                }
            }
            FunctionSection[] functions = new FunctionSection[1];
            try (InputStream meta = MicroPythonModule.class.getResourceAsStream("MicroPythonModule.meta")) {
                if (meta == null) {
                    throw new IllegalStateException("MicroPythonModule.meta is missing from the class path");
                }
                parser.build().parse(meta, section -> {
                    if (section instanceof FunctionSection) {
                        functions[0] = (FunctionSection) section;
                    }
                    addSection(module, section);
                });
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            CodeSection.Builder code = CodeSection.builder();
            FunctionBody compiled = new FunctionBody(List.of(), List.of());
            for (int i = 0; functions[0] != null && i < functions[0].functionCount(); i++) {
                code.addFunctionBody(compiled);
            }
            return module.setCodeSection(code.build()).build();
        }

        /** What Chicory's parser does with each section it reads (Parser.onSection). */
        private static void addSection(WasmModule.Builder module, Section section) {
            switch (section.sectionId()) {
                case SectionId.CUSTOM:
                    module.addCustomSection(((CustomSection) section).name(), (CustomSection) section);
                    break;
                case SectionId.TYPE:
                    module.setTypeSection((TypeSection) section);
                    break;
                case SectionId.IMPORT:
                    module.setImportSection((ImportSection) section);
                    break;
                case SectionId.FUNCTION:
                    module.setFunctionSection((FunctionSection) section);
                    break;
                case SectionId.TABLE:
                    module.setTableSection((TableSection) section);
                    break;
                case SectionId.MEMORY:
                    module.setMemorySection((MemorySection) section);
                    break;
                case SectionId.GLOBAL:
                    module.setGlobalSection((GlobalSection) section);
                    break;
                case SectionId.EXPORT:
                    module.setExportSection((ExportSection) section);
                    break;
                case SectionId.START:
                    module.setStartSection((StartSection) section);
                    break;
                case SectionId.ELEMENT:
                    module.setElementSection((ElementSection) section);
                    break;
                case SectionId.CODE:
                    module.setCodeSection((CodeSection) section);
                    break;
                case SectionId.DATA:
                    module.setDataSection((DataSection) section);
                    break;
                case SectionId.DATA_COUNT:
                    module.setDataCountSection((DataCountSection) section);
                    break;
                case SectionId.TAG:
                    module.setTagSection((TagSection) section);
                    break;
                default:
                    module.addIgnoredSection(section.sectionId());
                    break;
            }
        }

        private static Map<String, Export> exports(WasmModule module) {
            Map<String, Export> byName = new HashMap<>();
            for (int i = 0; i < module.exportSection().exportCount(); i++) {
                byName.put(module.exportSection().getExport(i).name(), module.exportSection().getExport(i));
            }
            return byName;
        }

        private static int globalIndex(WasmModule module, String name) {
            Export export = exports(module).get(name);
            if (export == null || export.exportType() != ExternalType.GLOBAL) {
                throw new IllegalStateException("micropython.wasm does not export the global " + name);
            }
            return (int) export.index();
        }
    }

    /**
     * Work the first session needs that does not depend on the module's metadata, done on a
     * short-lived thread while the metadata is parsed: loading (and so verifying, which is most of
     * it: over 1 MB of bytecode) the compiled module's classes, and starting the JVM's
     * {@link java.security.SecureRandom} (its providers), from which every new guest seeds
     * {@code random}. On more than one core the two overlap; nothing waits for the thread, and
     * whatever it has not done yet the first session does itself.
     */
    private static final class Preload {
        private static final String MACHINE = MicroPythonModule.class.getName() + "Machine";

        static void start() {
            Thread thread = new Thread(Preload::run, "micropython4j-preload");
            thread.setDaemon(true);
            thread.start();
        }

        private static void run() {
            ClassLoader loader = ChicoryEngine.class.getClassLoader();
            try {
                Class.forName(MACHINE, true, loader);
                Class.forName(MACHINE + "Shaded", true, loader);
                for (int group = 0; ; group++) { // as many as the compiler wrote
                    Class.forName(MACHINE + "FuncGroup_" + group, true, loader);
                    Class.forName(MACHINE + "Dispatch_" + group, true, loader);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // no further group, or a broken build, which the first session's own loading reports
            }
            new java.security.SecureRandom().nextBytes(new byte[4]); // needed later: at the first run
        }
    }

    /** The template, made once per JVM by the first session (it takes some tens of milliseconds). */
    private static final class Template {
        static final MemoryImage IMAGE = makeTemplate(false);
    }

    /**
     * Converts a memory limit in bytes to wasm pages, capped by what the guest declares.
     *
     * @throws IllegalArgumentException if the limit is below the memory the started interpreter holds
     */
    static int memoryLimitPages(long bytes) {
        MemoryLimits declared = CompiledGuest.DECLARED_MEMORY;
        long pages = bytes / PAGE_SIZE;
        int needed = Math.max(declared.initialPages(), Template.IMAGE.pageCount());
        if (pages < needed) {
            throw new IllegalArgumentException("memory limit of " + bytes
                    + " bytes is below the guest's initial memory of " + (long) needed * PAGE_SIZE
                    + " bytes (what the interpreter holds once started)");
        }
        return (int) Math.min(pages, Math.min(declared.maximumPages(), Memory.RUNTIME_MAX_PAGES));
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

    /** The image every session starts from: MicroPython started, waiting for its first run. */
    static MemoryImage template(boolean interpreted) {
        return interpreted ? InterpretedGuest.TEMPLATE : Template.IMAGE;
    }

    /**
     * Checks that {@code image} could be the memory of this binary's guest at rest: as many
     * globals as the module has, the stack pointer at the top of the stack.
     *
     * @throws IllegalArgumentException if not
     */
    static void checkFits(MemoryImage image) {
        if (image.globalCount() != CompiledGuest.GLOBAL_COUNT) {
            throw new IllegalArgumentException("the image has " + image.globalCount()
                    + " globals; this guest binary has " + CompiledGuest.GLOBAL_COUNT);
        }
        long stackPointer = image.global(CompiledGuest.STACK_POINTER_INDEX);
        if (stackPointer != CompiledGuest.STACK_TOP) {
            throw new IllegalArgumentException("the image's stack pointer is " + stackPointer
                    + ", not the top of the stack (" + CompiledGuest.STACK_TOP + "): the guest was not at rest");
        }
        if (image.pageCount() < CompiledGuest.DECLARED_MEMORY.initialPages()) {
            throw new IllegalArgumentException("the image has " + image.pageCount()
                    + " pages of memory; this guest binary starts with " + CompiledGuest.DECLARED_MEMORY.initialPages());
        }
    }

    /**
     * Starts a guest from {@code image}, at rest: {@link Guest#resume()} enters its session loop.
     *
     * @param files the session's files, served to the guest through WASI
     * @param environment the guest's environment variables
     * @param memoryLimitPages the memory limit from {@link #memoryLimitPages(long)}
     * @param interpreted run on Chicory's interpreter rather than the compiled classes
     * @param protocol serves the {@code micropython4j} imports and receives stdout and stderr
     * @throws IllegalArgumentException if the image is larger than the memory limit
     */
    static Guest start(MemoryImage image, GuestFileSystem files, Map<String, String> environment,
            int memoryLimitPages, boolean interpreted, GuestProtocol protocol) {
        return new Guest(image, files, environment, memoryLimitPages, interpreted, protocol);
    }

    /** Starts MicroPython in a new instance and freezes it, waiting for its first run. */
    private static MemoryImage makeTemplate(boolean interpreted) {
        int limitPages = (int) Math.min(TEMPLATE_MEMORY_LIMIT / PAGE_SIZE, CompiledGuest.DECLARED_MEMORY.maximumPages());
        GuestProtocol protocol = new GuestProtocol(GuestProtocol.NO_RUNS, HostCallDispatcher.none(1), limitPages);
        try (Guest guest = new Guest(null, GuestFileSystem.open(List.of()), Map.of(), limitPages, interpreted, protocol)) {
            guest.call(INITIALIZE);
            guest.call(INIT);
            guest.memory.clearStack(CompiledGuest.STACK_TOP); // start-up's frames: no session needs them scanned
            return guest.capture();
        } catch (GuestFailure e) {
            throw new IllegalStateException("MicroPython failed to start: " + e.getMessage(), e);
        }
    }

    /**
     * One guest instance and its WASI: entered on whatever thread calls {@link #resume()}, one
     * thread at a time; between entries it is at rest, all its state in its memory and globals.
     */
    static final class Guest implements AutoCloseable {
        private final Instance instance;
        private final CopyOnWriteMemory memory;
        private final WasiModule wasi;
        private final GuestFuel fuel = new GuestFuel();
        private final int memoryLimitPages;
        private boolean entered;

        private Guest(MemoryImage image, GuestFileSystem files, Map<String, String> environment,
                int memoryLimitPages, boolean interpreted, GuestProtocol protocol) {
            this.memoryLimitPages = memoryLimitPages;
            // after every write to stdout or stderr the protocol may stop a run past the output limit
            this.wasi = new WasiModule(files, environment, new ConsoleStream(protocol, false),
                    new ConsoleStream(protocol, true), written -> protocol.afterOutput(fuel.of(written)));
            ImportValues imports = ImportValues.builder()
                    .addFunction(wasi.hostFunctions())
                    .addFunction(protocolFunctions(protocol, fuel))
                    .build();
            Instance.Builder builder = interpreted
                    ? Instance.builder(InterpretedGuest.MODULE).withMachineFactory(InterpreterMachine::new)
                    : Instance.builder(CompiledGuest.MODULE).withMachineFactory(MicroPythonModule::create);
            MemoryLimits limits = new MemoryLimits(CompiledGuest.DECLARED_MEMORY.initialPages(), memoryLimitPages);
            this.memory = image == null ? new CopyOnWriteMemory(limits) : new CopyOnWriteMemory(limits, image);
            this.instance = builder
                    .withImportValues(imports)
                    .withMemoryFactory(given -> memory)
                    .withMemoryLimits(limits)
                    .withStart(false)
                    .build();
            if (image != null) {
                for (int i = 0; i < image.globalCount(); i++) {
                    instance.global(i).setValue(image.global(i));
                }
            }
            fuel.of(instance).fill(FuelAccount.IDLE_ALLOWANCE);
        }

        /**
         * Enters the session loop, which serves runs until the protocol has none, and clears the
         * stack the runs used.
         *
         * @return how many pages of shadow stack the runs had written (their depth)
         * @throws GuestFailure if the guest stopped any other way; it must then be discarded
         */
        int resume() throws GuestFailure {
            int flags = entered ? 0 : RESUME_NEW_INSTANCE;
            entered = true;
            call(RESUME, flags);
            return memory.clearStack(CompiledGuest.STACK_TOP);
        }

        /**
         * The guest's state as an image, which this guest then shares.
         *
         * @throws IllegalStateException if the guest has files or directories open: their
         *     descriptors are host state an image cannot carry
         */
        MemoryImage capture() {
            List<Integer> open = wasi.openDescriptors();
            if (!open.isEmpty()) {
                throw new IllegalStateException("the session has " + open.size() + " open file"
                        + (open.size() == 1 ? "" : "s") + " or director" + (open.size() == 1 ? "y" : "ies")
                        + " (descriptors " + open + "); close them (f.close(), or exhaust os.ilistdir) before"
                        + " taking a snapshot");
            }
            long[] globals = new long[instance.globalCount()];
            for (int i = 0; i < globals.length; i++) {
                globals[i] = instance.global(i).getValue();
            }
            return memory.capture(globals);
        }

        /** Bytes of memory this guest holds on its own (pages it changed or grew into). */
        long ownedMemoryBytes() {
            return memory.ownedBytes();
        }

        /** Closes every file the guest left open. */
        @Override
        public void close() {
            wasi.close();
        }

        private void call(String export, long... args) throws GuestFailure {
            try {
                instance.export(export).apply(args);
            } catch (RuntimeException | StackOverflowError e) {
                throw translate(e, instance, memoryLimitPages);
            }
            long stackPointer = instance.global(CompiledGuest.STACK_POINTER_INDEX).getValue();
            if (stackPointer != CompiledGuest.STACK_TOP) {
                throw new GuestFailure(GuestFailure.Kind.LEFT_SESSION_LOOP, export
                        + " returned with its stack pointer at " + stackPointer + ", not at rest", null);
            }
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
            hostFunction("fuel_used", List.of(), List.of(ValType.I64),
                    (instance, args) -> new long[] {protocol.fuelUsed(fuel.of(instance))}),
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

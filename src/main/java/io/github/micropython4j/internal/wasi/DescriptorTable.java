package io.github.micropython4j.internal.wasi;

/**
 * The guest's file descriptors, at most {@link #CAPACITY} at once: a guest that keeps opening
 * files (or leaks them from run to run) gets {@code EMFILE}, never more host file handles. New
 * descriptors take the lowest free number, as POSIX does.
 */
final class DescriptorTable {
    /** Descriptors at once, including stdin, stdout, stderr and the root directory. */
    static final int CAPACITY = 64;

    private final Descriptor[] slots = new Descriptor[CAPACITY];

    /** Adds {@code descriptor} and returns its number. */
    int add(Descriptor descriptor) throws WasiError {
        for (int fd = 0; fd < slots.length; fd++) {
            if (slots[fd] == null) {
                slots[fd] = descriptor;
                return fd;
            }
        }
        throw new WasiError(WasiErrno.MFILE);
    }

    /** Whether another descriptor fits. */
    boolean hasRoom() {
        for (Descriptor slot : slots) {
            if (slot == null) {
                return true;
            }
        }
        return false;
    }

    Descriptor get(int fd) throws WasiError {
        Descriptor descriptor = fd >= 0 && fd < slots.length ? slots[fd] : null;
        if (descriptor == null) {
            throw new WasiError(WasiErrno.BADF);
        }
        return descriptor;
    }

    DirectoryDescriptor directory(int fd) throws WasiError {
        Descriptor descriptor = get(fd);
        if (!(descriptor instanceof DirectoryDescriptor)) {
            throw new WasiError(WasiErrno.NOTDIR);
        }
        return (DirectoryDescriptor) descriptor;
    }

    /** Closes {@code fd}; stdio and the root directory refuse with {@code ENOTSUP} and stay open. */
    void close(int fd) throws WasiError {
        Descriptor descriptor = get(fd);
        if (!descriptor.closable()) {
            throw new WasiError(WasiErrno.NOTSUP);
        }
        slots[fd] = null;
        descriptor.close();
    }

    /** Closes everything (the guest instance is gone). */
    void closeAll() {
        for (int fd = 0; fd < slots.length; fd++) {
            if (slots[fd] != null) {
                slots[fd].close();
                slots[fd] = null;
            }
        }
    }
}

package io.github.micropython4j.internal;

/** The guest's linear memory, as the protocol imports need it. */
interface GuestMemory {
    byte[] read(int address, int length);

    void write(int address, byte[] bytes);
}

package io.github.micropython4j.jsr223;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The session's stdout or stderr as a stream: decodes the guest's UTF-8 (a character split across
 * two writes is kept until it is whole) and passes the text to the writer of the script context
 * being evaluated, flushing after each write. Between evaluations output is dropped. It holds no
 * reference to the engine, so an engine nobody uses can be cleaned up.
 */
final class ContextOutput extends OutputStream {
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer pending = ByteBuffer.allocate(8);
    private volatile Writer writer;

    /** Output goes to {@code target} from now on; null drops it. */
    void redirect(Writer target) {
        this.writer = target;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        Writer target = writer;
        if (target == null) {
            return;
        }
        ByteBuffer input = ByteBuffer.allocate(pending.position() + length);
        input.put(pending.flip()).put(bytes, offset, length).flip();
        pending.clear();
        CharBuffer text = CharBuffer.allocate(input.remaining());
        decoder.decode(input, text, false);
        pending.put(input); // at most the 3 first bytes of a character
        try {
            target.write(text.array(), 0, text.position());
            target.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

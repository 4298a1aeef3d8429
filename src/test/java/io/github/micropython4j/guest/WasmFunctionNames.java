package io.github.micropython4j.guest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Function index to name, from a wasm module's "name" custom section. */
final class WasmFunctionNames {
    private WasmFunctionNames() {}

    static Map<Integer, String> read(byte[] wasm) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(wasm);
        in.position(8); // magic, version
        while (in.hasRemaining()) {
            int id = in.get() & 0xff;
            int size = leb(in);
            int end = in.position() + size;
            if (id == 0 && name(in).equals("name")) {
                while (in.position() < end) {
                    int subsection = in.get() & 0xff;
                    int subsize = leb(in);
                    if (subsection == 1) {
                        Map<Integer, String> names = new HashMap<>();
                        int count = leb(in);
                        for (int i = 0; i < count; i++) {
                            int index = leb(in);
                            names.put(index, name(in));
                        }
                        return names;
                    }
                    in.position(in.position() + subsize);
                }
            }
            in.position(end);
        }
        throw new IOException("the module has no function names");
    }

    private static String name(ByteBuffer in) {
        byte[] bytes = new byte[leb(in)];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static int leb(ByteBuffer in) {
        int result = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.get() & 0xff;
            result |= (b & 0x7f) << shift;
            if (b < 0x80) {
                return result;
            }
        }
    }
}

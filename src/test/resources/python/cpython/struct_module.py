# struct counts and struct.error (patch 0059). Justified difference: on wasm32 a count or
# total size of 2**30 or more is refused with struct.error, where 64-bit CPython goes up to
# sys.maxsize; CoreLanguageScriptsTest checks that limit in the sandbox.
import struct

print(struct.pack("<2H", 1, 2), struct.unpack(">I", b"\x00\x00\x01\x00"), struct.calcsize("10s"), struct.pack("3s", b"abcdef"))
print(issubclass(struct.error, Exception), struct.unpack_from("<H", b"\x01\x02\x03", 1))
cases = [
    lambda: struct.pack("<2H", 1),
    lambda: struct.pack("<H", 1, 2),
    lambda: struct.unpack("<I", b"\x00" * 5),
    lambda: struct.unpack("<I", b"\x00" * 3),
    lambda: struct.unpack_from("<I", b"\x00" * 3),
    lambda: struct.unpack_from("<I", b"\x00" * 4, 2),
    lambda: struct.pack_into("<I", bytearray(3), 0, 1),
    lambda: struct.pack("99999999999999999999B"),
    lambda: struct.calcsize("99999999999999999999999999999999B"),
]
for case in cases:
    try:
        print(case())
    except struct.error as e:
        print("struct.error:", e)

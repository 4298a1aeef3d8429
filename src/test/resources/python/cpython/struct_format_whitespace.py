# struct ignores whitespace between the items of a format, as CPython does (patch 0140), but
# not between a count and its code, nor before the byte-order character.
import struct

print(struct.pack("b b", 1, 2))
print(struct.pack("< h  \t2b\n ", 258, 3, 4))
print(struct.unpack("> H x  b ", b"\x01\x02\x00\xff"))
print(struct.unpack_from(" 2s i", b"ab\x00\x00\x05\x00\x00\x00", 0))
print(struct.calcsize("  "), struct.calcsize("i h"), struct.calcsize("\x0bq\x0c"))
buf = bytearray(4)
struct.pack_into("b \r\n b  h", buf, 0, 1, 2, 3)
print(buf)
for fmt in ["2 b", "  <b", "3 s", "2 ", "b<h", "b z", "2"]:
    try:
        struct.calcsize(fmt)
        print(repr(fmt), "accepted")
    except struct.error as e:
        print(repr(fmt), "struct.error:", e)
try:
    struct.pack("b b", 1)
except struct.error as e:
    print("struct.error:", e)

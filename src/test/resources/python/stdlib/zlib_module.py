# zlib: round trips, streams written by CPython's zlib (inputs below), checksums and errors.
# Compressed bytes differ from CPython's (another compressor), so only levels 0 and round
# trips are compared as bytes.
import zlib

text = b"The quick brown fox jumps over the lazy dog. " * 20
by_cpython_zlib = bytes.fromhex(
    "789c0bc94855282ccd4cce56482aca2fcf5348cbaf50c82acd2d2856c82f4b2d5228014ae72456552aa4e4a7eb29848c2a1e553caa98da8a0147a5431c")
by_cpython_raw = bytes.fromhex(
    "0bc94855282ccd4cce56482aca2fcf5348cbaf50c82acd2d2856c82f4b2d5228014ae72456552aa4e4a7eb29848c2a1e553caa98da8a01")
by_cpython_gzip = bytes.fromhex(
    "1f8b08000000000004030bc94855282ccd4cce56482aca2fcf5348cbaf50c82acd2d2856c82f4b2d5228014ae72456552aa4e4a7eb29848c2a1e0d8dd1b441ed9c0200e64a66b084030000")
by_cpython_binary = bytes.fromhex(
    "789c6360646266616563e7e0e4e2e6e1e5e3171014121611151397909492969195935750545256515553d7d0d4d2d6d1d5d33730343236313533"
    "b7b0b4b2b6b1b5b37770747276717573f7f0f4f2f6f1f5f30f080c0a0e090d0b8f888c8a8e898d8b4f484c4a4e494d4bcfc8cccacec9cdcb2f28"
    "2c2a2e292d2bafa8acaaaea9adab6f686c6a6e696d6befe8eceaeee9edeb9f3071d2e42953a74d9f3173d6ec3973e7cd5fb070d1e2254b972d5f"
    "b172d5ea356bd7addfb071d3e62d5bb76ddfb173d7ee3d7bf7ed3f70f0d0e123478f1d3f71f2d4e93367cf9dbf70f1d2e52b57af5dbf71f3d6ed"
    "3b77efdd7ff0f0d1e3274f9f3d7ff1f2d5eb376fdfbdfff0f1d3e72f5fbf7dfff1f3d7ef3f7ffffd6718f5ffa8ff47b0ff01e4c9fe10")
print(zlib.decompress(by_cpython_zlib) == text, zlib.decompress(by_cpython_raw, -15) == text,
      zlib.decompress(by_cpython_gzip, 31) == text, zlib.decompress(by_cpython_gzip, 47) == text,
      zlib.decompress(by_cpython_zlib, 47) == text, zlib.decompress(by_cpython_binary) == bytes(range(256)) * 4,
      zlib.decompress(by_cpython_zlib, 0) == text, zlib.decompress(by_cpython_zlib + b"trailing") == text)
samples = [b"", b"a", b"hello", text[:300], bytes(range(256)), b"\x00" * 1000, "héllo wörld ✓".encode() * 8]
for data in samples:
    results = []
    for level, wbits in ((-1, 15), (0, 15), (9, 15), (-1, -15), (0, -15), (-1, 31), (8, 9)):
        packed = zlib.compress(data, level, wbits)
        back = zlib.decompress(packed, wbits if wbits != 9 else 15)
        results.append(back == data)
    print(len(data), all(results), len(zlib.compress(data)) < len(data) + 64, zlib.compress(data)[0] & 0x0F,
          zlib.decompress(zlib.compress(data, wbits=31), 47) == data)
for data in (b"", b"hello", b"x" * 100):
    print(zlib.compress(data, 0).hex(), zlib.compress(data, 0, -15).hex())
print(len(zlib.compress(b"x" * 70000, 0)), zlib.decompress(zlib.compress(b"xy" * 40000, 0)) == b"xy" * 40000)
print("-- checksums")
for data in (b"", b"a", b"hello", b"hello world", text, bytes(range(256)) * 12):
    print(len(data), zlib.crc32(data), zlib.adler32(data), zlib.crc32(data, 12345), zlib.adler32(data, 12345))
print(zlib.adler32(b"lo", zlib.adler32(b"hel")) == zlib.adler32(b"hello"), zlib.crc32(b"lo", zlib.crc32(b"hel")) == zlib.crc32(b"hello"),
      zlib.adler32(bytearray(b"abc")), zlib.crc32(memoryview(b"abc")))
print("-- errors")
for bad, wbits in ((b"", 15), (b"x", 15), (b"abcdef", 15), (by_cpython_zlib[:-2], 15), (by_cpython_zlib[:10], 15),
                   (by_cpython_gzip, 15), (b"\x78\x9c\x00", 15), (by_cpython_zlib, 31), (bytes([0x79, 0x9c]) + by_cpython_zlib[2:], 15)):
    try:
        print(zlib.decompress(bad, wbits))
    except zlib.error as e:
        print("error", str(e).split(":")[0])
for bad in (lambda: zlib.compress(b"x", 10), lambda: zlib.compress(b"x", wbits=99), lambda: zlib.decompress(b"x", 99)):
    try:
        bad()
    except (zlib.error, ValueError) as e:
        print(type(e).__name__, e)
print("-- streams")
c = zlib.compressobj()
pieces = [c.compress(text[i:i + 100]) for i in range(0, len(text), 100)]
pieces.append(c.flush())
packed = b"".join(pieces)
print(zlib.decompress(packed) == text)
try:
    c.flush()
except zlib.error as e:
    print("error", e)
c0 = zlib.compressobj(0)
print((c0.compress(b"abc") + c0.compress(b"def") + c0.flush()).hex())
d = zlib.decompressobj()
out = b""
for i in range(0, len(by_cpython_zlib), 7):
    out += d.decompress(by_cpython_zlib[i:i + 7])
out += d.flush()
print(out == text, d.eof, d.unused_data, d.unconsumed_tail)
d = zlib.decompressobj()
print(d.decompress(by_cpython_zlib + b"tail") == text, d.eof, d.unused_data, d.decompress(b"more"), d.unused_data)
d = zlib.decompressobj(-15)
print(d.decompress(by_cpython_raw) == text, d.eof)
d = zlib.decompressobj(wbits=31)
print(d.decompress(by_cpython_gzip) + d.flush() == text)
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_BEST_SPEED, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FINISH,
      zlib.Z_SYNC_FLUSH, zlib.DEF_BUF_SIZE, issubclass(zlib.error, Exception))

# int methods (patch 0045).
for n in [0, 1, -1, 255, 256, -256, 2**31, -2**63, 2**100 + 1]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, byteorder="little"), (5).to_bytes(), (65).to_bytes(length=3))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True), (127).to_bytes(1, signed=True))
print(int.from_bytes(b"\x04\x00"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True),
      int.from_bytes([1, 2, 3], byteorder="big"), int.from_bytes(b"\x80", signed=False), int.from_bytes(bytes=b"\x01\x00", byteorder="little"))
print((2**70).to_bytes(10, "big"), int.from_bytes(b"\xff" * 12, "big", signed=True))
for bad in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (128).to_bytes(1, "big", signed=True),
            lambda: (1).to_bytes(1, "middle"), lambda: int.from_bytes(b"\x01", "sideways")]:
    try:
        bad()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(int("ff", base=16), int("0x10", 0), int("z", 36))

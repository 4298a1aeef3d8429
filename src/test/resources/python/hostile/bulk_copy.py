# Slice assignment copies megabytes in one wasm memory.copy: fuel must count bytes, not calls.
ba = bytearray(1_000_000)
x = bytes(1_000_000)
while True:
    ba[:] = x

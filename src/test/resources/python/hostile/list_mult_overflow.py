# 4 * 2**30 bytes wraps to 0 in a 32-bit size computation (wasm32); natively
# `[0] * (2**61)` segfaults MicroPython 1.25 the same way. Must end in MemoryError, not a crash.
l = [0] * (2**30)
print(len(l))

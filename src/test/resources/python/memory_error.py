# Prints MemoryError only under a memory cap below ~2 MiB of free heap (no .expected file).
try:
    b = bytearray(2 * 1024 * 1024)
    print("allocated", len(b))
except MemoryError as e:
    print(type(e).__name__)

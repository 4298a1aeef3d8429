b = bytearray(10**9)
print(len(b))

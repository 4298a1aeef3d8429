# Big integers across the digit and machine-word boundaries (patches/0131: 32-bit mpz digits
# on wasm32). Every line must print what CPython 3 prints.
import struct

edges = [0, 1, -1, 2**30 - 1, 2**30, -2**30, -2**30 - 1, 2**31 - 1, 2**31, -2**31, -2**31 - 1,
         2**32 - 1, 2**32, 2**32 + 1, -2**32 + 1, -2**32, 2**48 + 7, 2**63 - 1, -2**63, 2**64 - 1,
         2**64 + 5, 3**100, -(7**77), 10**50 + 12345]
for v in edges:
    print(v, str(v), hex(v), v * 3 - 1, v // 7, v % 13, divmod(v, -12345678901))
    print(v << 37, v >> 5, v >> 33, v & 0xffffffffffff, v | 2**40, v ^ -99, -v, abs(v), v ** 2,
          pow(v, 3, 1000000007))
    print(abs(v).to_bytes(40, 'little'), int.from_bytes(abs(v).to_bytes(40, 'big'), 'big') == abs(v))
    print(v == int(str(v)), v < 2**40, v >= -2**40, hash(v) == hash(int(str(v))), int(float(v)) if -2**53 < v < 2**53 else '')
    print(v + 2**31, v - 2**31, v + 2**32 - 1, (v + 2**32) - 2**32 == v, v * (2**32 - 1), v // (2**32 - 1))

# Sums and products that cross the boundaries one step at a time.
x = 1
for i in range(70):
    x = x * 2 + 1
    if i % 10 == 0 or 28 <= i <= 34 or 60 <= i <= 65:
        print(i, x, x - 2**(i + 2), x // 3, x % 1000)

a = 1
for i in range(1, 60):
    a *= i
print(a, a // (2**100 + 1), a % (10**20 + 7), str(a)[:30], a // a, a - a)

# Big integers as dict keys and set members (hash and equality).
d = {2**70: 'x', 2**40: 'y', -2**35: 'z', 2**32 - 1: 'w', 2**31: 'v'}
print(d[2**70], d[2**40], d[-2**35], d[2**32 - 1], d[2**31], 2**70 in d, 2**71 in d, 4294967295 in d)
print(len({2**32 - 1, 4294967295, 2**31, 2147483648, -2**31, -2147483648}))

# Conversions from and to machine words.
print(struct.pack('<i', -2**31), struct.pack('<i', 2**31 - 1), struct.pack('<q', -2**40),
      struct.unpack('<Q', b'\xff' * 8)[0], struct.unpack('<I', b'\xff' * 4)[0], struct.unpack('<i', b'\x00\x00\x00\x80')[0])
print(int('123456789012345678901234567890'), int('-ffffffffffffffffffff', 16), int('4294967295'), int('-4294967296'))
print(sum(range(10**6)), 2**1000 % 997, (2**200) // (3**50), 12345678901234567890 * 98765432109876543210)
print([1, 2, 3][2**32 - 4294967295], 'ab' * (2**32 - 4294967294), [2**32 + i for i in range(3)])

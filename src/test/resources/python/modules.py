# One section per module/feature; every line starts with its name.
# Output must be identical under CPython 3 and MicroPython 1.25.

# f-strings with format specs
n = 1234567
x = 3.14159265
name = "mp"
print("fstring", f"{n:>10}|{n:<10}|{n:^11}|{n:08d}|{n:x}|{n:#x}|{n:b}")
print("fstring", f"{x:.2f}|{x:10.4f}|{x:e}|{x:.3g}|{0.5:.1%}|{name!r}|{name:*^8}|{{braces}}")
print("fstring", f"{'nested ' + name.upper():>14}|{n // 1000}k|{x * 2:.5f}|{[1, 2][1]}")

# double-precision floats (repr differs for some values: print reprs that agree, or fixed precision)
print("float", 1 / 3, 2 / 3, 7 / 2, 1e22, 1e-7, 2.5e-5)
print("float", "%.17g" % (0.1 + 0.2), 0.1 + 0.2 == 0.3, abs((0.1 + 0.2) - 0.3) < 1e-15)
print("float", "%.12f" % (1 / 3), "%.3e" % 12345.6789, float("1.5") * 4, 10 / 4)
print("float", float("inf") > 1e308, -0.0, int(2.9), int(-2.9), 1e308 * 10)

# arbitrary-precision ints
import math
print("bigint", 2 ** 200)
print("bigint", math.factorial(50))
print("bigint", (2 ** 200) // (3 ** 50), (2 ** 200) % 1000000007, -(2 ** 100) // 7, pow(3, 1000, 10 ** 9 + 7))
print("bigint", hex(2 ** 100), int("123456789012345678901234567890") * 3)

# json
import json
data = [1, 2.5, "s\"q\n", None, True, False, [1, [2, []]], {"k": [1, 2]}]
text = json.dumps(data)
print("json", text)
print("json", json.loads(text) == data, json.loads('{"a": {"b": [1, 2, 3]}}')["a"]["b"][2])
back = json.loads('{"x": 1, "y": "two", "z": [3]}')
print("json", sorted(back.items()), json.loads('"caf\\u00e9"') == "caf\u00e9")

# re
import re
m = re.match(r"(\w+)@(\w+)\.com", "alice@example.com")
print("re", m.group(0), m.group(1), m.group(2))
s = re.search(r"\d+", "abc 1234 def 56")
print("re", s.group(0), re.search(r"xyz", "abc") is None)
print("re", re.sub(r"\d", "#", "a1b22c333"), re.sub(r"(a)(b)", r"\2\1", "abab"))
print("re", re.compile(r"[aeiou]").split("programming"), re.match(r"^\s*$", "   ") is not None)

# math
print("math", math.sqrt(16), "%.12f" % math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.fabs(-3))
print("math", math.pi, math.e, "%.10f" % math.sin(math.pi / 6), "%.10f" % math.log(math.e ** 3))
print("math", math.isnan(math.nan), math.isinf(math.inf), math.trunc(-7.8), math.copysign(1, -0.0))
print("math", hasattr(math, "gcd") and math.gcd(12, 18) == 6 or not hasattr(math, "gcd"), math.pow(2, 10))

# cmath
import cmath
z = cmath.sqrt(-1)
print("cmath", "%.6f %.6f" % (z.real, z.imag), cmath.phase(-1) == math.pi, "%.6f" % cmath.phase(1j))
r, phi = cmath.polar(3 + 4j)
print("cmath", r, "%.6f" % phi, (1 + 2j) * (3 - 1j), abs(3 + 4j), (2j).imag)

# collections
from collections import OrderedDict, namedtuple, deque
od = OrderedDict()
od["z"] = 1
od["a"] = 2
od["m"] = 3
print("collections", list(od.keys()), list(od.values()))
Point = namedtuple("Point", ("x", "y"))
p = Point(3, 4)
print("collections", p.x + p.y, p[0], p, tuple(p))
dq = deque((), 10)
for i in range(5):
    dq.append(i)
print("collections", dq.popleft(), dq.popleft(), len(dq), dq.pop())

# array
import array
a = array.array("i", [1, 2, 3])
a.append(4)
a.extend(array.array("i", [5, 6]))  # MicroPython: extend() wants a buffer, not a list
print("array", list(a), sum(a), len(a), a[2], a)
f = array.array("d", [0.5, 1.5])
print("array", f[0] + f[1], array.array("B", b"\x01\x02\xff"))

# struct
import struct
packed = struct.pack("<IhB", 305419896, -2, 255)
print("struct", packed, len(packed), struct.unpack("<IhB", packed))
print("struct", struct.calcsize("<iiq"), struct.unpack(">H", b"\x01\x02"), struct.pack(">d", 1.5))

# binascii
import binascii
print("binascii", binascii.hexlify(b"\x00\xffhello"), binascii.unhexlify("48690a"))
print("binascii", binascii.crc32(b"hello world"), binascii.b2a_base64(b"micropython4j"))
print("binascii", binascii.a2b_base64(b"bWljcm9weXRob240ag=="))

# hashlib (MicroPython has digest() only, no hexdigest())
import hashlib
h = hashlib.sha256(b"hello ")
h.update(b"world")
print("hashlib", binascii.hexlify(h.digest()))
print("hashlib", len(hashlib.sha256(b"").digest()))

# heapq
import heapq
heap = []
for v in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(heap, v)
print("heapq", [heapq.heappop(heap) for _ in range(4)], len(heap))
h2 = [9, 4, 7, 1]
heapq.heapify(h2)
print("heapq", h2[0])

# random (the algorithms differ: print only facts that hold for both)
import random
random.seed(42)
first = [random.randint(1, 1000) for _ in range(10)]
random.seed(42)
second = [random.randint(1, 1000) for _ in range(10)]
print("random", first == second, all(1 <= v <= 1000 for v in first))
r = random.random()
print("random", 0.0 <= r < 1.0, random.choice([7, 7, 7]), 0 <= random.getrandbits(8) < 256)
print("random", 10 <= random.randrange(10, 20) < 20, 2.0 <= random.uniform(2, 3) <= 3.0)

# time
import time
print("time", time.time() > 1.6e9, type(time.time()).__name__)
t0 = time.time()
time.sleep(0.01)
print("time", time.time() >= t0, len(time.localtime(0)) >= 8, time.gmtime(0)[0])

# io
import io
sio = io.StringIO()
sio.write("hello ")
sio.write("world")
print("io", sio.getvalue(), io.StringIO("a\nb\n").readline() == "a\n")
bio = io.BytesIO()
bio.write(b"\x00bytes")
print("io", bio.getvalue(), io.BytesIO(b"xyz").read(2))

# sys
import sys
print("sys", sys.version_info[0], sys.maxsize > 2 ** 30, sys.byteorder, type(sys.argv).__name__)
sys.stdout.write("sys stdout.write\n")

# gc
import gc
gc.collect()
print("gc", "collect ok", gc.isenabled())
if hasattr(gc, "mem_free"):
    print("gc", "mem_free", gc.mem_free() > 0)
else:
    print("gc", "mem_free", True)

# errno (the numbers are libc's: 2 on Linux, 44 under WASI; compare names, not numbers)
import errno
print("errno", errno.errorcode[errno.ENOENT], errno.errorcode[errno.EEXIST], errno.ENOENT != errno.EINVAL)
try:
    open("no-such-file-micropython4j.txt")
except OSError as e:
    print("errno", e.args[0] == errno.ENOENT)

# os
import os
print("os", hasattr(os, "getcwd"), hasattr(os, "listdir"), os.sep == "/", hasattr(os, "urandom") and len(os.urandom(4)) == 4)
print("done")

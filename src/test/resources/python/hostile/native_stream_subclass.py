# Python subclasses of native stream types, used as streams. Upstream MicroPython hands the
# instance to the native type's C functions, which take it for their own struct and write
# over the heap (a crash natively); the sandbox refuses the stream operation with OSError
# (patches/0083) and the instances' methods keep working.
import uio
import deflate


class S(uio.StringIO):
    pass


class B(uio.BytesIO):
    pass


class D(deflate.DeflateIO):
    pass


refused = 0
for make in (S, B):
    for _ in range(50):
        try:
            print("x" * 1000, file=make())
        except OSError:
            refused += 1
try:
    deflate.DeflateIO(D(uio.BytesIO(b"x" * 100))).read()
except OSError:
    refused += 1
s = S()
s.write("still works")
assert s.getvalue() == "still works" and refused == 101
print("x", file=S())

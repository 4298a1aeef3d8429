# io: StringIO and BytesIO as CPython code uses them.
import io

s = io.StringIO()
print(s.write("hello "), s.write("world\n"), s.write(""), s.getvalue(), s.tell())
s.writelines(["line 2\n", "line 3\n"])
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.read(5)), repr(s.readline()), repr(s.readline()), s.readlines(), repr(s.read()), repr(s.readline()))
s.seek(0)
print(list(s), s.seek(0), [line.rstrip("\n") for line in s])
s.seek(0)
print(repr(s.read(None)), s.seek(6), repr(s.read(5)), s.seek(0, io.SEEK_END) == len(s.getvalue()), s.tell() == 27)
r = io.StringIO("a\nbb\nccc\ndddd\n")
print(r.readlines(4), r.readlines(), repr(r.readline()), r.read(), r.getvalue() == "a\nbb\nccc\ndddd\n")
r = io.StringIO("abcdef\nghi")
print(repr(r.readline(3)), repr(r.readline(10)), repr(r.readline()), repr(r.readline()))
print(r.readable(), r.writable(), r.seekable(), r.isatty(), r.closed)
with io.StringIO("ctx") as f:
    print(f.read(), f.closed)
print(f.closed)
try:
    f.read()
except ValueError:
    print("ValueError on closed")
out = io.StringIO()
print("to", "buffer", sep="-", end="!\n", file=out)
print(repr(out.getvalue()))
try:
    io.StringIO().write(b"bytes")
except TypeError as e:
    print("TypeError")
try:
    io.StringIO().fileno()
except (io.UnsupportedOperation, OSError) as e:
    print("UnsupportedOperation", isinstance(e, OSError))

b = io.BytesIO()
print(b.write(b"abc"), b.write(bytearray(b"def")), b.write(memoryview(b"gh")), b.getvalue(), b.tell())
b.seek(0)
print(b.read(2), b.read(), b.read(), b.seek(1), b.read(1), b.seek(-2, 2), b.read())
b = io.BytesIO(b"l1\nl2\nl3")
print(b.readline(), b.readlines(), list(io.BytesIO(b"x\ny\n")), io.BytesIO(b"abcdef").readline(2),
      bytes(io.BytesIO(b"view").getbuffer()), io.BytesIO(b"r1").read1())
b.writelines([b"A", b"B"])
print(b.getvalue())
try:
    io.BytesIO().write("text")
except TypeError:
    print("TypeError")
with io.BytesIO(b"z") as bf:
    print(bf.read(), bf.closed, bf.readable(), bf.writable(), bf.seekable())
print(bf.closed, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE > 0, issubclass(io.UnsupportedOperation, OSError))
t = io.StringIO("hello world")
t.seek(5)
print(t.truncate(), repr(t.getvalue()), t.tell(), t.write("!"), repr(t.getvalue()), t.truncate(2), repr(t.getvalue()))
t.seek(0)
print(t.truncate(0), repr(t.getvalue()), t.write("new"), repr(t.getvalue()), t.truncate(10), repr(t.getvalue()))
bt = io.BytesIO(b"0123456789")
print(bt.truncate(4), bt.getvalue(), bt.tell(), bt.read(), bt.seek(0), bt.read(), bt.truncate(), bt.getvalue())
it = io.StringIO("a\nb")
print(next(it), next(it), next(it, "end"), [x for x in io.StringIO("")], io.StringIO(None).getvalue() == "")
for bad in (lambda: t.truncate(-1), lambda: io.StringIO(5)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__)


class Sub(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


sub = Sub()
print("printed", file=sub)
sub.write("direct")
print(repr(sub.getvalue()), isinstance(sub, io.StringIO))

# SystemExit.code (patch 0165), await on __await__ (0166), object.__repr__/__str__ (0167).
import re
for args in [(), (3,), ("msg",), (1, 2)]:
    print(repr(SystemExit(*args).code))
try:
    raise SystemExit(4)
except SystemExit as e:
    print("exit code", e.code)
class Awaitable:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield
        return self.v * 2
async def main():
    return await Awaitable(21)
co = main()
try:
    co.send(None)
    co.send(None)
except StopIteration as stop:
    print("awaited", stop.value)
class R:
    def __repr__(self):
        return "R<" + re.sub("0x[0-9a-f]+", "ADDR", super().__repr__()) + ">"
class S:
    def __str__(self):
        return "S-str"
class Plain:
    pass
print(R(), repr(R()), str(R()), S(), repr(S()) .startswith("<__main__.S object"), re.sub("0x[0-9a-f]+", "ADDR", object.__repr__(Plain())))
print(object.__str__(R()), [R()], f"{R()!r}", "%s|%r" % (S(), R()))
class D(dict):
    pass
class E(Exception):
    pass
print(D(a=1), repr(E("x")), str(E("x")), [1, 2].__repr__() if hasattr([], "__repr__") else "[1, 2]")

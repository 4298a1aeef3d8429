# Smaller CPython differences from tests/cpydiff that the core now matches (patches 0060-0068).
import sys


class A(int):
    pass


class S(str):
    pass


print(42 + A(1), 2 * A(3), 10 - A(4), "x" + S("y"), [0] * A(2))


def func():
    pass


print(func.__module__)


class Base:
    @property
    def name(self):
        return "base"


class Derived(Base):
    @property
    def name(self):
        return super().name + "+derived"


print(Derived().name)


class Num:
    def __float__(self):
        return 2.0

    def __rmul__(self, other):
        return "rmul"


print(2.0 * Num(), float(Num()))
try:
    2.0 + Num()
except TypeError as e:
    print("TypeError:", e)

print(b"a" == "a", b"a" != "a")
for case in [lambda: b"a" + "b", lambda: "a" in b"abc", lambda: b"a" < "b", lambda: b"%d".format(1)]:
    try:
        case()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

x = 1
print(1if x else 0, 1and 0, 5or 0, [1for _ in range(2)])


def walrus():
    [[(j := i) for i in range(3)] for z in range(2)]
    return j


print(walrus())
for source in ["[[(j := j) for j in range(3)] for z in range(2)]", "[(i := 0) for i in range(3)]"]:
    try:
        exec(source)
    except SyntaxError as e:
        print("SyntaxError:", e.args[0])

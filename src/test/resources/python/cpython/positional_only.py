# Positional-only parameters (PEP 570) are accepted (patch 0155).
def g(x, /, y, *, z):
    return x + y + z


print(g(1, 2, z=3), g(1, y=2, z=3))


def h(a, b=2, /, c=3, *args, d, **kw):
    return (a, b, c, args, d, kw)


print(h(1, d=4), h(1, 5, 6, 7, d=8, e=9))
f = lambda a, /, b=1: (a, b)
print(f(3), f(3, 4), (lambda x, /: x)(9))


class C:
    def m(self, other=(), /, **kw):
        return other, kw

    def n(self, /):
        return "n"


print(C().m(), C().m([1], k=2), C().n())


def annotated(a: int, b: str = "x", /, c: float = 1.0) -> None:
    pass


print(annotated.__annotations__)
for source in ("def f(/, a): pass", "def f(*, a, /): pass", "def f(*args, a, /): pass", "lambda /: 0"):
    try:
        exec(source)
        print("accepted", source)
    except SyntaxError:
        print("SyntaxError", source)


def mixed(p1: 1, p2: 2, /, r1: 3, r2: 4 = 0, *rest: 5, k1: 6, **kw: 7) -> 8:
    pass


def only(p1: 1, /) -> 2:
    pass


print(mixed.__annotations__, only.__annotations__)

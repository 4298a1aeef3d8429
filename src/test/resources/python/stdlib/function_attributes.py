# Function attributes and annotations (patch 0097): f.x = 1 on functions and closures,
# __dict__, __annotations__ of parameters and return, __module__.
def f(a: int, b: "str" = "x", *args: float, c: list[int], **kw: dict) -> bool:
    return True
print(sorted(f.__annotations__.items(), key=lambda kv: kv[0]))
def g(x):
    pass
print(g.__annotations__, g.__module__, g.__name__)
g.calls = 0
g.calls += 1
print(g.calls, g.__dict__)
def make_counter():
    def counter():
        counter.count += 1
        return counter.count
    counter.count = 0
    return counter
c1 = make_counter(); c2 = make_counter()
c1(); c1(); c2()
print(c1.count, c2.count, c1.__dict__, hasattr(c2, "missing"))
del g.calls
print(hasattr(g, "calls"), g.__dict__)
try:
    del g.never_set
except AttributeError:
    print("AttributeError")
def h():
    pass
h.__name__ = "renamed"
h.__doc__ = "documented"
print(h.__name__, h.__doc__)
class A:
    def m(self, x: int) -> None:
        pass
    def n(self):
        pass
print(A.m.__annotations__ == {"x": int, "return": None}, A().m.__annotations__ == {"x": int, "return": None}, A.n.__annotations__)
def gen(x: int):
    yield x
print(gen.__annotations__, list(gen(3)))
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        wrapper.hits = len(cache)
        return cache[n]
    wrapper.hits = 0
    return wrapper
@memo
def sq(n):
    return n * n
print(sq(3), sq(3), sq(4), sq.hits)
lam = lambda: 0
lam.tag = "lambda"
print(lam.tag, f(1, c=[]))

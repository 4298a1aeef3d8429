# functools: reduce, partial, lru_cache (maxsize, typed, kwargs, cache_info), cache, wraps,
# cmp_to_key, total_ordering, cached_property, singledispatch (by class, by annotation, MRO).
import functools
from functools import reduce, partial, lru_cache, cache, wraps, cmp_to_key, total_ordering, cached_property, singledispatch
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 10))
try:
    reduce(lambda a, b: a, [])
except TypeError as e: print("TypeError", e)
def power(base, exp): return base ** exp
sq = partial(power, exp=2)
print(sq(5), sq.func is power, sq.args, sq.keywords, partial(power, 2)(10))
p2 = partial(sq, 3); print(p2(), p2.args)
print(repr(partial(power, 2, exp=3)).replace(repr(power), "power"))
calls = []
@lru_cache(maxsize=2)
def f(x, y=0):
    calls.append((x, y))
    return x + y
print(f(1), f(1), f(2), f(3), f(1), f.cache_info())
print(f(1, y=5), f(1, y=5), f.cache_info())
f.cache_clear(); print(f.cache_info())
@lru_cache(typed=True)
def g(x): return type(x).__name__
print(g(1), g(1.0), g(1), g.cache_info())
@lru_cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@cache
def h(n): return n * 2
print(h(3), h(3), h.cache_info(), h.__name__, h.__wrapped__(4))
def deco(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        return ("wrapped", fn(*a, **k))
    return wrapper
@deco
def greet(name):
    "Say hi."
    return "hi " + name
print(greet("bob"), greet.__name__, greet.__wrapped__("al"))
class C:
    @deco
    def m(self, x): return x * 2
print(C().m(4))
def cmp(a, b): return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: cmp(b, a))))
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(2) >= V(2), V(1) <= V(0), V(3) > V(1))
class Circle:
    def __init__(self, r): self.r = r
    @cached_property
    def area(self):
        print("computing")
        return 3 * self.r ** 2
c = Circle(2); print(c.area, c.area)
@singledispatch
def show(x): return "obj " + repr(x)
@show.register(int)
def _(x): return "int %d" % x
@show.register(list)
def _(x): return "list of %d" % len(x)
def show_str(x): return "str " + x
show.register(str, show_str)
class MyInt(int): pass
print(show(1), show([1, 2]), show("a"), show(2.5), show(MyInt(7)), show(True))
print(show.dispatch(float) is show.registry[object], sorted(k.__name__ for k in show.registry))
class Base: pass
class Derived(Base): pass
@singledispatch
def kind(x): return "default"
@kind.register
def _(x: Base): return "base"
print(kind(Derived()), kind(Base()), kind(3))

# lru_cache with keyword arguments: positional and keyword calls are different keys
@lru_cache(maxsize=None)
def area(w, h=1):
    return w * h
print(area(2, 3), area(2, h=3), area(w=2, h=3), area(2, 3), area.cache_info())
print(area.cache_parameters() == {"maxsize": None, "typed": False})
# eviction order: least recently used goes first
@lru_cache(maxsize=3)
def ident(x):
    return x
for v in [1, 2, 3, 1, 4, 2]:
    ident(v)
print(ident.cache_info())
@lru_cache(maxsize=0)
def nocache(x): return x
nocache(1); nocache(1); print(nocache.cache_info())
class Calc:
    def __init__(self): self.calls = 0
    @lru_cache(maxsize=None)
    def square(self, n):
        self.calls += 1
        return n * n
calc = Calc(); print(calc.square(4), calc.square(4), calc.calls)
# wraps keeps attributes set on the wrapper
def counted(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper
@counted
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4), add.calls, add.__name__, add.__wrapped__(5, 5))
# partial with keywords overridden at call time, and nested partials
def greet(greeting, name, punct="."):
    return greeting + ", " + name + punct
hello = partial(greet, "Hello", punct="!")
print(hello("Ann"), hello("Bob", punct="?"), partial(hello, "Cy")(), partial(hello, "Cy").args)
print(reduce(lambda acc, s: acc + len(s), ["ab", "cde", ""], 0), reduce(max, [3, 9, 2]))
# total_ordering from __gt__
@total_ordering
class Ver:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __gt__(self, o): return self.n > o.n
print(Ver(1) < Ver(2), Ver(2) <= Ver(2), Ver(3) >= Ver(4), sorted([Ver(3), Ver(1), Ver(2)], key=lambda v: v) [0].n)
try:
    @total_ordering
    class NoOrder: pass
except ValueError as e: print("ValueError", e)
# singledispatch: subclasses dispatch to the nearest registered base
class Animal: pass
class Dog(Animal): pass
class Puppy(Dog): pass
@singledispatch
def speak(a): return "..."
@speak.register
def _(a: Animal): return "animal sound"
@speak.register
def _(a: Dog): return "woof"
print(speak(Puppy()), speak(Dog()), speak(Animal()), speak(3), speak.dispatch(Puppy) is speak.dispatch(Dog))
@singledispatch
def describe(x): return "thing"
@describe.register(int)
@describe.register(float)
def _(x): return "number"
print(describe(1), describe(2.5), describe("s"))
from functools import singledispatchmethod
class Formatter:
    @singledispatchmethod
    def fmt(self, arg): return "obj"
    @fmt.register
    def _(self, arg: int): return "int:%d" % arg
    @fmt.register
    def _(self, arg: list): return "list:%d" % len(arg)
f = Formatter(); print(f.fmt(3), f.fmt([1]), f.fmt("x"))
print(sorted(cmp_to_key(lambda a, b: len(a) - len(b))(w).obj for w in ["ccc", "a", "bb"]) if False else sorted(["ccc", "a", "bb"], key=cmp_to_key(lambda a, b: len(a) - len(b))))

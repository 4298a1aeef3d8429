# PEP 448 unpacking in tuple, list and set displays (patch 0152).
a = [1, 2]
b = (3, 4)
s = "xy"
print([*a, *b, 5], [*a], [0, *a], [*a, 0], [*[], *()], [*range(3), 9, *"ab"])
print((*a, 9), (*a,), (0, *b, 0), type((*a,)).__name__)
t = *a, *b
print(t, type(t).__name__)
x, y = *a,
print(x, y)
p, q = 0, *a[:1]
print(p, q)
print(sorted({*s, *"ab"}), {*a} == {1, 2}, len({*"aab"}), type({*a}).__name__)


def gen():
    yield from range(3)


print([*gen(), *{"k": 1}, *"ab"], [*{"k": 1}.items()])
# the names a display calls cannot be replaced by the program's own
tuple = list
list = None
print((*a, 3), type((*a, 3)).__name__, [*a, 3])
del tuple, list


def f(*args):
    return [*args, "end"], (*args, "end")


print(f(1, 2), f())
try:
    [*5]
except TypeError:
    print("TypeError: not iterable")
# order of evaluation: left to right
log = []


def item(v):
    log.append(v)
    return [v]


print([*item(1), item(2)[0], *item(3)], log)
m = {"a": 1}
print({**m, "b": 2}, [*m], *[*a, *b])
big = [*range(1000), *range(1000)]
print(len(big), big[999], big[1000], len({*big}))

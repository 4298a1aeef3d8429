# CPython's error messages (patches 0054-0058): each line is the exception type and str(e).
# Justified differences, left out of the comparison here:
# - a method missing an argument is named m(), CPython says Plain.m() (functions carry no
#   qualified name in MicroPython);
# - "g() takes from 1 to 2 positional arguments but 3 were given" also when a keyword-only
#   argument was given, where CPython adds "(and 1 keyword-only argument)";
# - UnboundLocalError says "local variable referenced before assignment" without the name
#   (the bytecode keeps no names for locals), so only its type is printed.
def f(a, b):
    return a


def g(a, b=1, *, k):
    return a


def h(a, b, c):
    return a


class C:
    pass


class Plain:
    def m(self, x):
        return x


cases = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: 1.0 // 0,
    lambda: 1.0 % 0,
    lambda: divmod(1.0, 0),
    lambda: 1j / 0,
    lambda: 0.0 ** -1,
    lambda: undefined_name,
    lambda: f(1),
    lambda: h(),
    lambda: f(1, 2, 3),
    lambda: g(1, 2, 3),
    lambda: f(1, 2, z=3),
    lambda: f(1, a=2),
    lambda: g(1),
    lambda: {}["k"],
    lambda: {}[1],
    lambda: {"a": 1}[("t", 2)],
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: [1] + (2,),
    lambda: (1,) + [2],
    lambda: b"a" + "b",
    lambda: 1 < "a",
    lambda: [1] >= None,
    lambda: "ab" * "c",
    lambda: -"a",
    lambda: abs("a"),
    lambda: {[1]: 2},
    lambda: len(5),
    lambda: 1 in 5,
    lambda: None[0],
    lambda: None(),
    lambda: iter(None),
    lambda: next([]),
    lambda: [x for x in None],
    lambda: (1, 2).__setitem__(0, 1),
    lambda: __import__("math").foo,
    lambda: C().missing,
    lambda: "".missing,
    lambda: C(1),
    lambda: int(" x "),
    lambda: int("12", 1),
    lambda: int(None),
    lambda: float("abc"),
    lambda: complex("1+"),
    lambda: range(1.5),
    lambda: [1, 2][1.0],
    lambda: "abc"["x"],
    lambda: [1, 2][5],
    lambda: "ab"[9],
    lambda: (1,)[3],
    lambda: [1, 2].index(5),
    lambda: (1, 2).index(5),
    lambda: max([]),
    lambda: min([]),
    lambda: ",".join([1, 2]),
    lambda: bytes([300]),
    lambda: "%s %s" % ("a",),
    lambda: format(1.5, "x"),
    lambda: bytes(-1),
    lambda: bytearray(-5),
    lambda: range(0, 10, 0),
    lambda: [1, 2].remove(3),
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: set().pop(),
    lambda: __import__("no_such_module_x"),
    lambda: exec("from sys import no_such_name"),
    lambda: exec("import no_such_pkg.sub"),
]


def unpack_short():
    a, b = [1]


def unpack_long():
    a, b = [1, 2, 3]


def unpack_star():
    a, b, *c = [1]


def unbound():
    print(x)
    x = 1


for case in cases + [unpack_short, unpack_long, unpack_star]:
    try:
        case()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    unbound()
except NameError as e:
    print(type(e).__name__, isinstance(e, NameError))

try:
    import no_such_module_y
except ModuleNotFoundError as e:
    print(type(e).__name__, isinstance(e, ImportError), e.name, e)
try:
    import no_such_module_z
except ImportError as e:
    print(type(e).__name__, e)

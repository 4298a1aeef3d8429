# C3 method resolution order (patch 0150): lookups, super(), __mro__ and mro() as CPython.


def names(classes):
    return [c.__name__ for c in classes]


# A diamond of cooperative __init__s: every class's super() continues in type(self)'s MRO.
class A:
    def __init__(self, **kw):
        print("A.__init__", sorted(kw))
        super().__init__()

    def who(self):
        return "A"

    def hello(self):
        return "hello from A"


class B(A):
    def __init__(self, b=0, **kw):
        print("B.__init__", b)
        super().__init__(**kw)

    def who(self):
        return "B>" + super().who()


class C(A):
    def __init__(self, c=0, **kw):
        print("C.__init__", c)
        super().__init__(**kw)

    def who(self):
        return "C>" + super().who()

    def hello(self):
        return "hello from C"


class D(B, C):
    def __init__(self, **kw):
        print("D.__init__")
        super().__init__(**kw)

    def who(self):
        return "D>" + super().who()


d = D(b=1, c=2)
print(d.who())
print(d.hello())  # C's, not A's: C comes before A in D's MRO
print(names(D.__mro__))
print(names(D.mro()), type(D.mro()).__name__, type(D.__mro__).__name__)
print(names(B.__mro__), names(A.__mro__))
print(super(B, d).who(), super(C, d).who(), super(D, d).who())
print(super(B, d).hello())


# The example of the C3 paper (Python 2.3's "The Python 2.3 Method Resolution Order").
class O:
    pass


class F(O):
    pass


class E(O):
    pass


class DD(O):
    pass


class CC(DD, F):
    pass


class BB(DD, E):
    pass


class AA(BB, CC):
    pass


print(names(AA.__mro__))


class Oo:
    pass


class Aa(Oo):
    pass


class Bb(Oo):
    pass


class Cc(Oo):
    pass


class Dd(Oo):
    pass


class Ee(Oo):
    pass


class X1(Aa, Bb, Cc):
    pass


class X2(Dd, Bb, Ee):
    pass


class X3(Dd, Aa):
    pass


class Z(X1, X2, X3):
    pass


print(names(Z.__mro__))
print(names(Z.mro()))


# Mixins in front of a built-in type, calling it through super().
class LoggingMixin:
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)

    def describe(self):
        return "%s with %d items" % (type(self).__name__, len(self))


class LoggingDict(LoggingMixin, dict):
    pass


ld = LoggingDict()
ld["a"] = 1
ld["b"] = 2
print(sorted(ld.items()), ld.describe(), isinstance(ld, dict))
print(names(LoggingDict.__mro__))


class CountingList(list):
    def append(self, x):
        super().append(x * 10)


class Tagged:
    tag = "tagged"

    def append(self, x):
        print("Tagged.append never runs")


class TaggedList(CountingList, Tagged):
    pass


tl = TaggedList([1])
tl.append(2)
print(tl, tl.tag, len(tl), names(TaggedList.__mro__))


# The same built-in base reached through both sides of a diamond.
class LA(list):
    def first(self):
        return self[0]


class LB(LA):
    pass


class LC(LA):
    def first(self):
        return "LC:" + str(super().first())


class LD(LB, LC):
    pass


ldd = LD([7, 8])
print(ldd, len(ldd), ldd.first(), names(LD.__mro__))


# str() of a subclass of a built-in type: __str__ along the MRO, then __repr__.
class Foo:
    def __str__(self):
        return "Foo"


class T(tuple, Foo):
    pass


class R(int):
    def __repr__(self):
        return "R(%d)" % int(self)


class Plain(list):
    pass


class Err(Exception, Foo):
    pass


class Err2(Foo, Exception):
    pass


print(T((1, 2, 3)), repr(T((1, 2))), str(T(())))
print(R(5), str(R(6)), repr(R(7)), "%s" % R(8), f"{R(9)}", R(3) + 1)
print(Plain([1, "a"]), str(Plain()))
print(str(Err("boom")), repr(Err("boom")), str(Err2("x")))
print([str(x) for x in (T((4,)), R(1), Plain([2]))])


# Class attributes and classmethods through the MRO, super() in a classmethod.
class Base:
    kind = "base"

    @classmethod
    def make(cls):
        return "Base.make(%s)" % cls.__name__


class Left(Base):
    @classmethod
    def make(cls):
        return "Left>" + super().make()


class Right(Base):
    kind = "right"

    @classmethod
    def make(cls):
        return "Right>" + super().make()


class Both(Left, Right):
    @classmethod
    def make(cls):
        return "Both>" + super().make()


print(Both.kind, Both().kind, Both.make(), Both().make())


# Properties through super() in a diamond.
class PA:
    @property
    def value(self):
        return ["PA"]


class PB(PA):
    @property
    def value(self):
        return ["PB"] + super().value


class PC(PA):
    @property
    def value(self):
        return ["PC"] + super().value


class PD(PB, PC):
    @property
    def value(self):
        return ["PD"] + super().value


print(PD().value)


# Metaclasses with several bases: the metaclass's MRO too.
class M1(type):
    def describe(cls):
        return "M1 " + cls.__name__


class M2(type):
    def describe(cls):
        return "M2 " + cls.__name__

    def extra(cls):
        return "M2.extra " + cls.__name__


class M12(M1, M2):
    pass


class WithMeta(metaclass=M12):
    pass


print(WithMeta.describe(), WithMeta.extra(), type(WithMeta).__name__, names(M12.__mro__))


# type() with several bases.
Made = type("Made", (C, B), {"who": lambda self: "Made>" + super(Made, self).who()})
print(names(Made.__mro__), Made().who())


# Built-in types' MROs.
print(names(int.__mro__), names(object.__mro__))
print(names(KeyError.__mro__))
print(names(object.mro()), names(dict.mro()))


# A deep hierarchy: each class adds a mixin to the last.
class Root:
    def root(self):
        return "root"


prev = Root
for i in range(200):
    mixin = type("Mixin%d" % i, (), {"m%d" % i: i})
    prev = type("Level%d" % i, (prev, mixin), {})
deep = prev()
print(len(prev.__mro__), prev.__mro__[1].__name__, prev.__mro__[-2].__name__, deep.root(), deep.m0, deep.m199)
print(names(prev.__mro__)[:6])


# A single-inheritance chain of 500 classes below a diamond.
cls = D
for i in range(500):
    cls = type("Chain%d" % i, (cls,), {})
print(len(cls.__mro__), cls().who(), names(cls.__mro__)[-6:])


# isinstance and issubclass are unchanged by the order.
print(isinstance(d, A), isinstance(d, C), issubclass(D, C), issubclass(Z, Oo), issubclass(C, B))


# Changing a class after its subclasses were made: lookups see the change.
class MA:
    def f(self):
        return "MA"


class MB(MA):
    pass


class MC(MA):
    def f(self):
        return "MC"


class MD(MB, MC):
    pass


print(MD().f())
MC.g = lambda self: "MC.g"
print(MD().g())
del MC.f
print(MD().f())


class ME(MD):
    def f(self):
        return "ME>" + super(ME, self).f()


print(ME().f())


# Exceptions with mixins: the mixin's methods, __str__ before or after the exception.
class Describe:
    def describe(self):
        return "described:" + str(self)


class MyErr(Describe, ValueError):
    pass


try:
    raise MyErr("bad")
except ValueError as e:
    print(e.describe(), repr(e), [c.__name__ for c in type(e).__mro__[:3]])


class StrMixin:
    def __str__(self):
        return "StrMixin"


class KeyErrAfter(StrMixin, KeyError):
    pass


class KeyErrFirst(KeyError, StrMixin):
    pass


print(str(KeyErrAfter("k")), repr(KeyErrAfter("k")), str(KeyErrFirst("k")))


# A mixin's __repr__ after dict is not used (dict's comes first), before it is.
class ReprMixin:
    def __repr__(self):
        return "ReprMixin"


class DictFirst(dict, ReprMixin):
    pass


class ReprFirst(ReprMixin, dict):
    pass


print(DictFirst(a=1), repr(DictFirst()), str(DictFirst()), ReprFirst(a=1))


# __init_subclass__ through several bases.
class Registry:
    names = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Registry.names.append(cls.__name__)


class Unrelated:
    pass


class Registered(Unrelated, Registry):
    pass


class RegisteredToo(Registered):
    pass


print(Registry.names)


# An abstract base class from collections.abc with a mixin.
import collections.abc


class MyMap(collections.abc.Mapping, Describe):
    def __init__(self):
        self.d = {"x": 1}

    def __getitem__(self, k):
        return self.d[k]

    def __len__(self):
        return len(self.d)

    def __iter__(self):
        return iter(self.d)


mm = MyMap()
print(dict(mm), mm.get("x"), "x" in mm, len(mm), [c.__name__ for c in MyMap.__mro__][:3])

# numbers: the PEP 3141 ABCs, built-in registrations, abstract methods and mixins
import numbers
from numbers import Number, Complex, Real, Rational, Integral
from fractions import Fraction
from decimal import Decimal

print(numbers.__all__)
abcs = [Number, Complex, Real, Rational, Integral]
print([c.__name__ for c in abcs])
print(issubclass(Integral, Rational), issubclass(Rational, Real), issubclass(Real, Complex), issubclass(Complex, Number))
print(issubclass(Number, Integral), issubclass(Real, Integral))


def row(label, value):
    print(label.ljust(20), " ".join("%s=%s" % (c.__name__, isinstance(value, c)) for c in abcs))


row("int 3", 3)
row("int 0", 0)
row("int big", 10 ** 30)
row("bool True", True)
row("float 2.5", 2.5)
row("float nan", float("nan"))
row("complex", 1 + 2j)
row("Fraction", Fraction(1, 3))
row("Fraction int", Fraction(4))
row("Decimal", Decimal("1.5"))
row("str", "3")
row("None", None)
row("list", [1])
row("bytes", b"1")

for t in (int, bool, float, complex, Fraction, Decimal, str, object, type):
    print(t.__name__, [issubclass(t, c) for c in abcs])


# subclass of Fraction is still Rational
class MyFraction(Fraction):
    pass


print(isinstance(MyFraction(1, 2), Rational), issubclass(MyFraction, Real), issubclass(MyFraction, Integral))


# abstract classes cannot be instantiated
for c in abcs:
    try:
        c()
        print(c.__name__, "instantiated")
    except TypeError as e:
        print(c.__name__, "TypeError", e)

for c in abcs:
    print(c.__name__, sorted(c.__abstractmethods__))


# a complete Integral: the mixins fill in the rest
class MyInt(Integral):
    def __init__(self, v):
        self.v = int(v)

    def __repr__(self):
        return "MyInt(%d)" % self.v

    def __int__(self):
        return self.v

    def __pow__(self, e, m=None):
        return MyInt(pow(self.v, int(e), m))

    def __rpow__(self, b):
        return MyInt(pow(int(b), self.v))

    def __lshift__(self, o): return MyInt(self.v << int(o))
    def __rlshift__(self, o): return MyInt(int(o) << self.v)
    def __rshift__(self, o): return MyInt(self.v >> int(o))
    def __rrshift__(self, o): return MyInt(int(o) >> self.v)
    def __and__(self, o): return MyInt(self.v & int(o))
    def __rand__(self, o): return MyInt(int(o) & self.v)
    def __xor__(self, o): return MyInt(self.v ^ int(o))
    def __rxor__(self, o): return MyInt(int(o) ^ self.v)
    def __or__(self, o): return MyInt(self.v | int(o))
    def __ror__(self, o): return MyInt(int(o) | self.v)
    def __invert__(self): return MyInt(~self.v)
    def __add__(self, o): return MyInt(self.v + int(o))
    def __radd__(self, o): return MyInt(int(o) + self.v)
    def __neg__(self): return MyInt(-self.v)
    def __pos__(self): return MyInt(self.v)
    def __mul__(self, o): return MyInt(self.v * int(o))
    def __rmul__(self, o): return MyInt(int(o) * self.v)
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __abs__(self): return MyInt(abs(self.v))
    def __eq__(self, o): return self.v == int(o)
    def __hash__(self): return hash(self.v)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, n=None): return self.v
    def __floordiv__(self, o): return MyInt(self.v // int(o))
    def __rfloordiv__(self, o): return MyInt(int(o) // self.v)
    def __mod__(self, o): return MyInt(self.v % int(o))
    def __rmod__(self, o): return MyInt(int(o) % self.v)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)


x = MyInt(7)
print(x, [isinstance(x, c) for c in abcs])
print(x.numerator, x.denominator, x.real, x.imag, x.conjugate())
print(float(x), complex(x), x.__index__(), x.__float__(), x.__complex__())
print(x - 2, 10 - x, divmod(x, 3), x.__rdivmod__(23), bool(x), bool(MyInt(0)))
print([10, 20, 30, 40, 50, 60, 70, 80][x], list(range(x)))
print(hash(x) == hash(7), x == 7, x < 8, x <= 6)
print(isinstance(x, int), issubclass(MyInt, int))


# a Real without Integral's extras
class Meters(Real):
    def __init__(self, v): self.v = float(v)
    def __repr__(self): return "Meters(%r)" % self.v
    def __float__(self): return self.v
    def __trunc__(self): return int(self.v)
    def __floor__(self): return int(self.v // 1)
    def __ceil__(self): return -int(-self.v // 1)
    def __round__(self, n=None): return round(self.v, n)
    def __floordiv__(self, o): return Meters(self.v // float(o))
    def __rfloordiv__(self, o): return Meters(float(o) // self.v)
    def __mod__(self, o): return Meters(self.v % float(o))
    def __rmod__(self, o): return Meters(float(o) % self.v)
    def __lt__(self, o): return self.v < float(o)
    def __le__(self, o): return self.v <= float(o)
    def __add__(self, o): return Meters(self.v + float(o))
    def __radd__(self, o): return Meters(float(o) + self.v)
    def __neg__(self): return Meters(-self.v)
    def __pos__(self): return Meters(self.v)
    def __mul__(self, o): return Meters(self.v * float(o))
    def __rmul__(self, o): return Meters(float(o) * self.v)
    def __truediv__(self, o): return Meters(self.v / float(o))
    def __rtruediv__(self, o): return Meters(float(o) / self.v)
    def __pow__(self, o): return Meters(self.v ** float(o))
    def __rpow__(self, o): return Meters(float(o) ** self.v)
    def __abs__(self): return Meters(abs(self.v))
    def __eq__(self, o): return self.v == float(o)


m = Meters(7.5)
print(m, [isinstance(m, c) for c in abcs])
print(m.real, m.imag, m.conjugate(), complex(m), m - 0.5, 10 - m, divmod(m, 2), m.__rdivmod__(20))
print(bool(m), bool(Meters(0)))
try:
    hash(m)
    print("hashable")
except TypeError:
    print("unhashable")


# a Rational: __float__ from numerator / denominator
class Ratio(Rational):
    def __init__(self, n, d): self.n, self.d = n, d
    numerator = property(lambda self: self.n)
    denominator = property(lambda self: self.d)
    __trunc__ = __floor__ = __ceil__ = __round__ = lambda self, *a: 0
    __floordiv__ = __rfloordiv__ = __mod__ = __rmod__ = __lt__ = __le__ = lambda self, o: 0
    __add__ = __radd__ = __mul__ = __rmul__ = __truediv__ = __rtruediv__ = lambda self, o: 0
    __pow__ = __rpow__ = __eq__ = lambda self, o: False
    __neg__ = __pos__ = __abs__ = lambda self: self


r = Ratio(3, 4)
print(float(r), r.__float__(), complex(r), [isinstance(r, c) for c in abcs])


# partially implemented classes stay abstract
class Half(Complex):
    def __complex__(self): return 0j


try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)


# register() makes virtual subclasses
class Money:
    pass


print(isinstance(Money(), Number), isinstance(Money(), Real))
print(Real.register(Money) is Money)
print(isinstance(Money(), Number), isinstance(Money(), Complex), isinstance(Money(), Real), isinstance(Money(), Rational))
print(issubclass(Money, Number), issubclass(Money, Integral))


@Integral.register
class Count:
    pass


print(Count.__name__, [issubclass(Count, c) for c in abcs])
try:
    Integral.register(3)
except TypeError as e:
    print(type(e).__name__, e)
print(Number.__hash__)

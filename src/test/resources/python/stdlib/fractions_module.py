# fractions: construction, arithmetic, comparisons, limit_denominator, str/repr, against CPython.
from fractions import Fraction as F
from decimal import Decimal


def fl(x):
    # Floats with 12 significant digits: MicroPython's repr of floats is not yet CPython's.
    return "%.12g" % x

for args in ((), (3,), (6, 4), (-6, 4), (6, -4), (-6, -4), (0, 5), (F(1, 2), F(1, 3)), (F(3, 4), 2), (7, F(2, 3)),
             ("3/4",), ("-3/4",), (" 10/4 ",), ("1.25",), ("-0.125",), ("1e3",), ("1.5e-3",), ("-2E+2",), (".5",),
             ("5.",), ("1_000/3",), ("7",), ("+7",), (0.5,), (-0.1,), (1e100,), (2.5e-10,), (Decimal("1.1"),),
             (Decimal("-3.25E+2"),), (True,), (F(5, 10),)):
    f = F(*args)
    print(args if not (args and isinstance(args[0], (Decimal, float))) else type(args[0]).__name__, repr(f), str(f), f.numerator,
          f.denominator, fl(float(f)) if abs(f) < 10**300 else "big")
for bad in (("1/0",), (1, 0), ("abc",), ("1/-2",), ("1 /2x",), ("",), ("1__0",), ("_1",), (1.5, 2), ("nan",),
            (float("inf"),), (float("nan"),), (None,)):
    try:
        print(bad if not isinstance(bad[0], float) else "float", F(*bad))
    except (ValueError, ZeroDivisionError, TypeError, OverflowError) as e:
        print(bad if not isinstance(bad[0], float) else "float", type(e).__name__, e)
a, b = F(1, 3), F(-5, 6)
print(a + b, a - b, a * b, a / b, b / a, a // b, a % b, divmod(a, b), divmod(b, a), -a, +a, abs(b), a ** 2, a ** -2,
      b ** -3, b ** 0, fl(F(4, 9) ** 0.5), 2 ** F(3), fl(4 ** F(1, 2)), F(-8, 27) ** F(1))
print(a + 1, 1 + a, a - 1, 1 - a, a * 3, 3 * a, a / 2, 2 / a, 7 // a, 7 % a, a + True)
print(fl(a + 0.5), fl(0.5 + a), fl(a * 1.5), fl(1.5 / b), a + 0.5 == 1 / 3 + 0.5, 1.5 / b == 1.5 / (-5 / 6),
      type(a + 0.5).__name__, F(1, 2) == 0.5, F(1, 3) == 1 / 3,
      F(1, 2) != 0.5, F(3, 1) == 3, F(3) == F(6, 2))
print(a < b, a > b, a <= a, a >= b, F(1, 2) < 0.75, F(1, 2) > 0.25, F(1, 2) < 1, F(5, 2) >= 2, F(1, 2) < float("inf"),
      F(1, 2) > float("-inf"), F(1, 2) < float("nan"), F(1, 2) == float("nan"))
print(sorted([F(1, 2), F(1, 3), F(2, 3), F(-1, 7), F(0)]), max(F(1, 2), F(2, 3)), min([F(5), F(9, 2)]), sum([F(1, 3)] * 3))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)) == hash(F(2, 6)), len({F(1, 2), 0.5, F(2, 4)}))
print(bool(F(0)), bool(F(1, 10**20)), int(F(7, 2)), int(F(-7, 2)), F(7, 2).__floor__(), F(-7, 2).__floor__(),
      F(7, 2).__ceil__(), F(-7, 2).__ceil__(), F(-7, 2).__trunc__())
for f in (F(5, 2), F(7, 2), F(-5, 2), F(1, 3), F(2, 3), F(-1, 2), F(3, 2)):
    print(f, f.__round__(), f.__round__(1), f.__round__(-1), F(12345, 100).__round__(1), F(12355, 1000).__round__(2))
import math
pi = F(math.pi)
print(pi, pi.limit_denominator(10), pi.limit_denominator(100), pi.limit_denominator(1000), pi.limit_denominator(),
      F("3.141592653589793").limit_denominator(10), F(4321, 8765).limit_denominator(10000), F(1, 3).limit_denominator(1))
print(F(0.1), F(0.1).limit_denominator(), F(1, 10) == 0.1, F(1, 2).as_integer_ratio(), F(-3).as_integer_ratio())
print(F.from_float(0.25), F.from_float(10), F.from_decimal(Decimal("0.75")), F.from_decimal(3))
for bad in (lambda: F.from_float("x"), lambda: F.from_decimal(1.5), lambda: F(1, 2).limit_denominator(0)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
print([fl(float(f)) for f in (F(1, 3), F(2, 3), F(10**30, 3), F(1, 10**30), F(-22, 7), F(2**60 + 1, 1),
                               F(10**400, 10**399))])
print(float(F(1, 3)) == 1 / 3, float(F(2, 3)) == 2 / 3, float(F(10**30, 3)) == 10**30 / 3, float(F(-22, 7)) == -22 / 7,
      float(F(2**60 + 1, 1)) == 2.0**60, float(F(1, 2**1074)) == 5e-324, float(F(3, 2**1076)) == 5e-324,
      float(F(1, 2**1075)) == 0.0, float(F(3, 2**1075)) == 1e-323, float(F(2**53 + 1, 2)) == 2.0**52,
      float(F(2**54 + 3, 4)) == (2.0**54 + 4) / 4, float(F(5, 6)) == 5 / 6, float(F(10**25 + 1, 10**25)) == 1.0)
try:
    float(F(10**400))
except OverflowError as e:
    print("OverflowError", e)
h = F(1, 7)
total = F(0)
for i in range(1, 30):
    total += F(1, i * (i + 1))
print(total, total == 1 - F(1, 30), h * 7 == 1, F(1, 3) + F(1, 6) == F(1, 2))

# decimal: construction, context precision, quantize with every rounding mode, exact arithmetic,
# comparisons, conversions and signals, against CPython.
from decimal import (Decimal as D, getcontext, setcontext, localcontext, Context, DefaultContext, BasicContext,
                     ExtendedContext, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN,
                     ROUND_CEILING, ROUND_FLOOR, ROUND_05UP, InvalidOperation, DivisionByZero, Inexact, Rounded,
                     Overflow, Underflow, Clamped, Subnormal, FloatOperation, DecimalException)
import decimal

print(getcontext())
for text in ("0", "-0", "1", "-1.50", "3.14159", "1e5", "1E-5", "-2.5e+3", "0.000001", "0.0000001", "1.23E-7",
             "123456789012345678901234567890", "1_000.5", "1_", "_1", "1__0", "  42  ", ".5", "5.", "+.25e2", "Inf", "-Infinity",
             "nan", "NaN123", "-sNaN", "0e10", "0.00", "1.000", "12.34e-10", "9" * 40):
    d = D(text)
    print(repr(text), repr(d), str(d), d.to_eng_string(), d.as_tuple(), d.adjusted() if d.is_finite() else "-")
for value in (0, -7, 10**30, 0.1, 0.5, -2.25, 1e100, 5e-324, float("inf"), float("-inf"), (0, (1, 4, 1, 4), -3),
              (1, (0,), 2), (0, (), "F"), D("7.1")):
    print(repr(D(value)))
for bad in ("abc", "1.2.3", "", "1e", "--1", "0x10", "1 2", "1e1.5", "e5", ".", "+", "in", "nan1.5"):
    try:
        D(bad)
    except InvalidOperation as e:
        print(repr(bad), "InvalidOperation")
print(D.from_float(0.1), D.from_float(2), D.from_float(-0.0))

print("-- quantize and rounding")
modes = (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP)
for text in ("2.675", "2.665", "-2.675", "-2.665", "1.005", "0.125", "0.135", "-0.125", "2.5", "3.5", "-2.5", "0.01",
             "123.456789", "9.995", "-9.995", "0.004999", "1.05", "1.15", "0.51"):
    row = [D(text).quantize(D("0.01"), rounding=m) for m in modes]
    print(text, [str(x) for x in row], str(D(text).quantize(D("1"), rounding=ROUND_HALF_UP)),
          str(D(text).quantize(D("1E+1"), rounding=ROUND_HALF_EVEN)))
price = D("19.99")
qty = 3
tax = D("0.0825")
subtotal = price * qty
total = (subtotal * (1 + tax)).quantize(D("0.01"), rounding=ROUND_HALF_UP)
print(subtotal, subtotal * tax, total, (total / 7).quantize(D("0.01")), sum([D("0.10")] * 10), sum([0.1] * 10) == 1.0)
print(D("1.30") + D("1.20"), D("1.30") * D("1.20"), D("7") / D("3"), D("1") / D("8"), D("10") / D("4"), D("1.00") / D("3"))
for bad in (lambda: D("1.5").quantize(D("1e-30")), lambda: D("inf").quantize(D("1")), lambda: D("1e100000").quantize(D("1"))):
    try:
        print(bad())
    except InvalidOperation:
        print("InvalidOperation")

print("-- arithmetic")
pairs = [("7", "2"), ("-7", "2"), ("7", "-2"), ("-7", "-2"), ("7.5", "2"), ("1", "3"), ("2", "3"), ("0.1", "0.2"),
         ("1e10", "1e-5"), ("123.456", "0.001"), ("1E+2", "3"), ("0", "5"), ("-0", "5"), ("5", "0.5"), ("10", "0.3"),
         ("9999999999999999999999999999", "1"), ("1.1", "-1.1")]
for a, b in pairs:
    x, y = D(a), D(b)
    print(a, b, x + y, x - y, x * y, x / y, x // y, x % y, divmod(x, y), -x, +x, abs(x), x == y, x < y, x >= y)
print(D(2) ** 10, D("1.1") ** 2, D(2) ** -2, D("0.5") ** -1, D(-2) ** 3, D(10) ** 28, D(10) ** 29, D("1.5") ** 0,
      D(3) ** -1, D("-0.5") ** 3)
print(D(1) + 1, 1 + D(1), D(5) - 2, 2 - D(5), D(3) * 4, 4 * D(3), D(7) / 2, 7 / D(2), D(7) // 2, 7 // D(2), D(7) % 2,
      7 % D(2), divmod(D(7), 2))
for bad in (lambda: D(1) + 1.5, lambda: D(2) * 1.5, lambda: D(1) + "1"):
    try:
        bad()
    except TypeError:
        print("TypeError")
for bad in (lambda: D(1) / 0, lambda: D(0) / 0, lambda: D(1) // 0, lambda: D(5) % 0, lambda: D(-4).sqrt(),
            lambda: D("inf") - D("inf"), lambda: D("1e999999") * 10, lambda: divmod(D("1e40"), D("0.1"))):
    try:
        print(bad())
    except (InvalidOperation, DivisionByZero, Overflow) as e:
        print(type(e).__name__, isinstance(e, ArithmeticError), isinstance(e, ZeroDivisionError) == (type(e) is DivisionByZero))

print("-- context")
ctx = getcontext()
print(ctx.prec, ctx.rounding, ctx.Emin, ctx.Emax, ctx.capitals, ctx.clamp)
with localcontext() as lc:
    lc.prec = 5
    print(D(1) / D(7), D("123456789") + 0, D("1.23456789") * 1, D(2).sqrt(), lc.prec)
print(D(1) / D(7), getcontext().prec)
with localcontext(prec=3, rounding=ROUND_DOWN) as lc:
    print(D(2) / 3, D("9.999") + 0, lc)
with localcontext(Context(prec=50)):
    print(D(1) / D(7), D(2).sqrt())
getcontext().prec = 6
print(D(1) / 3, D("1234567") * 1, D("0.1234567") + 0, D(10) ** 10)
getcontext().rounding = ROUND_HALF_UP
print(D("2.5000005") + 0, D("1.00000050") * 1)
setcontext(Context())
print(getcontext().prec, getcontext().rounding, D(1) / 3)
print(BasicContext, ExtendedContext, sep="\n")
c = Context(prec=4, traps=[])
print(c.divide(D(1), D(0)), c.divide(D(0), D(0)), c.sqrt(D(-1)), c.add(D("1.23456"), 0), c.flags[DivisionByZero],
      c.flags[InvalidOperation], c.flags[Inexact], c.flags[Rounded], c)
c.clear_flags()
print(c.multiply(D("1e999999"), 10), c.flags[Overflow], c.quantize(D("1.2345"), D("0.01")), c.create_decimal("3.14159"))
print(c.power(D(2), 10), c.subtract(5, 3), c.plus(D("-0")), c.minus(D(5)), c.abs(D(-3)), c.to_integral_value(D("2.5")),
      c.normalize(D("1.2000")), c.compare(D(1), D(2)), c.max(D(1), D(2)), c.min(D(1), D(2)), c.remainder(D(7), D(3)),
      c.divide_int(D(7), D(2)), c.divmod(D(7), D(2)), c.to_sci_string(D("1e10")), c.to_eng_string(D("1e10")))
ctx = Context(prec=28)
ctx.traps[Inexact] = True
try:
    ctx.divide(D(1), D(3))
except Inexact:
    print("Inexact trapped")
for bad in (lambda: setattr(getcontext(), "prec", 0), lambda: setattr(getcontext(), "rounding", "UP"),
            lambda: setattr(getcontext(), "Emax", -1)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__)

print("-- comparisons and conversions")
print(D("1.0") == D("1"), D("1.0") == 1, D("0.5") == 0.5, D("0.1") == 0.1, D("0.1") < D("0.2"), D(2) > 1, D(2) >= 2.0,
      D("nan") == D("nan"), D("nan") != D("nan"), D("-0") == D("0"), D("1") != 1, D(3) == "3")
try:
    D("nan") < D(1)
except InvalidOperation:
    print("InvalidOperation for NaN ordering")
from fractions import Fraction
print(D("0.5") == Fraction(1, 2), D("0.1") == Fraction(1, 10), D("0.3") < Fraction(1, 3), D("0.34") > Fraction(1, 3))
print(sorted([D("1.5"), D("-2"), D("0.25"), D("10"), D("1.49")]), max(D(1), D("1.01")), min([D(3), D(2), D("2.0")]))
print(hash(D("1.0")) == hash(1), hash(D("0.5")) == hash(0.5), hash(D("2.50")) == hash(D("2.5")), len({D("1"), D("1.0"), 1}))
print(int(D("7.9")), int(D("-7.9")), int(D("1e5")), float(D("0.1")) == 0.1, float(D("1e-400")), float(D("-inf")),
      float(D("1.5")), D("7.9").__floor__(), D("-7.1").__floor__(), D("7.1").__ceil__(), D("-7.9").__ceil__())
print(D("2.5").__round__(), D("3.5").__round__(), D("2.675").__round__(2), D("-0.5").__round__(), D("1234.5").__round__(-2))
print(bool(D(0)), bool(D("0.00")), bool(D("nan")), bool(D("0.01")), D("1.5").as_integer_ratio(), D("-0.75").as_integer_ratio(),
      D("1e3").as_integer_ratio(), D(0).as_integer_ratio())
for x in ("0", "-0", "1.5", "-1.5", "inf", "-inf", "nan", "snan", "1e-999999", "0.00"):
    d = D(x)
    print(x, d.is_nan(), d.is_qnan(), d.is_snan(), d.is_infinite(), d.is_finite(), d.is_zero(), d.is_signed(),
          d.is_normal(), d.is_subnormal(), d.number_class())

print("-- other operations")
for x in ("2", "1.21", "0.0001", "100", "1e-7", "0", "10", "3", "1e100", "0.25"):
    print(x, D(x).sqrt())
for x in ("1.2000", "0.00", "-1e3", "120E2", "1.0E-5", "0"):
    print(x, D(x).normalize(), D(x).to_integral_value(), D(x).to_integral_exact())
print(D("2.5").to_integral_value(), D("3.5").to_integral_value(), D("-2.5").to_integral_value(rounding=ROUND_HALF_UP),
      D("2.7").to_integral_value(rounding=ROUND_FLOOR), D("1.23").copy_abs(), D("1.23").copy_negate(),
      D("1.23").copy_sign(D(-1)), D(1).compare(D(2)), D(2).compare(D(2.0)), D(3).compare(D(2)), D("1.00").same_quantum(D("2.00")),
      D("1").same_quantum(D("1.0")), D(1).max(D(2)), D(1).min(D(2)), D("1.0").max(D("1")), D(1).max(D("nan")))
print(D(1).next_plus(), D(1).next_minus(), D("-1").next_plus(), D(0).next_plus(), D("inf").next_minus())
print(D("123.456").as_tuple(), D("-0.00").as_tuple(), D(5).radix(), D("12345").adjusted(), D("0.001").adjusted())
for value in ("1e+3", "1234e-2", "-0.0001234", "1e-7", "123456e10", "0e-12"):
    print(value, D(value).to_eng_string(), str(D(value)))

# sys: the attributes CPython code checks. The sandbox claims Python 3.11 (its standard
# library follows CPython 3.11); values that differ by nature (platform, maxsize on a 32-bit
# guest, argv of a script) are checked for their shape.
import sys

v = sys.version_info
print(v[:2], v.major, v.minor, v.releaselevel, v.serial, v >= (3, 8), v < (4,), v > (3, 10, 99), (3, 9) <= v,
      v[0] == 3, len(v), isinstance(v.micro, int), tuple(v)[:2], v[:2] == (3, 11))
print(sys.version.startswith("3.11."), sys.hexversion >= 0x030B00F0, sys.hexversion >> 16 == 0x030B)
print(sys.byteorder, sys.maxsize >= 2**31 - 1, (sys.maxsize + 1) & sys.maxsize == 0, isinstance(sys.platform, str))
print(isinstance(sys.argv, list), all(isinstance(a, str) for a in sys.argv), len(sys.argv) >= 1)
fi = sys.float_info
print("%.12g" % fi.max, fi.max_exp, fi.max_10_exp, "%.12g" % fi.min, fi.min_exp, fi.min_10_exp, fi.dig, fi.mant_dig,
      "%.12g" % fi.epsilon, fi.radix, fi.rounds, fi.max == 1.7976931348623157e308, fi.epsilon == 2.0 ** -52,
      fi.min == 2.0 ** -1022)
print(isinstance(sys.int_info.bits_per_digit, int), isinstance(sys.int_info.sizeof_digit, int),
      isinstance(sys.int_info.default_max_str_digits, int), isinstance(sys.int_info.str_digits_check_threshold, int))
print(sys.getrecursionlimit())
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
for bad in (0, -5, 1.5, "x"):
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, value, tb = sys.exc_info()
    print(t is KeyError, isinstance(value, KeyError), value.args)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        print(sys.exc_info()[0].__name__)
        raise ValueError("inner")
except ValueError:
    print(sys.exc_info()[0].__name__)
print(sys.exc_info() == (None, None, None))
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit", e.args)
print(isinstance(sys.modules, dict), isinstance(sys.path, list), sys.intern("abc") == "abc",
      isinstance(sys.executable, str), hasattr(sys.stdout, "write"), hasattr(sys.stderr, "write"))
n = sys.stdout.write("written\n")
print(n)

"""math: MicroPython's built-in math (as `umath`) completed with CPython's integer and
summation functions: gcd and lcm with any number of arguments, isqrt, comb, perm, prod,
dist, fsum (exact, Shewchuk's algorithm as in CPython) and hypot with any number of
arguments.

Left out: nextafter, ulp, remainder, cbrt, exp2 and the float-classification corner cases
where MicroPython's libm differs from CPython's (signed zeros, some errors raised for
infinities and NaNs).
"""

from umath import *
import umath as _umath

_inf = float("inf")


def _int(value, name="integer"):
    # CPython accepts ints (and bools), and rejects floats even when integral.
    if isinstance(value, bool):
        return int(value)
    if not isinstance(value, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return value


def gcd(*integers):
    """Greatest common divisor of the integers; gcd() is 0."""
    result = 0
    for n in integers:
        n = _int(n)
        a, b = abs(result), abs(n)
        while b:
            a, b = b, a % b
        result = a
    return result


def lcm(*integers):
    """Least common multiple of the integers; lcm() is 1, and 0 if any is 0."""
    result = 1
    for n in integers:
        n = abs(_int(n))
        if n == 0 or result == 0:
            result = 0
            continue
        result = result // gcd(result, n) * n
    return result


def isqrt(n):
    """The largest integer r with r * r <= n."""
    n = _int(n)
    if n < 0:
        raise ValueError("isqrt() argument must be nonnegative")
    if n == 0:
        return 0
    # Newton's iteration from an overestimate: 2 ** ceil(bits / 2) > sqrt(n).
    bits = 0
    m = n
    while m:
        m >>= 1
        bits += 1
    x = 1 << ((bits + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def perm(n, k=None):
    """Ways to choose k ordered items from n: n! / (n - k)!; perm(n) is n!."""
    n = _int(n)
    if n < 0:
        raise ValueError("n must be a non-negative integer")
    if k is None:
        k = n
    k = _int(k)
    if k < 0:
        raise ValueError("k must be a non-negative integer")
    if k > n:
        return 0
    result = 1
    for i in range(n - k + 1, n + 1):
        result *= i
    return result


def comb(n, k):
    """Ways to choose k unordered items from n: n! / (k! * (n - k)!)."""
    n = _int(n)
    k = _int(k)
    if n < 0:
        raise ValueError("n must be a non-negative integer")
    if k < 0:
        raise ValueError("k must be a non-negative integer")
    if k > n:
        return 0
    k = min(k, n - k)
    result = 1
    for i in range(1, k + 1):
        result = result * (n - k + i) // i
    return result


def factorial(n):
    """n! for a non-negative integer n (the built-in one stops at small ints' range)."""
    n = _int(n)
    if n < 0:
        raise ValueError("factorial() not defined for negative values")
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def prod(iterable, *, start=1):
    """The product of start and the items of iterable."""
    result = start
    for x in iterable:
        result = result * x
    return result


def fsum(iterable):
    """The exactly rounded float sum of the values (Shewchuk's algorithm, as CPython)."""
    partials = []  # non-overlapping, increasing magnitude
    special_sum = 0.0  # infinities and NaNs
    inf_sum = 0.0  # infinities alone: NaN here means +inf and -inf met
    for x in iterable:
        x = xsave = float(x)
        i = 0
        for y in partials:
            if abs(x) < abs(y):
                x, y = y, x
            hi = x + y
            lo = y - (hi - x)
            if lo != 0.0:
                partials[i] = lo
                i += 1
            x = hi
        del partials[i:]
        if x != 0.0:
            if isinf(x) or isnan(x):
                if not (isinf(xsave) or isnan(xsave)):
                    raise OverflowError("intermediate overflow in fsum")
                if isinf(xsave):
                    inf_sum += xsave
                special_sum += xsave
                del partials[:]
            else:
                partials.append(x)
    if special_sum != 0.0:
        if isnan(inf_sum):
            raise ValueError("-inf + inf in fsum")
        return special_sum
    # Add the partials from the top until the sum becomes inexact, then make half-even
    # rounding work across the remaining partials.
    hi = 0.0
    n = len(partials)
    if n > 0:
        n -= 1
        hi = partials[n]
        lo = 0.0
        while n > 0:
            x = hi
            n -= 1
            y = partials[n]
            hi = x + y
            yr = hi - x
            lo = y - yr
            if lo != 0.0:
                break
        if n > 0 and ((lo < 0.0 and partials[n - 1] < 0.0) or (lo > 0.0 and partials[n - 1] > 0.0)):
            y = lo * 2.0
            x = hi + y
            yr = x - hi
            if y == yr:
                hi = x
    return hi


def dist(p, q):
    """Euclidean distance between two points given as sequences of coordinates."""
    p = tuple(p)
    q = tuple(q)
    if len(p) != len(q):
        raise ValueError("both points must have the same number of dimensions")
    return hypot(*[a - b for a, b in zip(p, q)])


def hypot(*coordinates):
    """The Euclidean norm sqrt(sum(x * x)), without overflow for large coordinates."""
    values = [abs(float(x)) for x in coordinates]
    if not values:
        return 0.0
    for v in values:
        if isinf(v):
            return _inf
    biggest = max(values)
    if isnan(biggest):
        return biggest
    for v in values:
        if isnan(v):
            return v
    if biggest == 0.0:
        return 0.0
    return biggest * sqrt(fsum((v / biggest) * (v / biggest) for v in values))

"""fractions: the Fraction class (rational numbers), as CPython's fractions module.

Fraction(numerator=0, denominator=None) from ints, Fractions, floats (exactly), Decimals
and strings ("3/4", "-1.25e-3", " 7 "); arithmetic with ints and Fractions gives Fractions,
with floats floats; comparisons, hashing consistent with equal ints and floats,
limit_denominator, as_integer_ratio, from_float, from_decimal, str and repr. float() of a
Fraction is correctly rounded.

Differences because of MicroPython: round(), math.floor/ceil/trunc go through float()
(call the methods __round__, __floor__, __ceil__ and __trunc__ for exact results);
comparisons with an int or float on the left (`1 < Fraction(1, 2)`) are not supported;
there is no numbers module, so only int, Fraction, float and Decimal interoperate.
"""

import math

__all__ = ["Fraction"]


def _bit_length(n):
    # int.bit_length(), which MicroPython's int lacks.
    if n < 0:
        n = -n
    return len(bin(n)) - 2 if n else 0


def _float_ratio(x):
    """float.as_integer_ratio(): the exact (numerator, denominator) of a finite float."""
    if x != x:
        raise ValueError("cannot convert NaN to integer ratio")
    if x in (math.inf, -math.inf):
        raise OverflowError("cannot convert Infinity to integer ratio")
    mantissa, exponent = math.frexp(x)
    numerator = int(mantissa * 9007199254740992.0)  # * 2**53: exact
    exponent -= 53
    if numerator == 0:
        return 0, 1
    while numerator % 2 == 0 and exponent < 0:
        numerator //= 2
        exponent += 1
    if exponent >= 0:
        return numerator << exponent, 1
    return numerator, 1 << -exponent


def _ratio_to_float(n, d):
    """n / d as the correctly rounded float (half to even), for ints n and d > 0."""
    negative = n < 0
    n = -n if negative else n
    if n == 0:
        return -0.0 if negative else 0.0
    shift = 55 - (_bit_length(n) - _bit_length(d))
    if shift >= 0:
        q, r = divmod(n << shift, d)
    else:
        q, r = divmod(n, d << -shift)
    exp = -shift  # value = (q + r / d) * 2**exp, with q of 55 or 56 bits
    extra = _bit_length(q) - 53
    if exp + extra < -1074:  # subnormal: fewer bits of precision
        extra = -1074 - exp
    if extra > 0:
        low = q & ((1 << extra) - 1)
        q >>= extra
        exp += extra
        half = 1 << (extra - 1)
        if low > half or (low == half and (r or q & 1)):
            q += 1
    try:
        result = math.ldexp(float(q), exp)
    except OverflowError:
        raise OverflowError("integer division result too large for a float")
    if result in (math.inf, -math.inf):
        raise OverflowError("integer division result too large for a float")
    return -result if negative else result


def _decimal_type():
    import sys
    module = sys.modules.get("decimal")
    return getattr(module, "Decimal", None) if module is not None else None


_WHITESPACE = " \t\n\r\x0b\x0c"


def _digits_with_underscores(s):
    # \d+(_\d+)*
    if not s or s[0] == "_" or s[-1] == "_" or "__" in s:
        return False
    for ch in s:
        if not ("0" <= ch <= "9" or ch == "_"):
            return False
    return True


def _parse(text):
    # (numerator, denominator) of a Fraction string, or None if it is not one.
    s = text.strip(_WHITESPACE)
    sign = 1
    if s[:1] in ("+", "-"):
        sign = -1 if s[0] == "-" else 1
        s = s[1:]
    if not s or not ("0" <= s[0] <= "9" or (s[0] == "." and s[1:2].isdigit())):
        return None
    if "/" in s:
        num, denom = s.split("/", 1)
        num = num.rstrip(_WHITESPACE)
        denom = denom.lstrip(_WHITESPACE)
        if not _digits_with_underscores(num) or not _digits_with_underscores(denom):
            return None
        return sign * int(num.replace("_", "")), int(denom.replace("_", ""))
    exp = 0
    lower = s.lower()
    if "e" in lower:
        i = lower.index("e")
        s, exp_text = s[:i], s[i + 1:]
        body = exp_text[1:] if exp_text[:1] in ("+", "-") else exp_text
        if not _digits_with_underscores(body):
            return None
        exp = int(exp_text.replace("_", ""))
    if "." in s:
        whole, frac = s.split(".", 1)
    else:
        whole, frac = s, ""
    if (whole and not _digits_with_underscores(whole)) or (frac and not _digits_with_underscores(frac)):
        return None
    if not whole and not frac:
        return None
    numerator = int((whole + frac).replace("_", "") or "0")
    denominator = 10 ** len(frac.replace("_", ""))
    if exp >= 0:
        numerator *= 10 ** exp
    else:
        denominator *= 10 ** -exp
    return sign * numerator, denominator


class Fraction:
    """A rational number numerator/denominator in lowest terms (denominator > 0)."""

    def __init__(self, numerator=0, denominator=None, *, _normalize=True):
        if denominator is None:
            if type(numerator) is int or isinstance(numerator, bool):
                self._numerator = int(numerator)
                self._denominator = 1
                return
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return
            if isinstance(numerator, float):
                numerator, denominator = _float_ratio(numerator)
            elif isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                numerator, denominator = parsed
            elif _decimal_type() is not None and isinstance(numerator, _decimal_type()):
                numerator, denominator = numerator.as_integer_ratio()
            elif isinstance(numerator, int):
                numerator, denominator = int(numerator), 1
            else:
                raise TypeError("argument should be a string or a Rational instance")
        else:
            for value in (numerator, denominator):
                if not isinstance(value, (int, bool, Fraction)):
                    raise TypeError("both arguments should be Rational instances")
            if isinstance(numerator, Fraction) or isinstance(denominator, Fraction):
                n = Fraction(numerator)
                d = Fraction(denominator)
                numerator, denominator = n._numerator * d._denominator, d._numerator * n._denominator
            else:
                numerator, denominator = int(numerator), int(denominator)
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator

    @classmethod
    def from_float(cls, f):
        """The exact value of the float f."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(*_float_ratio(f))

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of the Decimal dec."""
        decimal_type = _decimal_type()
        if isinstance(dec, int):
            return cls(dec)
        if decimal_type is None or not isinstance(dec, decimal_type):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def is_integer(self):
        return self._denominator == 1

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        bound1 = Fraction(p0 + k * p1, q0 + k * q1)
        bound2 = Fraction(p1, q1)
        if abs(bound2 - self) <= abs(bound1 - self):
            return bound2
        return bound1

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def __repr__(self):
        return "Fraction(%s, %s)" % (self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    # ---- arithmetic: Fractions with ints and Fractions, floats with floats ----

    @staticmethod
    def _rational(other):
        if isinstance(other, Fraction):
            return other._numerator, other._denominator
        if isinstance(other, (int, bool)):
            return int(other), 1
        return None

    def _float_op(self, other, op, reverse):
        if isinstance(other, float):
            a, b = (other, float(self)) if reverse else (float(self), other)
            return op(a, b)
        if isinstance(other, complex):
            a, b = (other, complex(float(self))) if reverse else (complex(float(self)), other)
            return op(a, b)
        return NotImplemented

    def __add__(self, other):
        r = self._rational(other)
        if r is None:
            return self._float_op(other, lambda a, b: a + b, False)
        return Fraction(self._numerator * r[1] + r[0] * self._denominator, self._denominator * r[1])

    def __radd__(self, other):
        r = self._rational(other)
        if r is None:
            return self._float_op(other, lambda a, b: a + b, True)
        return Fraction(r[0] * self._denominator + self._numerator * r[1], self._denominator * r[1])

    def __sub__(self, other):
        r = self._rational(other)
        if r is None:
            return self._float_op(other, lambda a, b: a - b, False)
        return Fraction(self._numerator * r[1] - r[0] * self._denominator, self._denominator * r[1])

    def __rsub__(self, other):
        r = self._rational(other)
        if r is None:
            return self._float_op(other, lambda a, b: a - b, True)
        return Fraction(r[0] * self._denominator - self._numerator * r[1], self._denominator * r[1])

    def __mul__(self, other):
        r = self._rational(other)
        if r is None:
            return self._float_op(other, lambda a, b: a * b, False)
        return Fraction(self._numerator * r[0], self._denominator * r[1])

    def __rmul__(self, other):
        r = self._rational(other)
        if r is None:
            return self._float_op(other, lambda a, b: a * b, True)
        return Fraction(r[0] * self._numerator, r[1] * self._denominator)

    def __truediv__(self, other):
        r = self._rational(other)
        if r is None:
            return self._float_op(other, lambda a, b: a / b, False)
        if r[0] == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % (self._numerator * r[1]))
        return Fraction(self._numerator * r[1], self._denominator * r[0])

    def __rtruediv__(self, other):
        r = self._rational(other)
        if r is None:
            return self._float_op(other, lambda a, b: a / b, True)
        if self._numerator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % (r[0] * self._denominator))
        return Fraction(r[0] * self._denominator, r[1] * self._numerator)

    def __floordiv__(self, other):
        r = self._rational(other)
        if r is None:
            return self._float_op(other, lambda a, b: a // b, False)
        return (self._numerator * r[1]) // (self._denominator * r[0])

    def __rfloordiv__(self, other):
        r = self._rational(other)
        if r is None:
            return self._float_op(other, lambda a, b: a // b, True)
        return (r[0] * self._denominator) // (r[1] * self._numerator)

    def __mod__(self, other):
        r = self._rational(other)
        if r is None:
            return self._float_op(other, lambda a, b: a % b, False)
        da, db = self._denominator, r[1]
        return Fraction((self._numerator * db) % (r[0] * da), da * db)

    def __rmod__(self, other):
        r = self._rational(other)
        if r is None:
            return self._float_op(other, lambda a, b: a % b, True)
        return Fraction(r[0], r[1]) % self

    def __divmod__(self, other):
        r = self._rational(other)
        if r is None:
            return self._float_op(other, divmod, False)
        da, db = self._denominator, r[1]
        div, n_mod = divmod(self._numerator * db, da * r[0])
        return div, Fraction(n_mod, da * db)

    def __rdivmod__(self, other):
        r = self._rational(other)
        if r is None:
            return self._float_op(other, divmod, True)
        return divmod(Fraction(r[0], r[1]), self)

    def __pow__(self, other):
        r = self._rational(other)
        if r is not None and r[1] == 1:
            power = r[0]
            if power >= 0:
                return Fraction(self._numerator ** power, self._denominator ** power, _normalize=False)
            if self._numerator >= 0:
                return Fraction(self._denominator ** -power, self._numerator ** -power, _normalize=False)
            return Fraction((-self._denominator) ** -power, (-self._numerator) ** -power, _normalize=False)
        if r is not None:
            return float(self) ** (r[0] / r[1])
        if isinstance(other, (float, complex)):
            return float(self) ** other
        return NotImplemented

    def __rpow__(self, other):
        if self._denominator == 1 and self._numerator >= 0:
            return other ** self._numerator
        r = self._rational(other)
        if r is not None:
            return Fraction(r[0], r[1]) ** self
        if self._denominator == 1:
            return other ** self._numerator
        return other ** float(self)

    def __pos__(self):
        return Fraction(self._numerator, self._denominator, _normalize=False)

    def __neg__(self):
        return Fraction(-self._numerator, self._denominator, _normalize=False)

    def __abs__(self):
        return Fraction(abs(self._numerator), self._denominator, _normalize=False)

    def __int__(self):
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    __trunc__ = __int__

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        """Round half to even; an int without ndigits, else a Fraction."""
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction((self * shift).__round__(), shift)
        return Fraction((self / shift).__round__() * shift)

    def __float__(self):
        if self._denominator == 1 and -9007199254740992 <= self._numerator <= 9007199254740992:
            return float(self._numerator)
        return _ratio_to_float(self._numerator, self._denominator)

    def __bool__(self):
        return self._numerator != 0

    def __hash__(self):
        # Equal ints and floats must hash alike.
        if self._denominator == 1:
            return hash(self._numerator)
        try:
            as_float = float(self)
        except OverflowError:
            as_float = None
        if as_float is not None and Fraction(as_float) == self:
            return hash(as_float)
        return hash((self._numerator, self._denominator))

    # ---- comparisons ----

    def __eq__(self, other):
        r = self._rational(other)
        if r is not None:
            return self._numerator == r[0] and self._denominator == r[1]
        if isinstance(other, complex) and other.imag == 0:
            other = other.real
        if isinstance(other, float):
            if other != other or other in (math.inf, -math.inf):
                return 0.0 == other
            return self == Fraction(other)
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def _compare(self, other):
        # (a, b) ints with the same order as (self, other), or None.
        r = self._rational(other)
        if r is not None:
            return self._numerator * r[1], self._denominator * r[0]
        if isinstance(other, float):
            if other != other or other in (math.inf, -math.inf):
                return 0.0, other
            other = Fraction(other)
            return self._numerator * other._denominator, self._denominator * other._numerator
        raise TypeError("'<' not supported between instances of 'Fraction' and '%s'" % type(other).__name__)

    def __lt__(self, other):
        a, b = self._compare(other)
        return a < b

    def __le__(self, other):
        a, b = self._compare(other)
        return a <= b

    def __gt__(self, other):
        a, b = self._compare(other)
        return a > b

    def __ge__(self, other):
        a, b = self._compare(other)
        return a >= b

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

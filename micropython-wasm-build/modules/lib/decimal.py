"""decimal: decimal floating point with a context, following the General Decimal Arithmetic
specification as CPython's decimal module does (the algorithms of its _pydecimal).

Supported: Decimal from str, int, float (exactly), tuples and Decimals; + - * / // % divmod,
unary - + abs, ** with an integer exponent; comparisons with Decimals, ints, floats and
Fractions; hashing consistent with equal ints and floats; str/repr/to_eng_string; quantize,
to_integral_value, to_integral_exact, normalize, sqrt, max, min, compare, copy_abs,
copy_negate, copy_sign, same_quantum, adjusted, as_tuple, as_integer_ratio, next_plus,
next_minus, the is_* predicates, int/float conversion; Context (prec, rounding, Emin, Emax,
capitals, clamp, flags, traps), getcontext, setcontext, localcontext, BasicContext,
ExtendedContext, DefaultContext; the signals (InvalidOperation, DivisionByZero, Inexact,
Rounded, ...) and the eight rounding modes.

Left out (they raise NotImplementedError): ** with a non-integer exponent, exp, ln, log10,
logb, fma, the logical_* and rotate/shift/scaleb operations, remainder_near. Decimal format
specifications (format(), f-strings) are not supported by MicroPython's str.format: quantize()
then str(). MicroPython classes have one exception base: DivisionByZero is a ZeroDivisionError
(not a DecimalException), Overflow and Underflow are Inexact (not Rounded or Subnormal),
FloatOperation is not a TypeError. round(), math.floor and math.ceil go through float() in MicroPython; call the
methods (d.__round__(2), quantize) for exact results. Comparisons with an int or float on
the left (`1 < Decimal(2)`) are not supported.
"""

import math

__all__ = ["Decimal", "Context", "DecimalTuple", "DefaultContext", "BasicContext", "ExtendedContext",
           "DecimalException", "Clamped", "InvalidOperation", "DivisionByZero", "Inexact", "Rounded",
           "Subnormal", "Overflow", "Underflow", "FloatOperation", "DivisionImpossible",
           "InvalidContext", "ConversionSyntax", "DivisionUndefined", "ROUND_DOWN", "ROUND_HALF_UP",
           "ROUND_HALF_EVEN", "ROUND_CEILING", "ROUND_FLOOR", "ROUND_UP", "ROUND_HALF_DOWN",
           "ROUND_05UP", "setcontext", "getcontext", "localcontext", "MAX_PREC", "MAX_EMAX",
           "MIN_EMIN", "MIN_ETINY"]

__version__ = "1.70"

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
              ROUND_HALF_DOWN, ROUND_05UP)

MAX_PREC = 425000000
MAX_EMAX = 425000000
MIN_EMIN = -425000000
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)


# ---- signals ----

class DecimalException(ArithmeticError):
    """Base class of the signals."""

    def handle(self, context, *args):
        pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    def handle(self, context, *args):
        if args:
            return _dec_from_triple(args[0]._sign, args[0]._int, "n", True)
        return _NaN


class ConversionSyntax(InvalidOperation):
    def handle(self, context, *args):
        return _NaN


class DivisionByZero(ZeroDivisionError):
    # CPython: (DecimalException, ZeroDivisionError); MicroPython allows one exception base.
    def handle(self, context, sign, *args):
        return _SignedInfinity[sign]


class DivisionImpossible(InvalidOperation):
    def handle(self, context, *args):
        return _NaN


class DivisionUndefined(InvalidOperation):
    def handle(self, context, *args):
        return _NaN


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    def handle(self, context, *args):
        return _NaN


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact):
    def handle(self, context, sign, *args):
        if context.rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP):
            return _SignedInfinity[sign]
        if sign == 0:
            if context.rounding == ROUND_CEILING:
                return _SignedInfinity[sign]
            return _dec_from_triple(sign, "9" * context.prec, context.Emax - context.prec + 1)
        if context.rounding == ROUND_FLOOR:
            return _SignedInfinity[sign]
        return _dec_from_triple(sign, "9" * context.prec, context.Emax - context.prec + 1)


class Underflow(Inexact):
    pass


class FloatOperation(DecimalException):
    pass


# The order CPython lists them in a Context's repr.
_SIGNALS = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow, Rounded,
            Subnormal, Underflow]
# Where CPython (libmpdec) lists a flag in a Context's repr: the bit of the condition that
# set it (setting a signal directly sets all of its conditions).
_CONDITION_BITS = {Clamped: 0, ConversionSyntax: 1, DivisionByZero: 2, DivisionImpossible: 3,
                   DivisionUndefined: 4, Inexact: 6, InvalidContext: 7, InvalidOperation: 8,
                   FloatOperation: 10, Overflow: 11, Rounded: 12, Subnormal: 13, Underflow: 14}
_SIGNAL_BITS = {Clamped: 0, InvalidOperation: 1, DivisionByZero: 2, Inexact: 6, FloatOperation: 10,
                Overflow: 11, Rounded: 12, Subnormal: 13, Underflow: 14}
_CONDITION_MAP = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
                  DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}


# ---- contexts ----

_current_context = None


def getcontext():
    """The current context (a copy of DefaultContext at first)."""
    global _current_context
    if _current_context is None:
        _current_context = DefaultContext.copy()
    return _current_context


def setcontext(context):
    global _current_context
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current_context = context


class _ContextManager:
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager that makes a copy of ctx (default: the current context) current
    for the with block, with the given attributes changed."""
    if ctx is None:
        ctx = getcontext()
    manager = _ContextManager(ctx)
    for key, value in kwargs.items():
        if key not in ("prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps"):
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        setattr(manager.new_context, key, value)
    return manager


def _signal_dict(value, default):
    result = {s: False for s in _SIGNALS}
    if value is None:
        value = default
    if isinstance(value, dict):
        for s, on in value.items():
            result[s] = bool(on)
    else:
        for s in value:
            result[s] = True
    return result


class Context:
    """The environment of arithmetic: precision, rounding, exponent limits, which signals
    have occurred (flags) and which raise exceptions (traps)."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None, _ignored_flags=None):
        dc = DefaultContext if "DefaultContext" in globals() else None
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else (dc.capitals if dc else 1)
        self.clamp = clamp if clamp is not None else (dc.clamp if dc else 0)
        self._ignored_flags = [] if _ignored_flags is None else _ignored_flags
        self.traps = _signal_dict(traps, dc.traps if dc else [DivisionByZero, Overflow, InvalidOperation])
        self.flags = _signal_dict(flags, [])
        self._flag_bits = {}

    def __setattr__(self, name, value):
        if name == "prec":
            if not isinstance(value, int) or not 1 <= value <= MAX_PREC:
                raise ValueError("valid range for prec is [1, MAX_PREC]")
        elif name == "Emin":
            if not isinstance(value, int) or not MIN_EMIN <= value <= 0:
                raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        elif name == "Emax":
            if not isinstance(value, int) or not 0 <= value <= MAX_EMAX:
                raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        elif name == "capitals" or name == "clamp":
            if value not in (0, 1):
                raise ValueError("valid values for %s are 0 or 1" % name)
        elif name == "rounding":
            if value not in _ROUNDINGS:
                raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, "
                                "ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
        elif name == "flags" or name == "traps":
            if not isinstance(value, dict):
                value = _signal_dict(value, [])
        object.__setattr__(self, name, value)

    def __repr__(self):
        flags = sorted((s for s in _SIGNALS if self.flags[s]),
                       key=lambda s: self._flag_bits.get(s, _SIGNAL_BITS[s]))
        flags = [s.__name__ for s in flags]
        traps = [s.__name__ for s in _SIGNALS if self.traps[s]]
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[%s], traps=[%s])"
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                   ", ".join(flags), ", ".join(traps)))

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False
        self._flag_bits = {}

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def _shallow_copy(self):
        other = Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                        self.flags, self.traps, self._ignored_flags)
        other.flags = self.flags  # shared, as the flags dict is
        other._flag_bits = self._flag_bits
        return other

    def copy(self):
        other = Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                        dict(self.flags), dict(self.traps), list(self._ignored_flags))
        other._flag_bits = dict(self._flag_bits)
        return other

    __copy__ = copy

    def _raise_error(self, condition, explanation=None, *args):
        # Set the signal's flag; raise it if trapped, else return its default result.
        error = _CONDITION_MAP.get(condition, condition)
        if error in self._ignored_flags:
            return condition().handle(self, *args)
        if not self.flags[error] or _CONDITION_BITS[condition] < self._flag_bits.get(error, 99):
            self._flag_bits[error] = _CONDITION_BITS[condition]
        self.flags[error] = True
        if not self.traps[error]:
            return condition().handle(self, *args)
        raise error([condition])

    def _ignore_all_flags(self):
        self._ignored_flags = list(_SIGNALS)

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def create_decimal(self, num="0"):
        """A Decimal from num, rounded to this context."""
        if isinstance(num, str) and (num != num.strip() or "_" in num):
            return self._raise_error(ConversionSyntax, "no trailing or leading whitespace and no underscores are permitted.")
        d = Decimal(num, context=self)
        if d._isnan() and len(d._int) > self.prec - self.clamp:
            return self._raise_error(ConversionSyntax, "diagnostic info too long in NaN")
        return d._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    # The arithmetic operations, as methods of the context.
    def abs(self, a):
        return _convert_other(a, True).__abs__(context=self)

    def add(self, a, b):
        return _convert_other(a, True).__add__(_convert_other(b, True), context=self)

    def subtract(self, a, b):
        return _convert_other(a, True).__sub__(_convert_other(b, True), context=self)

    def multiply(self, a, b):
        return _convert_other(a, True).__mul__(_convert_other(b, True), context=self)

    def divide(self, a, b):
        return _convert_other(a, True).__truediv__(_convert_other(b, True), context=self)

    def divide_int(self, a, b):
        return _convert_other(a, True).__floordiv__(_convert_other(b, True), context=self)

    def remainder(self, a, b):
        return _convert_other(a, True).__mod__(_convert_other(b, True), context=self)

    def divmod(self, a, b):
        return _convert_other(a, True).__divmod__(_convert_other(b, True), context=self)

    def power(self, a, b, modulo=None):
        return _convert_other(a, True).__pow__(_convert_other(b, True), modulo, context=self)

    def plus(self, a):
        return _convert_other(a, True).__pos__(context=self)

    def minus(self, a):
        return _convert_other(a, True).__neg__(context=self)

    def quantize(self, a, b):
        return _convert_other(a, True).quantize(b, context=self)

    def sqrt(self, a):
        return _convert_other(a, True).sqrt(context=self)

    def compare(self, a, b):
        return _convert_other(a, True).compare(b, context=self)

    def max(self, a, b):
        return _convert_other(a, True).max(b, context=self)

    def min(self, a, b):
        return _convert_other(a, True).min(b, context=self)

    def normalize(self, a):
        return _convert_other(a, True).normalize(context=self)

    def to_integral_value(self, a):
        return _convert_other(a, True).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return _convert_other(a, True).to_integral_exact(context=self)

    def to_sci_string(self, a):
        return _convert_other(a, True).__str__(context=self)

    def to_eng_string(self, a):
        return _convert_other(a, True).to_eng_string(context=self)

    def is_zero(self, a):
        return _convert_other(a, True).is_zero()

    def is_signed(self, a):
        return _convert_other(a, True).is_signed()

    def next_plus(self, a):
        return _convert_other(a, True).next_plus(context=self)

    def next_minus(self, a):
        return _convert_other(a, True).next_minus(context=self)


# ---- Decimal ----

class DecimalTuple(tuple):
    """(sign, digits, exponent) from Decimal.as_tuple()."""

    sign = property(lambda self: self[0])
    digits = property(lambda self: self[1])
    exponent = property(lambda self: self[2])

    def __repr__(self):
        return "DecimalTuple(sign=%r, digits=%r, exponent=%r)" % tuple(self)

    __str__ = __repr__


_DIGITS = "0123456789"


def _all_zeros(s, start):
    return s[start:].strip("0") == ""


def _exact_half(s, start):
    return s[start:start + 1] == "5" and _all_zeros(s, start + 1)


def _parse(text):
    # (sign, int digits, exp, special) from a numeric string, or None.
    s = text.strip().replace("_", "")
    sign = 0
    if s[:1] in ("+", "-"):
        sign = 1 if s[0] == "-" else 0
        s = s[1:]
    lower = s.lower()
    if lower in ("inf", "infinity"):
        return sign, "0", "F", True
    if lower.startswith("nan") or lower.startswith("snan"):
        signal = lower.startswith("s")
        diag = s[4:] if signal else s[3:]
        for ch in diag:
            if ch not in _DIGITS:
                return None
        digits = diag.lstrip("0")
        return sign, digits, "N" if signal else "n", True
    exp = 0
    epos = lower.find("e")
    if epos >= 0:
        exp_text = s[epos + 1:]
        body = exp_text[1:] if exp_text[:1] in ("+", "-") else exp_text
        if not body or any(ch not in _DIGITS for ch in body):
            return None
        exp = int(exp_text)
        s = s[:epos]
    if "." in s:
        intpart, frac = s.split(".", 1)
    else:
        intpart, frac = s, ""
    if not intpart and not frac:
        return None
    for ch in intpart + frac:
        if ch not in _DIGITS:
            return None
    digits = (intpart + frac).lstrip("0") or "0"
    return sign, digits, exp - len(frac), False


class Decimal:
    """A decimal floating-point number: sign, coefficient digits and exponent."""

    def __init__(self, value="0", context=None):
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                if context is None:
                    context = getcontext()
                nan = context._raise_error(ConversionSyntax, "Invalid literal for Decimal: %r" % value)
                self._sign, self._int, self._exp, self._is_special = nan._sign, nan._int, nan._exp, True
                return
            self._sign, self._int, self._exp, self._is_special = parsed
            return
        if isinstance(value, bool) or isinstance(value, int):
            value = int(value)
            self._sign = 1 if value < 0 else 0
            self._int = str(abs(value))
            self._exp = 0
            self._is_special = False
            return
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._is_special = value._sign, value._int, value._exp, value._is_special
            return
        if isinstance(value, float):
            if context is None:
                context = getcontext()
            context._raise_error(FloatOperation, "strict semantics for mixing floats and Decimals are enabled")
            d = Decimal.from_float(value)
            self._sign, self._int, self._exp, self._is_special = d._sign, d._int, d._exp, d._is_special
            return
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError("Invalid tuple size in creation of Decimal from list or tuple.  The list or "
                                 "tuple should have exactly three elements.")
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError("Invalid sign.  The first value in the tuple should be an integer; either "
                                 "0 for a positive number or 1 for a negative number.")
            self._sign = sign
            if exp == "F":
                self._int, self._exp, self._is_special = "0", "F", True
                return
            text = ""
            for d in digits:
                if isinstance(d, int) and 0 <= d <= 9:
                    if text or d != 0:
                        text += str(d)
                else:
                    raise ValueError("The second value in the tuple must be composed of integers in the "
                                     "range 0 through 9.")
            if exp in ("n", "N"):
                self._int, self._exp, self._is_special = text, exp, True
                return
            if not isinstance(exp, int):
                raise ValueError("The third value in the tuple must be an integer, or one of the strings "
                                 "'F', 'n', 'N'.")
            self._int, self._exp, self._is_special = text or "0", exp, False
            return
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        """The exact value of the float f (or int)."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float.")
        if f != f:
            return cls("NaN")
        if f in (math.inf, -math.inf):
            return cls("-Infinity" if f < 0 else "Infinity")
        sign = 0 if math.copysign(1.0, f) == 1.0 else 1
        from fractions import _float_ratio
        n, d = _float_ratio(abs(f))
        k = len(bin(d)) - 3  # d is 2**k
        coeff = str(n * 5 ** k)
        return _dec_from_triple(sign, coeff, -k)

    def _isnan(self):
        # 0 not a NaN, 1 quiet NaN, 2 signaling NaN
        if self._is_special:
            if self._exp == "n":
                return 1
            if self._exp == "N":
                return 2
        return 0

    def _isinfinity(self):
        if self._exp == "F":
            return -1 if self._sign else 1
        return 0

    def _check_nans(self, other=None, context=None):
        self_is_nan = self._isnan()
        other_is_nan = other._isnan() if other is not None else False
        if self_is_nan or other_is_nan:
            if context is None:
                context = getcontext()
            if self_is_nan == 2:
                return context._raise_error(InvalidOperation, "sNaN", self)
            if other_is_nan == 2:
                return context._raise_error(InvalidOperation, "sNaN", other)
            if self_is_nan:
                return self._fix_nan(context)
            return other._fix_nan(context)
        return 0

    def _compare_check_nans(self, other, context):
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            if self.is_snan() or other.is_snan():
                return context._raise_error(InvalidOperation, "comparison involving sNaN", self)
            if self.is_qnan() or other.is_qnan():
                return context._raise_error(InvalidOperation, "comparison involving NaN", self)
        return 0

    def __bool__(self):
        return self._is_special or self._int != "0"

    def _cmp(self, other):
        # -1, 0 or 1 for two non-NaN Decimals.
        if self._is_special or other._is_special:
            self_inf = self._isinfinity()
            other_inf = other._isinfinity()
            if self_inf == other_inf:
                return 0
            return -1 if self_inf < other_inf else 1
        if not self:
            if not other:
                return 0
            return -((-1) ** other._sign)
        if not other:
            return (-1) ** self._sign
        if other._sign < self._sign:
            return -1
        if self._sign < other._sign:
            return 1
        self_adjusted = self.adjusted()
        other_adjusted = other.adjusted()
        if self_adjusted == other_adjusted:
            self_padded = self._int + "0" * (self._exp - other._exp)
            other_padded = other._int + "0" * (other._exp - self._exp)
            if self_padded == other_padded:
                return 0
            if self_padded < other_padded:
                return -(-1) ** self._sign
            return (-1) ** self._sign
        if self_adjusted > other_adjusted:
            return (-1) ** self._sign
        return -((-1) ** self._sign)

    def _compare_with(self, other, op, equality):
        # Comparison with a Decimal, int, float or Fraction: (self, other) Decimals, or None.
        if isinstance(other, Decimal):
            return self, other
        if isinstance(other, (int, bool)):
            return self, Decimal(other)
        if isinstance(other, float):
            context = getcontext()
            if equality:
                context.flags[FloatOperation] = True
            else:
                context._raise_error(FloatOperation, "strict semantics for mixing floats and Decimals are enabled")
            return self, Decimal.from_float(other)
        fractions = __import__("sys").modules.get("fractions")
        if fractions is not None and isinstance(other, fractions.Fraction):
            if not self._is_special:
                # Compare self * denominator with numerator exactly.
                scaled = _dec_from_triple(self._sign, str(int(self._int) * other.denominator), self._exp)
                return scaled, Decimal(other.numerator)
            return self, Decimal(other.numerator)
        return None

    def __eq__(self, other):
        pair = self._compare_with(other, "==", True)
        if pair is None:
            return NotImplemented
        a, b = pair
        if a._check_nans(b, getcontext()) if (a.is_snan() or b.is_snan()) else (a._isnan() or b._isnan()):
            return False
        return a._cmp(b) == 0

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def _order(self, other, op):
        pair = self._compare_with(other, op, False)
        if pair is None:
            raise TypeError("'%s' not supported between instances of 'decimal.Decimal' and '%s'"
                            % (op, type(other).__name__))
        a, b = pair
        if a._compare_check_nans(b, None):
            return None
        return a._cmp(b)

    def __lt__(self, other):
        c = self._order(other, "<")
        return c is not None and c < 0

    def __le__(self, other):
        c = self._order(other, "<=")
        return c is not None and c <= 0

    def __gt__(self, other):
        c = self._order(other, ">")
        return c is not None and c > 0

    def __ge__(self, other):
        c = self._order(other, ">=")
        return c is not None and c >= 0

    def compare(self, other, context=None):
        """Decimal('-1'), Decimal('0') or Decimal('1'); NaN if either is a NaN."""
        other = _convert_other(other, True)
        if self._is_special or (other and other._is_special):
            ans = self._check_nans(other, context)
            if ans:
                return ans
        return Decimal(self._cmp(other))

    def __hash__(self):
        if self._is_special:
            if self.is_snan():
                raise TypeError("Cannot hash a signaling NaN value.")
            if self.is_nan():
                return id(self)
            return hash(float("-inf")) if self._sign else hash(float("inf"))
        n, d = self.as_integer_ratio()
        if d == 1:
            return hash(n)
        # Equal floats and Fractions hash alike: the float when exact, else the ratio.
        from fractions import _ratio_to_float, _float_ratio
        try:
            as_float = _ratio_to_float(n, d)
            if _float_ratio(as_float) == (n, d):
                return hash(as_float)
        except OverflowError:
            pass
        return hash((n, d))

    def as_tuple(self):
        return DecimalTuple((self._sign, tuple(int(c) for c in self._int), self._exp))

    def as_integer_ratio(self):
        """(n, d) with n / d equal to self, in lowest terms."""
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer ratio")
            raise OverflowError("cannot convert Infinity to integer ratio")
        if not self:
            return 0, 1
        n = int(self._int)
        if self._exp >= 0:
            n, d = n * 10 ** self._exp, 1
        else:
            d5 = -self._exp
            while d5 > 0 and n % 5 == 0:
                n //= 5
                d5 -= 1
            d2 = -self._exp
            while d2 > 0 and n % 2 == 0:
                n //= 2
                d2 -= 1
            d = 5 ** d5 << d2
        if self._sign:
            n = -n
        return n, d

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __str__(self, eng=False, context=None):
        sign = "-" if self._sign else ""
        if self._is_special:
            if self._exp == "F":
                return sign + "Infinity"
            if self._exp == "n":
                return sign + "NaN" + self._int
            return sign + "sNaN" + self._int
        leftdigits = self._exp + len(self._int)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == "0":
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = "0"
            fracpart = "." + "0" * (-dotplace) + self._int
        elif dotplace >= len(self._int):
            intpart = self._int + "0" * (dotplace - len(self._int))
            fracpart = ""
        else:
            intpart = self._int[:dotplace]
            fracpart = "." + self._int[dotplace:]
        if leftdigits == dotplace:
            exp = ""
        else:
            if context is None:
                context = getcontext()
            exp = ("E" if context.capitals else "e") + "%+d" % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __neg__(self, context=None):
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
        if context is None:
            context = getcontext()
        if not self and context.rounding != ROUND_FLOOR:
            ans = self.copy_abs()
        else:
            ans = self.copy_negate()
        return ans._fix(context)

    def __pos__(self, context=None):
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
        if context is None:
            context = getcontext()
        if not self and context.rounding != ROUND_FLOOR:
            ans = self.copy_abs()
        else:
            ans = Decimal(self)
        return ans._fix(context)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
        if self._sign:
            return self.__neg__(context=context)
        return self.__pos__(context=context)

    def __add__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans:
                return ans
            if self._isinfinity():
                if self._sign != other._sign and other._isinfinity():
                    return context._raise_error(InvalidOperation, "-INF + INF")
                return Decimal(self)
            if other._isinfinity():
                return Decimal(other)
        exp = min(self._exp, other._exp)
        negativezero = 1 if context.rounding == ROUND_FLOOR and self._sign != other._sign else 0
        if not self and not other:
            sign = min(self._sign, other._sign)
            if negativezero:
                sign = 1
            return _dec_from_triple(sign, "0", exp)._fix(context)
        if not self:
            exp = max(exp, other._exp - context.prec - 1)
            return other._rescale(exp, context.rounding)._fix(context)
        if not other:
            exp = max(exp, self._exp - context.prec - 1)
            return self._rescale(exp, context.rounding)._fix(context)
        op1 = _WorkRep(self)
        op2 = _WorkRep(other)
        _normalize(op1, op2, context.prec)
        result_sign = 0
        if op1.sign != op2.sign:
            if op1.int == op2.int:
                return _dec_from_triple(negativezero, "0", exp)._fix(context)
            if op1.int < op2.int:
                op1, op2 = op2, op1
            result_sign = op1.sign
            total = op1.int - op2.int
        else:
            result_sign = op1.sign
            total = op1.int + op2.int
        return _dec_from_triple(result_sign, str(total), op1.exp)._fix(context)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context=context)
            if ans:
                return ans
        return self.__add__(other.copy_negate(), context=context)

    def __rsub__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context=context)

    def __mul__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        resultsign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans:
                return ans
            if self._isinfinity():
                if not other:
                    return context._raise_error(InvalidOperation, "(+-)INF * 0")
                return _SignedInfinity[resultsign]
            if other._isinfinity():
                if not self:
                    return context._raise_error(InvalidOperation, "0 * (+-)INF")
                return _SignedInfinity[resultsign]
        resultexp = self._exp + other._exp
        if not self or not other:
            return _dec_from_triple(resultsign, "0", resultexp)._fix(context)
        product = str(int(self._int) * int(other._int))
        return _dec_from_triple(resultsign, product, resultexp)._fix(context)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return NotImplemented
        if context is None:
            context = getcontext()
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans:
                return ans
            if self._isinfinity() and other._isinfinity():
                return context._raise_error(InvalidOperation, "(+-)INF/(+-)INF")
            if self._isinfinity():
                return _SignedInfinity[sign]
            if other._isinfinity():
                context._raise_error(Clamped, "Division by infinity")
                return _dec_from_triple(sign, "0", context.Etiny())
        if not other:
            if not self:
                return context._raise_error(DivisionUndefined, "0 / 0")
            return context._raise_error(DivisionByZero, "x / 0", sign)
        if not self:
            exp = self._exp - other._exp
            coeff = 0
        else:
            shift = len(other._int) - len(self._int) + context.prec + 1
            exp = self._exp - other._exp - shift
            a, b = int(self._int), int(other._int)
            if shift >= 0:
                coeff, remainder = divmod(a * 10 ** shift, b)
            else:
                coeff, remainder = divmod(a, b * 10 ** -shift)
            if remainder:
                # Inexact: make the last digit non-zero (not 0 or 5) for correct rounding.
                if coeff % 5 == 0:
                    coeff += 1
            else:
                ideal_exp = self._exp - other._exp
                while exp < ideal_exp and coeff % 10 == 0:
                    coeff //= 10
                    exp += 1
        return _dec_from_triple(sign, str(coeff), exp)._fix(context)

    def __rtruediv__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context=context)

    def _divide(self, other, context):
        # (self // other, self % other) for a finite self and a non-zero other.
        sign = self._sign ^ other._sign
        ideal_exp = self._exp if other._isinfinity() else min(self._exp, other._exp)
        expdiff = self.adjusted() - other.adjusted()
        if not self or other._isinfinity() or expdiff <= -2:
            return _dec_from_triple(sign, "0", 0), self._rescale(ideal_exp, context.rounding)
        if expdiff <= context.prec:
            a = int(self._int)
            b = int(other._int)
            if self._exp >= other._exp:
                a *= 10 ** (self._exp - other._exp)
            else:
                b *= 10 ** (other._exp - self._exp)
            q, r = divmod(a, b)
            if q < 10 ** context.prec:
                return _dec_from_triple(sign, str(q), 0), _dec_from_triple(self._sign, str(r), ideal_exp)
        ans = context._raise_error(DivisionImpossible, "quotient too large in //, % or divmod")
        return ans, ans

    def __divmod__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans:
            return ans, ans
        sign = self._sign ^ other._sign
        if self._isinfinity():
            if other._isinfinity():
                ans = context._raise_error(InvalidOperation, "divmod(INF, INF)")
                return ans, ans
            return _SignedInfinity[sign], context._raise_error(InvalidOperation, "INF % x")
        if not other:
            if not self:
                ans = context._raise_error(DivisionUndefined, "divmod(0, 0)")
                return ans, ans
            return (context._raise_error(DivisionByZero, "x // 0", sign),
                    context._raise_error(InvalidOperation, "x % 0"))
        quotient, remainder = self._divide(other, context)
        return quotient, remainder._fix(context)

    def __rdivmod__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context=context)

    def __mod__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans:
            return ans
        if self._isinfinity():
            return context._raise_error(InvalidOperation, "INF % x")
        if not other:
            if self:
                return context._raise_error(InvalidOperation, "x % 0")
            return context._raise_error(DivisionUndefined, "0 % 0")
        return self._divide(other, context)[1]._fix(context)

    def __rmod__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context=context)

    def __floordiv__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans:
            return ans
        if self._isinfinity():
            if other._isinfinity():
                return context._raise_error(InvalidOperation, "INF // INF")
            return _SignedInfinity[self._sign ^ other._sign]
        if not other:
            if self:
                return context._raise_error(DivisionByZero, "x // 0", self._sign ^ other._sign)
            return context._raise_error(DivisionUndefined, "0 // 0")
        return self._divide(other, context)[0]

    def __rfloordiv__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context=context)

    def __pow__(self, other, modulo=None, context=None):
        """self ** other for an integral other (exact, then rounded once)."""
        if modulo is not None:
            raise NotImplementedError("three-argument pow() is not supported for Decimal here")
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans:
            return ans
        if other._is_special or not other._isinteger():
            raise NotImplementedError("Decimal ** non-integer exponent is not supported")
        n = int(other)
        if self._isinfinity():
            if n == 0:
                return Decimal(1)
            sign = self._sign if n % 2 else 0
            return _SignedInfinity[sign] if n > 0 else _dec_from_triple(sign, "0", 0)
        if not self:
            if n == 0:
                return context._raise_error(InvalidOperation, "0 ** 0")
            sign = self._sign if n % 2 else 0
            if n > 0:
                return _dec_from_triple(sign, "0", 0)._fix(context)
            return _SignedInfinity[sign]
        if n == 0:
            return _dec_from_triple(0, "1", 0)
        sign = self._sign if n % 2 else 0
        if n > 0:
            exact = _dec_from_triple(sign, str(int(self._int) ** n), self._exp * n)
            return exact._fix(context)
        denominator = _dec_from_triple(0, str(int(self._int) ** -n), self._exp * -n)
        result = _dec_from_triple(0, "1", 0).__truediv__(denominator, context)
        return result.copy_negate() if sign else result

    def __rpow__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, context=context)

    def __float__(self):
        if self._isnan():
            if self.is_snan():
                raise ValueError("Cannot convert signaling NaN to float")
            return float("-nan") if self._sign else float("nan")
        if self._isinfinity():
            return float("-inf") if self._sign else float("inf")
        from fractions import _ratio_to_float
        n, d = self.as_integer_ratio()
        if not n:
            return -0.0 if self._sign else 0.0
        return _ratio_to_float(n, d)

    def __int__(self):
        if self._is_special:
            if self._isnan():
                raise ValueError("Cannot convert NaN to integer")
            raise OverflowError("Cannot convert infinity to integer")
        s = (-1) ** self._sign
        if self._exp >= 0:
            return s * int(self._int) * 10 ** self._exp
        return s * int(self._int[:self._exp] or "0")

    __trunc__ = __int__

    def __floor__(self):
        if self._is_special:
            return self.__int__()
        return int(self.to_integral_value(rounding=ROUND_FLOOR))

    def __ceil__(self):
        if self._is_special:
            return self.__int__()
        return int(self.to_integral_value(rounding=ROUND_CEILING))

    def __round__(self, n=None):
        """Round half to even: to an int, or to n decimal places as a Decimal."""
        if n is not None:
            if not isinstance(n, int):
                raise TypeError("Second argument to round should be integral")
            exp = _dec_from_triple(0, "1", -n)
            return self.quantize(exp)
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot round a NaN")
            raise OverflowError("cannot round an infinity")
        return int(self._rescale(0, ROUND_HALF_EVEN))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def _fix_nan(self, context):
        payload = self._int
        max_payload_len = context.prec - context.clamp
        if len(payload) > max_payload_len:
            payload = payload[len(payload) - max_payload_len:].lstrip("0")
            return _dec_from_triple(self._sign, payload, self._exp, True)
        return Decimal(self)

    def _fix(self, context):
        # Round to the context's precision and keep the exponent in range.
        if self._is_special:
            if self._isnan():
                return self._fix_nan(context)
            return Decimal(self)
        Etiny = context.Etiny()
        Etop = context.Etop()
        if not self:
            exp_max = Etop if context.clamp else context.Emax
            new_exp = min(max(self._exp, Etiny), exp_max)
            if new_exp != self._exp:
                context._raise_error(Clamped)
                return _dec_from_triple(self._sign, "0", new_exp)
            return Decimal(self)
        exp_min = len(self._int) + self._exp - context.prec
        if exp_min > Etop:
            ans = context._raise_error(Overflow, "above Emax", self._sign)
            context._raise_error(Inexact)
            context._raise_error(Rounded)
            return ans
        self_is_subnormal = exp_min < Etiny
        if self_is_subnormal:
            exp_min = Etiny
        if self._exp < exp_min:
            digits = len(self._int) + self._exp - exp_min
            if digits < 0:
                self = _dec_from_triple(self._sign, "1", exp_min - 1)
                digits = 0
            changed = _round(self, digits, context.rounding)
            coeff = self._int[:digits] or "0"
            if changed > 0:
                coeff = str(int(coeff) + 1)
                if len(coeff) > context.prec:
                    coeff = coeff[:-1]
                    exp_min += 1
            if exp_min > Etop:
                ans = context._raise_error(Overflow, "above Emax", self._sign)
            else:
                ans = _dec_from_triple(self._sign, coeff, exp_min)
            if changed and self_is_subnormal:
                context._raise_error(Underflow)
            if self_is_subnormal:
                context._raise_error(Subnormal)
            if changed:
                context._raise_error(Inexact)
            context._raise_error(Rounded)
            if not ans:
                context._raise_error(Clamped)
            return ans
        if self_is_subnormal:
            context._raise_error(Subnormal)
        if context.clamp == 1 and self._exp > Etop:
            context._raise_error(Clamped)
            return _dec_from_triple(self._sign, self._int + "0" * (self._exp - Etop), Etop)
        return Decimal(self)

    def _rescale(self, exp, rounding):
        # The value with exponent exp, rounded (no context checks).
        if self._is_special:
            return Decimal(self)
        if not self:
            return _dec_from_triple(self._sign, "0", exp)
        if self._exp >= exp:
            return _dec_from_triple(self._sign, self._int + "0" * (self._exp - exp), exp)
        digits = len(self._int) + self._exp - exp
        if digits < 0:
            self = _dec_from_triple(self._sign, "1", exp - 1)
            digits = 0
        changed = _round(self, digits, rounding)
        coeff = self._int[:digits] or "0"
        if changed == 1:
            coeff = str(int(coeff) + 1)
        return _dec_from_triple(self._sign, coeff, exp)

    def quantize(self, exp, rounding=None, context=None):
        """self rounded to the exponent of exp (Decimal('0.01') for cents)."""
        exp = _convert_other(exp, True)
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._is_special or exp._is_special:
            ans = self._check_nans(exp, context)
            if ans:
                return ans
            if exp._isinfinity() or self._isinfinity():
                if exp._isinfinity() and self._isinfinity():
                    return Decimal(self)
                return context._raise_error(InvalidOperation, "quantize with one INF")
        if not context.Etiny() <= exp._exp <= context.Emax:
            return context._raise_error(InvalidOperation, "target exponent out of bounds in quantize")
        if not self:
            return _dec_from_triple(self._sign, "0", exp._exp)._fix(context)
        self_adjusted = self.adjusted()
        if self_adjusted > context.Emax:
            return context._raise_error(InvalidOperation, "exponent of quantize result too large for current context")
        if self_adjusted - exp._exp + 1 > context.prec:
            return context._raise_error(InvalidOperation, "quantize result has too many digits for current context")
        ans = self._rescale(exp._exp, rounding)
        if ans.adjusted() > context.Emax:
            return context._raise_error(InvalidOperation, "exponent of quantize result too large for current context")
        if len(ans._int) > context.prec:
            return context._raise_error(InvalidOperation, "quantize result has too many digits for current context")
        if ans and ans.adjusted() < context.Emin:
            context._raise_error(Subnormal)
        if ans._exp > self._exp:
            if ans != self:
                context._raise_error(Inexact)
            context._raise_error(Rounded)
        return ans._fix(context)

    def same_quantum(self, other, context=None):
        other = _convert_other(other, True)
        if self._is_special or other._is_special:
            return (self.is_nan() and other.is_nan()) or (self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    def to_integral_exact(self, rounding=None, context=None):
        """Round to an integer, signalling Inexact and Rounded."""
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
            return Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        if not self:
            return _dec_from_triple(self._sign, "0", 0)
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        ans = self._rescale(0, rounding)
        if ans != self:
            context._raise_error(Inexact)
        context._raise_error(Rounded)
        return ans

    def to_integral_value(self, rounding=None, context=None):
        """Round to an integer, without signalling."""
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
            return Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        return self._rescale(0, rounding)

    to_integral = to_integral_value

    def normalize(self, context=None):
        """Rounded to the context, with trailing zeros removed."""
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
        dup = self._fix(context)
        if dup._isinfinity():
            return dup
        if not dup:
            return _dec_from_triple(dup._sign, "0", 0)
        exp_max = context.Etop() if context.clamp else context.Emax
        end = len(dup._int)
        exp = dup._exp
        while dup._int[end - 1] == "0" and exp < exp_max:
            exp += 1
            end -= 1
        return _dec_from_triple(dup._sign, dup._int[:end], exp)

    def sqrt(self, context=None):
        """The square root, correctly rounded (half even) to the context's precision."""
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
            if self._isinfinity() and self._sign == 0:
                return Decimal(self)
        if not self:
            return _dec_from_triple(self._sign, "0", self._exp // 2)._fix(context)
        if self._sign == 1:
            return context._raise_error(InvalidOperation, "sqrt(-x), x > 0")
        prec = context.prec + 1
        e = self._exp >> 1
        if self._exp & 1:
            c = int(self._int) * 10
            length = (len(self._int) >> 1) + 1
        else:
            c = int(self._int)
            length = (len(self._int) + 1) >> 1
        shift = prec - length
        if shift >= 0:
            c *= 100 ** shift
            exact = True
        else:
            c, remainder = divmod(c, 100 ** -shift)
            exact = not remainder
        e -= shift
        n = 10 ** prec
        while True:
            q = c // n
            if n <= q:
                break
            n = (n + q) >> 1
        exact = exact and n * n == c
        if exact:
            if shift >= 0:
                n //= 10 ** shift
            else:
                n *= 10 ** -shift
            e += shift
        elif n % 5 == 0:
            n += 1
        ans = _dec_from_triple(0, str(n), e)
        context = context._shallow_copy()
        rounding = context.rounding
        context.rounding = ROUND_HALF_EVEN
        ans = ans._fix(context)
        context.rounding = rounding
        return ans

    def max(self, other, context=None):
        other = _convert_other(other, True)
        return self._minmax(other, context, True)

    def min(self, other, context=None):
        other = _convert_other(other, True)
        return self._minmax(other, context, False)

    def _minmax(self, other, context, want_max):
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            sn = self._isnan()
            on = other._isnan()
            if sn or on:
                if on == 1 and sn == 0:
                    return self._fix(context)
                if sn == 1 and on == 0:
                    return other._fix(context)
                return self._check_nans(other, context)
        c = self._cmp(other)
        if c == 0:
            c = self.compare_total(other)
        if want_max:
            ans = other if c == -1 else self
        else:
            ans = self if c == -1 else other
        return ans._fix(context)

    def compare_total(self, other, context=None):
        """Total ordering: -1, 0 or 1 as Decimals (compares representations, not just values)."""
        other = _convert_other(other, True)
        if self._sign and not other._sign:
            return _NegativeOne
        if not self._sign and other._sign:
            return _One
        sign = self._sign
        self_nan = self._isnan()
        other_nan = other._isnan()
        if self_nan or other_nan:
            if self_nan == other_nan:
                self_key = len(self._int), self._int
                other_key = len(other._int), other._int
                if self_key < other_key:
                    return _One if sign else _NegativeOne
                if self_key > other_key:
                    return _NegativeOne if sign else _One
                return _Zero
            if sign:
                if self_nan == 1:
                    return _NegativeOne
                if other_nan == 1:
                    return _One
                if self_nan == 2:
                    return _NegativeOne
                if other_nan == 2:
                    return _One
            else:
                if self_nan == 1:
                    return _One
                if other_nan == 1:
                    return _NegativeOne
                if self_nan == 2:
                    return _One
                if other_nan == 2:
                    return _NegativeOne
        if self < other:
            return _NegativeOne
        if self > other:
            return _One
        if self._exp < other._exp:
            return _One if sign else _NegativeOne
        if self._exp > other._exp:
            return _NegativeOne if sign else _One
        return _Zero

    def next_minus(self, context=None):
        """The largest representable number smaller than self."""
        if context is None:
            context = getcontext()
        ans = self._check_nans(context=context)
        if ans:
            return ans
        if self._isinfinity() == -1:
            return _NegativeInfinity
        if self._isinfinity() == 1:
            return _dec_from_triple(0, "9" * context.prec, context.Etop())
        context = context.copy()
        context.rounding = ROUND_FLOOR
        context._ignore_all_flags()
        new_self = self._fix(context)
        if new_self != self:
            return new_self
        return self.__sub__(_dec_from_triple(0, "1", context.Etiny() - 1), context)

    def next_plus(self, context=None):
        """The smallest representable number larger than self."""
        if context is None:
            context = getcontext()
        ans = self._check_nans(context=context)
        if ans:
            return ans
        if self._isinfinity() == 1:
            return _Infinity
        if self._isinfinity() == -1:
            return _dec_from_triple(1, "9" * context.prec, context.Etop())
        context = context.copy()
        context.rounding = ROUND_CEILING
        context._ignore_all_flags()
        new_self = self._fix(context)
        if new_self != self:
            return new_self
        return self.__add__(_dec_from_triple(0, "1", context.Etiny() - 1), context)

    def _isinteger(self):
        if self._is_special:
            return False
        if self._exp >= 0:
            return True
        rest = self._int[self._exp:]
        return rest == "0" * len(rest)

    def adjusted(self):
        """The exponent of the most significant digit."""
        try:
            return self._exp + len(self._int) - 1
        except TypeError:
            return 0

    def canonical(self):
        return self

    def copy_abs(self):
        return _dec_from_triple(0, self._int, self._exp, self._is_special)

    def copy_negate(self):
        return _dec_from_triple(0 if self._sign else 1, self._int, self._exp, self._is_special)

    def copy_sign(self, other, context=None):
        other = _convert_other(other, True)
        return _dec_from_triple(other._sign, self._int, self._exp, self._is_special)

    def is_canonical(self):
        return True

    def is_finite(self):
        return not self._is_special

    def is_infinite(self):
        return self._exp == "F"

    def is_nan(self):
        return self._exp in ("n", "N")

    def is_qnan(self):
        return self._exp == "n"

    def is_snan(self):
        return self._exp == "N"

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return not self._is_special and self._int == "0"

    def is_normal(self, context=None):
        if self._is_special or not self:
            return False
        if context is None:
            context = getcontext()
        return context.Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        if self._is_special or not self:
            return False
        if context is None:
            context = getcontext()
        return self.adjusted() < context.Emin

    def number_class(self, context=None):
        if self.is_snan():
            return "sNaN"
        if self.is_qnan():
            return "NaN"
        inf = self._isinfinity()
        if inf == 1:
            return "+Infinity"
        if inf == -1:
            return "-Infinity"
        if self.is_zero():
            return "-Zero" if self._sign else "+Zero"
        if self.is_subnormal(context):
            return "-Subnormal" if self._sign else "+Subnormal"
        return "-Normal" if self._sign else "+Normal"

    def radix(self):
        return Decimal(10)

    def _not_supported(self, *args, **kwargs):
        raise NotImplementedError("this Decimal operation is not supported in the sandbox's decimal module")

    exp = ln = log10 = logb = fma = remainder_near = scaleb = rotate = shift = _not_supported
    logical_and = logical_or = logical_xor = logical_invert = _not_supported

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _dec_from_triple(sign, coefficient, exponent, special=False):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coefficient
    d._exp = exponent
    d._is_special = special
    return d


def _round(d, digits, rounding):
    # 1: round away from zero, 0: the dropped digits are zeros, -1: truncate.
    s = d._int
    if rounding == ROUND_DOWN:
        return 0 if _all_zeros(s, digits) else -1
    if rounding == ROUND_UP:
        return 0 if _all_zeros(s, digits) else 1
    if rounding == ROUND_HALF_UP:
        if s[digits] in "56789":
            return 1
        return 0 if _all_zeros(s, digits) else -1
    if rounding == ROUND_HALF_DOWN:
        if _exact_half(s, digits):
            return -1
        return _round(d, digits, ROUND_HALF_UP)
    if rounding == ROUND_HALF_EVEN:
        if _exact_half(s, digits) and (digits == 0 or s[digits - 1] in "02468"):
            return -1
        return _round(d, digits, ROUND_HALF_UP)
    if rounding == ROUND_CEILING:
        down = _round(d, digits, ROUND_DOWN)
        return down if d._sign else -down
    if rounding == ROUND_FLOOR:
        down = _round(d, digits, ROUND_DOWN)
        return -down if d._sign else down
    if rounding == ROUND_05UP:
        down = _round(d, digits, ROUND_DOWN)
        if digits and s[digits - 1] not in "05":
            return down
        return -down
    raise ValueError("unknown rounding mode %r" % (rounding,))


class _WorkRep:
    # sign, integer coefficient, exponent of a finite Decimal, for addition.
    def __init__(self, value):
        self.sign = value._sign
        self.int = int(value._int)
        self.exp = value._exp


def _normalize(op1, op2, prec):
    # Give op1 and op2 the same exponent; a far smaller operand is replaced by a tiny one
    # that rounds the same way.
    if op1.exp < op2.exp:
        tmp, other = op2, op1
    else:
        tmp, other = op1, op2
    tmp_len = len(str(tmp.int))
    other_len = len(str(other.int))
    exp = tmp.exp + min(-1, tmp_len - prec - 2)
    if other_len + other.exp - 1 < exp:
        other.int = 1
        other.exp = exp
    tmp.int *= 10 ** (tmp.exp - other.exp)
    tmp.exp = other.exp


def _convert_other(other, raiseit=False, allow_float=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, (int, bool)):
        return Decimal(other)
    if allow_float and isinstance(other, float):
        return Decimal.from_float(other)
    if raiseit:
        raise TypeError("Unable to convert %s to Decimal" % type(other).__name__)
    return NotImplemented


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, traps=[DivisionByZero, Overflow, InvalidOperation],
                         flags=[], Emax=999999, Emin=-999999, capitals=1, clamp=0)
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[DivisionByZero, Overflow, InvalidOperation,
                                                              Clamped, Underflow], flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])

_Infinity = Decimal("Inf")
_NegativeInfinity = Decimal("-Inf")
_NaN = Decimal("NaN")
_Zero = Decimal(0)
_One = Decimal(1)
_NegativeOne = Decimal(-1)
_SignedInfinity = (_Infinity, _NegativeInfinity)

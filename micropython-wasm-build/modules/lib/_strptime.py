"""The parser behind time.strptime and datetime.strptime, following CPython's _strptime.

CPython turns the format into a regular expression; this module matches the same
alternatives in the same order with a small backtracking matcher, so the same strings
parse to the same values (C locale; case-insensitive; whitespace in the format matches one
or more whitespace characters). Directives: a A b B c d f G H I j m M p S u U V w W x X y
Y z Z %. Left out: locales other than C.
"""

_DIGITS = "0123456789"
_NONZERO = "123456789"

# Each directive's alternatives in CPython's order: a tuple of character sets, one per
# character matched.
_ALTERNATIVES = {
    "d": (("3", "01"), ("12", _DIGITS), ("0", _NONZERO), (_NONZERO,), (" ", _NONZERO)),
    "H": (("2", "0123"), ("01", _DIGITS), (_DIGITS,)),
    "I": (("1", "012"), ("0", _NONZERO), (_NONZERO,)),
    "G": ((_DIGITS, _DIGITS, _DIGITS, _DIGITS),),
    "Y": ((_DIGITS, _DIGITS, _DIGITS, _DIGITS),),
    "j": (("3", "6", "0123456"), ("3", "012345", _DIGITS), ("12", _DIGITS, _DIGITS),
          ("0", _NONZERO, _DIGITS), ("0", "0", _NONZERO), (_NONZERO, _DIGITS), ("0", _NONZERO),
          (_NONZERO,)),
    "m": (("1", "012"), ("0", _NONZERO), (_NONZERO,)),
    "M": (("012345", _DIGITS), (_DIGITS,)),
    "S": (("6", "01"), ("012345", _DIGITS), (_DIGITS,)),
    "U": (("5", "0123"), ("01234", _DIGITS), (_DIGITS,)),
    "W": (("5", "0123"), ("01234", _DIGITS), (_DIGITS,)),
    "w": (("0123456",),),
    "u": (("1234567",),),
    "V": (("5", "0123"), ("0", _NONZERO), ("1234", _DIGITS), (_DIGITS,)),
    "y": ((_DIGITS, _DIGITS),),
}

_DAY_ABBR = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_ABBR = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")


def _longest_first(names):
    return sorted(names, key=len, reverse=True)


_NAMES = {
    "a": _longest_first(_DAY_ABBR),
    "A": _longest_first(_DAY_NAMES),
    "b": _longest_first(_MONTH_ABBR),
    "B": _longest_first(_MONTH_NAMES),
    "p": ["am", "pm"],
    "Z": ["utc", "gmt"],
}

# The C locale's %c, %x and %X, as CPython's LocaleTime derives them.
_EXPANSIONS = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}

_WHITESPACE = " \t\n\r\x0b\x0c"


def _tokens(format):
    # ("lit", char), ("ws", None) or ("dir", letter); raises KeyError/IndexError as
    # CPython's pattern() does for bad directives.
    tokens = []
    i = 0
    n = len(format)
    while i < n:
        ch = format[i]
        if ch == "%":
            if i + 1 >= n:
                raise IndexError
            d = format[i + 1]
            i += 2
            if d in _EXPANSIONS:
                tokens.extend(_tokens(_EXPANSIONS[d]))
            elif d == "%":
                tokens.append(("lit", "%"))
            elif d in _ALTERNATIVES or d in _NAMES or d == "f" or d == "z":
                tokens.append(("dir", d))
            else:
                raise KeyError(d)
        elif ch in _WHITESPACE:
            while i < n and format[i] in _WHITESPACE:
                i += 1
            tokens.append(("ws", None))
        else:
            tokens.append(("lit", ch))
            i += 1
    return tokens


def _candidates(d, s, pos):
    # The end positions a directive can match at pos, in the regular expression's order.
    n = len(s)
    if d in _ALTERNATIVES:
        for alt in _ALTERNATIVES[d]:
            end = pos + len(alt)
            if end <= n:
                for k in range(len(alt)):
                    if s[pos + k] not in alt[k]:
                        break
                else:
                    yield end
    elif d in _NAMES:
        low = s[pos:].lower()
        for name in _NAMES[d]:
            if low.startswith(name):
                yield pos + len(name)
    elif d == "f":
        end = pos
        while end < n and end - pos < 6 and s[end] in _DIGITS:
            end += 1
        while end > pos:
            yield end
            end -= 1
    elif d == "z":
        for end in _offset_candidates(s, pos):
            yield end


def _digit_pair(s, pos, first):
    return pos + 2 <= len(s) and s[pos] in first and s[pos + 1] in _DIGITS


def _offset_candidates(s, pos):
    # [+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|Z
    n = len(s)
    if pos < n and s[pos] in "+-" and _digit_pair(s, pos + 1, _DIGITS):
        p = pos + 3
        for colon in ((1, 0) if p < n and s[p] == ":" else (0,)):
            q = p + colon
            if not _digit_pair(s, q, "012345"):
                continue
            q += 2
            for colon2 in ((1, 0) if q < n and s[q] == ":" else (0,)):
                r = q + colon2
                if _digit_pair(s, r, "012345"):
                    r += 2
                    if r < n and s[r] == ".":
                        e = r + 1
                        while e < n and e - r - 1 < 6 and s[e] in _DIGITS:
                            e += 1
                        while e > r + 1:
                            yield e
                            e -= 1
                    yield r
            yield q
    if pos < n and s[pos] == "Z":
        yield pos + 1


def _match(s, pos, tokens, k, found):
    # Backtracking over the tokens; returns the end of the first match, or -1.
    if k == len(tokens):
        return pos
    kind, value = tokens[k]
    if kind == "lit":
        if pos < len(s) and (s[pos] == value or s[pos].lower() == value.lower()):
            return _match(s, pos + 1, tokens, k + 1, found)
        return -1
    if kind == "ws":
        end = pos
        while end < len(s) and s[end] in _WHITESPACE:
            end += 1
        while end > pos:
            result = _match(s, end, tokens, k + 1, found)
            if result >= 0:
                return result
            end -= 1
        return -1
    if value in found:
        # A repeated directive: CPython's regex would fail to compile (redefinition of
        # group name).
        raise ValueError("redefinition of group name %r" % value)
    for end in _candidates(value, s, pos):
        found[value] = s[pos:end]
        result = _match(s, end, tokens, k + 1, found)
        if result >= 0:
            return result
        del found[value]
    return -1


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _ordinal(year, month, day):
    # Proleptic Gregorian ordinal, 0001-01-01 is 1 (as date.toordinal()).
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    dim = (31, 29 if _is_leap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1]
    if not 1 <= day <= dim:
        raise ValueError("day is out of range for month")
    y = year - 1
    days = y * 365 + y // 4 - y // 100 + y // 400
    days += (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)[month - 1]
    if month > 2 and _is_leap(year):
        days += 1
    return days + day


def _from_ordinal(n):
    from time import _civil_from_days
    return _civil_from_days(n - 719163)


def _weekday(year, month, day):
    return (_ordinal(year, month, day) + 6) % 7


def _julian_from_week(year, week_of_year, day_of_week, week_starts_mon):
    first_weekday = _weekday(year, 1, 1)
    if not week_starts_mon:
        first_weekday = (first_weekday + 1) % 7
        day_of_week = (day_of_week + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week_of_year == 0:
        return 1 + day_of_week - first_weekday
    days_to_week = week_0_length + 7 * (week_of_year - 1)
    return 1 + days_to_week + day_of_week


def _julian_from_iso(iso_year, iso_week, iso_weekday):
    # (year, day of that year) of an ISO date; the day can pass the year's end, as in CPython.
    correction = _weekday(iso_year, 1, 4) + 1 + 3
    ordinal = iso_week * 7 + iso_weekday - correction
    if ordinal < 1:
        ordinal += _ordinal(iso_year, 1, 1)
        iso_year -= 1
        ordinal -= _ordinal(iso_year, 1, 1)
    return iso_year, ordinal


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """((year, month, day, hour, minute, second, weekday, julian, tz, tzname, gmtoff),
    fraction, gmtoff_fraction), as CPython's _strptime._strptime."""
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            msg = "strptime() argument {} must be str, not {}"
            raise TypeError(msg.format(index, type(arg).__name__))
    try:
        tokens = _tokens(format)
    except KeyError as err:
        raise ValueError("'%s' is a bad directive in format '%s'" % (err.args[0], format))
    except IndexError:
        raise ValueError("stray %% in format '%s'" % format)
    found = {}
    end = _match(data_string, 0, tokens, 0, found)
    if end < 0:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if end != len(data_string):
        raise ValueError("unconverted data remains: %s" % data_string[end:])

    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    iso_week = week_of_year = None
    week_of_year_start = None
    weekday = julian = None
    tzname = None
    for group_key, value in found.items():
        if group_key == "y":
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif group_key == "Y":
            year = int(value)
        elif group_key == "G":
            iso_year = int(value)
        elif group_key == "m":
            month = int(value)
        elif group_key == "B":
            month = _MONTH_NAMES.index(value.lower()) + 1
        elif group_key == "b":
            month = _MONTH_ABBR.index(value.lower()) + 1
        elif group_key == "d":
            day = int(value)
        elif group_key == "H":
            hour = int(value)
        elif group_key == "I":
            hour = int(value)
            ampm = found.get("p", "").lower()
            if ampm in ("", "am"):
                if hour == 12:
                    hour = 0
            elif ampm == "pm":
                if hour != 12:
                    hour += 12
        elif group_key == "M":
            minute = int(value)
        elif group_key == "S":
            second = int(value)
        elif group_key == "f":
            fraction = int(value + "0" * (6 - len(value)))
        elif group_key == "A":
            weekday = _DAY_NAMES.index(value.lower())
        elif group_key == "a":
            weekday = _DAY_ABBR.index(value.lower())
        elif group_key == "w":
            weekday = int(value)
            weekday = 6 if weekday == 0 else weekday - 1
        elif group_key == "u":
            weekday = int(value) - 1
        elif group_key == "j":
            julian = int(value)
        elif group_key in ("U", "W"):
            week_of_year = int(value)
            week_of_year_start = 6 if group_key == "U" else 0
        elif group_key == "V":
            iso_week = int(value)
        elif group_key == "z":
            z = value
            if z == "Z":
                gmtoff = 0
            else:
                if z[3] == ":":
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ":":
                            raise ValueError("Inconsistent use of : in %s" % value)
                        z = z[:5] + z[6:]
                hours = int(z[1:3])
                minutes = int(z[3:5])
                seconds = int(z[5:7] or 0)
                gmtoff = hours * 3600 + minutes * 60 + seconds
                remainder = z[8:]
                gmtoff_fraction = int(remainder + "0" * (6 - len(remainder))) if remainder else 0
                if z.startswith("-"):
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
        elif group_key == "Z":
            tzname = value
            tz = 0

    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif iso_year is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive "
                         "'%Y'. Use the ISO year '%G' instead.")

    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904  # a leap year, so that Feb 29 is valid; reported as 1900
        leap_year_fix = True
    elif year is None:
        year = 1900

    if julian is None and weekday is not None:
        if week_of_year is not None:
            julian = _julian_from_week(year, week_of_year, weekday, week_of_year_start == 0)
        elif iso_year is not None and iso_week is not None:
            year, julian = _julian_from_iso(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365

    if julian is None:
        julian = _ordinal(year, month, day) - _ordinal(year, 1, 1) + 1
    else:
        year, month, day = _from_ordinal(julian - 1 + _ordinal(year, 1, 1))
    if weekday is None:
        weekday = _weekday(year, month, day)
    if leap_year_fix:
        year = 1900

    return ((year, month, day, hour, minute, second, weekday, julian, tz, tzname, gmtoff),
            fraction, gmtoff_fraction)

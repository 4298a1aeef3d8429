"""time: MicroPython's built-in time (as `utime`: time, time_ns, sleep, sleep_ms, ticks_*)
completed with what CPython code expects: perf_counter, monotonic, process_time (and their
_ns forms), gmtime, localtime and strptime returning struct_time, mktime, strftime, asctime,
ctime and the time zone constants.

The sandbox has no time zone: local time is UTC (timezone == 0, tzname == ('UTC', 'UTC')).
strftime uses the C locale's names and formats. Left out: thread_time, get_clock_info,
clock_gettime and the clock constants, tzset, pthread_getcpuclockid.
"""

from utime import *
import utime as _utime

timezone = 0
altzone = 0
daylight = 0
tzname = ("UTC", "UTC")

_DAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")
_DAYS_BEFORE_MONTH = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def perf_counter_ns():
    return _utime.perf_counter_ns()


def perf_counter():
    """Seconds (float) on a monotonic clock with an arbitrary origin."""
    return _utime.perf_counter_ns() / 1e9


def monotonic():
    return _utime.monotonic_ns() / 1e9


def process_time():
    return _utime.process_time_ns() / 1e9


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_from_civil(year, month, day):
    # Days since 1970-01-01 of a proleptic Gregorian date (month 1..12).
    year -= month <= 2
    era = year // 400
    yoe = year - era * 400
    mp = month - 3 if month > 2 else month + 9
    doy = (153 * mp + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil_from_days(days):
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    return yoe + era * 400 + (month <= 2), month, day


class struct_time(tuple):
    """The 9-tuple (tm_year, tm_mon, tm_mday, tm_hour, tm_min, tm_sec, tm_wday, tm_yday,
    tm_isdst) with those names as attributes, and tm_zone and tm_gmtoff."""

    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0

    # tm_zone and tm_gmtoff are set by the functions that make one (MicroPython's tuple
    # subclasses take no constructor arguments besides the sequence).
    tm_zone = None
    tm_gmtoff = None

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])

    def __repr__(self):
        return ("time.struct_time(tm_year=%r, tm_mon=%r, tm_mday=%r, tm_hour=%r, tm_min=%r, "
                "tm_sec=%r, tm_wday=%r, tm_yday=%r, tm_isdst=%r)" % tuple(self))

    __str__ = __repr__

    def __reduce__(self):
        return (struct_time, (tuple(self),))


def _make_struct_time(seq, zone, gmtoff):
    st = struct_time(seq)
    st.tm_zone = zone
    st.tm_gmtoff = gmtoff
    return st


def _floor_seconds(secs):
    if secs is None:
        return _utime.time_ns() // 1000000000
    if isinstance(secs, float):
        if secs != secs or secs in (float("inf"), float("-inf")):
            raise ValueError("Invalid value %s" % secs)
        whole = int(secs)
        return whole - 1 if whole > secs else whole
    if not isinstance(secs, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__)
    return secs


def gmtime(secs=None):
    """struct_time in UTC for seconds since the Epoch (default: now)."""
    return _struct_utc(secs, "GMT")


def _struct_utc(secs, zone):
    secs = _floor_seconds(secs)
    days, rem = divmod(secs, 86400)
    year, month, day = _civil_from_days(days)
    yday = _DAYS_BEFORE_MONTH[month - 1] + day + (month > 2 and _is_leap(year))
    wday = (days + 3) % 7  # 1970-01-01 was a Thursday
    fields = (year, month, day, rem // 3600, rem // 60 % 60, rem % 60, wday, yday, 0)
    return _make_struct_time(fields, zone, 0)


def localtime(secs=None):
    """As gmtime: the sandbox's local time is UTC."""
    return _struct_utc(secs, "UTC")


def _as_tuple(t, name):
    if t is None:
        return tuple(localtime())
    t = tuple(t)
    if len(t) != 9:
        raise TypeError("%s(): illegal time tuple argument" % name if len(t) > 9 else
                        "function takes exactly 9 arguments (%d given)" % len(t))
    for v in t:
        if not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return t


def mktime(t):
    """Seconds since the Epoch (float) for a local (here UTC) time tuple; out-of-range
    fields are normalised as C's mktime does."""
    t = _as_tuple(t, "mktime")
    year, month = t[0], t[1]
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    days = _days_from_civil(year, month, 1) + t[2] - 1
    return float(days * 86400 + t[3] * 3600 + t[4] * 60 + t[5])


def _checked(t):
    # CPython's strftime/asctime range checks (with 0 allowed where C libraries accept it).
    t = list(t)
    if t[1] == 0:
        t[1] = 1
    elif not 1 <= t[1] <= 12:
        raise ValueError("month out of range")
    if t[2] == 0:
        t[2] = 1
    elif not 1 <= t[2] <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= t[3] <= 23:
        raise ValueError("hour out of range")
    if not 0 <= t[4] <= 59:
        raise ValueError("minute out of range")
    if not 0 <= t[5] <= 61:
        raise ValueError("seconds out of range")
    if t[6] < 0:
        raise ValueError("day of week out of range")
    t[6] = t[6] % 7
    if t[7] == 0:
        t[7] = 1
    elif not 1 <= t[7] <= 366:
        raise ValueError("day of year out of range")
    if t[8] < -1:
        t[8] = -1
    elif t[8] > 1:
        t[8] = 1
    return t


def _week_number(t, first_weekday):
    # %U (weeks starting Sunday, first_weekday 6) and %W (Monday, 0): days before the
    # first such weekday of the year are in week 0.
    yday = t[7] - 1
    wday = (t[6] - first_weekday) % 7
    return (yday + 7 - wday) // 7


def _iso_year_week(t):
    year, yday, wday = t[0], t[7], t[6]
    week = (yday - (wday + 1) + 10) // 7
    if week < 1:
        year -= 1
        days = 366 if _is_leap(year) else 365
        week = (yday + days - (wday + 1) + 10) // 7
    elif week == 53:
        days = 366 if _is_leap(year) else 365
        if yday - (wday + 1) + 4 > days:
            year += 1
            week = 1
    return year, week


def _two(n):
    return "%02d" % n


def _format(fmt, t, zone, offset):
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != "%" or i + 1 == n:
            out.append(ch)
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        if d == "Y":
            out.append(str(t[0]))
        elif d == "m":
            out.append(_two(t[1]))
        elif d == "d":
            out.append(_two(t[2]))
        elif d == "H":
            out.append(_two(t[3]))
        elif d == "M":
            out.append(_two(t[4]))
        elif d == "S":
            out.append(_two(t[5]))
        elif d == "y":
            out.append(_two(t[0] % 100))
        elif d == "C":
            out.append(_two(t[0] // 100))
        elif d == "I":
            out.append(_two(t[3] % 12 or 12))
        elif d == "p":
            out.append("AM" if t[3] < 12 else "PM")
        elif d == "a":
            out.append(_DAY_ABBR[t[6]])
        elif d == "A":
            out.append(_DAY_NAMES[t[6]])
        elif d == "b" or d == "h":
            out.append(_MONTH_ABBR[t[1] - 1])
        elif d == "B":
            out.append(_MONTH_NAMES[t[1] - 1])
        elif d == "j":
            out.append("%03d" % t[7])
        elif d == "w":
            out.append(str((t[6] + 1) % 7))
        elif d == "u":
            out.append(str(t[6] + 1))
        elif d == "U":
            out.append(_two(_week_number(t, 6)))
        elif d == "W":
            out.append(_two(_week_number(t, 0)))
        elif d == "G":
            out.append(str(_iso_year_week(t)[0]))
        elif d == "g":
            out.append(_two(_iso_year_week(t)[0] % 100))
        elif d == "V":
            out.append(_two(_iso_year_week(t)[1]))
        elif d == "e":
            out.append("%2d" % t[2])
        elif d == "c":
            out.append(_format("%a %b %e %H:%M:%S %Y", t, zone, offset))
        elif d == "x" or d == "D":
            out.append(_format("%m/%d/%y", t, zone, offset))
        elif d == "X" or d == "T":
            out.append(_format("%H:%M:%S", t, zone, offset))
        elif d == "F":
            out.append(_format("%Y-%m-%d", t, zone, offset))
        elif d == "R":
            out.append(_format("%H:%M", t, zone, offset))
        elif d == "r":
            out.append(_format("%I:%M:%S %p", t, zone, offset))
        elif d == "n":
            out.append("\n")
        elif d == "t":
            out.append("\t")
        elif d == "Z":
            out.append(zone)
        elif d == "z":
            sign = "-" if offset < 0 else "+"
            offset = abs(offset) // 60
            out.append("%s%02d%02d" % (sign, offset // 60, offset % 60))
        elif d == "%":
            out.append("%")
        else:
            out.append("%" + d)
    return "".join(out)


def strftime(format, t=None):
    """Format a time tuple (default: localtime()) with C's strftime directives, C locale."""
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
    zone = "UTC"
    offset = 0
    if t is not None:
        zone = getattr(t, "tm_zone", None) or "UTC"
        offset = getattr(t, "tm_gmtoff", None) or 0
    t = _checked(_as_tuple(t, "strftime"))
    return _format(format, t, zone, offset)


def asctime(t=None):
    """'Sun Jun 20 23:21:05 1993' for a time tuple (default: localtime())."""
    t = _checked(_as_tuple(t, "asctime"))
    return "%s %s %2d %02d:%02d:%02d %d" % (_DAY_ABBR[t[6]], _MONTH_ABBR[t[1] - 1], t[2], t[3], t[4], t[5], t[0])


def ctime(secs=None):
    return asctime(localtime(secs))


def strptime(string, format="%a %b %d %H:%M:%S %Y"):
    """Parse string with format into a struct_time, as CPython's strptime."""
    import _strptime
    tt = _strptime._strptime(string, format)[0]
    return _make_struct_time(tt[:9], tt[9], tt[10])

# datetime: constructors, arithmetic, comparisons, formatting and parsing, against CPython.
from datetime import date, time, datetime, timedelta, timezone, tzinfo, MINYEAR, MAXYEAR
import datetime as dt_module


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print("-- timedelta")
for args, kwargs in (((), {}), ((1,), {}), ((0, 1), {}), ((0, 0, 1), {}), ((-1,), {}),
                     ((0, -1), {}), ((0, 0, -1), {}), ((1, 2, 3), {}), ((), {"weeks": 2, "hours": -5}),
                     ((), {"minutes": 90, "milliseconds": 1500}), ((1.5,), {}), ((0, 1.25), {}),
                     ((), {"microseconds": 0.5}), ((), {"microseconds": 1.5}), ((), {"microseconds": -0.5}),
                     ((), {"days": -1.5, "seconds": 0.000001}), ((), {"hours": 1e-6})):
    td = timedelta(*args, **kwargs)
    print(repr(td), str(td), td.days, td.seconds, td.microseconds, "%.6f" % td.total_seconds())
print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution))
print(str(timedelta(days=-3, hours=2)), str(-timedelta(microseconds=1)), str(timedelta(days=2, microseconds=7)))
a = timedelta(days=1, hours=2)
b = timedelta(hours=3, minutes=30)
print(a + b, a - b, b - a, -a, abs(-a), +a, a * 3, 3 * a, a * 0.5, a / 4, a / b, a // b, a % b, divmod(a, b))
print(a // 7, a / 2.5, timedelta(seconds=1) / 3, timedelta(seconds=1) * 1.1, timedelta(microseconds=5) * -0.5)
print(a == timedelta(hours=26), a != b, a > b, a >= b, b < a, b <= a, a == 5, bool(timedelta(0)), bool(b))
print(hash(timedelta(hours=24)) == hash(timedelta(days=1)), len({timedelta(1), timedelta(hours=24), timedelta(2)}))
show("overflow", lambda: timedelta(days=1000000000))
try:
    timedelta(1) + 1
except TypeError:
    print("td+int TypeError")
show("td<int", lambda: timedelta(1) < 1)

print("-- date")
for y, m, d in ((2024, 2, 29), (2023, 2, 28), (2000, 2, 29), (1900, 2, 28), (1, 1, 1), (9999, 12, 31),
                (2024, 12, 31), (2024, 1, 1), (2021, 1, 3), (2020, 12, 31), (2026, 1, 1), (2015, 12, 31)):
    d0 = date(y, m, d)
    print(repr(d0), d0, d0.toordinal(), d0.weekday(), d0.isoweekday(), d0.isocalendar(),
          tuple(d0.isocalendar()), d0.ctime(), d0.isoformat())
for args in ((2023, 2, 29), (1900, 2, 29), (2024, 4, 31), (2024, 13, 1), (2024, 0, 1), (0, 1, 1),
             (10000, 1, 1), (2024, 1, 0), (2024.0, 1, 1)):
    show("date%r" % (args,), lambda: date(*args))
d0 = date(2024, 1, 31)
print(d0 + timedelta(days=1), d0 + timedelta(days=29), d0 - timedelta(days=31), d0 - date(2023, 1, 31),
      date(2024, 3, 1) - date(2024, 2, 1), date(2023, 3, 1) - date(2023, 2, 1), timedelta(10) + d0)
print(d0.replace(day=1), d0.replace(month=2, day=29), d0.replace(year=2025))
show("replace bad", lambda: d0.replace(month=2))
show("date overflow", lambda: date.max + timedelta(1))
show("date underflow", lambda: date.min - timedelta(1))
print(date.fromordinal(1), date.fromordinal(738000), date.fromordinal(3652059), date.fromordinal(730120))
print(date.fromisocalendar(2024, 1, 1), date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2021, 52, 7))
show("isocal 53", lambda: date.fromisocalendar(2021, 53, 1))
show("isocal day", lambda: date.fromisocalendar(2021, 5, 8))
print(date.min, date.max, date.resolution, MINYEAR, MAXYEAR)
print(date(2024, 5, 1) < date(2024, 5, 2), date(2024, 5, 1) == date(2024, 5, 1), date(2024, 5, 1) != date(2024, 5, 1),
      date(2024, 5, 1) >= date(2025, 1, 1), hash(date(2024, 5, 1)) == hash(date(2024, 5, 1)))
print(date(2024, 5, 1) == datetime(2024, 5, 1), datetime(2024, 5, 1) == date(2024, 5, 1), date(2024, 1, 1) == 5)
show("date<datetime", lambda: date(2024, 5, 1) < datetime(2024, 5, 2))
show("datetime<date", lambda: datetime(2024, 5, 1) < date(2024, 5, 2))
show("date<int", lambda: date(2024, 5, 1) < 3)
print(date.fromtimestamp(0), date.fromtimestamp(951782400), date.fromtimestamp(86399.9))
print(date(2024, 2, 29).timetuple())
for s in ("2024-02-29", "20240229", "2024-W09", "2024W09", "2024-W09-4", "2024W094", "2020-W53-7"):
    print(s, repr(date.fromisoformat(s)))
for s in ("2024-2-29", "2024-02-30", "2024/02/29", "24-02-29", "2024-02-29T00:00", "", "2024-0229", "abcd-ef-gh"):
    show("fromisoformat %r" % s, lambda: date.fromisoformat(s))

print("-- time")
for args in ((), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), (23, 59, 59, 999999), (12, 0, 0, 500000)):
    t = time(*args)
    print(repr(t), t, t.isoformat(), t.isoformat("hours"), t.isoformat("minutes"), t.isoformat("seconds"),
          t.isoformat("milliseconds"), t.isoformat("microseconds"))
show("timespec", lambda: time(1).isoformat("nanoseconds"))
for args in ((24,), (0, 60), (0, 0, 60), (0, 0, 0, 1000000), (-1,)):
    show("time%r" % (args,), lambda: time(*args))
t1 = time(10, 30, tzinfo=timezone(timedelta(hours=2)))
t2 = time(8, 30, tzinfo=timezone.utc)
print(repr(t1), t1, t1.utcoffset(), t1.tzname(), t1.dst(), t1 == t2, t1 < time(9, 0, tzinfo=timezone.utc))
print(time(10, 30) == t1, time(1, fold=1), repr(time(1, fold=1)), time(1).replace(minute=5, tzinfo=timezone.utc))
show("naive<aware time", lambda: time(10, 30) < t1)
print(time.min, time.max, time.resolution, time(13, 5, 9).strftime("%H:%M:%S %I %p %f|%z|%Z"))
for s in ("10:30", "10:30:15", "10:30:15.5", "10:30:15.123456789", "1030", "103015", "T10:30", "10:30:15+02:00",
          "10:30Z", "10:30:15-0530", "10:30:15,25"):
    print(s, repr(time.fromisoformat(s)))
for s in ("10", "1:30", "10:30:1", "25:00", "10:30+2", "10:30:15.", "xx:yy"):
    show("time.fromisoformat %r" % s, lambda: time.fromisoformat(s))

print("-- datetime")
d1 = datetime(2024, 2, 28, 23, 59, 59, 999999)
print(repr(d1), d1, d1 + timedelta(microseconds=1), d1 + timedelta(days=1, microseconds=1))
print(repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 5)), repr(datetime(2024, 1, 1, 0, 0, 5)),
      repr(datetime(2024, 1, 1, 0, 0, 0, 5)), repr(datetime(2024, 1, 1, fold=1)))
print(datetime(2023, 12, 31, 23, 0) + timedelta(hours=1), datetime(2024, 3, 1) - timedelta(seconds=1),
      datetime(2023, 3, 1) - timedelta(microseconds=1))
print(datetime(2024, 3, 10, 12) - datetime(2024, 3, 9, 13, 30), datetime(2024, 1, 1) - datetime(2024, 1, 2, 0, 0, 1))
print(datetime(2024, 1, 1).date(), datetime(2024, 1, 1, 1, 2, 3, 4).time(), repr(datetime(2024, 1, 1, 1, tzinfo=timezone.utc).timetz()))
print(datetime.combine(date(2024, 5, 6), time(7, 8, 9)), repr(datetime.combine(date(2024, 5, 6), time(7, tzinfo=timezone.utc))),
      datetime.combine(date(2024, 5, 6), time(7), tzinfo=timezone(timedelta(hours=-3))))
print(d1.replace(year=2023, day=1), d1.replace(tzinfo=timezone.utc), d1.replace(microsecond=0))
show("replace leap", lambda: d1.replace(year=2023, day=29))
show("datetime overflow", lambda: datetime.max + timedelta(microseconds=1))
print(datetime.min, datetime.max, datetime.resolution)
for sep, spec in (("T", "auto"), (" ", "auto"), ("x", "hours"), ("T", "minutes"), ("T", "seconds"),
                  ("T", "milliseconds"), ("T", "microseconds")):
    print(d1.isoformat(sep, spec), datetime(2024, 1, 1, 12).isoformat(sep, spec))
print(d1.ctime(), datetime(2024, 1, 7, 3, 4, 5).ctime(), d1.timetuple(), d1.toordinal(), d1.weekday())

print("-- timezones")
utc = timezone.utc
plus2 = timezone(timedelta(hours=2))
minus530 = timezone(-timedelta(hours=5, minutes=30), "IST?")
odd = timezone(timedelta(hours=1, seconds=30, microseconds=5))
for tz in (utc, plus2, minus530, odd, timezone(timedelta(0)), timezone.min, timezone.max, timezone(timedelta(minutes=-1))):
    print(repr(tz), str(tz), tz.utcoffset(None), tz.tzname(None), tz.dst(None))
print(dt_module.UTC is timezone.utc, timezone(timedelta(0)) == utc, plus2 == timezone(timedelta(hours=2), "x"),
      hash(plus2) == hash(timezone(timedelta(hours=2))))
show("tz 24h", lambda: timezone(timedelta(hours=24)))
show("tz name", lambda: timezone(timedelta(hours=1), 5))
show("tz not td", lambda: timezone(3600))
a1 = datetime(2024, 6, 1, 12, 0, tzinfo=plus2)
a2 = datetime(2024, 6, 1, 10, 0, tzinfo=utc)
a3 = datetime(2024, 6, 1, 4, 30, tzinfo=minus530)
print(repr(a1), a1, a1 == a2, a2 == a3, a1 - a2, a1 - a3, a3 < a1, a1 <= a2, hash(a1) == hash(a2))
print(a1.utcoffset(), a1.tzname(), a1.dst(), a3.tzname(), a1.astimezone(utc), a1.astimezone(minus530), a2.astimezone(plus2))
print(repr(a1.astimezone()), datetime(2024, 6, 1, 12).astimezone(plus2), repr(datetime(2024, 6, 1, 12).astimezone()))
print(a1.utctimetuple(), a1.timetuple(), "%.1f %.1f %.1f" % (a1.timestamp(), a2.timestamp(), datetime(2024, 6, 1, 10).timestamp()))
print(a1 + timedelta(hours=12), (a1 + timedelta(hours=12)).tzinfo is plus2, a1 - timedelta(days=365))
print(datetime(2024, 6, 1, 12) == a1, datetime(2024, 6, 1, 12) != a1)
show("naive<aware", lambda: datetime(2024, 6, 1, 12) < a1)
show("naive-aware", lambda: datetime(2024, 6, 1, 12) - a1)
print(datetime(2024, 1, 1, 23, 30, tzinfo=timezone(timedelta(hours=-1))).astimezone(utc),
      datetime(2024, 1, 1, 0, 30, tzinfo=timezone(timedelta(hours=1))).astimezone(utc))


class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.offset = timedelta(minutes=minutes)
        self.name = name

    def utcoffset(self, dt):
        return self.offset

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return timedelta(0)


cet = Fixed(60, "CET")
c1 = datetime(2024, 1, 1, 12, tzinfo=cet)
print(c1, c1.tzname(), c1.utcoffset(), c1.dst(), c1.astimezone(utc), a2.astimezone(cet), c1.strftime("%H:%M %Z %z"))
show("abstract tzinfo", lambda: datetime(2024, 1, 1, tzinfo=tzinfo()).utcoffset())
show("bad tzinfo", lambda: datetime(2024, 1, 1, tzinfo="UTC"))

print("-- timestamps")
for ts in (0, 1, -1, 86400, 951782400, 1709251199, 1700000000.5, 1700000000.123456, 1700000000.9999996,
           -0.5, -1.25, 253402300799, -62135596800):
    print("%.7f" % ts, datetime.utcfromtimestamp(ts), datetime.fromtimestamp(ts, utc))
    show("  +2", lambda: datetime.fromtimestamp(ts, plus2))
print(datetime.fromtimestamp(0), "%.1f %.1f %.1f" % (datetime(1970, 1, 1).timestamp(), datetime(2038, 1, 19, 3, 14, 8).timestamp(),
      datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=utc).timestamp()))
for dt0 in (datetime(2024, 2, 29, 12, 30, 15, 250000), datetime(1999, 12, 31, 23, 59, 59), datetime(2000, 1, 1)):
    print(datetime.utcfromtimestamp(dt0.replace(tzinfo=utc).timestamp()) == dt0)
now = datetime.now()
print(type(now).__name__, now.tzinfo, datetime.now(utc).tzinfo, datetime.now(plus2).utcoffset(), now.year >= 2024,
      abs(datetime.utcnow() - now) < timedelta(seconds=5), date.today() == now.date() or now.hour == 23,
      datetime.today().tzinfo)

print("-- strftime")
fmt = "%Y-%m-%d %H:%M:%S.%f %a %A %b %B %j %U %W %w %y %I %p %%|%z|%Z|%c|%x|%X"
for dt0 in (datetime(2024, 2, 29, 13, 5, 9, 7), datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59, 59, 999999),
            datetime(2023, 1, 1, 0, 0), datetime(2024, 12, 30, 12), a1, a3, c1, datetime(2024, 1, 1, tzinfo=odd)):
    print(dt0.strftime(fmt))
print(date(2024, 7, 4).strftime("%A %d %B %Y|%H:%M|%f|%z|%Z"), date(2024, 7, 4).strftime(""),
      datetime(2024, 7, 4).strftime("%%Y %%%Y"), datetime(2024, 7, 4, tzinfo=timezone(timedelta(0), "A%B")).strftime("%Z"))

print("-- strptime")
cases = (("2024-02-29 13:45:01", "%Y-%m-%d %H:%M:%S"), ("29/02/24", "%d/%m/%y"), ("1/2/70", "%m/%d/%y"),
         ("Thursday, February 29, 2024", "%A, %B %d, %Y"), ("thu feb 29 2024", "%a %b %d %Y"),
         ("2024-02-29T13:45:01.5", "%Y-%m-%dT%H:%M:%S.%f"), ("2024-02-29T13:45:01.123456", "%Y-%m-%dT%H:%M:%S.%f"),
         ("2024-02-29 13:45:01 +0200", "%Y-%m-%d %H:%M:%S %z"), ("2024-02-29 13:45:01 -05:30", "%Y-%m-%d %H:%M:%S %z"),
         ("2024-02-29 13:45:01 Z", "%Y-%m-%d %H:%M:%S %z"), ("2024-02-29 13:45 UTC", "%Y-%m-%d %H:%M %Z"),
         ("12:00:00 AM", "%I:%M:%S %p"), ("12:00:00 PM", "%I:%M:%S %p"), ("07:15 pm", "%I:%M %p"),
         ("2024 060", "%Y %j"), ("2024   2   29", "%Y %m %d"), ("20240229134501", "%Y%m%d%H%M%S"),
         ("Feb 29", "%b %d"), ("2024-W09-4", "%G-W%V-%u"), ("2024 09 4", "%Y %W %w"), ("2024 08 0", "%Y %U %w"),
         ("Thu Feb 29 13:45:01 2024", "%c"), ("02/29/24", "%x"), ("13:45:01", "%X"), ("5%", "%d%%"),
         ("2024-02-29 13:45:01 +02:00:30.5", "%Y-%m-%d %H:%M:%S %z"))
for s, f in cases:
    show("strptime %r %r" % (s, f), lambda: datetime.strptime(s, f))
for s, f in (("2023-02-29", "%Y-%m-%d"), ("2024-02-29 extra", "%Y-%m-%d"), ("2024-02", "%Y-%m-%d"),
             ("2024-13-01", "%Y-%m-%d"), ("24:00", "%H:%M"), ("2024", "%Y %Q"), ("2024", "%Y%"), ("x", "%d"),
             ("2024-W09", "%G-W%V"), ("2024 09 4", "%Y %V %u")):
    show("strptime %r %r" % (s, f), lambda: datetime.strptime(s, f))
for dt0 in (datetime(2024, 2, 29, 13, 5, 9, 7), datetime(1999, 1, 1), datetime(2024, 12, 31, 23, 59, 59, 999999)):
    for f in ("%Y-%m-%d %H:%M:%S.%f", "%d %B %Y %I:%M:%S.%f %p", "%a %d %b %y %H%M%S%f", "%Y %j %H %M %S %f"):
        print(datetime.strptime(dt0.strftime(f), f) == dt0, end=" ")
print()

print("-- fromisoformat")
for s in ("2024-02-29", "2024-02-29T13:45", "2024-02-29 13:45:01", "2024-02-29T13:45:01.5", "2024-02-29T13:45:01.123456",
          "2024-02-29T13:45:01.1234567", "2024-02-29T13:45:01+02:00", "2024-02-29T13:45:01Z", "2024-02-29T13:45:01-05:30:15",
          "2024-02-29T13:45:01+00:00", "20240229T134501", "2024-W09-4T10:00", "2024W094T1000", "2024-02-29T13",
          "2024-02-29x13:45", "2024-02-29T13:45:01,5+0100", "2024-02-29T13:45:01.000001-00:00:00.5"):
    show("fromisoformat %r" % s, lambda: datetime.fromisoformat(s))
for s in ("2024-02-29T", "2024-02-29T1", "2024-02-30T10:00", "2024-02-29T10:00+1", "2024-02-29T25:00", "2024", "", "not a date"):
    show("fromisoformat %r" % s, lambda: datetime.fromisoformat(s))
for dt0 in (d1, a1, a3, c1.replace(tzinfo=odd), datetime(2024, 1, 1)):
    print(datetime.fromisoformat(dt0.isoformat()) == dt0, datetime.fromisoformat(str(dt0)) == dt0)

print("-- sorting and hashing")
stamps = [datetime(2024, 1, 1, 12, tzinfo=timezone(timedelta(hours=h))) for h in (5, -3, 0, 9, -12)]
print([str(x) for x in sorted(stamps)])
print(sorted([date(2024, 1, 2), date(2023, 12, 31), date(2024, 1, 1)]), max(timedelta(1), timedelta(hours=30)))
print(len({datetime(2024, 1, 1, 12, tzinfo=utc), datetime(2024, 1, 1, 14, tzinfo=plus2), datetime(2024, 1, 1, 12)}))
print(isinstance(datetime(2024, 1, 1), date), issubclass(timezone, tzinfo), isinstance(utc, tzinfo))

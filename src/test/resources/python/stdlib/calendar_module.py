# calendar: dates arithmetic, month/year text and HTML calendars as CPython prints them
import calendar


def attempt(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


# names and constants
print(list(calendar.month_name))
print(list(calendar.month_abbr))
print(list(calendar.day_name))
print(list(calendar.day_abbr))
print(len(calendar.month_name), len(calendar.day_abbr), calendar.month_name[0] == "")
print(calendar.month_name[1:4], calendar.day_abbr[-2:], calendar.day_name[-1], calendar.month_abbr[-1])
attempt("month_name[13]", lambda: calendar.month_name[13])
attempt("day_name[7]", lambda: calendar.day_name[7])
attempt("day_name['a']", lambda: calendar.day_name["a"])
print(calendar.MONDAY, calendar.TUESDAY, calendar.WEDNESDAY, calendar.THURSDAY, calendar.FRIDAY,
      calendar.SATURDAY, calendar.SUNDAY)
print(calendar.mdays, calendar.January, calendar.February, calendar.EPOCH, calendar.error)
print(sorted(n for n in calendar.__all__ if not n.startswith("Locale")))

# isleap / leapdays
print([y for y in range(1895, 1910) if calendar.isleap(y)], calendar.isleap(2000), calendar.isleap(1900),
      calendar.isleap(2024), calendar.isleap(2023), calendar.isleap(0), calendar.isleap(-4))
print(calendar.leapdays(1900, 2000), calendar.leapdays(2000, 2001), calendar.leapdays(2001, 2000),
      calendar.leapdays(1, 10000), calendar.leapdays(2010, 2010), calendar.leapdays(-100, 100))

# weekday
for ymd in [(1970, 1, 1), (2000, 1, 1), (2000, 2, 29), (2024, 3, 15), (1, 1, 1), (9999, 12, 31),
            (1582, 10, 15), (2023, 12, 25), (0, 1, 1), (-1, 6, 1), (10000, 1, 1), (12345, 5, 6), (-400, 1, 1)]:
    print("weekday", ymd, calendar.weekday(*ymd))
attempt("weekday(2020, 13, 1)", calendar.weekday, 2020, 13, 1)
attempt("weekday(2020, 0, 1)", calendar.weekday, 2020, 0, 1)
attempt("weekday(2021, 2, 29)", calendar.weekday, 2021, 2, 29)
attempt("weekday(2020, 4, 31)", calendar.weekday, 2020, 4, 31)
attempt("weekday(2020, 1, 0)", calendar.weekday, 2020, 1, 0)
attempt("weekday(2020.0, 1, 1)", calendar.weekday, 2020.0, 1, 1)
attempt("weekday(2020, 1.0, 1)", calendar.weekday, 2020, 1.0, 1)
attempt("weekday('2020', 1, 1)", calendar.weekday, "2020", 1, 1)
print(calendar.weekday(True, True, True))

# monthrange
for ym in [(2024, 2), (2023, 2), (1900, 2), (2000, 2), (2024, 1), (2024, 4), (2024, 12), (1, 1), (9999, 12), (0, 2)]:
    print("monthrange", ym, calendar.monthrange(*ym))
attempt("monthrange(2024, 13)", calendar.monthrange, 2024, 13)
attempt("monthrange(2024, 0)", calendar.monthrange, 2024, 0)
attempt("monthrange(2024, 'a')", calendar.monthrange, 2024, "a")
try:
    calendar.monthrange(2024, 14)
except calendar.IllegalMonthError as e:
    print(type(e).__name__, e.args, e.month, isinstance(e, ValueError))

# monthcalendar
print(calendar.monthcalendar(2024, 2))
print(calendar.monthcalendar(2021, 2))
print(calendar.monthcalendar(2023, 10))

# firstweekday
print(calendar.firstweekday())
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 2))
print(calendar.weekheader(2))
print(calendar.month(2024, 2))
calendar.setfirstweekday(0)
attempt("setfirstweekday(7)", calendar.setfirstweekday, 7)
attempt("setfirstweekday(-1)", calendar.setfirstweekday, -1)
print(calendar.firstweekday())

# weekheader widths
for w in (1, 2, 3, 5, 9, 10, 12):
    print(repr(calendar.weekheader(w)))

# Calendar
cal = calendar.Calendar()
print(cal.firstweekday, list(cal.iterweekdays()))
cal6 = calendar.Calendar(firstweekday=6)
print(cal6.firstweekday, list(cal6.iterweekdays()), cal6.getfirstweekday())
cal9 = calendar.Calendar(9)
print(cal9.firstweekday, list(cal9.iterweekdays()))
cal9.setfirstweekday(3)
print(cal9.firstweekday, cal9.getfirstweekday())
print(list(cal.itermonthdays(2024, 2)))
print(list(cal6.itermonthdays(2024, 2)))
print(list(cal.itermonthdays2(2024, 9)))
print(list(cal6.itermonthdays2(2024, 9))[:8])
print(list(cal.itermonthdays3(2024, 3)))
print(list(cal6.itermonthdays4(2023, 12))[:3], list(cal6.itermonthdays4(2023, 12))[-3:])
dates = list(cal.itermonthdates(2024, 2))
print(len(dates), dates[0], dates[-1], repr(dates[3]))
print(list(cal.itermonthdates(1, 1))[:2])
attempt("itermonthdates(9999, 12)", lambda: list(cal.itermonthdates(9999, 12))[-1])
print(list(cal.itermonthdays3(9999, 12))[-3:])
print(list(cal.itermonthdays3(1, 1))[:2])
print(list(cal6.itermonthdays3(1, 1))[:2])
m = cal.monthdatescalendar(2024, 7)
print(len(m), [len(w) for w in m], m[0][0], m[-1][-1])
print([[d.day for d in w] for w in cal6.monthdatescalendar(2015, 2)])
print(cal.monthdays2calendar(2015, 2))
print(cal.monthdayscalendar(2026, 8))
y = cal.yeardayscalendar(2024)
print(len(y), [len(r) for r in y], y[0][1])
y2 = cal.yeardays2calendar(2024, width=4)
print(len(y2), [len(r) for r in y2], y2[2][3][-1])
yd = cal.yeardatescalendar(2024, 5)
print(len(yd), [len(r) for r in yd], yd[-1][-1][-1][-1])
attempt("itermonthdays(2024, 13)", lambda: list(cal.itermonthdays(2024, 13)))

# TextCalendar
tc = calendar.TextCalendar()
print(tc.formatmonth(2024, 2))
print(tc.formatmonth(2023, 1, w=3))
print(tc.formatmonth(2023, 1, 4, 2))
print(tc.formatmonth(2023, 1, 0, 0))
print(repr(tc.formatmonth(2021, 2)))
print(calendar.TextCalendar(6).formatmonth(2024, 9))
print(calendar.TextCalendar(calendar.WEDNESDAY).formatmonth(1999, 12, 10))
print(repr(tc.formatweek([(0, 0), (0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 6)], 2)))
print(repr(calendar.week([(10, 0), (11, 1), (12, 2), (13, 3), (14, 4), (15, 5), (16, 6)], 3)))
print(repr(tc.formatday(0, 0, 3)), repr(tc.formatday(7, 0, 3)), repr(tc.formatday(17, 0, 5)))
print(repr(tc.formatweekday(0, 2)), repr(tc.formatweekday(6, 9)), repr(tc.formatweekday(2, 12)))
print(repr(tc.formatmonthname(2024, 5, 20)), repr(tc.formatmonthname(2024, 5, 20, False)))
tc.prmonth(2024, 11)
tc.prmonth(2024, 12, 3, 1)
tc.prweek([(1, 0), (2, 1), (3, 2), (4, 3), (5, 4), (6, 5), (7, 6)], 2)
print("|")
calendar.prweek([(1, 0), (2, 1), (3, 2), (4, 3), (5, 4), (6, 5), (7, 6)], 4)
print("|")
print(calendar.month(2024, 1))
print(calendar.month(1, 1))
print(calendar.month(0, 1))
print(calendar.month(10000, 1))
print(calendar.month(2024, 1, 5, 2))
attempt("month(2024, 13)", calendar.month, 2024, 13)
attempt("month(2024, 0)", lambda: calendar.month(2024, 0)[:30])

# years
print(calendar.calendar(2024))
print(calendar.calendar(2023, 3, 1, 4, 2))
print(calendar.calendar(2026, w=2, l=2, c=2, m=6))
print(calendar.calendar(2025, m=4))
print(calendar.calendar(2025, 2, 1, 6, 1)[:400])
print(calendar.TextCalendar(6).formatyear(2022))
calendar.prcal(2021, 0, 0, 0, 5)
print(calendar.formatstring(["a", "bb", "ccc"], 5, 2) + "|")
print(calendar.formatstring(["a", "bb"]) + "|")
calendar.format(["x", "y"], 3, 1)

# HTMLCalendar
hc = calendar.HTMLCalendar()
print(hc.formatmonth(2024, 2))
print(hc.formatmonth(2024, 3, withyear=False))
print(calendar.HTMLCalendar(6).formatweekheader())
print(hc.formatday(0, 3), hc.formatday(15, 6), hc.formatweekday(4))
print(hc.formatmonthname(2024, 3), hc.formatmonthname(2024, 3, False))
print(hc.formatyear(2024, 4))
print(hc.formatyear(2024, 0)[:300])
page = hc.formatyearpage(2024)
print(type(page).__name__, len(page))
print(page[:600].decode())
page2 = hc.formatyearpage(2024, 6, css=None, encoding="ascii")
print(page2[:400].decode())


class MyHTML(calendar.HTMLCalendar):
    cssclasses = ["weekday"] * 5 + ["weekend"] * 2
    cssclass_noday = "empty"
    cssclass_month = "tbl"


print(MyHTML().formatmonth(2024, 6))

# timegm
import time
print(calendar.timegm((1970, 1, 1, 0, 0, 0)))
print(calendar.timegm((2024, 2, 29, 12, 30, 45)))
print(calendar.timegm((2000, 1, 1, 0, 0, 0, 5, 1, 0)))
print(calendar.timegm((1969, 12, 31, 23, 59, 59)))
print(calendar.timegm((1, 1, 1, 0, 0, 0)))
print(calendar.timegm((9999, 12, 31, 23, 59, 59)))
print(calendar.timegm((2020, 2, 31, 25, 61, 61)))
print(calendar.timegm((2020, 1, 0, 0, 0, -1)))
print(calendar.timegm(time.gmtime(1234567890)))
print(calendar.timegm([2024, 6, 1, 0, 0, 0.5]))
attempt("timegm year 0", calendar.timegm, (0, 1, 1, 0, 0, 0))
attempt("timegm month 13", calendar.timegm, (2020, 13, 1, 0, 0, 0))
attempt("timegm short", calendar.timegm, (2020, 1, 1, 0, 0))

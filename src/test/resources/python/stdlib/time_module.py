import time
print(time.gmtime(0))
print(time.gmtime(1700000000.7))
print(time.gmtime(-1), time.gmtime(-86401.5))
print(time.localtime(951782400))
t = time.gmtime(1709251199)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst, t.tm_zone, t.tm_gmtoff)
print(t[0], t[:3], tuple(t), len(t), t == tuple(t), isinstance(t, tuple))
y, m, d, hh, mm, ss, wd, yd, dst = t
print(y, m, d, hh, mm, ss, wd, yd, dst)
fmt = '%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %c %x %X %p %I %y %Z %z %G-%V-%u %e %D %T %F %R %w %C %h %%'
for secs in (0, 1709251199, 951782400, 1104537600, 1230768000, 1293753600, 4102444800, 253402300799, -2208988800):
    print(time.strftime(fmt, time.gmtime(secs)))
for secs in (0, 1, 86399, 86400, 951782400, 1709251199, 253402300799, -1, -62135596800):
    print(secs, time.mktime(time.gmtime(secs)), time.mktime(time.localtime(secs)) == secs)
print(time.mktime((2024, 13, 1, 0, 0, 0, 0, 0, 0)), time.mktime((2024, 0, 1, 0, 0, 0, 0, 0, 0)), time.mktime((2024, 3, 0, 25, 61, 61, 0, 0, -1)))
print(time.asctime(time.gmtime(1709251199)), time.ctime(0), time.ctime(1234567890))
print(time.strftime('%Y %Z %z', (2024, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strptime('2024-02-29 13:45:01', '%Y-%m-%d %H:%M:%S'))
print(time.strptime('Thu Feb 29 23:59:59 2024'))
print(time.strptime('1 jan 99', '%d %b %y'), time.strptime('12 am', '%I %p')[3], time.strptime('12 PM', '%I %p')[3], time.strptime('3pm', '%I%p')[3])
print(time.strptime('2024 366', '%Y %j')[:3], time.strptime('2023 0 1', '%Y %U %w')[:3], time.strptime('2023 52 0', '%Y %W %w')[:3])
print(time.strptime('20240102', '%Y%m%d')[:3], time.strptime('2024112', '%Y%m%d')[:3])
print(time.strptime('2024-W01-1', '%G-W%V-%u')[:8], time.strptime('2020-W53-7', '%G-W%V-%u')[:8])
for s, f in (('2024-02-30', '%Y-%m-%d'), ('2024-1-1x', '%Y-%m-%d'), ('abc', '%Y'), ('2024', '%Q'), ('2024', '%Y%'), ('29 feb', '%d %b')):
    try:
        print(time.strptime(s, f))
    except ValueError as e:
        print('ValueError', e)
print(time.timezone, time.altzone, time.daylight, time.tzname)
a = time.perf_counter(); b = time.perf_counter(); print(b >= a, type(a).__name__)
a = time.monotonic(); b = time.monotonic(); print(b >= a, type(a).__name__)
a = time.monotonic_ns(); b = time.monotonic_ns(); print(b >= a, type(a).__name__)
print(type(time.perf_counter_ns()).__name__, type(time.process_time()).__name__, type(time.process_time_ns()).__name__)
print(abs(time.time() - time.time_ns() / 1e9) < 1, type(time.time_ns()).__name__)
print(time.gmtime()[0] >= 2024, time.localtime().tm_year == time.gmtime().tm_year)
time.sleep(0); time.sleep(0.001); print('slept')

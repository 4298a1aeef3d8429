# Validating 1,000 e-mail addresses and 1,000 dates, each with a compiled pattern, five times.
# Only API and syntax that MicroPython's old `re` also has (no {m,n}).
import re

EMAIL = re.compile(r"^[\w.+-]+@[\w-]+\.[\w.-]+$")
DATE = re.compile(r"^\d\d\d\d-[01]\d-[0-3]\d$")
emails = []
dates = []
for i in range(1000):
    emails.append(("user%d.name+tag@mail-%d.example.com" % (i, i % 7)) if i % 5 else ("bad address %d" % i))
    dates.append("20%02d-%02d-%02d" % (i % 100, 1 + i % 12, 1 + i % 28) if i % 3 else "2024/%d/1" % i)

valid = 0
for _ in range(5):
    for e in emails:
        if EMAIL.match(e):
            valid += 1
    for d in dates:
        if DATE.match(d):
            valid += 1
print(valid)

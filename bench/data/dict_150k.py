# Target: a dict of 150,000 str keys built (and each key looked up) in under a second natively.
import time

clock = getattr(time, "ticks_ms", None) or (lambda: int(time.perf_counter() * 1000))
keys = ["key%d" % i for i in range(150000)]
t0 = clock()
d = {}
for k in keys:
    d[k] = 1
found = 0
for k in keys:
    found += d[k]
print("dict of 150000 str keys built and read in %d ms" % (clock() - t0), len(d), found)

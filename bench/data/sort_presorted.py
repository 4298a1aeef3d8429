# Target: sorted() of 300,000 presorted items in under a second natively. Prints the sort's time.
import time

clock = getattr(time, "ticks_ms", None) or (lambda: int(time.perf_counter() * 1000))
items = list(range(300000))
t0 = clock()
result = sorted(items)
print("sorted 300000 presorted items in %d ms" % (clock() - t0), result[0], result[-1])

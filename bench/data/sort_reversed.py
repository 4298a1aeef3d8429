# Target: sorted() of 300,000 reversed items in under a second natively. Prints the sort's time.
import time

clock = getattr(time, "ticks_ms", None) or (lambda: int(time.perf_counter() * 1000))
items = list(range(300000, 0, -1))
t0 = clock()
result = sorted(items)
print("sorted 300000 reversed items in %d ms" % (clock() - t0), result[0], result[-1])

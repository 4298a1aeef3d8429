# The time `import re` takes (its module body, from frozen bytecode), in microseconds: the
# module is forgotten after each import so that the next one runs it again. Prints the first
# import of the run and the mean of the last 50 of 100 (by then the JVM has compiled the
# import's code paths, as in a long-running host).
import sys
import time

times = []
for _ in range(100):
    t0 = time.time_ns()
    import re
    times.append(time.time_ns() - t0)
    del sys.modules["re"]
print(times[0] // 1000, sum(times[50:]) // 50 // 1000)

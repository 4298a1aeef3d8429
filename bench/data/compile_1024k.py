# Compile time of a module of short statements, 1024 KiB: linear in size if 4x the size
# takes 4x the time. Prints the time compile() took.
import time

clock = getattr(time, "ticks_ms", None) or (lambda: int(time.perf_counter() * 1000))
lines = []
size = 0
i = 0
while size < 1024 * 1024:
    line = "x%d = %d\n" % (i % 100, i)
    lines.append(line)
    size += len(line)
    i += 1
source = "".join(lines)
t0 = clock()
code = compile(source, "module", "exec")
print("compiled %d bytes (%d statements) in %d ms" % (len(source), i, clock() - t0))

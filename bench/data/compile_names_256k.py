# Compile time of a module of short statements each naming a new variable, 256 KiB
# (every name is interned and goes into the module's scope). Prints the time compile() took.
import time

clock = getattr(time, "ticks_ms", None) or (lambda: int(time.perf_counter() * 1000))
lines = []
size = 0
i = 0
while size < 256 * 1024:
    line = "v%d = %d\n" % (i, i)
    lines.append(line)
    size += len(line)
    i += 1
source = "".join(lines)
t0 = clock()
code = compile(source, "module", "exec")
print("compiled %d bytes (%d names) in %d ms" % (len(source), i, clock() - t0))

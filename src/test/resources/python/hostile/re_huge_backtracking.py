# A repeated group over a huge subject keeps backtracking state for every iteration: far more
# than the memory limit. The matcher's stack grows on the GC heap, so this is a MemoryError.
import re
s = "ab" * (2 << 20)
print(re.match(r"(?:ab|cd)*$", s))

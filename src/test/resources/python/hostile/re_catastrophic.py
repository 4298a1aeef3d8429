# Catastrophic backtracking: (a+)+$ tries 2**30 ways to split the a's before giving up. The
# matcher is C code; it must run out of fuel (and stop) rather than hang the host.
import re
print(re.match(r"(a+)+$", "a" * 30 + "b"))

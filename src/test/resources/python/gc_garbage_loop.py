# Allocates roughly 500 MB in total, all of it short-lived: strings, lists and
# dicts that become garbage at once. Must complete under a small memory cap.
# The byte count is a rough estimate (64-bit object sizes; wasm32 uses less for lists).
ITERATIONS = 20000
total = 0
check = 0
keep = None
for i in range(ITERATIONS):
    s = ("%08d" % i) * 256                 # 2 KB string
    t = s.replace("0", "x")                # another 2 KB
    lst = [i, s, t] * 600                  # 1800 slots, ~14 KB
    d = {"k%d" % j: s for j in range(16)}  # dict with 16 fresh string keys, ~1 KB
    parts = t[:480].split("x")             # list of short strings
    total += len(s) + len(t) + 8 * len(lst) + 64 * len(d) + 32 * len(parts)
    check = (check * 31 + len(lst) + len(d) + len(parts) + ord(t[i % 2048])) % 1000000007
    if i % 1000 == 0:
        keep = (s, d)                      # something survives for a while
print("allocated about %d MB" % (total // 1000000))
print("check", check, len(keep[0]), len(keep[1]))
print("done", ITERATIONS)

# Allocation-heavy: builds and discards lists, dicts and strings.
count = 0
for i in range(90000):
    words = ["w%d" % (i + k) for k in range(10)]
    line = " ".join(words)
    d = {w: len(w) for w in words}
    pairs = [(k, v) for k, v in d.items() if v > 2]
    count += len(line) + len(pairs) + len(line.upper().split())
print(count)

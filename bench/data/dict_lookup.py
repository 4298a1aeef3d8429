# Dict benchmark: look up present and missing str and int keys.
keys = ["key%d" % i for i in range(1000)]
missing = ["nokey%d" % i for i in range(1000)]
d = {k: 1 for k in keys}
n = {i: 1 for i in range(1000)}
total = 0
for rep in range(100):
    for k in keys:
        total += d[k]
    for k in missing:
        if k in d:
            total += 1
    for i in range(1000):
        total += n[i]
    for i in range(1000, 2000):
        total += n.get(i, 2)
print(total)

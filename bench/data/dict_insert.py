# Dict benchmark: build dicts of str and int keys (insertion, growth).
keys = ["key%d" % i for i in range(1000)]
total = 0
for rep in range(150):
    d = {}
    for k in keys:
        d[k] = rep
    for i in range(1000):
        d[i] = i
    e = {k: 1 for k in keys}
    total += len(d) + len(e)
print(total)

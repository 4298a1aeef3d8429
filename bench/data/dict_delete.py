# Dict benchmark: delete keys and add them again, pop and popitem.
keys = ["key%d" % i for i in range(1000)]
total = 0
for rep in range(100):
    d = {k: 1 for k in keys}
    for k in keys[::2]:
        del d[k]
    for k in keys[::4]:
        d[k] = 2
    for k in keys[1::4]:
        total += d.pop(k)
    while d:
        total += d.popitem()[1]
print(total)

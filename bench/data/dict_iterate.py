# Dict benchmark: iterate keys, values and items.
d = {"key%d" % i: i for i in range(10000)}
total = 0
for rep in range(40):
    for k in d:
        total += 1
    for v in d.values():
        total += v
    for k, v in d.items():
        total += v
print(total)

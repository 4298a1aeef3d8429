# Large dicts: 100,000 string keys, interned (from source) and built at run time alike.
d = {}
for i in range(100000):
    d["key%d" % i] = i
print(len(d), d["key0"], d["key99999"], "key100000" in d)
total = 0
for i in range(0, 100000, 7):
    total += d["key%d" % i]
print(total)
for i in range(0, 100000, 2):
    del d["key%d" % i]
print(len(d), list(d)[:3], list(d)[-2:])

# Short string literals are interned when compiled; keys built at run time are not: both
# must hash alike, or a literal key would not be found by a computed one.
names = ["n%d" % i for i in range(3000)]
source = "literal = {" + ", ".join("'%s': %d" % (n, i) for i, n in enumerate(names)) + "}"
exec(source)
print(all(literal["n" + str(i)] == i for i in range(3000)), len(literal))
computed = {n: i for i, n in enumerate(names)}
exec("found = [computed[%s] for %s in %r]" % ("k", "k", names[:5]))
print(found, all(computed[k] == literal[k] for k in literal))
print(len({hash(n) for n in names}) > 2990)

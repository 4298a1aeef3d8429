# A class with 3000 bases: C3's merge (patch 0150) scans every base's list for each class it
# takes, about 18 million steps in C for this one call. Its loops are metered and it stops at
# the next candidate when the run is stopped, so fuel ends it, within the overdraft.
bases = tuple(type("B%d" % i, (), {}) for i in range(3000))
Wide = type("Wide", bases, {})
print("the merge was not metered")

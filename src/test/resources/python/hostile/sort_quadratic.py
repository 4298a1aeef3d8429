# MicroPython's list.sort is a quicksort, quadratic on reverse-sorted input: hours of C work.
l = list(range(300000, 0, -1))
l.sort()
print(l[0])

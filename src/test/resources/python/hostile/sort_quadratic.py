# MicroPython's quicksort took quadratic time on reverse-sorted input: hours of C work. The
# merge sort (patches/0021) finds the one descending run and reverses it: linear, well within
# the fuel. sort_many_runs.py is a sort that is too long for the fuel.
l = list(range(300000, 0, -1))
l.sort()
print(l[0])

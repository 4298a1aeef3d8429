# print(flush=), sep=None/end=None, and builtins with keyword arguments (patch 0046).
import sys
print("Hello", "world", flush=True)
print("a", "b", sep=None, end=None)
print("x", "y", sep="-", end="!\n", flush=False)
print("to stdout", file=sys.stdout, flush=True)
print(round(2.5), round(3.14159, ndigits=2), round(7, None), round(1234, ndigits=-2))
print(sum([1, 2, 3], start=10), sum([[1], [2]], start=[]), pow(2, 10, mod=1000), pow(base=3, exp=2))
try:
    round(1.5, digits=1)
except TypeError as e:
    print("TypeError", e)
# Justified difference: a wrong keyword or argument count for print() and sum() is the same
# TypeError, but MicroPython's generic argument parser words it ("extra keyword arguments
# given"), so only the type is compared.
for bad in [lambda: print("x", flsh=True), lambda: sum([1], 0, start=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError")

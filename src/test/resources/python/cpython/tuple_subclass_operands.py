# Tuples with instances of Python subclasses of tuple (patch 0032): the subclass instance
# takes part with the tuple it holds, on either side of the operator.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])


class Pair(tuple):
    pass


p = Point(1, 2)
q = Pair((3, 4))
print((0,) + p, (0,) + q, p + (5,), q + (5,), p + q, q + p, p + p)
print(tuple(p) + p, () + q, p + ())
t = (9,)
t += p
print(t, type(t).__name__)
print(p == (1, 2), (1, 2) == p, q < (3, 5), (3, 3) < q, sorted([Pair((2,)), Pair((1,))]))
print(p * 2, 2 * q, len(p + q), (p + q)[::-1])

# operator: the function forms, itemgetter, attrgetter (dotted), methodcaller.
import operator as op
from operator import itemgetter, attrgetter, methodcaller
print(op.add(1, 2), op.sub(5, 3), op.mul(2, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10), op.neg(3), op.pos(-3), op.abs(-4))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.inv(5), op.invert(0), op.lshift(1, 4), op.rshift(32, 2), op.index(7))
print(op.concat([1], [2]), op.contains("abc", "b"), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"), op.getitem([5, 6], 1))
d = {}; op.setitem(d, "k", 1); print(d); op.delitem(d, "k"); print(d)
l = [1]; print(op.iadd(l, [2]), l, op.iadd(1, 2), op.imul("ab", 2), sorted(op.ior({1}, {2})))
print(op.length_hint([1, 2, 3]), op.length_hint(5, 7))
print(itemgetter(1)("ABC"), itemgetter(0, 2)("ABC"), itemgetter("a")({"a": 9}), itemgetter(slice(1, 3))([1,2,3,4]) if False else "")
rows = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(rows, key=itemgetter(1, 0)), max(rows, key=itemgetter(1)))
class P:
    def __init__(self, name, inner=None):
        self.name = name; self.inner = inner
    def greet(self, greeting, punct="!"): return greeting + " " + self.name + punct
p = P("bob", P("inner"))
print(attrgetter("name")(p), attrgetter("inner.name")(p), attrgetter("name", "inner.name")(p))
print(methodcaller("greet", "hi")(p), methodcaller("greet", "yo", punct="?")(p), methodcaller("upper")("abc"))
print(repr(itemgetter(1, "a")), repr(attrgetter("x", "y.z")), repr(methodcaller("f", 1, k=2)))
print(op.__add__(1, 1), op.call(len, [1, 2]))
try: attrgetter("missing")(p)
except AttributeError: print("AttributeError")
print(list(map(op.mul, [1, 2], [3, 4])))
print(op.truediv(1, 4), op.floordiv(-7, 2), op.mod(-7, 2), op.neg(-0.5), op.pow(2, -1))
print(op.lt("a", "b"), op.eq([1], [1]), op.ne((1,), (1,)), op.gt(2.5, 2), op.le(3, 2))
print(sorted(["bb", "a", "ccc"], key=op.methodcaller("__len__")) if False else sorted(["bb", "a", "ccc"], key=len))
inv = {"apple": 3, "banana": 1, "cherry": 2}
print(sorted(inv.items(), key=itemgetter(1)), sorted(inv, key=inv.__getitem__))
print(list(map(attrgetter("inner.name"), [p, P("x", P("y"))])))
print(op.countOf("banana", "a"), op.indexOf([3, 4, 5], 5), op.contains(range(5), 7))
print(op.isub(10, 3), op.imod(10, 3), op.ilshift(1, 3), op.ixor(5, 1), op.itruediv(9, 2), op.ifloordiv(9, 2))
print(op.not_(""), op.truth("x"), op.is_(p, p), op.xor(6, 3))
try: op.concat(1, 2)
except TypeError as e: print("TypeError", e)
try: itemgetter(5)([1, 2])
except IndexError: print("IndexError")
print(itemgetter(-1)("xyz"), itemgetter(0, 0)("ab"), attrgetter("name", "name")(p))

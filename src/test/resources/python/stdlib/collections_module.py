# collections: namedtuple (defaults, _make, _replace, _asdict, errors), defaultdict, Counter
# (most_common, elements, update/subtract, arithmetic, total), ChainMap, UserDict/List/String.
# Counts with ties would print in dict order: the data here has none.
from collections import namedtuple, defaultdict, Counter, OrderedDict, deque, ChainMap, UserDict, UserList, UserString
import collections
P = namedtuple("Point", "x y")
p = P(1, y=2)
print(p, p.x, p[1], p._fields, p == (1, 2), isinstance(p, tuple), len(p), tuple(p), p._asdict() == {"x": 1, "y": 2})
print(P._make([3, 4]), p._replace(x=9), P.__name__, repr(P(0, 0)), hash(p) == hash((1, 2)))
x, y = p; print(x + y, p + (3,), sorted([P(2, 1), P(1, 5)]))
Q = namedtuple("Q", ["a", "b", "c"], defaults=[10, 20])
print(Q(1), Q(1, 2), Q._field_defaults == {"b": 10, "c": 20}, Q(c=5, a=0))
try: Q()
except TypeError as e: print("TypeError", e)
try: P(1, 2, 3)
except TypeError as e: print("TypeError", e)
try: P(1, z=2)
except TypeError as e: print("TypeError", e)
R = namedtuple("R", "a def a", rename=True); print(R._fields)
try: namedtuple("B", "a a")
except ValueError as e: print("ValueError", e)
try: namedtuple("B", "_a")
except ValueError as e: print("ValueError", e)
print(str(p), P.x.__doc__ if False else "")
dd = defaultdict(list)
dd["a"].append(1); dd["a"].append(2); dd["b"]
print(sorted(dd.items()), dd.default_factory, "c" in dd, dd.get("c"), len(dd), repr(defaultdict(int)))
counts = defaultdict(int)
for w in "a b a c a b".split(): counts[w] += 1
print(sorted(counts.items()), dict(counts) == {"a": 3, "b": 2, "c": 1})
dn = defaultdict(); 
try: dn["x"]
except KeyError: print("KeyError")
nested = defaultdict(lambda: defaultdict(int)); nested["x"]["y"] += 1; print(nested["x"]["y"])
c = Counter("aaaaabbbccd")
print(c, c.most_common(2), c["a"], c["zz"], sorted(c.elements())[:6], c.total())
c.update("aazzz"); c.subtract({"b": 5}); print(c.most_common(3), c["b"], sorted(c.items()))
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2), Counter(a=3, b=1) | Counter(a=1, b=2))
print(+Counter(a=2, b=-1), -Counter(a=2, b=-1), Counter(), repr(Counter(x=1)))
print(Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), Counter(a=1) <= Counter(a=2), dict(Counter("aab")) == {"a": 2, "b": 1})
words = "the cat the dog the end dog".split()
print(Counter(words).most_common(1), sorted(Counter(words).items()))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.get("z", 0), "b" in cm, cm.maps)
cm["c"] = 4; print(cm.maps[0], cm.new_child({"a": 0})["a"], cm.parents["a"])
try: del cm["b"]
except KeyError as e: print("KeyError")
ud = UserDict({"a": 1}, b=2); ud["c"] = 3
print(sorted(ud.items()), len(ud), "a" in ud, ud.get("z", 5), isinstance(ud, collections.abc.MutableMapping), sorted(dict(ud).items()))
class Missing(UserDict):
    def __missing__(self, key): return key * 2
print(Missing()["ab"])
ul = UserList([3, 1, 2]); ul.append(0); ul.sort(); print(ul, ul[0], len(ul), ul + [9], ul == [0, 1, 2, 3], isinstance(ul, collections.abc.Sequence))
us = UserString("abc"); print(us, us.upper(), us + "d", len(us), "b" in us, us == "abc", repr(us))
dq = deque([1, 2, 3], 5) if True else None
dq.append(4); dq.appendleft(0); print(list(dq), dq.pop(), dq.popleft())
od = OrderedDict(); od["z"] = 1; od["a"] = 2; print(list(od), list(od.items()))

print(sorted(Counter("missisippi").elements()), Counter("missisippi").most_common(3))
tally = Counter()
for word in "red blue red green blue red".split():
    tally[word] += 1
print(tally, tally.most_common(1), tally["purple"], "purple" in tally)
del tally["red"]; print(sorted(tally), tally.total())
c1 = Counter(a=4, b=2, c=0, d=-2)
print(sorted(c1.elements()), +c1, -c1)
c1.subtract(a=1); c1.update(["b", "b"]); print(c1["a"], c1["b"])
c2 = Counter(x=1); c2 += Counter(x=2, y=-1); print(c2); c2 -= Counter(x=5); print(c2)
print(Counter(a=2, b=1) == Counter(b=1, a=2), Counter(a=1) < Counter(a=1, b=1), Counter(a=3) >= Counter(a=2))
dd2 = defaultdict(set); dd2["k"].add(1); dd2["k"].add(1); print(dict(dd2), isinstance(dd2, dict))
grouped = defaultdict(list)
for name, dept in [("ann", "eng"), ("bob", "ops"), ("cy", "eng")]:
    grouped[dept].append(name)
print(sorted(grouped.items()))
print(repr(defaultdict(list, {"a": [1]})), repr(defaultdict(None, {})))
print(sorted(ChainMap({"a": 1}, {"b": 2}, {"a": 3, "c": 4}).items()))
Emp = namedtuple("Emp", "name, dept salary")
emps = [Emp("a", "x", 3), Emp("b", "y", 1)]
print(sorted(emps, key=lambda e: e.salary)[0].name, max(emps, key=lambda e: e.salary), Emp._fields)
print([e._asdict()["name"] for e in emps], Emp(*["z", "w", 0]).dept)

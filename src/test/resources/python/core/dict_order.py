# Dicts keep insertion order (CPython 3.7+): every way of building and changing one.
import json
from collections import OrderedDict

d = {"zeta": 1, "alpha": 2, "mid": 3}
d["b"] = 4
d["c"] = 5
print("literal + stores", list(d), d)

del d["alpha"]
d["alpha"] = 6
print("delete and add again moves to the end", list(d))
d["zeta"] = 10
print("replacing a value keeps the place", list(d.items()))

d.update({"c": 50, "new": 7}, extra=8)
print("update", d)
print("pop", d.pop("mid"), list(d))
print("popitem takes the last", d.popitem(), d.popitem(), list(d))
d.setdefault("first", 0)
d.setdefault("zeta", 99)
print("setdefault", d)

e = d.copy()
e["copy-only"] = 1
print("copy", list(e), list(d))
print("fromkeys", dict.fromkeys(["q", "a", "z", "a"], 0))
print("dict(pairs)", dict([("y", 1), ("x", 2), ("y", 3)]))
print("dict(kwargs)", dict(b=1, a=2, c=3))
print("comprehension", {k: len(k) for k in ["ccc", "a", "bb", "a"]})
print("zip", dict(zip("dcba", range(4))))

many = {}
for i in range(1000):
    many[(i * 7919) % 1000] = i
for i in range(0, 1000, 3):
    del many[i]
for i in range(0, 1000, 6):
    many[i] = -i
print("churn", len(many), list(many)[:8], list(many)[-8:])
while len(many) > 3:
    many.popitem()
print("popitem down", many)
many.clear()
many["after-clear"] = 1
print("clear", many)

def kw(**kwargs):
    return kwargs

print("**kwargs", kw(zz=1, aa=2, mm=3), kw(**{"y": 1, "x": 2}, w=3))
print("{**a, **b}", {**{"b": 1, "a": 2}, "k": 0, **{"c": 3, "b": 4}})
print("| and |=", {"b": 1, "a": 2} | {"c": 3, "b": 4})
f = {"one": 1}
f |= {"three": 3, "two": 2}
f |= [("four", 4)]
print(f)

text = json.dumps({"name": "x", "age": 3, "tags": [], "z": None, "nested": {"b": 1, "a": 2}})
print("json.dumps", text)
back = json.loads('{"z": 1, "y": {"d": 4, "c": 3}, "a": [1, {"q": 0, "p": 1}]}')
print("json.loads", back, list(back["y"]))
print("json round trip", json.dumps(json.loads(text)) == text)


class Thing:
    kind = "class attribute"

    def __init__(self):
        self.zebra = 1
        self.apple = 2
        self.mango = 3

    def method(self):
        pass


t = Thing()
t.banana = 4
print("instance __dict__", t.__dict__)
print("vars()", vars(t))
print("class __dict__ keys", [k for k in Thing.__dict__ if not k.startswith("__")])

print("reversed", list(reversed({"a": 1, "b": 2, "c": 3})), list(reversed({"a": 1, "b": 2}.items())))

o = OrderedDict([("a", 1), ("b", 2), ("c", 3), ("d", 4)])
o.move_to_end("b")
print("move_to_end", list(o.items()))
o.move_to_end("d", last=False)
print("move_to_end(last=False)", list(o.items()))
print("popitem()", o.popitem(), "popitem(last=False)", o.popitem(last=False), list(o.items()))
try:
    o.move_to_end("missing")
except KeyError:
    print("move_to_end of a missing key raises KeyError")
print("OrderedDict order matters", OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), {"a": 1, "b": 2} == {"b": 2, "a": 1})
lru = OrderedDict()
for i in range(200):
    lru[i % 37] = i
    lru.move_to_end(i % 37)
    if len(lru) > 10:
        lru.popitem(last=False)
print("LRU", list(lru.items()))

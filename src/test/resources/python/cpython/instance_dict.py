# obj.__dict__ is the instance's own dict (patch 0101)
class Record:
    def __init__(self, **fields):
        self.__dict__.update(fields)
    def __repr__(self):
        return "Record(%s)" % ", ".join("%s=%r" % kv for kv in self.__dict__.items())
r = Record(name="ada", age=36)
print(r.name, r.age, r)
d = r.__dict__
print(d is r.__dict__, vars(r) is d, type(d).__name__, isinstance(d, dict))
d["city"] = "London"
print(r.city, hasattr(r, "city"))
r.lang = "py"
print(d["lang"], sorted(d))
del d["age"]
print(hasattr(r, "age"), "age" in r.__dict__)
print(d.pop("lang"), hasattr(r, "lang"))
r.__dict__.setdefault("x", 1)
r.x += 1
print(r.x, d.get("x"))
del r.x
print("x" in d, len(d), list(d))
try:
    r.missing
except AttributeError as e:
    print("AttributeError", e)
vars(r)["z"] = [1, 2]
r.z.append(3)
print(r.z, r.__dict__["z"])
d.clear()
print(vars(r), hasattr(r, "name"))
for i in range(50):
    setattr(r, "a%d" % i, i)
print(len(d), r.a49, d["a0"], sum(d.values()))
for i in range(0, 50, 2):
    delattr(r, "a%d" % i)
print(len(d), sorted(d)[:3], r.a1)
d["k" + str(1)] = "dynamic"
print(r.k1, getattr(r, "k1"))
import json
print(json.dumps(Record(a=1, b=[2]).__dict__))
# a subclass of a built-in type, a class with slots-free properties, copying
class Tagged(list):
    pass
t = Tagged([1])
t.__dict__["tag"] = "T"
print(t.tag, t, t.__dict__)
class WithProp:
    @property
    def double(self):
        return self.__dict__["n"] * 2
w = WithProp()
w.__dict__["n"] = 21
print(w.double, w.n)
import copy
c = copy.copy(r)
c.extra = 1
print(hasattr(r, "extra"), c.a1, vars(c) is not vars(r))
class Cached:
    def __getattr__(self, name):
        value = name.upper()
        self.__dict__[name] = value
        return value
k = Cached()
print(k.abc, k.__dict__, k.abc)

# Descriptors on classes whose other attributes are built-in values (patch 0099)
class Loud:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner=None):
        return "get %s from %s" % (self.name, "class" if obj is None else type(obj).__name__)
class Data:
    def __init__(self):
        self.values = {}
    def __get__(self, obj, owner=None):
        return self.values.get(id(obj), "unset") if obj is not None else self
    def __set__(self, obj, value):
        self.values[id(obj)] = value * 2
    def __delete__(self, obj):
        self.values.pop(id(obj), None)
class Meta(type):
    def __get__(cls, obj, owner=None):
        return "meta get for %s" % type(obj).__name__
class Inner(metaclass=Meta):
    pass
class Holder:
    title = "a str"
    count = 3
    pair = (1, 2)
    ratio = 0.5
    loud = Loud()
    data = Data()
    inner = Inner
    @property
    def prop(self):
        return "property"
h = Holder()
print(h.title, h.count, h.pair, h.ratio, h.prop)
print(h.loud)
print(h.data)
h.data = 21
print(h.data)
del h.data
print(h.data)
print(h.inner)
print(Holder.title, Holder.count)
h.title = "own"
print(h.title, Holder.title)
Holder.extra = Loud()
Holder.__dict__["extra"].__set_name__(Holder, "extra")
print(h.extra)
class Sub(Holder):
    more = "more"
print(Sub().loud, Sub().more, Sub().prop)

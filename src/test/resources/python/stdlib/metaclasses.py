# Metaclasses and class creation hooks (patch 0091): metaclass=, __new__/__init__/__call__ of a
# metaclass, class-level operators, __init_subclass__ with keywords, __set_name__,
# __class_getitem__, __instancecheck__/__subclasscheck__, metaclass inheritance and conflicts.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, [k for k in ns if not k.startswith('__')], kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = [k for k in ns if not k.startswith('_')]
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __iter__(cls):
        return iter(cls._members)
    def __len__(cls):
        return len(cls._members)
    def __getitem__(cls, k):
        return getattr(cls, k)
    def __contains__(cls, k):
        return k in cls._members
    def __repr__(cls):
        return "<Meta class %s>" % cls.__name__
    def describe(cls):
        return "described " + cls.__name__
    @property
    def count(cls):
        return len(cls._members)

class A(metaclass=Meta):
    zeta = 1
    alpha = 2
    mid = 3
    def method(self):
        return "method of " + type(self).__name__

print(type(A) is Meta, isinstance(A, Meta), isinstance(A, type))
print(list(A), len(A), A["alpha"], "mid" in A, "nope" in A)
print(repr(A), str(A), A.describe(), A.count)
a = A()
print(a.method(), type(a) is A, isinstance(a, A))
class B(A, flag=True):
    beta = 5
print(type(B) is Meta, list(B), issubclass(B, A), B.zeta, B().method())
print(A == A, A != B, hash(A) == hash(A), {A: 1}[A])
print(A.__name__, B.__name__, A.__class__.__name__)
try:
    A.nothing
except AttributeError as e:
    print("AttributeError", e)

class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kw):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kw)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, v=0):
        self.v = v
c1 = Config(5); c2 = Config(7)
print(c1 is c2, c1.v)

class Base:
    subclasses = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.subclasses.append(cls.__name__)
class X(Base, tag="x"): pass
class Y(X): pass
print(Base.subclasses, X.tag, Y.tag)
try:
    class Z(X, bogus=1): pass
except TypeError as e:
    print("TypeError")

class Desc:
    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        return "desc " + self.name
class H:
    foo = Desc()
print(H.__dict__['foo'].name, H.__dict__['foo'].owner, H().foo)

class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(G[int], G[int, str])
class G2(G): pass
print(G2["x"])

class InstCheck(type):
    def __instancecheck__(cls, inst):
        return isinstance(inst, int)
    def __subclasscheck__(cls, sub):
        return sub is bool
class IntLike(metaclass=InstCheck): pass
print(isinstance(3, IntLike), isinstance("x", IntLike), isinstance(3, (str, IntLike)), issubclass(bool, IntLike), issubclass(int, IntLike))
print(isinstance(IntLike(), IntLike))
T = type("T", (Base,), {"q": 1}, tag="t")
print(T.tag, T.q, Base.subclasses[-1])
class MyExc(Exception): pass
try:
    raise MyExc("boom")
except MyExc as e:
    print("caught", e)
class E2(Exception, metaclass=Meta): pass
try:
    raise E2("x", "y")
except E2 as e:
    print("caught meta exc", e.args)
class D(dict):
    pass
d = D(a=1); print(d)
class WithCm:
    @classmethod
    def make(cls): return cls.__name__
class WithCm2(WithCm, metaclass=Meta):
    pass
print(WithCm2.make())
print(type.__new__(Meta, "Dyn", (), {"k": 1}).__name__)
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print("conflict", str(e)[:17])
class M3(M1):
    @classmethod
    def cm(mcls): return mcls.__name__
    def __getattr__(cls, name): return "meta-getattr " + name
class D(A, metaclass=M3): pass
print(type(D).__name__, D.cm(), D.whatever)
class E(D): pass
print(type(E).__name__)
class ExcBase(Exception):
    @classmethod
    def make(cls):
        return super().__new__(cls) if False else cls.__name__
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print("sub", cls.__name__)
class ExcSub(ExcBase): pass
print(ExcSub.make())
class LB(list):
    def __init_subclass__(cls):
        super().__init_subclass__()
        cls.x = 1
class LB2(LB): pass
print(LB2.x, LB2([1,2]))
try:
    isinstance(3, 5)
except TypeError as e:
    print("TypeError")
try:
    issubclass(3, int)
except TypeError as e:
    print("TypeError2")
class Meta(type):
    def __setattr__(cls, k, v):
        if k == "locked": raise AttributeError("locked")
        super().__setattr__(k, v)
class L(metaclass=Meta): pass
L.ok = 1
print(L.ok)
try:
    L.locked = 1
except AttributeError as e:
    print("AE", e)
import gc
for i in range(200):
    class Tmp(metaclass=Meta):
        v = i
    gc.collect()
print(Tmp.v)
print(sorted(k for k in L.__dict__ if not k.startswith('__')))
class P:
    def __init__(self): self.v = 3
    @property
    def pv(self): return self.v * 2
class Q(P, metaclass=Meta): pass
print(Q().pv)
print(callable(L), type(L).__name__)
class N(type):
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.extra = "n"
        return inst
class O(metaclass=N):
    def __init__(self, a, b=2): self.s = a + b
o = O(1, b=5); print(o.s, o.extra)
print(type.__call__(O, 1).s)
class Registry(type):
    plugins = []
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            Registry.plugins.append(name)
        return cls
class Plugin(metaclass=Registry): pass
class CsvPlugin(Plugin): pass
class JsonPlugin(Plugin): pass
print(Registry.plugins, type(CsvPlugin).__name__, isinstance(JsonPlugin, Registry))
class Ordered(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls.order = [k for k in ns if not k.startswith("__")]
        return cls
class Fields(metaclass=Ordered):
    zeta = 1
    alpha = 2
    def method(self): pass
    middle = 3
print(Fields.order)
class Validated:
    def __init_subclass__(cls, required=(), **kwargs):
        super().__init_subclass__(**kwargs)
        missing = [r for r in required if not hasattr(cls, r)]
        if missing:
            raise TypeError("%s lacks %s" % (cls.__name__, ", ".join(missing)))
class Good(Validated, required=("run",)):
    def run(self): return "ok"
print(Good().run())
try:
    class Missing(Validated, required=("run", "stop")):
        pass
except TypeError as e:
    print("TypeError", e)
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError("%s must be int" % self.name[1:])
        setattr(obj, self.name, value)
class Model:
    age = Typed()
m = Model(); m.age = 5
print(m.age, Model.__dict__["age"].name)
try:
    m.age = "x"
except TypeError as e:
    print("TypeError", e)

# abc: ABC, ABCMeta, abstractmethod enforcement with CPython's messages, abstract properties and
# classmethods, register() for virtual subclasses, __subclasshook__.
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self): return "shape with area %s" % self.area()
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Half(Shape):
    def area(self): return 1
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
try:
    Sq(2)
except TypeError as e:
    print("TypeError:", e)
class Sq2(Sq):
    def perimeter(self): return 4 * self.s
s = Sq2(3); print(s.area(), s.perimeter(), s.describe(), isinstance(s, Shape))
print(sorted(Shape.__abstractmethods__), sorted(Sq.__abstractmethods__), Sq2.__abstractmethods__)
class P(ABC):
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
try: P()
except TypeError as e: print("TypeError:", e)
class Q(P):
    @property
    def name(self): return "q"
    @classmethod
    def make(cls): return cls()
print(Q.make().name)
class Drawable(metaclass=ABCMeta):
    @abstractmethod
    def draw(self): pass
class Circle: 
    def draw(self): return "o"
Drawable.register(Circle)
print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable), isinstance(1, Drawable))
@Drawable.register
class Line: pass
print(issubclass(Line, Drawable))
class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            return hasattr(C, "__len__")
        return NotImplemented
class HasLen:
    def __len__(self): return 0
print(isinstance(HasLen(), Sized2), isinstance(3, Sized2), issubclass(HasLen, Sized2))
class Sub(Drawable): pass
class Virt: pass
Sub.register(Virt)
print(issubclass(Virt, Drawable), issubclass(Virt, Sub))
print(type(Shape).__name__, isinstance(Shape, ABCMeta))
from abc import abstractclassmethod, abstractstaticmethod, get_cache_token
class Repo(ABC):
    @abstractmethod
    def get(self, key): ...
    @abstractmethod
    def put(self, key, value): ...
    def get_or(self, key, default):
        value = self.get(key)
        return default if value is None else value
class MemRepo(Repo):
    def __init__(self): self.data = {}
    def get(self, key): return self.data.get(key)
    def put(self, key, value): self.data[key] = value
r = MemRepo(); r.put("a", 1)
print(r.get("a"), r.get_or("b", 0), isinstance(r, Repo), issubclass(MemRepo, ABC))
try:
    class Partial(Repo):
        def get(self, key): return None
    Partial()
except TypeError as e: print("TypeError:", e)
class Factory(ABC):
    @abstractclassmethod
    def create(cls): ...
class Concrete(Factory):
    @classmethod
    def create(cls): return cls.__name__
try: Factory()
except TypeError as e: print("TypeError:", e)
print(Concrete.create(), type(Concrete()).__name__)
token = get_cache_token()
class Other: pass
Repo.register(Other)
print(get_cache_token() != token, isinstance(Other(), Repo), issubclass(Other, MemRepo))
class NotAbstractYet(ABC):
    def run(self): return "ran"
print(NotAbstractYet().run(), NotAbstractYet.__abstractmethods__ == frozenset())
# __abstractmethods__ through inheritance, wrappers and hand-set values
class Base(ABC):
    @property
    @abstractmethod
    def size(self): ...
    @staticmethod
    @abstractmethod
    def make(): ...
    @abstractmethod
    def run(self): ...
    def helper(self): return "helper"
class Half(Base):
    def run(self): return "half"
class Full(Half):
    size = property(lambda self: 3)
    @staticmethod
    def make(): return Full()
print(sorted(Base.__abstractmethods__), sorted(Half.__abstractmethods__), sorted(Full.__abstractmethods__))
print(Full.make().size, Full().run(), Full().helper())
for cls in (Base, Half):
    try: cls()
    except TypeError as e: print("TypeError:", e)
Half.__abstractmethods__ = frozenset()
print(Half().run(), sorted(Base.__abstractmethods__))
class Later(ABC):
    @abstractmethod
    def go(self): ...
Later.go = lambda self: "went"
from abc import update_abstractmethods
update_abstractmethods(Later)
print(sorted(Later.__abstractmethods__), Later().go())
class Plain: pass
print(hasattr(Plain, "__abstractmethods__"), update_abstractmethods(Plain) is Plain)
import collections.abc as cabc
print(sorted(cabc.MutableMapping.__abstractmethods__), sorted(cabc.Sequence.__abstractmethods__))
print(sorted(cabc.Set.__abstractmethods__), cabc.Hashable.__abstractmethods__ == frozenset({"__hash__"}))

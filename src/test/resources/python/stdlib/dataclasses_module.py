# dataclasses: field options, frozen, order, eq, unsafe_hash, default_factory, __post_init__ with
# InitVar, inheritance, asdict/astuple nesting, replace, KW_ONLY, make_dataclass, ClassVar.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, make_dataclass, MISSING
from typing import ClassVar, List, Optional
@dataclass
class P:
    x: int
    y: int = 0
p = P(1)
print(p, P(1, 2) == P(1, 2), P(1) != P(2), p.x, p.y, P(y=5, x=3))
try: P()
except TypeError as e: print("TypeError")
@dataclass(order=True, frozen=True)
class V:
    major: int
    minor: int = 0
    tag: str = field(default="", compare=False)
print(sorted([V(2, 1), V(1, 5), V(1, 2, "x")]), V(1) < V(1, 1), V(2) >= V(1, 9), hash(V(1, 2)) == hash(V(1, 2, "z")))
try:
    V(1).major = 5
except FrozenInstanceError as e: print("FrozenInstanceError", e)
try:
    del V(1).minor
except FrozenInstanceError as e: print("FrozenInstanceError", e)
print(isinstance(FrozenInstanceError(), AttributeError))
@dataclass
class Inv:
    name: str
    items: list = field(default_factory=list)
    meta: dict = field(default_factory=dict, repr=False)
    count: ClassVar[int] = 0
a = Inv("a"); b = Inv("b"); a.items.append(1)
print(a, b, a.items is not b.items, Inv.count, [f.name for f in fields(Inv)])
try:
    @dataclass
    class Bad:
        xs: list = []
except ValueError as e: print("ValueError", e)
try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e: print("TypeError", e)
@dataclass
class Post:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.b = self.a * scale
print(Post(3, 2), Post(3).b, [f.name for f in fields(Post)])
@dataclass
class Base:
    x: int
    y: str = "base"
@dataclass
class Child(Base):
    z: float = 1.5
    y: str = "child"
print(Child(1), Child(1, "q", 2.0), [f.name for f in fields(Child)])
@dataclass
class Line:
    start: P
    end: P
    tags: List[str] = field(default_factory=list)
ln = Line(P(0, 0), P(1, 1), ["t"])
d = asdict(ln)
print(d == {"start": {"x": 0, "y": 0}, "end": {"x": 1, "y": 1}, "tags": ["t"]}, astuple(ln), sorted(d), sorted(d["start"].items()), type(d["start"]).__name__)
print(replace(p, y=9), p, replace(V(1, 2), minor=3))
print(is_dataclass(P), is_dataclass(p), is_dataclass(int), is_dataclass(3))
@dataclass(eq=False)
class NoEq:
    v: int
n1 = NoEq(1)
print(NoEq(1) == NoEq(1), n1 == n1)
@dataclass(unsafe_hash=True)
class H:
    v: int
print(hash(H(3)) == hash(H(3)), len({H(1), H(1), H(2)}))
@dataclass
class Unh:
    v: int
try: hash(Unh(1))
except TypeError: print("unhashable")
@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3
print(KW(1, c=5))
try: KW(1, 2)
except TypeError: print("TypeError kw_only")
@dataclass(kw_only=True)
class KW2:
    a: int
    b: int = 0
print(KW2(a=1, b=2))
C = make_dataclass("C", [("x", int), ("y", int, field(default=5))], order=True)
print(C(1), C(1) < C(2), [f.name for f in fields(C)])
@dataclass
class Rec:
    name: str
    children: list = field(default_factory=list)
r = Rec("root"); r.children.append(Rec("leaf"))
print(r, asdict(r) == {"name": "root", "children": [{"name": "leaf", "children": []}]})
@dataclass
class Defaults:
    a: int = 1
    b: str = "s"
    c: Optional[int] = None
print(Defaults(), Defaults.a, Defaults(c=3))
f0 = fields(P)[0]; print(f0.name, f0.type, f0.default is MISSING, fields(P)[1].default)
@dataclass
class WithMethods:
    w: int
    h: int
    def area(self): return self.w * self.h
    @property
    def double(self): return 2 * self.w
print(WithMethods(2, 3).area(), WithMethods(2, 3).double)
print(P.__match_args__, V.__match_args__)
@dataclass(repr=False)
class NoRepr:
    a: int
print("NoRepr" in repr(NoRepr(1)))
@dataclass
class Typed:
    a: "int"
    b: list[int] = field(default_factory=lambda: [1, 2])
    c: int | None = None
print(Typed(1), [f.type for f in fields(Typed)][0])
try: replace(p, z=1)
except TypeError: print("TypeError replace")

# the annotations themselves, in definition order
print(list(P.__annotations__), list(Inv.__annotations__), P.__annotations__["x"])
@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: list = field(default_factory=list, compare=False, repr=False)
    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)
        return self
acct = Account("ann").deposit(10).deposit(5.5)
print(acct, acct.history, acct == Account("ann", 15.5), acct == Account("bob", 15.5))
# frozen instances are usable as dict keys and set members
@dataclass(frozen=True)
class Coord:
    x: int
    y: int
grid = {Coord(0, 0): "origin", Coord(1, 2): "p"}
print(grid[Coord(1, 2)], len({Coord(1, 1), Coord(1, 1)}), replace(Coord(1, 2), y=5))
try:
    @dataclass
    class Thawed(Coord):
        z: int = 0
except TypeError as e: print("TypeError", e)
# asdict copies: changing the result leaves the instance alone
inv = Inv("x", [1, [2]])
snap = asdict(inv); snap["items"][1].append(3); print(inv.items, snap["items"])
# astuple and asdict with dict_factory
print(astuple(V(1, 2, "t")), sorted(asdict(Coord(3, 4), dict_factory=lambda kv: dict(kv)).items()))
# inheritance with defaults and __post_init__ from the base
@dataclass
class Shape:
    name: str
    sides: int = 0
    def __post_init__(self):
        self.label = "%s/%d" % (self.name, self.sides)
@dataclass
class Square(Shape):
    size: float = 1.0
sq = Square("sq", 4, 2.0)
print(sq, sq.label, isinstance(sq, Shape), [f.name for f in fields(sq)])
print(Square("a") == Square("a"), Square("a") == Shape("a"))
try: replace(Post(3, 2), b=1)
except ValueError as e: print("ValueError", e)
try: asdict(3)
except TypeError as e: print("TypeError", e)
try: fields(3)
except TypeError as e: print("TypeError", e)
print(fields(Inv)[1].default_factory is list, fields(Inv)[2].repr, fields(V)[2].compare)

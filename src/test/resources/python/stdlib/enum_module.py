# enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, lookups by value and name and their errors,
# iteration, __members__, aliases, unique, functional API, reprs as CPython 3.11.
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(repr(Color.RED), str(Color.RED), f"{Color.RED}", Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.__members__)
try: print(Color.RED in Color, Color.CRIMSON in Color)
except TypeError as e: print("TypeError", e)
try: Color(7)
except ValueError as e: print("ValueError", e)
try: Color["PINK"]
except KeyError as e: print("KeyError", e.args[0])
class N(IntEnum):
    A = 1
    B = 2
print(repr(N.A), str(N.A), f"{N.A}", N.A + 1, N.A == 1, N(2))
class P(Flag):
    R = 4
    W = 2
    X = 1
print(repr(P.R | P.W), str(P.R | P.W), repr(P(0)), list(P.R | P.X), P.R in (P.R | P.W), bool(P(0)), repr(~P.R))
class IP(IntFlag):
    R = 4
    W = 2
print(repr(IP.R | IP.W), str(IP.R|IP.W), IP.R | 1, repr(IP.R | 8))
class S(StrEnum):
    A = auto()
    B = "bee"
print(repr(S.A), str(S.A), S.A == "a", S.A.upper())
class A(Enum):
    X = auto()
    Y = auto()
print(repr(A.X), A.Y.value)
try:
    Color.RED = 5
except AttributeError as e: print("AttributeError", e)
try:
    class More(Color): Z = 9
except TypeError as e: print("TypeError", e)
try:
    @unique
    class U(Enum):
        a = 1
        b = 1
except ValueError as e: print("ValueError", e)
print(repr(Color), str(Color), type(Color))
print(Color.RED.name, Color.RED.value, Color['GREEN'], Color(3))
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value)
print(hash(Color.RED) == hash(Color.RED), {Color.RED: 1}[Color.RED])
print(Color.RED == 1, Color.RED != Color.GREEN)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value)
try: Planet.EARTH < Planet.EARTH
except TypeError: print("TypeError")
class P(Flag):
    R = 4
    W = 2
    X = 1
print(str(P(0)), repr(P), str(P), len(P), list(P))
print(repr(P.R & P.W), repr(P.R ^ P.R), P.R | P.W == P(6), (P.R | P.W) is P(6))
try: P(8)
except ValueError as e: print("ValueError", e)
class F(Flag):
    A = auto()
    B = auto()
    C = auto()
    AB = A | B
print(list(F), F.AB, repr(F.AB), F.C.value, repr(F.A | F.B | F.C))
class N(IntEnum):
    A = 1
print("{} {!r}".format(N.A, N.A), "%d %s" % (N.A, N.A))
class C(Enum):
    RED = 'r'
    @property
    def pretty(self): return self.name.lower()
    def describe(self): return "%s=%s" % (self.name, self.value)
    @classmethod
    def default(cls): return cls.RED
print(C.RED.pretty, C.RED.describe(), C.default(), C("r"))
class M(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return cls.A
print(M(99))
print(repr(C.RED), C.RED == C.RED, C.RED is C('r'), isinstance(C.RED, C), type(C.RED))
print(N.A < 2, sorted([N.A, 0]), int(N.A), N.A * 3)
print(C.__members__.keys() if False else list(C.__members__))
class W(IntFlag):
    A = 1
    B = 2
print(W.A | W.B, repr(W(3)), W(0), repr(W(0)), ~W.A)
class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3
    def is_early(self): return self.value < 3
print([d.name for d in Weekday if d.is_early()], Weekday(2).is_early(), Weekday["WED"].is_early())
print([m for m in reversed(list(Weekday))][0], Weekday.MON in list(Weekday), len(Weekday.__members__))
print(isinstance(Weekday.MON, Weekday), isinstance(Weekday.MON, Enum), type(Weekday.TUE).__name__)
class Status(StrEnum):
    ACTIVE = auto()
    INACTIVE = auto()
print(list(Status), Status("active"), Status.ACTIVE == "active", Status.INACTIVE.value)
class Priority(IntEnum):
    LOW = 1
    HIGH = 3
print(sorted([Priority.HIGH, Priority.LOW]), Priority.HIGH > Priority.LOW, Priority(3), max(Priority), Priority.LOW + Priority.HIGH)
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, list(rw), rw & Perm.W, rw ^ Perm.R, Perm(7), bool(Perm.R & Perm.X))
print([p.value for p in Perm], Perm.R | Perm.W | Perm.X == Perm(7))
Shape = Enum("Shape", ["CIRCLE", "SQUARE"])
print(Shape.CIRCLE, Shape(2), Shape["SQUARE"].value, len(Shape))
Mode = Enum("Mode", {"FAST": "f", "SLOW": "s"})
print(Mode("f"), sorted(m.value for m in Mode))
try: Weekday(0)
except ValueError as e: print("ValueError", e)
try: Weekday["SUN"]
except KeyError: print("KeyError")
try: del Weekday.MON
except AttributeError as e: print("AttributeError", e)
print({Weekday.MON: "m"}[Weekday(1)], Weekday.MON is Weekday(1), Weekday.MON != Weekday.TUE)
import copy
print(copy.copy(Weekday.MON) is Weekday.MON, copy.deepcopy([Weekday.TUE])[0] is Weekday.TUE)

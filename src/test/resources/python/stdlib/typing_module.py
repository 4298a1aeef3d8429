# typing: every common name, subscripting and the reprs CPython prints, get_origin/get_args,
# Generic, Protocol (runtime_checkable), NamedTuple, TypedDict, NewType, overload, get_type_hints.
import typing
from typing import (Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Callable, Iterable, Iterator,
    Generator, Sequence, Mapping, Type, TypeVar, Generic, Protocol, Literal, Final, ClassVar, Annotated, cast,
    overload, NoReturn, Self, TYPE_CHECKING, get_type_hints, NamedTuple, TypedDict, get_origin, get_args,
    runtime_checkable, NewType, DefaultDict, Counter, Deque)
print(Any, Optional[int], Union[int, str], Union[int, None], Optional[Union[int, str]], Union[int], Union[int, Union[str, int]])
print(List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Set[str], FrozenSet[int], Type[int])
print(Callable[[int, str], bool], Callable[..., int], Iterable[int], Iterator[str], Generator[int, None, None])
print(Sequence[int], Mapping[str, Any], Literal["a", 1], Final[int], ClassVar[List[int]], Annotated[int, "meta"])
T = TypeVar("T"); K = TypeVar("K", bound=str); V = TypeVar("V", covariant=True)
print(T, K, V, K.__bound__, T.__name__, List[T], Dict[str, T][int])
print(List, Dict, Callable, Optional, Union, TYPE_CHECKING, cast(int, "x"))
print(get_origin(List[int]), get_origin(Optional[int]) is Union, get_origin(Annotated[int, 1]) is Annotated, get_origin(int), get_origin(Literal[1]) is Literal)
print(get_args(Dict[str, int]), get_args(Optional[int]), get_args(Callable[[int], str]), get_args(int), get_args(Annotated[int, "x"]))
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int], List[int] == List[int], List[int] != List[str], Literal[1, 2] == Literal[2, 1])
print(isinstance([], List), isinstance({}, Dict), isinstance(3, Union[int, str]), isinstance(3.0, Optional[int]), issubclass(int, Union[int, str]))
try: isinstance([], List[int])
except TypeError as e: print("TypeError", e)
try: List[int]()
except TypeError as e: print("TypeError", e)
class Stack(Generic[T]):
    def __init__(self): self.items = []
    def push(self, item): self.items.append(item)
    def pop(self): return self.items.pop()
s = Stack[int](); s.push(1); s.push(2); print(s.pop(), Stack[int], Stack.__parameters__, isinstance(s, Stack))
class Pair(Generic[K, V]): pass
print(Pair[str, int], get_args(Pair[str, int]))
try: Pair[int]
except TypeError: print("TypeError")
class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self): return abs(self.x) + abs(self.y)
p = Point(3, -4); print(p, p.norm(), Point(1), p._fields, isinstance(p, tuple), Point._field_defaults, p._replace(y=1))
Emp = NamedTuple("Emp", [("name", str), ("id", int)]); print(Emp("a", 1), Emp._fields)
class Movie(TypedDict):
    title: str
    year: int
m = Movie(title="Blade", year=1982); print(m["title"], m["year"], len(m), type(m) is dict, sorted(Movie.__required_keys__), Movie.__total__)
class Partial(TypedDict, total=False):
    a: int
print(Partial(a=1), sorted(Partial.__optional_keys__), Partial.__total__)
MD = TypedDict("MD", {"k": int}); print(MD(k=1))
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
class G: pass
print(isinstance(F(), Closer), isinstance(G(), Closer))
class Drawer(Protocol):
    def draw(self): ...
try: isinstance(F(), Drawer)
except TypeError as e: print("TypeError", e)
try: Drawer()
except TypeError as e: print("TypeError", e)
UserId = NewType("UserId", int); print(UserId(5), UserId, UserId.__supertype__)
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(3))
class Node:
    val: int
    next: "Optional[Node]"
    kids: List["Node"]
hints = get_type_hints(Node)
print(sorted(hints), hints['next'], hints['kids'], hints['val'])
print(int | str, Optional[int] | str, List[int] | None)
print(DefaultDict[str, int], Counter[str], Deque[int])
def g(x: "int") -> "str": pass
print(typing.Text, typing.AnyStr, typing.Hashable, typing.Sized)
print(Union[int, str].__args__, Optional[str].__args__, List[int].__origin__, Dict[str, int].__args__)

def typed(a: int, b: "List[str]", c: Optional[float] = None) -> Dict[str, int]:
    return {}
th = get_type_hints(typed)
print(th["a"], th["b"], th["c"], th["return"], sorted(th))
print(typed.__annotations__["b"], typed.__annotations__["return"])
from typing import Iterable, Sequence, MutableMapping, Awaitable, SupportsInt, IO, TextIO, BinaryIO, AnyStr, Text
print(Awaitable[int], MutableMapping[str, int], IO[str], TextIO, BinaryIO, IO)
def total(xs: Iterable[int]) -> int:
    return sum(xs)
print(total([1, 2, 3]), total.__annotations__["xs"])
Vector = List[float]
def scale(k: float, v: Vector) -> Vector:
    return [k * x for x in v]
print(scale(2.0, [1.0, 2.5]), Vector)
JSON = Union[Dict[str, "JSON"], List["JSON"], str, int, float, bool, None]
print(JSON)
class Tree(Generic[T]):
    def __init__(self, value: T, children: Optional[List["Tree[T]"]] = None):
        self.value = value
        self.children = children or []
    def walk(self):
        yield self.value
        for c in self.children:
            yield from c.walk()
tree = Tree[int](1, [Tree(2), Tree(3, [Tree(4)])])
print(list(tree.walk()), Tree[str], Tree.__parameters__)
def first(xs: Sequence[T]) -> T:
    return xs[0]
print(first("abc"), first([9]), cast(List[int], "not checked"))
print(get_origin(Tuple[int, str]), get_args(Tuple[int, str]), get_origin(Callable[[int], str]), get_args(Literal["a", "b"]))
print(get_args(int | str), get_origin(int | str) is get_origin(str | int), get_origin(List) is list, get_args(List))
@runtime_checkable
class HasLen(Protocol):
    def __len__(self) -> int: ...
class Sized2:
    def __len__(self): return 1
print(isinstance(Sized2(), HasLen), isinstance(object(), HasLen))
print(Optional[int].__args__, Union[str, int, None].__args__, Union[int, Optional[str]])
try: Union[()]
except TypeError as e: print("TypeError", e)
try: Generic[int]
except TypeError as e: print("TypeError", e)
print(repr(T), repr(TypeVar("U", int, str)), TypeVar("U", int, str).__constraints__)

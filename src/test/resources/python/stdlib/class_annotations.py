# Class-body annotations (patch 0090): recorded in __annotations__ in definition order, evaluated
# as in CPython 3.11 (annotations of functions in patch 0097); values assigned as usual.
class Point:
    x: int
    y: int = 0
    label: str = "p"
    tags: list[str]
    maybe: int | None = None
print(Point.__annotations__)
print(list(Point.__annotations__), Point.y, Point.label, hasattr(Point, "x"), hasattr(Point, "tags"))
class Base:
    a: int
class Derived(Base):
    b: str
class Plain(Base):
    pass
print(Base.__annotations__, Derived.__annotations__, Plain.__annotations__)
print("__annotations__" in Base.__dict__, "__annotations__" in Plain.__dict__)
class Ordering:
    zeta: int
    alpha: int
    mid: int = 1
    beta: int
print(list(Ordering.__annotations__))
class Conditional:
    if True:
        inside_if: int = 1
    for _i in range(1):
        inside_for: str
print(Conditional.__annotations__, Conditional.inside_if)
class Forward:
    ref: "Forward"
    others: "list[Forward]"
print(Forward.__annotations__)
class Attr:
    import sys as _sys
    impl: _sys.implementation.__class__
    value: int = 3 + 4
print(Attr.value, sorted(Attr.__annotations__))
def local_annotations():
    counter: int = 5
    other: str
    return counter
print(local_annotations())
class WithMethods:
    field: int = 1
    def method(self, x: int) -> int:
        return x + self.field
print(WithMethods().method(2), WithMethods.__annotations__, WithMethods.method.__annotations__)
class Empty:
    pass
print(Empty.__annotations__, Empty.__annotations__ is Empty.__annotations__)
try:
    class Bad:
        x: undefined_name_here
except NameError:
    print("NameError")
class SelfRef:
    items: dict[str, int] = {}
    count: int = len(items)
print(SelfRef.count, SelfRef.__annotations__)

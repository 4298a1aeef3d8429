# Class and function annotations under `from __future__ import annotations` (PEP 563): kept as
# their source text, as CPython prints it; forward references need no quotes.
from __future__ import annotations
import typing
class Node:
    value: int
    children: list[Node] = []
    parent: Node | None = None
    mapping: typing.Dict[str, typing.List[int]]
    fixed: tuple[int, ...]
    callback: Callable[[int, str], bool]
    choice: Literal["a", 'b"c', 3, None, True]
    quoted: "Node"
    annotated: Annotated[int, Field(gt=0, le=10.5)]
    empty: ()
    pair: (int, str)
    negative: -5
    big: 12345678901234567890
    number: 1.5
    raw: b"xy"
for name, text in Node.__annotations__.items():
    print(name, repr(text))
def f(a: int, b: list[Node] = None, *args: str, c: Node | None = None, **kw: dict) -> Node:
    return a
print(sorted(f.__annotations__.items()))
print(f(5), Node.children, Node.parent)
from dataclasses import dataclass, field, fields
@dataclass
class Item:
    name: str
    parent: Item | None = None
    kids: list[Item] = field(default_factory=list)
root = Item("root")
child = Item("child", root)
root.kids.append(child)
print(child.parent.name, [k.name for k in root.kids], [(f.name, f.type) for f in fields(Item)])
print(typing.get_type_hints(Item)["parent"])

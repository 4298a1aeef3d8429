# `from module import *` binds the names in __all__ (patch 0099), including names the module
# makes on first use through its module __getattr__ (typing's Protocol, enum's Flag, ...).
from typing import *
print(Protocol, SupportsInt, Optional[int], List[str], callable(TypedDict), callable(NamedTuple))
from enum import *
print(Flag, IntFlag, StrEnum, Enum, auto)
from collections.abc import *
print(Awaitable, ByteString, Mapping, isinstance([], Sequence), isinstance(b"", ByteString))
from itertools import *
print(list(islice(count(), 3)), list(chain("a", "b")))
from functools import *
print(reduce(lambda a, b: a + b, [1, 2, 3]), partial(pow, 2)(5))
from operator import *
print(add(2, 3), itemgetter(1)("xy"))
import typing, enum
print(sorted(n for n in ("Protocol", "SupportsInt", "TextIO", "IO") if hasattr(typing, n)))
print(hasattr(enum, "Flag"), hasattr(enum, "Nope"))
